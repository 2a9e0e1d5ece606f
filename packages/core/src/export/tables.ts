import { createRequire } from 'node:module';
import { importOptional, requireOptional } from '../_utils/optional-dependency.js';
import { PlanError } from '../errors/plan-error.js';
import { isIsoDay } from '../model/dates.js';
import type { Column, ColumnType } from '../model/table-columns.js';

// Note: the writers are loaded on first use (createRequire loads ESM
// synchronously on Node >= 20.19, from the ESM and the CommonJS build alike),
// so that importing @plankb/core, or starting the CLI, does not load them.
// exceljs and hyparquet-writer are optional peer dependencies: without them,
// toXlsx and toParquet throw a PlanError that says what to install.
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
 * @throws {PlanError} `missing-dependency` when exceljs, an optional peer dependency, is not installed.
 */
export async function toXlsx<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>, sheet: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await importOptional('exceljs', 'toXlsx (XLSX export)', () => import('exceljs'));
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const width = (v: unknown): number => [...String(v ?? '')].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0);
  worksheet.columns = columns.map((c) => ({
    header: c.name,
    key: c.name,
    // Note: a loop, not Math.max(...): one argument per row overflows the call stack past about 100,000 rows.
    width: Math.min(60, rows.reduce((most, r) => Math.max(most, width(c.get(r))), width(c.name)) + 2),
    ...(c.type === 'date' || c.type === 'timestamp' ? { style: { numFmt: XLSX_FORMAT[c.type] } } : {}),
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const r of rows) worksheet.addRow(Object.fromEntries(columns.map((c) => [c.name, typedCell(c, r)])));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// Note: a date cell is a number with a date format; without one, Excel shows 46022 for 2025-12-31.
const XLSX_FORMAT: Record<'date' | 'timestamp', string> = { date: 'yyyy-mm-dd', timestamp: 'yyyy-mm-dd hh:mm:ss' };

/**
 * A cell as a typed format stores it: a `Date` (at UTC midnight for a day)
 * for date and timestamp columns, the value itself otherwise.
 *
 * @param column The column.
 * @param row The row.
 * @returns The value.
 * @throws {PlanError} `invalid-argument` when a date column holds text that is not a date, which would otherwise be lost as a null.
 */
function typedCell<Row>(column: Column<Row>, row: Row): string | number | boolean | Date | null {
  const value = column.get(row);
  if (value === null || (column.type !== 'date' && column.type !== 'timestamp')) return value;
  const text = String(value);
  // Note: a day is checked on the calendar first: Date.parse reads 2025-02-30 as 2 March.
  const time = column.type === 'date' ? (isIsoDay(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN) : Date.parse(text);
  if (Number.isNaN(time)) throw new PlanError('invalid-argument', `Column ${column.name}: "${text}" is not ${column.type === 'date' ? 'a day (YYYY-MM-DD)' : 'a date and time'}.`);
  return new Date(time);
}

// Note: days are INT32 with the DATE type and times INT64 milliseconds since 1970 (UTC), as DuckDB, pandas and Spark read them.
const PARQUET_SCHEMA: Record<ColumnType, { type: 'BYTE_ARRAY' | 'INT32' | 'INT64' | 'DOUBLE' | 'BOOLEAN'; converted_type?: 'UTF8' | 'DATE' | 'TIMESTAMP_MILLIS' }> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  int: { type: 'INT32' },
  double: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
  date: { type: 'INT32', converted_type: 'DATE' },
  timestamp: { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
};

/**
 * Render rows as a Parquet file with typed columns (strings, 32-bit
 * integers, doubles, booleans, dates, timestamps); empty values are nulls.
 *
 * @param rows The rows.
 * @param columns The columns, in order.
 * @returns The file's bytes.
 * @throws {PlanError} `missing-dependency` when hyparquet-writer, an optional peer dependency, is not installed.
 */
export function toParquet<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>): Uint8Array {
  parquet ??= requireOptional('hyparquet-writer', 'toParquet (Parquet export)', () => load('hyparquet-writer') as typeof import('hyparquet-writer'));
  const buffer = parquet.parquetWriteBuffer({
    schema: [
      { name: 'root', num_children: columns.length },
      ...columns.map((c) => ({ name: c.name, repetition_type: 'OPTIONAL' as const, ...PARQUET_SCHEMA[c.type], ...(c.type === 'date' ? { logical_type: { type: 'DATE' as const } } : {}) })),
    ],
    columnData: columns.map((c) => ({ name: c.name, data: rows.map((r) => typedCell(c, r)) })),
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
