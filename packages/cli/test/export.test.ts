import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadCorpus } from '@plankb/core/corpus';
import { readStore } from '@plankb/core/track';
import { corpusDataset, type DatasetTable } from '@plankb/core/export';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './helpers.js';

const TABLES = ['documents', 'sections', 'tasks', 'assignments', 'targets', 'indicators', 'observations'];
const DOCS = readFileSync(join(import.meta.dirname, '../../../docs/exports.md'), 'utf8');
/** The SQL examples of docs/exports.md, as written there. */
const EXAMPLES = [...DOCS.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

let folder = '';
let store = '';
let result: Awaited<ReturnType<typeof runCli>>;
let dataset: DatasetTable[] = [];
let db: Awaited<ReturnType<DuckDBInstance['connect']>>;
let instance: DuckDBInstance;

/** Rows of a query as plain objects, dates and times as ISO text, big integers as numbers. */
async function query(sql: string): Promise<Array<Record<string, unknown>>> {
  const reader = await db.runAndReadAll(sql);
  const plain = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString() : v);
  return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
}

beforeAll(async () => {
  const dir = tempFiles({});
  folder = join(dir, 'plankb-data');
  store = join(dir, 'store');
  // Two observations of one target, the second correcting the first, and one of another target.
  for (const args of [
    ['qingdao-2025:tg6', '60000', '--date', '2025-03-31'],
    ['qingdao-2025:tg6', '63000', '--date', '2025-06-30'],
    ['huangpu-2026-2030/需求响应', '30', '--date', '2026-12-31'],
  ]) expect((await runCli(['track', 'record', ...args, '--store', store, '--by', 'tester'])).code).toBe(0);
  const first = readStore(store).observations[0]?.id ?? '';
  expect((await runCli(['track', 'correct', first, '--value', '61000', '--store', store, '--by', 'tester'])).code).toBe(0);
  result = await runCli(['export', '--output', folder, '--store', store]);
  dataset = corpusDataset(loadCorpus().documents, readStore(store).observations);
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
}, 60_000);

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
});

describe('plankb export', () => {
  it('should write every table as Parquet and CSV, list them on stderr and nothing on stdout', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(readdirSync(folder).sort()).toEqual(TABLES.flatMap((t) => [`${t}.csv`, `${t}.parquet`]).sort());
    expect(result.stderr).toContain(`7 tables written to ${folder} (Parquet and CSV):`);
    expect(result.stderr).toContain('  observations: 4 rows');
    expect(result.stderr).toMatch(/ {2}tasks: \d+ rows/);
  });

  it('should give each table the same columns, in the same order, in Parquet, CSV and the SDK', async () => {
    for (const table of dataset) {
      const names = table.columns.map((c) => c.name);
      const parquet = await query(`DESCRIBE SELECT * FROM read_parquet('${join(folder, `${table.name}.parquet`)}')`);
      const csv = readFileSync(join(folder, `${table.name}.csv`), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/)[0]?.split(',');
      expect(parquet.map((c) => c.column_name), table.name).toEqual(names);
      expect(csv, table.name).toEqual(names);
    }
  });

  it('should name columns so that SQL takes them unquoted, in Parquet and in CSV', async () => {
    const reserved = new Set((await query("SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category = 'reserved'")).map((k) => k.keyword_name));
    for (const table of dataset) {
      const names = table.columns.map((c) => c.name);
      for (const name of names) expect(reserved.has(name), `${table.name}.${name}`).toBe(false);
      const list = names.join(', ');
      const fromParquet = await query(`SELECT ${list} FROM read_parquet('${join(folder, `${table.name}.parquet`)}')`);
      const fromCsv = await query(`SELECT ${list} FROM read_csv('${join(folder, `${table.name}.csv`)}')`);
      expect(fromParquet.length, table.name).toBe(table.rows.length);
      expect(fromCsv.length, table.name).toBe(table.rows.length);
    }
  });

  it('should store days as DATE and times as TIMESTAMP, with the values of the SDK', async () => {
    for (const table of dataset) {
      const types = new Map((await query(`DESCRIBE SELECT * FROM read_parquet('${join(folder, `${table.name}.parquet`)}')`)).map((c) => [c.column_name, c.column_type]));
      for (const column of table.columns) {
        const want = { date: 'DATE', timestamp: 'TIMESTAMP', int: 'INTEGER', double: 'DOUBLE', boolean: 'BOOLEAN', string: 'VARCHAR' }[column.type];
        expect(types.get(column.name), `${table.name}.${column.name}`).toBe(want);
      }
    }
    const dates = await query(`SELECT strftime(as_of, '%Y-%m-%d') AS day FROM read_parquet('${join(folder, 'indicators.parquet')}') WHERE as_of IS NOT NULL`);
    const indicators = dataset.find((t) => t.name === 'indicators');
    const asOf = indicators?.columns.find((c) => c.name === 'as_of');
    expect(dates.map((d) => d.day)).toEqual(indicators?.rows.flatMap((r) => (asOf?.get(r) === null ? [] : [asOf?.get(r)])));
    expect(dates.length).toBeGreaterThan(0);
    const times = await query(`SELECT recorded_at FROM read_parquet('${join(folder, 'observations.parquet')}')`);
    expect(times.map((t) => t.recorded_at)).toEqual(readStore(store).observations.map((o) => o.recordedAt));
  });

  it('should run the DuckDB examples of docs/exports.md, with the results the SDK gives', async () => {
    expect(EXAMPLES).toHaveLength(3);
    const run = (sql: string, format: 'parquet' | 'csv') =>
      query(sql.replace(/'plankb-data\/(\w+)\.parquet'/g, (_, name: string) => (format === 'parquet' ? `'${join(folder, `${name}.parquet`)}'` : `read_csv('${join(folder, `${name}.csv`)}')`)));
    const documents = loadCorpus().documents;
    const region = new Map(documents.map((d) => [d.id, d.region]));
    const [byRegion, byUnit, latest] = [EXAMPLES[0] ?? '', EXAMPLES[1] ?? '', EXAMPLES[2] ?? ''];

    // Targets by region and deadline year.
    const targets = documents.flatMap((d) => d.targets);
    const groups = new Map<string, { region: string | null; deadline_year: number | null; targets: number; in_tasks: number }>();
    for (const t of targets) {
      const key = `${region.get(t.docId)}|${t.deadline?.year ?? null}`;
      const g = groups.get(key) ?? { region: region.get(t.docId) ?? null, deadline_year: t.deadline?.year ?? null, targets: 0, in_tasks: 0 };
      g.targets++;
      if (t.taskId !== null) g.in_tasks++;
      groups.set(key, g);
    }
    const got = await run(byRegion, 'parquet');
    expect([...got].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([...groups.values()].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
    expect(await run(byRegion, 'csv')).toEqual(got);

    // Lead units by the tasks they lead.
    const units = new Map<string, { tasks: Set<string | null>; due: string[] }>();
    for (const a of documents.flatMap((d) => d.assignments)) {
      for (const unit of a.leadUnits) {
        const u = units.get(unit) ?? { tasks: new Set(), due: [] };
        if (a.taskId !== null) u.tasks.add(a.taskId);
        if (a.due !== null) u.due.push(a.due);
        units.set(unit, u);
      }
    }
    const top = await run(byUnit, 'parquet');
    expect(top).toHaveLength(Math.min(10, units.size));
    for (const row of top) {
      const u = units.get(String(row.unit));
      expect(row.tasks, String(row.unit)).toBe(u?.tasks.size);
      expect(row.first_due === null ? null : String(row.first_due).slice(0, 10)).toBe(u?.due.sort()[0] ?? null);
    }
    expect(Math.max(...[...units.values()].map((u) => u.tasks.size))).toBe(top[0]?.tasks);

    // The latest observation of each target, after the correction.
    const rows = await run(latest, 'parquet');
    expect(rows).toHaveLength(targets.length);
    const observed = rows.filter((r) => r.latest !== null).map((r) => [r.target_id, r.latest, String(r.date).slice(0, 10)]);
    expect(observed).toEqual([
      ['huangpu-2026-2030:tg2', 30, '2026-12-31'],
      ['qingdao-2025:tg6', 63000, '2025-06-30'],
    ]);
  });

  it('should refuse without --output, and when --output is a file', async () => {
    const missing = await runCli(['export']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('give --output <folder>');
    const file = join(tempFiles({ 'taken.txt': 'x' }), 'taken.txt');
    const taken = await runCli(['export', '--output', file]);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain(`${file} is a file, not a folder`);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('should write what it can read and exit 1 for a store line that does not validate', async () => {
    const dir = tempFiles({});
    const broken = join(dir, 'store');
    await runCli(['track', 'record', 'qingdao-2025:tg6', '60000', '--date', '2025-03-31', '--store', broken, '--by', 'tester']);
    writeFileSync(join(broken, 'observations.jsonl'), `${readFileSync(join(broken, 'observations.jsonl'), 'utf8')}{"type":"observation"}\n`);
    const out = join(dir, 'out');
    const partial = await runCli(['export', '--output', out, '--store', broken]);
    expect(partial.code).toBe(1);
    expect(partial.stderr).toContain('observations.jsonl:2:');
    expect(partial.stderr).toContain('  observations: 1 row');
    expect(existsSync(join(out, 'observations.parquet'))).toBe(true);
  });

  it('should list its options once in help, without the --format it does not take', async () => {
    const help = await runCli(['export', '--help']);
    expect(help.stdout).toMatch(/^ +-o, --output +The folder to write the tables to/m);
    expect(help.stdout.match(/-o,/g)).toHaveLength(1);
    expect(help.stdout).not.toContain('--format');
    expect(help.stdout).toContain('plankb export --output plankb-data');
    const short = await runCli(['export', '-o', join(tempFiles({}), 'data'), '--store', store]);
    expect(short.code, short.stderr).toBe(0);
  });

  it('should say it in Chinese under a Chinese locale', async () => {
    const out = join(tempFiles({}), 'data');
    const zh = await runCli(['export', '--output', out, '--store', store], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('已将 7 张数据表写入');
  });
});
