import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './helpers.js';

describe('plankb targets', () => {
  it('should list every target of the corpus in a table', async () => {
    const result = await runCli(['targets']);
    expect(result.code).toBe(0);
    // The count on stderr, so `plankb targets > t.txt` holds only the table.
    expect(result.stderr).toBe('18 targets\n');
    expect(result.stdout.split('\n')[0]).toMatch(/^ID\s+Region/);
    expect(result.stdout).toMatch(/数据中心标准机架总数\s+> 65,000 架\s+2025/);
    expect(result.stdout).toContain('虚拟电厂需求响应');
  });

  it('should filter by document, year, region and a fuzzy metric', async () => {
    const json = async (args: string[]) => JSON.parse((await runCli([...args, '--format', 'json'])).stdout) as Array<{ target_id: string; metric: string; value: number }>;
    expect((await json(['targets', '--doc', 'qingdao-2025'])).length).toBe(12);
    expect((await json(['targets', '--year', '2030'])).map((r) => r.value)).toEqual([400, 100, 50, 20]);
    expect((await json(['targets', '--region', '上海市', '--metric', '虚拟电厂'])).length).toBe(3);
    expect((await json(['targets', '--metric', '机架']))[0]).toMatchObject({ metric: '数据中心标准机架总数', value: 65000 });
  });

  it('should give JSON rows with the documented fields', async () => {
    const rows = JSON.parse((await runCli(['targets', '--format', 'json', '--doc', 'qingdao-2025'])).stdout) as Array<Record<string, unknown>>;
    for (const field of ['target_id', 'doc_id', 'task_id', 'task_title', 'metric', 'value', 'unit', 'comparator', 'deadline_year', 'quote', 'start_line', 'start_offset']) expect(rows[0]).toHaveProperty(field);
  });

  it('should write CSV with a byte-order mark', async () => {
    const result = await runCli(['targets', '--format', 'csv']);
    expect(result.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(result.stdout.trim().split('\n')).toHaveLength(19);
  });

  it('should refuse a binary format without --output, and write it with one', async () => {
    const refused = await runCli(['targets', '--format', 'parquet']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--output');
    const file = join(tempFiles({}), 'indicators.parquet');
    const written = await runCli(['indicators', '--format', 'parquet', '--output', file]);
    expect(written.code).toBe(0);
    const bytes = readFileSync(file);
    const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.find((r) => r.metric === '5G室外基站')).toMatchObject({ value: 2500, approx: true, as_of: new Date('2025-12-31T00:00:00Z') });
  });

  it('should say so for an unknown document id', async () => {
    const result = await runCli(['targets', '--doc', 'qingdao-2052']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('qingdao-2025');
  });
});

describe('plankb indicators', () => {
  it('should list the reported figures with their as-of dates', async () => {
    const result = await runCli(['indicators', '--doc', 'huangpu-2026-2030']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/5G室外基站\s+~2,500 个\s+2025-12-31/);
  });

  it('should speak Chinese when asked', async () => {
    const result = await runCli(['indicators', '--lang', 'zh', '--metric', '基站']);
    expect(result.stderr).toContain('1 个指标');
    expect(result.stdout).toContain('统计时点');
  });
});

describe('plankb targets and indicators on named files', () => {
  const plan = [
    '某区数字经济发展规划（2026—2030年）',
    '一、主要指标',
    '1.数字经济核心产业增加值占比。到2030年达到12%以上。',
    '2.建成5G基站数量。到2030年不少于3000个。',
  ].join('\n');

  it('should read the targets of a plan file given on the command line, not the corpus', async () => {
    const dir = tempFiles({ 'plan.txt': plan });
    const rows = JSON.parse((await runCli(['targets', join(dir, 'plan.txt'), '--format', 'json'])).stdout) as Array<{ value: number; deadline_year: number; comparator: string }>;
    expect(rows.map((r) => [r.value, r.deadline_year])).toEqual([
      [12, 2030],
      [3000, 2030],
    ]);
  });

  it('should write a named file’s targets as XLSX, and exit 1 for a file with no plan', async () => {
    const dir = tempFiles({ 'plan.txt': plan, 'empty.txt': '这是一段说明文字。\n' });
    const out = join(dir, 'targets.xlsx');
    const written = await runCli(['targets', join(dir, 'plan.txt'), '--format', 'xlsx', '--output', out]);
    expect(written.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    const none = await runCli(['targets', join(dir, 'empty.txt')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no-structure');
  });

  it('should say which id is unknown', async () => {
    const result = await runCli(['indicators', 'qingdao-2052']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('qingdao-2025');
  });
});
