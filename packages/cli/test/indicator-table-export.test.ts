import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './helpers.js';

// Note: exceljs is a dependency of @plankb/core, which writes the workbooks; the test reads them back with the same copy.
const requireFromCore = createRequire(createRequire(import.meta.url).resolve('@plankb/core/package.json'));

/** The part of exceljs this test reads with (the CLI package does not depend on it, so has no types for it). */
interface Row {
  values: unknown;
}
interface Workbook {
  xlsx: { readFile: (file: string) => Promise<unknown> };
  worksheets: Array<{ getRow: (n: number) => Row; eachRow: (fn: (row: Row, n: number) => void) => void }>;
}
const ExcelJS = requireFromCore('exceljs') as { Workbook: new () => Workbook };

const REALDOCS = join(import.meta.dirname, '../../core/test/realdocs');

/** The sheet's rows as objects keyed by the header row. */
async function readSheet(file: string): Promise<Array<Record<string, unknown>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Array<Record<string, unknown>> = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  });
  return rows;
}

describe('plankb targets of a plan with a 主要指标 table', () => {
  it('should write the table\'s rows with baseline, target and attribute to XLSX (a table one cell per line)', async () => {
    const out = join(tempFiles({}), 'minhang.xlsx');
    const result = await runCli(['targets', join(REALDOCS, '26_minhang-chengshi-gengxin-15wu-guihua-2026.md'), '--format', 'xlsx', '--output', out]);
    expect(result.code).toBe(0);
    const rows = await readSheet(out);
    expect(rows.find((r) => r.metric === '燃气老化管道改造数量')).toMatchObject({ baseline: 355, baseline_year: 2025, baseline_as_of: new Date('2025-12-31T00:00:00Z'), value: 421, unit: '公里', attribute: 'binding', deadline_year: 2030 });
    expect(rows.find((r) => r.metric === '完整社区覆盖率')).toMatchObject({ baseline: null, value: 60, attribute: 'expected' });
  });

  it('should write the rows of a table flattened into one line to XLSX, cumulative rows without a baseline', async () => {
    const out = join(tempFiles({}), 'shengtai.xlsx');
    const result = await runCli(['targets', join(REALDOCS, '37_guowuyuan-13wu-shengtai-huanjing-baohu-guihua-2016.txt'), '--format', 'xlsx', '--output', out]);
    expect(result.code).toBe(0);
    const rows = await readSheet(out);
    expect(rows.find((r) => r.metric === '空气质量优良天数比率')).toMatchObject({ baseline: 76.7, baseline_year: 2015, comparator: '>', value: 80, attribute: 'binding', deadline_year: 2020 });
    expect(rows.find((r) => r.metric === '细颗粒物未达标地级及以上城市浓度下降（累计）')).toMatchObject({ baseline: null, value: 18, attribute: 'binding' });
    // A target stated in the text has neither.
    expect(rows.filter((r) => r.attribute === null).every((r) => r.baseline === null)).toBe(true);
  });

  const plan = ['# 某区“十五五”规划', '', '## 一、主要目标', '', '| 序号 | 指标 | 单位 | 2025年 | 2030年 | 属性 |', '|---|---|---|---|---|---|', '| 1 | 森林覆盖率 | % | 21.66 | 23.04 | 约束性 |', '| 2 | 生活垃圾回收利用率 | % | - | 40-45 | 预期性 |', ''].join('\n');

  it('should give the same columns in CSV, JSON and Parquet', async () => {
    const dir = tempFiles({ 'plan.md': plan });
    const csv = (await runCli(['targets', join(dir, 'plan.md'), '--format', 'csv'])).stdout.replace(/^\ufeff/, '').split(/\r?\n/);
    expect(csv[0]).toContain('value_max');
    expect(csv[0]).toContain('baseline,baseline_year,baseline_as_of,baseline_indicator_id,attribute');
    const json = JSON.parse((await runCli(['targets', join(dir, 'plan.md'), '--format', 'json'])).stdout) as Array<Record<string, unknown>>;
    expect(json.map((r) => [r.metric, r.baseline, r.value, r.value_max, r.attribute])).toEqual([
      ['森林覆盖率', 21.66, 23.04, null, 'binding'],
      ['生活垃圾回收利用率', null, 40, 45, 'expected'],
    ]);
    const out = join(dir, 'plan.parquet');
    expect((await runCli(['targets', join(dir, 'plan.md'), '--format', 'parquet', '--output', out])).code).toBe(0);
    const bytes = readFileSync(out);
    const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    expect(rows.map((r) => [r.baseline, r.baseline_year, r.value_max, r.attribute])).toEqual([
      [21.66, 2025, null, 'binding'],
      [null, null, 45, 'expected'],
    ]);
  });
});
