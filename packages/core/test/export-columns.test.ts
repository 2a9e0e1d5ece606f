import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { toRecords, type Column } from '../src/model/table-columns.js';
import { corpusDataset } from '../src/export/dataset.js';
import { toCsv } from '../src/export/tables.js';
import { readSourceFile } from '../src/corpus/read-source.js';
import { observationEntry, resolveTarget } from '../src/track/record.js';
import { OBSERVATION_COLUMNS, readObservationTable } from '../src/track/observation-table.js';
import { tempDirs } from './temp.js';

const tempDir = tempDirs('plankb-export-');

const corpus = loadCorpus();
const rack = resolveTarget(corpus.documents, 'qingdao-2025:tg6');
const first = observationEntry({ target: rack, value: 60000, date: '2025-03-31', by: 'a', now: new Date('2025-04-01T08:00:00Z') });
const fix = { ...observationEntry({ target: rack, value: 61000, date: '2025-03-31', by: 'b', now: new Date('2025-04-02T08:00:00Z') }), supersedes: first.id };
const tables = corpusDataset(corpus.documents, [first, fix]);

// Words PostgreSQL, SQLite, DuckDB or Spark SQL reserve (a column named so needs quotes in one of them).
const RESERVED = new Set(
  'all analyse analyze and any array as asc asymmetric between both by case cast check collate column constraint create cross current_date current_time current_timestamp current_user default deferrable delete desc distinct do drop else end escape except exists false fetch for foreign from full grant group having in index initially inner insert intersect into is join lateral leading left like limit localtime localtimestamp natural not null offset on only or order outer placing primary references returning right select session_user some symmetric table then to trailing true union unique update user using values variadic when where window with'.split(' '),
);

describe('export columns', () => {
  it('should name every column of every table in snake_case, unquoted-safe in SQL, once per table', () => {
    for (const table of tables) {
      const names = table.columns.map((c) => c.name);
      expect(new Set(names).size, table.name).toBe(names.length);
      for (const name of names) {
        expect(name, `${table.name}.${name}`).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
        expect(RESERVED.has(name), `${table.name}.${name} is a reserved word`).toBe(false);
      }
    }
  });

  it('should give JSON records the columns of the other formats, in their order', () => {
    for (const table of tables) {
      const records = toRecords(table.rows, table.columns as ReadonlyArray<Column<unknown>>);
      const header = toCsv(table.rows, table.columns as ReadonlyArray<Column<unknown>>).slice(1).split(/\r?\n/)[0];
      for (const record of records) expect(Object.keys(record).join(','), table.name).toBe(header);
    }
  });
});

describe('the corpus dataset', () => {
  it('should have the seven tables, each key unique and non-empty', () => {
    expect(tables.map((t) => t.name)).toEqual(['documents', 'sections', 'tasks', 'assignments', 'targets', 'indicators', 'observations']);
    for (const table of tables) {
      const key = table.columns.find((c) => c.name === table.key);
      expect(key, table.name).toBeDefined();
      const ids = table.rows.map((r) => key?.get(r));
      expect(ids.every((id) => typeof id === 'string' && id !== ''), table.name).toBe(true);
      expect(new Set(ids).size, table.name).toBe(ids.length);
      expect(table.rows.length, table.name).toBeGreaterThan(0);
    }
  });

  it('should refer between tables only to ids that exist', () => {
    const keys = new Map(tables.map((t) => [t.key, new Set(t.rows.map((r) => t.columns.find((c) => c.name === t.key)?.get(r)))]));
    const refers: Record<string, string> = { parent_section_id: 'section_id', baseline_indicator_id: 'indicator_id', supersedes: 'observation_id' };
    let checked = 0;
    for (const table of tables) {
      for (const column of table.columns) {
        const target = refers[column.name] ?? (column.name !== table.key && keys.has(column.name) ? column.name : undefined);
        if (target === undefined) continue;
        for (const row of table.rows) {
          const value = column.get(row);
          if (value === null) continue;
          checked++;
          expect(keys.get(target)?.has(value), `${table.name}.${column.name} = ${String(value)}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('should place every item exactly: the offsets slice the source file to the quote or the item', () => {
    const texts = new Map(corpus.documents.map((d) => [d.id, readSourceFile(join(corpus.dir, d.source.file)).text]));
    for (const name of ['targets', 'indicators', 'tasks', 'sections'] as const) {
      const table = tables.find((t) => t.name === name);
      if (!table) throw new Error(name);
      const get = (row: unknown, column: string) => table.columns.find((c) => c.name === column)?.get(row);
      for (const row of table.rows) {
        const text = texts.get(String(get(row, 'doc_id'))) ?? '';
        const slice = text.slice(Number(get(row, 'start_offset')), Number(get(row, 'end_offset')));
        if (name === 'targets' || name === 'indicators') expect(slice).toBe(get(row, 'quote'));
        else expect(slice.replace(/\s+/g, ''), `${name} ${String(get(row, `${name.slice(0, -1)}_id`))}`).toContain(String(get(row, 'title')).replace(/\s+/g, '').slice(0, 8));
        const lines = text.split('\n');
        expect(lines.slice(0, Number(get(row, 'start_line')) - 1).reduce((n, l) => n + l.length + 1, 0) + Number(get(row, 'start_column')) - 1).toBe(Number(get(row, 'start_offset')));
      }
    }
  });

  it('should keep corrected observations, with what they supersede', () => {
    const observations = tables.find((t) => t.name === 'observations');
    expect(observations?.rows).toEqual([first, fix]);
  });
});

describe('observation tables in the export columns', () => {
  it('should import its own export, and the camelCase names of earlier exports', async () => {
    const dir = tempDir();
    const file = join(dir, 'obs.csv');
    writeFileSync(file, toCsv([first, fix], OBSERVATION_COLUMNS));
    expect(readFileSync(file, 'utf8').split(/\r?\n/)[0]).toBe('\ufeffobservation_id,target_id,doc_id,metric,value,unit,date,role,source,note,recorded_by,recorded_at,supersedes');
    const read = await readObservationTable(file, corpus.documents, 'importer');
    expect(read.problems).toEqual([]);
    expect(read.entries).toEqual([first, fix]);
    writeFileSync(file, `id,target,docId,value,date,recordedBy,recordedAt\nob-9,qingdao-2025/机架,qingdao-2025,62000,2025-05-31,王芳,2025-06-01T00:00:00.000Z\n`);
    const legacy = await readObservationTable(file, corpus.documents, 'importer');
    expect(legacy.entries.map((e) => [e.id, e.target, e.recordedBy, e.recordedAt])).toEqual([['ob-9', 'qingdao-2025:tg6', '王芳', '2025-06-01T00:00:00.000Z']]);
  });
});
