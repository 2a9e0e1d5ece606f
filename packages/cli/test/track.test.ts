import { appendFileSync, cpSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Attainment, Duty, ObservationEntry, StoreEntry } from '@plankb/core/track';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFiles, type Captured } from './helpers.js';

const ENV = { PLANKB_USER: 'tester' };
const ESC = '\u001b[';

/** A fresh, empty store folder (removed with the other temporary folders). */
const freshStore = (): string => join(tempFiles({}), 'store');

/** Run `plankb track …` on a store, as `tester`. */
function track(store: string, args: string[], options: { columns?: number; env?: Record<string, string> } = {}): Promise<Captured> {
  return runCli(['track', ...args, '--store', store], { ...options, env: { ...ENV, ...options.env } });
}

async function json<T>(store: string, args: string[]): Promise<T> {
  const result = await track(store, [...args, '--format', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

/** The store of the story: two rack observations for Qingdao, one Huangpu virtual power plant figure. */
async function storyStore(): Promise<{ store: string; rackIds: string[] }> {
  const store = freshStore();
  const first = await json<ObservationEntry>(store, ['record', 'qingdao-2025/机架', '60000', '--date', '2025-03-31']);
  const second = await json<ObservationEntry>(store, ['record', 'qingdao-2025/机架', '63000', '--date', '2025-06-30', '--source', '季报']);
  await json<ObservationEntry>(store, ['record', 'huangpu-2026-2030/需求响应', '30', '--date', '2026-12-31']);
  return { store, rackIds: [first.id, second.id] };
}

describe('plankb track record', () => {
  let story: { store: string; rackIds: string[] };
  beforeAll(async () => {
    story = await storyStore();
  });

  it('should record by <doc>/<metric> and say what was recorded and where the target stands', async () => {
    const store = freshStore();
    const result = await track(store, ['record', 'qingdao-2025/机架', '6.3万', '--date', '2025-06-30']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Recorded ob-\d{8}T\d{6}-[0-9a-f]{8}-[0-9a-z]+ in /);
    expect(result.stdout).toContain('qingdao-2025:tg6 数据中心标准机架总数 (> 65,000 架)');
    expect(result.stdout).toContain('63,000 架 · 2025-06-30');
    // One reading, no baseline: measured from zero at the plan's start; due 2025-12-31, so overdue by today.
    expect(result.stdout).toMatch(/status {2}\S+ overdue · as of \d{4}-\d{2}-\d{2}\n\s+63,000 of > 65,000 架 \(97%\)/);
    const lines = readFileSync(join(store, 'observations.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ target: 'qingdao-2025:tg6', value: 63000, unit: '架', date: '2025-06-30', role: 'observation', recordedBy: 'tester' });
  });

  it('should record a baseline with --baseline and the recorder with --by', async () => {
    const store = freshStore();
    const entry = await json<ObservationEntry>(store, ['record', 'qingdao-2025:tg6', '55000', '--date', '2024-12-31', '--baseline', '--by', '王芳']);
    expect(entry).toMatchObject({ role: 'baseline', value: 55000, recordedBy: '王芳' });
  });

  it('should refuse an unknown target with exit 2 and suggest close ones, writing nothing', async () => {
    const store = freshStore();
    const result = await track(store, ['record', 'qingdao-2025:tg66', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown target: qingdao-2025:tg66');
    expect(result.stderr).toContain('Did you mean qingdao-2025:tg6');
    expect(existsSync(store)).toBe(false);
  });

  it('should refuse a date that is not a day, a value that is not a number and another unit (exit 2)', async () => {
    const store = freshStore();
    const badDay = await track(store, ['record', 'qingdao-2025/机架', '1', '--date', '2025-02-30']);
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toContain('--date 2025-02-30 is not a date: give YYYY-MM-DD');
    const badShape = await track(store, ['status', '--as-of', '2025/07/01']);
    expect(badShape.code).toBe(2);
    expect(badShape.stderr).toContain('--as-of 2025/07/01 is not a date');
    const badValue = await track(store, ['record', 'qingdao-2025/机架', 'lots']);
    expect(badValue.code).toBe(2);
    expect(badValue.stderr).toContain('lots is not a number');
    const badUnit = await track(store, ['record', 'qingdao-2025/机架', '1', '--unit', '个']);
    expect(badUnit.code).toBe(2);
    expect(badUnit.stderr).toContain('measured in 架, not 个');
    expect(existsSync(store)).toBe(false);
  });

  it('should assess the rack target as computed by hand (first observation as baseline)', async () => {
    const assessed = await json<Attainment[]>(story.store, ['status', '--doc', 'qingdao-2025', '--doc', 'huangpu-2026-2030', '--as-of', '2025-07-01']);
    const rack = assessed.find((a) => a.targetId === 'qingdao-2025:tg6');
    // Baseline 60000 on 2025-03-31 (the first of two readings), deadline 2025-12-31: 275 days.
    // By 2025-07-01 (92 days) a straight path reaches 60000 + 5000 × 92/275 = 61672.727.
    // Progress 63000 − 60000 = 3000 of the 1672.727 required: ratio 1.793 ≥ 0.95, on track; 3000/5000 = 0.6 of the way.
    expect(rack).toMatchObject({
      baseline: { value: 60000, date: '2025-03-31', source: 'first-observation' },
      latest: { value: 63000, date: '2025-06-30', entry: story.rackIds[1] },
      expected: 61672.727,
      attainment: 0.6,
      progressRatio: 1.793,
      status: 'on-track',
      deadline: '2025-12-31',
    });
    // The Huangpu figure is dated 2026-12-31: nothing to assess yet in mid-2025.
    expect(assessed.find((a) => a.targetId === 'huangpu-2026-2030:tg2')?.status).toBe('no-data');
    expect(assessed).toHaveLength(16);
  });

  it('should assess the virtual power plant target later, from zero at the start of the five-year plan', async () => {
    const assessed = await json<Attainment[]>(story.store, ['status', '--doc', 'huangpu-2026-2030', '--as-of', '2028-07-01']);
    const vpp = assessed.find((a) => a.targetId === 'huangpu-2026-2030:tg2');
    // Baseline 0 on 2026-01-01, 100 MW due 2030-12-31 (1825 days); by 2028-07-01 (912 days) the path is at 49.973 MW.
    // 30 MW is 0.600 of that: needs acceleration (0.5 ≤ ratio < 0.95).
    expect(vpp).toMatchObject({ baseline: { value: 0, date: '2026-01-01', source: 'assumed-zero' }, expected: 49.973, attainment: 0.3, progressRatio: 0.6, status: 'needs-acceleration' });
    const early = await json<Attainment[]>(story.store, ['status', '--doc', 'huangpu-2026-2030', '--as-of', '2027-01-01']);
    expect(early.find((a) => a.targetId === 'huangpu-2026-2030:tg2')).toMatchObject({ progressRatio: 1.5, status: 'on-track' });
  });

  it('should draw a bar per target: the way covered, and │ where a straight path is by now', async () => {
    const rack = await track(story.store, ['status', '--doc', 'qingdao-2025', '--as-of', '2025-07-01']);
    // 6 of 10 cells covered, the path at 92/275 = 0.33 of the way: the mark after the third cell.
    expect(rack.stdout).toMatch(/tg6\s.*███│███░░░░\s+1\.79\s+on-track/);
    expect(rack.stdout).toMatch(/tg1\s.*—\s+—\s+no-data/);
    expect(rack.stderr).toContain('12 targets as of 2025-07-01: 1 on-track, 11 no-data');
    expect(rack.stdout).not.toContain('12 targets');
    const vpp = await track(story.store, ['status', '--doc', 'huangpu-2026-2030', '--as-of', '2028-07-01']);
    expect(vpp.stdout).toMatch(/tg2\s.*███░░│░░░░░\s+0\.60\s+needs-acceleration/);
    expect(vpp.stderr).toContain('4 targets as of 2028-07-01: 1 needs-acceleration, 3 no-data');
  });

  it('should give status as CSV and Markdown', async () => {
    const csv = await track(story.store, ['status', '--doc', 'qingdao-2025', '--as-of', '2025-07-01', '--format', 'csv']);
    expect(csv.stdout.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.stdout.trim().split('\n');
    expect(lines).toHaveLength(13);
    expect(lines[0]).toContain('target_id,doc_id,metric,comparator,target_value');
    expect(lines.find((l) => l.startsWith('qingdao-2025:tg6,'))).toContain(',63000,2025-06-30,');
    const md = await track(story.store, ['status', '--doc', 'qingdao-2025', '--as-of', '2025-07-01', '--format', 'md']);
    expect(md.stdout).toMatch(/\| qingdao-2025:tg6 \| 数据中心标准机架总数 \| > 65,000 架 \| 63,000 \| 2025-06-30 \| ███│███░░░░ \| 1\.79 \| 2025-12-31 \| on-track \|/);
  });

  it('should colour statuses on a terminal, and not with NO_COLOR or into a pipe', async () => {
    const args = ['status', '--doc', 'qingdao-2025', '--as-of', '2025-07-01'];
    const coloured = await track(story.store, args, { columns: 120 });
    expect(coloured.stdout).toContain(`${ESC}32mon-track${ESC}0m`);
    expect(coloured.stdout).toContain(`${ESC}2mno-data${ESC}0m`);
    const noColor = await track(story.store, args, { columns: 120, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).toContain('on-track');
    expect(noColor.stdout).not.toContain(ESC);
    const piped = await track(story.store, args);
    expect(piped.stdout).not.toContain(ESC);
  });

  it('should fit status into 80 columns, in English and Chinese', async () => {
    for (const lang of ['en', 'zh']) {
      const result = await track(story.store, ['status', '--as-of', '2028-07-01', '--lang', lang], { columns: 80 });
      expect(result.code).toBe(0);
      const lines = result.stdout.split('\n');
      expect(lines.length).toBeGreaterThan(30);
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
      // Narrow: ids under their document's heading lose the document part.
      expect(result.stdout).toMatch(/^tg2\s/m);
    }
  });

  it('should report a corrupt line of the store with its file and line, use the rest, and exit 1', async () => {
    const { store } = await storyStore();
    appendFileSync(join(store, 'observations.jsonl'), '{"type":"observation","id":"half\n');
    const list = await track(store, ['list']);
    expect(list.code).toBe(1);
    expect(list.stdout).toContain('63,000');
    expect(list.stderr).toMatch(/observations\.jsonl:4: not valid JSON/);
    const result = await track(store, ['status', '--doc', 'qingdao-2025', '--as-of', '2025-07-01', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/observations\.jsonl:4: not valid JSON/);
    expect(result.stderr).toContain('1 line of the store skipped');
    expect((JSON.parse(result.stdout) as Attainment[]).find((a) => a.targetId === 'qingdao-2025:tg6')?.status).toBe('on-track');
  });
});

describe('plankb track correct and list', () => {
  it('should correct an observation with a new entry and keep the original in the history', async () => {
    const { store, rackIds } = await storyStore();
    const original = rackIds[1] ?? '';
    const fix = await track(store, ['correct', original, '--value', '62800', '--note', '按季报更正']);
    expect(fix.code, fix.stderr).toBe(0);
    expect(fix.stdout).toContain(`Corrected ${original} with ob-`);
    expect(fix.stdout).toContain('value 63,000 → 62,800; note — → 按季报更正');
    const all = await json<StoreEntry[]>(store, ['list', '--all']);
    expect(all).toHaveLength(4);
    const correction = all.find((e) => e.supersedes === original);
    expect(correction).toMatchObject({ type: 'observation', target: 'qingdao-2025:tg6', value: 62800, date: '2025-06-30', source: '季报', note: '按季报更正' });
    expect(all.find((e) => e.id === original)).toMatchObject({ value: 63000 });
    const current = await json<StoreEntry[]>(store, ['list']);
    expect(current.map((e) => e.id)).not.toContain(original);
    expect(current).toHaveLength(3);
    const text = await track(store, ['list', '--all']);
    expect(text.stdout).toMatch(new RegExp(`${original}\\s.*63,000 架.*${correction?.id ?? '?'}`));
    const hidden = await track(store, ['list']);
    expect(hidden.stderr).toContain('1 corrected entry not shown; --all shows it.');
    const status = await json<Attainment[]>(store, ['status', '--doc', 'qingdao-2025', '--as-of', '2025-07-01']);
    expect(status.find((a) => a.targetId === 'qingdao-2025:tg6')?.latest?.value).toBe(62800);
  });

  it('should refuse an unknown entry id with suggestions, and a second correction of the same entry', async () => {
    const { store, rackIds } = await storyStore();
    const id = rackIds[0] ?? '';
    const unknown = await track(store, ['correct', id.slice(0, -1), '--value', '1']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`Did you mean ${id}`);
    expect((await track(store, ['correct', id, '--date', '2025-03-30'])).code).toBe(0);
    const again = await track(store, ['correct', id, '--date', '2025-03-29']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${id} was already corrected by ob-`);
    const nothing = await track(store, ['correct', rackIds[1] ?? '']);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('Nothing to correct');
  });

  it('should filter the list by target and document, and give CSV', async () => {
    const { store } = await storyStore();
    expect(await json<StoreEntry[]>(store, ['list', '--target', 'qingdao-2025/机架'])).toHaveLength(2);
    expect(await json<StoreEntry[]>(store, ['list', '--doc', 'huangpu-2026-2030'])).toHaveLength(1);
    const csv = await track(store, ['list', '--format', 'csv']);
    expect(csv.stdout.trim().split('\n')).toHaveLength(4);
    expect(csv.stdout).toContain('superseded_by');
  });
});

describe('plankb track task and tasks', () => {
  it('should group the duties of a unit written in full in one clause and short in another', async () => {
    const plan = [
      '2024年某市数据工作要点',
      '',
      '一、重点任务',
      '1.建设数据平台。建成市级数据平台。（牵头单位：市发展和改革委员会；完成时限：2024年6月底前）',
      '2.开放公共数据。发布开放清单。（市发改委牵头，市大数据局配合）',
      '3.培育数据企业。新增数据企业10家。（责任单位：市大数据局）',
    ].join('\n');
    const corpus = tempFiles({ 'moushi-2024.txt': plan });
    const store = freshStore();
    const text = await track(store, ['tasks', '--corpus', corpus, '--doc', 'moushi-2024', '--as-of', '2024-01-01']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('市发展和改革委员会 · 2 duties');
    expect(text.stdout).not.toMatch(/^市发改委 ·/m);
    expect(text.stdout).toContain('市大数据局 · 1 duty');
    const short = await json<Duty[]>(store, ['tasks', '--corpus', corpus, '--doc', 'moushi-2024', '--as-of', '2024-01-01', '--unit', '市发改委']);
    expect(short.map((d) => d.taskId).sort()).toEqual(['moushi-2024:t1', 'moushi-2024:t2']);
  });

  it("should show which 2023 Qingpu duties of 区大数据中心 were overdue or due on 1 October 2023", async () => {
    const store = freshStore();
    const args = ['tasks', '--doc', 'qingpu-2023-draft', '--as-of', '2023-10-01', '--unit', '区大数据中心'];
    const duties = await json<Duty[]>(store, args);
    expect(duties.length).toBe(41);
    for (const duty of duties) expect(duty.leadUnits.some((u) => u.includes('区大数据中心'))).toBe(true);
    const overdue = duties.filter((d) => d.state === 'overdue');
    const due = duties.filter((d) => d.state === 'due');
    expect(overdue).toHaveLength(15);
    expect(due.map((d) => [d.taskId, d.due])).toEqual([
      ['qingpu-2023-draft:t4', '2023-10-31'],
      ['qingpu-2023-draft:t10', '2023-10-31'],
    ]);
    expect(overdue[0]).toMatchObject({ due: '2023-06-30', taskId: 'qingpu-2023-draft:t7' });
    // Sorted by due date within the unit.
    expect(duties.map((d) => d.due)).toEqual([...duties.map((d) => d.due)].sort());
    const text = await track(store, args);
    expect(text.stdout).toContain('区大数据中心 · 41 duties: 15 overdue, 2 due, 24 open');
    expect(text.stdout).toMatch(/2023-06-30\s+qingpu-2023-draft:t7\s+推动公共数据“应归尽归”.*overdue/);
    expect(text.stdout).toMatch(/2023-10-31\s+qingpu-2023-draft:t10\s+深化法人综合库.*due/);
  });

  it('should mark duties done from recorded task progress, and filter by state', async () => {
    const store = freshStore();
    const recorded = await track(store, ['task', 'qingpu-2023-draft:t4', 'done', '--date', '2023-09-20', '--note', '已上线']);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stdout).toContain('qingpu-2023-draft:t4 4.深化数据运营管理体系建设');
    const due = await json<Duty[]>(store, ['tasks', '--doc', 'qingpu-2023-draft', '--as-of', '2023-10-01', '--unit', '区大数据中心', '--state', 'due', '--state', 'done']);
    expect(due.map((d) => [d.taskId, d.state])).toEqual([
      ['qingpu-2023-draft:t4', 'done'],
      ['qingpu-2023-draft:t10', 'due'],
      ['qingpu-2023-draft:t4', 'done'],
    ]);
    const unknown = await track(store, ['task', 'qingpu-2023-draft:t99', 'done']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Did you mean qingpu-2023-draft:t9');
  });

  it('should fit the duties into 80 columns', async () => {
    const result = await track(freshStore(), ['tasks', '--as-of', '2023-10-01'], { columns: 80, env: { NO_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('67 duties: 27 overdue, 7 due, 33 open');
    for (const line of result.stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
  });
});

describe('plankb track import and export', () => {
  it('should import nothing when a row has a problem, naming each row, and exit 1', async () => {
    const store = freshStore();
    const dir = tempFiles({
      'bad.csv': ['target,value,date', 'qingdao-2025/机架,61000,2025-04-30', 'qingdao-2025/机架,lots,2025-05-31', 'qingdao-2025:tg99,5,2025-05-31', ''].join('\n'),
    });
    const result = await track(store, ['import', join(dir, 'bad.csv')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('bad.csv:row 3: value "lots" is not a number');
    expect(result.stderr).toContain('bad.csv:row 4: Unknown target: qingdao-2025:tg99.');
    expect(result.stderr).toContain('Nothing imported: 2 rows have problems.');
    expect(existsSync(join(store, 'observations.jsonl'))).toBe(false);
    const badDay = tempFiles({ 'day.csv': 'target,value,date\nqingdao-2025/机架,61000,2025-02-30\n' });
    const day = await track(store, ['import', join(badDay, 'day.csv')]);
    expect(day.code).toBe(1);
    expect(day.stderr).toContain('day.csv:row 2: date "2025-02-30" is not a real day in YYYY-MM-DD form');
    expect(existsSync(join(store, 'observations.jsonl'))).toBe(false);
  });

  it('should export CSV that imports back into a fresh store with the same history', async () => {
    const { store, rackIds } = await storyStore();
    await track(store, ['correct', rackIds[1] ?? '', '--value', '62800']);
    const file = join(tempFiles({}), 'observations.csv');
    const exported = await track(store, ['export', '--output', file]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain(`4 observations written to ${file}`);
    const fresh = freshStore();
    const imported = await track(fresh, ['import', file]);
    expect(imported.code, imported.stderr).toBe(0);
    // The count is a note: stderr, nothing on stdout.
    expect(imported.stdout).toBe('');
    expect(imported.stderr).toContain('Imported 4 observations');
    const pick = (e: StoreEntry) => (e.type === 'observation' ? [e.id, e.target, e.value, e.unit, e.date, e.role, e.source, e.supersedes, e.recordedBy] : []);
    const before = await json<StoreEntry[]>(store, ['list', '--all']);
    const after = await json<StoreEntry[]>(fresh, ['list', '--all']);
    expect(after.map(pick)).toEqual(before.map(pick));
    // The correction still points at the original: the same entries are current, the same status follows.
    expect((await json<StoreEntry[]>(fresh, ['list'])).map((e) => e.id)).toEqual((await json<StoreEntry[]>(store, ['list'])).map((e) => e.id));
    // Importing the same file again adds nothing.
    const again = await track(fresh, ['import', file]);
    expect(again.stderr).toContain('Imported 0 observations');
    expect(again.stderr).toContain('4 rows were already there');
  });

  it('should write XLSX only to --output, and read it back', async () => {
    const { store } = await storyStore();
    const refused = await track(store, ['export', '--format', 'xlsx']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--output');
    const file = join(tempFiles({}), 'observations.xlsx');
    expect((await track(store, ['export', '--format', 'xlsx', '-o', file])).code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    const fresh = freshStore();
    expect((await track(fresh, ['import', file])).code).toBe(0);
    const values = (await json<Array<Record<string, unknown>>>(fresh, ['export'])).map((e) => [e.target_id, e.value, e.date]);
    expect(values).toEqual([
      ['qingdao-2025:tg6', 60000, '2025-03-31'],
      ['qingdao-2025:tg6', 63000, '2025-06-30'],
      ['huangpu-2026-2030:tg2', 30, '2026-12-31'],
    ]);
  });

  it('should say so for a file that does not exist', async () => {
    const result = await track(freshStore(), ['import', join(tmpdir(), 'no-such-plankb-file.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No such file');
  });
});

describe('plankb track help', () => {
  it('should list the subcommands and ask for one', async () => {
    const help = await runCli(['track', '--help']);
    expect(help.code).toBe(0);
    for (const sub of ['record', 'correct', 'task', 'list', 'status', 'tasks', 'import', 'export']) expect(help.stdout).toMatch(new RegExp(`plankb track ${sub}\\b`));
    const status = await runCli(['track', 'status', '--help']);
    expect(status.stdout).toContain('[choices: "text", "json", "md", "csv"]');
    const none = await runCli(['track']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Give a track subcommand');
  });

  it('should show examples and the documented columns, in Chinese too', async () => {
    const record = await runCli(['track', 'record', '--help']);
    expect(record.stdout).toContain('plankb track record qingdao-2025/机架 63000 --date');
    expect(record.stdout).not.toMatch(/choices: .*"csv"/);
    expect(record.stdout).toContain('--store');
    const importHelp = await runCli(['track', 'import', '--help', '--lang', 'zh']);
    expect(importHelp.stdout).toContain('各列（target_id 和 value 必填');
    expect(importHelp.stdout).toContain('supersedes: The `observation_id` of an entry this one corrects');
  });

  it('should keep the store in .plankb/ inside the corpus folder by default, ready for git', async () => {
    const corpus = tempFiles({});
    cpSync(join(import.meta.dirname, '../../../seeds'), corpus, { recursive: true, filter: (path) => !path.includes('.plankb') });
    const result = await runCli(['track', 'record', 'qingdao-2025/机架', '63000', '--date', '2025-06-30', '--corpus', corpus], { env: ENV });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(join(corpus, '.plankb'));
    expect(readFileSync(join(corpus, '.plankb', 'observations.jsonl'), 'utf8')).toContain('"value":63000');
    expect(readFileSync(join(corpus, '.plankb', '.gitattributes'), 'utf8')).toContain('merge=union');
  });
});
