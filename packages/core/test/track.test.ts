import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { Comparator, PlanDocument, Target } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { assessTarget, meets } from '../src/track/attainment.js';
import { currentEntries, type ObservationEntry } from '../src/track/entries.js';
import { observationEntry, resolveTarget, resolveTask, taskProgressEntry } from '../src/track/record.js';
import { appendEntries, readStore } from '../src/track/store.js';
import { planDuties } from '../src/track/task-deadlines.js';
import { tempDirs } from './temp.js';

const tempDir = tempDirs('plankb-track-');
const store = (): string => join(tempDir(), '.plankb');

function target(comparator: Comparator, value: number, year = 2025): Target {
  return {
    type: 'target', id: 'x:tg1', docId: 'x', taskId: null, sectionId: null, metric: '算力总规模', subject: null, value, unit: 'P', unitFamily: 'compute', unitGloss: 'PFLOPS',
    comparator, valueMax: null, baseline: null, attribute: null, deadline: { year, date: null }, approx: false, quote: '', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, mentions: [],
  };
}

let clock = 0;
function obs(value: number, date: string, role: ObservationEntry['role'] = 'observation'): ObservationEntry {
  clock++;
  return observationEntry({ target: target('>', 0), value, date, role, by: 'test', now: new Date(Date.UTC(2026, 0, 1, 0, 0, clock)) });
}

describe('meets', () => {
  it.each([
    [65001, '>', 65000, true],
    [65000, '>', 65000, false],
    [95, '>=', 95, true],
    [50, '=', 50, true],
    [49, '=', 50, false],
    [100, '<=', 100, true],
    [101, '<=', 100, false],
    [100, '<', 100, false],
    [99, '<', 100, true],
  ] as const)('%d %s %d is %s', (value, comparator, goal, expected) => {
    expect(meets(value, comparator, goal)).toBe(expected);
  });
});

describe('assessTarget', () => {
  // A year-long target from a recorded baseline of 0 on 1 January: by 2 July about half the way is due.
  const base = obs(0, '2025-01-01', 'baseline');
  const at = (value: number, comparator: Comparator = '>=', goal = 100, asOf = '2025-07-02') => assessTarget(target(comparator, goal), [base, obs(value, '2025-07-01')], asOf);

  it.each([
    [100, 'achieved'],
    [50, 'on-track'],
    [30, 'needs-acceleration'],
    [10, 'limited-progress'],
  ] as const)('a value of %d halfway through the year is %s', (value, status) => {
    expect(at(value).status).toBe(status);
  });

  it('should say deteriorating when the value moves away from the target', () => {
    expect(assessTarget(target('>=', 100), [obs(20, '2025-01-01', 'baseline'), obs(10, '2025-07-01')], '2025-07-02').status).toBe('deteriorating');
  });

  it('should say overdue after the deadline when the target is not met, and no-data without observations', () => {
    expect(at(60, '>=', 100, '2026-01-05').status).toBe('overdue');
    expect(assessTarget(target('>=', 100), [], '2025-06-01').status).toBe('no-data');
    expect(assessTarget(target('>=', 100), [], '2026-03-01').status).toBe('overdue');
  });

  it('should achieve > only above the target', () => {
    expect(at(100, '>', 100).status).not.toBe('achieved');
    expect(at(101, '>', 100).status).toBe('achieved');
  });

  it('should run <= targets the other way', () => {
    const from200 = obs(200, '2025-01-01', 'baseline');
    const lower = (value: number) => assessTarget(target('<=', 100), [from200, obs(value, '2025-07-01')], '2025-07-02');
    expect(lower(90).status).toBe('achieved');
    expect(lower(150).status).toBe('on-track');
    expect(lower(180).status).toBe('limited-progress');
    expect(lower(250).status).toBe('deteriorating');
    expect(lower(150).expected).toBeCloseTo(150, 0);
  });

  it('should report the expected value on the straight path and the share attained', () => {
    const a = at(40);
    expect(a.expected).toBeCloseTo(49.6, 0);
    expect(a.attainment).toBe(0.4);
    expect(a.baseline).toMatchObject({ value: 0, source: 'recorded' });
  });

  it('should use the first of several observations as the baseline when none is recorded', () => {
    const a = assessTarget(target('>', 65000), [obs(60000, '2025-01-01'), obs(62000, '2025-06-30')], '2025-07-01');
    expect(a.baseline).toMatchObject({ value: 60000, source: 'first-observation' });
    expect(a.latest?.value).toBe(62000);
  });

  it('should take the baseline from the document\'s own indicator for the metric', () => {
    const text = '某区数据工作“十五五”规划\n\n一、发展基础\n（一）“十四五”时期发展成效\n全区算力总规模已达200P。\n二、主要任务\n（一）建设算力。到2030年算力总规模超1000P。\n';
    const doc = parseDocument(text, { file: 'x.txt' }).documents[0] as PlanDocument;
    const t = doc.targets[0] as Target;
    const reading = observationEntry({ target: t, value: 600, date: '2028-06-30', by: 'test' });
    const a = assessTarget(t, [reading], '2028-07-01', doc);
    expect(a.baseline).toMatchObject({ value: 200, source: 'indicator', date: '2025-12-31', ref: 'x:in1' });
    expect(a.status).toBe('on-track');
  });

  it('should apply corrections and keep the corrected entry', () => {
    const first = obs(30, '2025-07-01');
    const fixed = { ...obs(55, '2025-07-01'), supersedes: first.id };
    expect(currentEntries([first, fixed])).toEqual([fixed]);
    expect(assessTarget(target('>=', 100), [base, first, fixed], '2025-07-02')).toMatchObject({ latest: { value: 55 }, status: 'on-track' });
  });
});

describe('the store', () => {
  it('should keep history: a correction is a new line and the old one stays', () => {
    const dir = store();
    const first = obs(30, '2025-07-01');
    appendEntries(dir, [first]);
    appendEntries(dir, [{ ...obs(55, '2025-07-01'), supersedes: first.id }]);
    const read = readStore(dir);
    expect(read.observations.map((o) => o.value)).toEqual([30, 55]);
    expect(readFileSync(join(dir, 'observations.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toBe('*.jsonl merge=union\n');
  });

  it('should report a corrupt line with its file and line and keep the rest usable', () => {
    const dir = store();
    appendEntries(dir, [obs(1, '2025-01-01'), obs(2, '2025-02-01')]);
    appendFileSync(join(dir, 'observations.jsonl'), '{"type":"observation","value":\n{"type":"observation","id":"x"}\n');
    appendEntries(dir, [obs(3, '2025-03-01')]);
    const read = readStore(dir);
    expect(read.observations.map((o) => o.value)).toEqual([1, 2, 3]);
    expect(read.problems.map((p) => [p.line, p.message.slice(0, 14)])).toEqual([
      [3, 'not valid JSON'],
      [4, 'target: Invali'],
    ]);
    expect(read.problems[0]?.file).toBe(join(dir, 'observations.jsonl'));
  });

  it('should lose nothing when twenty processes record at once', async () => {
    const dir = store();
    const worker = new URL('./workers/append-worker.ts', import.meta.url).pathname;
    await Promise.all(
      Array.from({ length: 20 }, (_, k) =>
        new Promise<void>((done, fail) => {
          const child = spawn(process.execPath, ['--import', 'tsx', worker, dir, `w${k}`, '2'], { stdio: 'inherit' });
          child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`worker ${k} exited ${code}`))));
        }),
      ),
    );
    const read = readStore(dir);
    expect(read.problems).toEqual([]);
    expect(new Set(read.observations.map((o) => o.id)).size).toBe(40);
  }, 120_000);

  it('should stay readable with every earlier entry when a writer is killed mid-write', async () => {
    const dir = store();
    appendEntries(dir, [obs(1, '2025-01-01')]);
    const worker = new URL('./workers/append-worker.ts', import.meta.url).pathname;
    const child = spawn(process.execPath, ['--import', 'tsx', worker, dir, 'crash', 'forever'], { stdio: 'ignore' });
    // Wait until it has written a few entries, then kill it without warning.
    for (let tries = 0; tries < 200 && readStore(dir).observations.length < 5; tries++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const read = readStore(dir);
    expect(read.problems).toEqual([]);
    expect(read.observations[0]?.value).toBe(1);
    expect(read.observations.length).toBeGreaterThanOrEqual(5);
    // The dead writer's lock is stale and broken by the next writer.
    appendEntries(dir, [obs(2, '2025-02-01')]);
    expect(readStore(dir).observations.at(-1)?.value).toBe(2);
  }, 60_000);
});

describe('targets, tasks and duties on the seeds', () => {
  const corpus = loadCorpus();

  it('should find a target by id or by document and metric', () => {
    expect(resolveTarget(corpus.documents, 'qingdao-2025/机架').id).toBe('qingdao-2025:tg6');
    expect(resolveTarget(corpus.documents, 'huangpu-2026-2030/需求响应').value).toBe(100);
    expect(() => resolveTarget(corpus.documents, 'qingdao-2025:tg66')).toThrow(/Did you mean qingdao-2025:tg6/);
    expect(() => resolveTask(corpus.documents, 'qingpu-2023:t99')).toThrow(/Unknown task/);
  });

  it('should list the 2023 duties by lead unit and due date', () => {
    const doc = corpus.documents.find((d) => d.id === 'qingpu-2023-draft') as PlanDocument;
    const progress = [taskProgressEntry({ task: resolveTask(corpus.documents, 'qingpu-2023-draft:t1'), status: 'done', date: '2023-09-15', by: 'test' })];
    const duties = planDuties(doc, progress, '2023-10-01');
    expect(duties).toHaveLength(67);
    expect(duties[0]).toMatchObject({ taskId: 'qingpu-2023-draft:t1', due: '2023-09-30', state: 'done', leadUnits: ['区府办', '区科委', '区政务办'] });
    expect(duties[1]).toMatchObject({ due: '2023-07-31', state: 'overdue' });
    expect(duties.filter((d) => d.state === 'due').every((d) => d.due === '2023-10-31')).toBe(true);
    expect(duties.filter((d) => d.leadUnits.includes('区大数据中心')).length).toBeGreaterThan(30);
  });
});

describe('observation tables', () => {
  it('should keep ids and corrections through an export and import, and number rows as the file does', async () => {
    const corpus = loadCorpus();
    const dir = tempDir();
    const file = join(dir, 'obs.csv');
    writeFileSync(file, 'id,target,value,date,recordedAt,supersedes\nob-1,qingdao-2025:tg6,60000,2025-03-31,2025-04-01T00:00:00.000Z,\n\nob-2,qingdao-2025:tg6,61000,2025-03-31,2025-04-02T00:00:00.000Z,ob-1\n');
    const { readObservationTable } = await import('../src/track/observation-table.js');
    const read = await readObservationTable(file, corpus.documents, 'me');
    expect(read.problems).toEqual([]);
    expect(read.entries.map((e) => [e.id, e.supersedes, e.recordedAt])).toEqual([
      ['ob-1', null, '2025-04-01T00:00:00.000Z'],
      ['ob-2', 'ob-1', '2025-04-02T00:00:00.000Z'],
    ]);
    writeFileSync(file, 'target,value,date\nqingdao-2025:tg6,1,2025-01-01\n\nqingdao-2025:tg6,2,2025-02-30\n');
    expect((await readObservationTable(file, corpus.documents, 'me')).problems).toEqual([{ row: 4, message: 'date "2025-02-30" is not a real day in YYYY-MM-DD form' }]);
  });

  it('should suggest targets of the document with a similar metric', () => {
    const corpus = loadCorpus();
    expect(() => resolveTarget(corpus.documents, 'qingdao-2025/机柜数')).toThrow(/closest metrics in qingdao-2025: qingdao-2025:tg6 \(数据中心标准机架总数\)/);
  });

  it('should keep the store of an installed package\'s seeds out of node_modules', async () => {
    const { defaultStoreDir } = await import('../src/track/store.js');
    expect(defaultStoreDir('/app/node_modules/@plankb/core/seeds', { XDG_DATA_HOME: '/home/u/.data' })).toBe('/home/u/.data/plankb/store');
    expect(defaultStoreDir('/work/corpus', {})).toBe('/work/corpus/.plankb');
  });
});

describe('a store shared through git', () => {
  it('should merge two colleagues\' additions line by line', () => {
    const dir = store();
    appendEntries(dir, [obs(1, '2025-01-01')]);
    const file = join(dir, 'observations.jsonl');
    const common = readFileSync(file, 'utf8');
    const mine = `${common}${JSON.stringify(obs(2, '2025-02-01'))}\n`;
    const theirs = `${common}${JSON.stringify(obs(3, '2025-03-01'))}\n`;
    const git = (args: string[], cwd: string) => spawnSync('git', args, { cwd, encoding: 'utf8' });
    const repo = tempDir();
    writeFileSync(join(repo, '.gitattributes'), '*.jsonl merge=union\n');
    writeFileSync(join(repo, 'o.jsonl'), common);
    for (const args of [['init', '-q'], ['-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.'], ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base'], ['checkout', '-qb', 'theirs']]) git(args, repo);
    writeFileSync(join(repo, 'o.jsonl'), theirs);
    git(['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'theirs'], repo);
    git(['checkout', '-q', '-'], repo);
    writeFileSync(join(repo, 'o.jsonl'), mine);
    git(['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'mine'], repo);
    const merge = git(['-c', 'user.name=t', '-c', 'user.email=t@t', 'merge', '-q', 'theirs', '-m', 'merge'], repo);
    expect(merge.status).toBe(0);
    writeFileSync(file, readFileSync(join(repo, 'o.jsonl'), 'utf8'));
    expect(readStore(dir).observations.map((o) => o.value).sort()).toEqual([1, 2, 3]);
  });
});

describe('the worked example of docs/tracking.md', () => {
  const corpus = loadCorpus();
  const rack = resolveTarget(corpus.documents, 'qingdao-2025/机架');
  const doc = corpus.documents.find((d) => d.id === 'qingdao-2025');
  const baseline = observationEntry({ target: rack, value: 52000, date: '2024-12-31', role: 'baseline', by: 'a', now: new Date('2025-01-02T00:00:00Z') });
  const june = (value: number) => observationEntry({ target: rack, value, date: '2025-06-30', by: 'a', now: new Date('2025-07-01T00:00:00Z') });

  it('should give the figures the doc shows', () => {
    const a = assessTarget(rack, [baseline, june(63000)], '2025-07-01', doc);
    expect(a).toMatchObject({ expected: 58482.192, progressRatio: 1.697, attainment: 0.846, status: 'on-track', deadline: '2025-12-31' });
    expect(assessTarget(rack, [baseline, june(54000)], '2025-07-01', doc)).toMatchObject({ progressRatio: 0.309, status: 'limited-progress' });
    expect(assessTarget(rack, [baseline, june(50000)], '2025-07-01', doc).status).toBe('deteriorating');
  });
});
