import { createRequire } from 'node:module';
import type { Column } from './figure-rows.js';

// Note: the writers are loaded on first use (createRequire loads ESM
// synchronously on Node >= 20.19, from the ESM and the CommonJS build alike),
// so that importing @plankb/core, or starting the CLI, does not load them.
const load = createRequire(import.meta.url);
let csv: typeof import('csv-stringify/sync') | undefined;
let parquet: typeof import('hyparquet-writer') | undefined;

/**
 * Render rows as CSV with a UTF-8 byte-order mark, so Excel opens Chinese
 * text correctly.
 *
 * @param rows The rows.
 * @param columns The columns, in order.
 * @returns The CSV text, BOM first.
 */
export function toCsv<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>): string {
  csv ??= load('csv-stringify/sync') as typeof import('csv-stringify/sync');
  return csv.stringify(
    rows.map((r) => columns.map((c) => c.get(r))),
    { bom: true, header: true, columns: columns.map((c) => c.name), cast: { boolean: (v) => (v ? 'true' : 'false') } },
  );
}

/**
 * Render rows as an XLSX workbook: one sheet, a frozen bold header, column
 * widths fitted to the text (Chinese characters count double), numbers as
 * numbers. exceljs is loaded only here, when asked for.
 *
 * @param rows The rows.
 * @param columns The columns, in order.
 * @param sheet The sheet's name.
 * @returns The workbook's bytes.
 */
export async function toXlsx<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>, sheet: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const width = (v: unknown): number => [...String(v ?? '')].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0);
  worksheet.columns = columns.map((c) => ({
    header: c.name,
    key: c.name,
    width: Math.min(60, Math.max(width(c.name), ...rows.map((r) => width(c.get(r)))) + 2),
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const r of rows) worksheet.addRow(Object.fromEntries(columns.map((c) => [c.name, c.get(r)])));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const PARQUET_TYPE = { string: 'STRING', int: 'INT32', double: 'DOUBLE', boolean: 'BOOLEAN' } as const;

/**
 * Render rows as a Parquet file with typed columns (strings, 32-bit
 * integers, doubles, booleans); empty values are nulls.
 *
 * @param rows The rows.
 * @param columns The columns, in order.
 * @returns The file's bytes.
 */
export function toParquet<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>): Uint8Array {
  parquet ??= load('hyparquet-writer') as typeof import('hyparquet-writer');
  const buffer = parquet.parquetWriteBuffer({
    columnData: columns.map((c) => ({ name: c.name, data: rows.map((r) => c.get(r)), type: PARQUET_TYPE[c.type] })),
  });
  return new Uint8Array(buffer);
}

/**
 * Render rows as a Markdown table (pipes escaped).
 *
 * @param rows The rows.
 * @param columns The columns, in order.
 * @returns The table.
 */
export function toMarkdownTable<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>): string {
  const cell = (v: unknown): string => String(v ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [`| ${columns.map((c) => c.name).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${columns.map((c) => cell(c.get(r))).join(' | ')} |`)].join('\n') + '\n';
}
