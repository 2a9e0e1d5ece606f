import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { filterFigureRows, INDICATOR_COLUMNS, indicatorRows, TARGET_COLUMNS, targetRows } from '../src/export/figure-rows.js';
import { toCsv, toMarkdownTable, toParquet, toXlsx } from '../src/export/tables.js';

const documents = loadCorpus().documents;
const targets = targetRows(documents);
const indicators = indicatorRows(documents);
const expected = targets.map((r) => Object.fromEntries(TARGET_COLUMNS.map((c) => [c.name, c.get(r)])));

describe('figure tables', () => {
  it('should give every target a row with its task title and position', () => {
    expect(targets).toHaveLength(18);
    const rack = targets.find((r) => r.metric === '数据中心标准机架总数');
    expect(rack).toMatchObject({ docId: 'qingdao-2025', taskTitle: '夯实算力基础设施', comparator: '>', value: 65000, year: 2025, region: '青岛市' });
    expect(rack?.position.start.line).toBe(25);
  });

  it('should filter by document, region, level, year and a fuzzy metric', () => {
    expect(filterFigureRows(targets, { region: '上海市' }).every((r) => r.parentRegion === '上海市' || r.region === '上海市')).toBe(true);
    expect(filterFigureRows(targets, { year: 2030 })).toHaveLength(4);
    expect(filterFigureRows(targets, { metric: '机架' }).map((r) => r.value)).toEqual([65000]);
    expect(filterFigureRows(targets, { metric: '虚拟电厂' })).toHaveLength(3);
    expect(filterFigureRows(indicators, { docIds: ['huangpu-2026-2030'], year: 2025 })).toHaveLength(indicators.length);
    expect(filterFigureRows(targets, { level: 'district', docIds: ['qingdao-2025'] })).toEqual([]);
  });
});

describe('exports', () => {
  it('should write CSV with a BOM and Chinese text intact', () => {
    const csv = toCsv(targets, TARGET_COLUMNS);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toBe(TARGET_COLUMNS.map((c) => c.name).join(','));
    expect(lines).toHaveLength(targets.length + 1);
    expect(csv).toContain('数据中心标准机架总数');
  });

  it('should write XLSX that reads back with the same rows, numbers as numbers, dates as date cells and a frozen header', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx(targets, TARGET_COLUMNS, 'targets')) as never);
    const sheet = workbook.getWorksheet('targets');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1);
    expect(header).toEqual(TARGET_COLUMNS.map((c) => c.name));
    const rows: Array<Record<string, unknown>> = [];
    sheet?.eachRow((row, n) => {
      if (n === 1) return;
      const values = (row.values as unknown[]).slice(1);
      rows.push(Object.fromEntries(TARGET_COLUMNS.map((c, k) => [c.name, values[k] ?? null])));
    });
    const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
    expect(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, day(v)])))).toEqual(expected);
    expect(typeof rows[0]?.value).toBe('number');
  });

  it('should write date columns as Excel date cells with a date format', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx(indicators, INDICATOR_COLUMNS, 'indicators')) as never);
    const sheet = workbook.getWorksheet('indicators');
    const at = INDICATOR_COLUMNS.findIndex((c) => c.name === 'as_of') + 1;
    const k = indicators.findIndex((r) => r.asOf !== null);
    const cell = sheet?.getRow(k + 2).getCell(at);
    expect(cell?.value).toBeInstanceOf(Date);
    const value = cell?.value;
    expect(value instanceof Date ? value.toISOString().slice(0, 10) : value).toBe(indicators[k]?.asOf);
    expect(cell?.numFmt).toBe('yyyy-mm-dd');
  });

  it('should write Parquet with typed columns that reads back with the same rows', async () => {
    const bytes = toParquet(indicators, INDICATOR_COLUMNS);
    const read = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
    const back = read.map((r) => Object.fromEntries(INDICATOR_COLUMNS.map((c) => [c.name, day(r[c.name] ?? null)])));
    expect(back).toEqual(indicators.map((r) => Object.fromEntries(INDICATOR_COLUMNS.map((c) => [c.name, c.get(r)]))));
  });

  it('should type date columns as Parquet DATE and timestamps as TIMESTAMP_MILLIS', async () => {
    const { parquetMetadata } = await import('hyparquet');
    const rows = [{ day: '2025-12-31', at: '2025-06-30T10:15:00.000Z' }, { day: null, at: null }];
    const columns = [
      { name: 'day', type: 'date' as const, description: '', get: (r: (typeof rows)[number]) => r.day },
      { name: 'at', type: 'timestamp' as const, description: '', get: (r: (typeof rows)[number]) => r.at },
    ];
    const bytes = toParquet(rows, columns);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const schema = parquetMetadata(file).schema;
    expect(schema.find((e) => e.name === 'day')).toMatchObject({ type: 'INT32', converted_type: 'DATE' });
    expect(schema.find((e) => e.name === 'at')).toMatchObject({ type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' });
    const read = await parquetReadObjects({ file });
    expect(read.map((r) => [r.day instanceof Date ? r.day.toISOString() : r.day, r.at instanceof Date ? r.at.toISOString() : r.at])).toEqual([
      ['2025-12-31T00:00:00.000Z', '2025-06-30T10:15:00.000Z'],
      [null, null],
    ]);
  });

  it('should refuse a date column holding text that is not a day rather than write it as null', () => {
    const columns = [{ name: 'day', type: 'date' as const, description: '', get: (r: { day: string }) => r.day }];
    expect(() => toParquet([{ day: '2025年底' }], columns)).toThrow(/Column day: "2025年底" is not a day/);
  });

  it('should write a Markdown table with one row per target', () => {
    const md = toMarkdownTable(targets, TARGET_COLUMNS);
    expect(md.trim().split('\n')).toHaveLength(targets.length + 2);
  });
});

describe('docs/exports.md', () => {
  it('should document the columns the code writes (regenerate with pnpm --filter @plankb/core generate:export-docs)', async () => {
    const { exportDocs } = await import('./quality/export-docs.js');
    await expect(exportDocs()).toMatchFileSnapshot('../../../docs/exports.md');
  });
});
