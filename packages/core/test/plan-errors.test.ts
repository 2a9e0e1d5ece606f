import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { isPlanError, type PlanError } from '../src/errors/plan-error.js';
import type { Column } from '../src/model/table-columns.js';
import { toParquet, toXlsx } from '../src/export/tables.js';
import { assessTarget } from '../src/track/attainment.js';
import { readObservationTable } from '../src/track/observation-table.js';
import { observationEntry, taskProgressEntry } from '../src/track/record.js';
import { appendEntries } from '../src/track/store.js';
import { planDuties } from '../src/track/task-deadlines.js';
import { tempDirs, thrown } from './temp.js';

// The README promises that plankb throws only PlanError (with a code) for misuse and I/O. These are the public
// functions that validate their input or read files and threw something else (a ZodError, a plain Error, Node's
// ENOENT) before they were wrapped: one case each.

const tempDir = tempDirs('plankb-errors-');
const documents = loadCorpus().documents;
const qingdao = documents.find((d) => d.id === 'qingdao-2025')!;
const target = qingdao.targets[0]!;
const task = qingdao.tasks[0]!;
const dateColumn: Array<Column<{ day: string }>> = [{ name: 'day', type: 'date', description: 'A day', get: (row) => row.day }];

/** The PlanError an async call rejects with. */
async function rejected(fn: () => Promise<unknown>): Promise<PlanError> {
  try {
    await fn();
  } catch (error) {
    if (isPlanError(error)) return error;
    throw error;
  }
  throw new Error('expected a PlanError');
}

describe('public functions throw only PlanError', () => {
  it('appendEntries: an entry dated 2025-02-30 is invalid-argument, naming the field, and nothing is written', () => {
    const dir = join(tempDir(), 'store');
    const entry = { ...observationEntry({ target, value: 1, by: 'test' }), date: '2025-02-30' };
    const error = thrown(() => appendEntries(dir, [entry]));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toContain('date');
    expect(existsSync(dir)).toBe(false);
  });

  it('observationEntry: a date that is not a day is invalid-argument', () => {
    expect(thrown(() => observationEntry({ target, value: 1, by: 'test', date: 'yesterday' })).code).toBe('invalid-argument');
  });

  it('taskProgressEntry: an unknown status is invalid-argument', () => {
    expect(thrown(() => taskProgressEntry({ task, status: 'finished' as never, by: 'test' })).code).toBe('invalid-argument');
  });

  it('assessTarget: an asOf that is not a real day is invalid-argument', () => {
    expect(thrown(() => assessTarget(target, [], '2025-13-01', qingdao)).code).toBe('invalid-argument');
  });

  it('planDuties: an asOf that is not a real day is invalid-argument', () => {
    expect(thrown(() => planDuties(qingdao, [], 'soon')).code).toBe('invalid-argument');
  });

  it('readObservationTable: a missing file is file-not-found, a damaged workbook file-unreadable', async () => {
    expect((await rejected(() => readObservationTable(join(tempDir(), 'none.csv'), documents, 'test'))).code).toBe('file-not-found');
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.xlsx'), 'not a zip file');
    expect((await rejected(() => readObservationTable(join(dir, 'bad.xlsx'), documents, 'test'))).code).toBe('file-unreadable');
    mkdirSync(join(dir, 'folder.csv'));
    expect((await rejected(() => readObservationTable(join(dir, 'folder.csv'), documents, 'test'))).code).toBe('file-unreadable');
  });

  it('toXlsx and toParquet: a date cell that is not a day is invalid-argument', async () => {
    expect((await rejected(() => toXlsx([{ day: '2025-02-30' }], dateColumn, 'days'))).code).toBe('invalid-argument');
    expect(thrown(() => toParquet([{ day: 'soon' }], dateColumn)).code).toBe('invalid-argument');
  });
});
