import { appendEntries, observationEntry, readStore, resolveTarget } from '@plankb/core/track';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/app.js';
import { widthOf } from '@plankb/terminal-text';
import { AS_OF, KEY, renderApp, seeds, tempStore } from './render.js';

// The screens a planner works in besides browsing: Indicators, Cascade, Duties, and a target's history with corrections.

afterEach(cleanup);

const app = (options: { store?: string; columns?: number; rows?: number; lang?: 'en' | 'zh' } = {}) =>
  renderApp(<App corpus={seeds()} storeDir={options.store ?? tempStore()} asOf={AS_OF} size={{ columns: options.columns ?? 100, rows: options.rows ?? 30 }} lang={options.lang ?? 'en'} />);
const rowOf = (frame: string, text: string): string => frame.split('\n').find((l) => l.includes(text)) ?? '';
const selectedRow = (frame: string): string => frame.split('\n').find((l) => l.startsWith('›')) ?? '';
const fits = (frame: string, width: number): void => {
  for (const line of frame.split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(width);
};

describe('the header', () => {
  it('should name every screen when it fits, and number the others when it does not', async () => {
    const wide = app();
    expect((await wide.waitFor('qingdao-2025')).split('\n')[0]).toMatch(/^ plankb {2}1 Library {2}2 Plan .* 6 Indicators {2}7 Cascade {2}8 Duties/);
    const narrow = app({ columns: 80, rows: 24 });
    const frame = await narrow.waitFor('qingdao-2025');
    expect(frame.split('\n')[0]).toMatch(/^ plankb {2}1 Library {2}2 {2}3 {2}4 {2}5 {2}6 {2}7 {2}8 /);
    fits(frame, 80);
  });
});

describe('the Indicators screen', () => {
  it('should list every indicator with its value and date, filter it with / and open one on its section in Plan', async () => {
    const total = seeds().documents.reduce((n, d) => n + d.indicators.length, 0);
    const a = app();
    await a.waitFor('qingdao-2025');
    await a.press('6');
    let frame = await a.waitFor(`${total} of ${total} indicators`);
    expect(rowOf(frame, '5G室外基站')).toMatch(/huangpu-2026-2030 5G室外基站\s+~2,500 个 2025-12-31/);
    expect(frame).toContain('huangpu-2026-2030:in1  5G室外基站已建成2500余个');
    // / filters this list (it does not open Search); the field has the keys while typing.
    await a.press('/');
    await a.type('数据');
    frame = await a.waitFor(/of 33 match “数据”/);
    const shown = frame.split('\n').filter((l) => /^[›↓ ]huangpu-2026-2030 /.test(l));
    expect(shown.length).toBeGreaterThan(0);
    for (const line of shown) expect(line).toContain('数据');
    await a.press(KEY.enter);
    await a.press('j');
    frame = a.frame();
    expect(selectedRow(frame)).toContain('数据');
    // esc clears the filter first, and stays on the screen.
    await a.press(KEY.escape);
    frame = await a.waitFor(`${total} of ${total} indicators`);
    expect(frame.split('\n')[0]).toMatch(/ 6 Indicators /);
    await a.press('g', KEY.enter);
    frame = await a.waitFor('huangpu-2026-2030 · 2026–2030');
    expect(frame).toContain('基础设施建设领先优势进一步凸显');
  });
});

describe('the Cascade screen', () => {
  it("should show which of the city plan's tasks its district plan takes up, with the counterpart, and open it with b", async () => {
    const a = app();
    await a.waitFor('qingdao-2025');
    await a.press('7');
    let frame = await a.waitFor(/shanghai-2025: \d+ of 24 tasks taken up by its 1 lower-level plan/, 30_000);
    expect(frame.split('\n')[3]).toMatch(/Task of the plan\s+青浦区$/);
    expect(selectedRow(frame)).toMatch(/^›1\.深化“数字上海”谋篇布局\s+● 0\.\d\d$/);
    expect(frame).toContain('qingpu-2025:t1  1.深化“数字青浦”谋篇布局');
    // A task no district plan takes up is marked ·, and its detail says so.
    await a.press('j');
    frame = a.frame();
    expect(selectedRow(frame)).toMatch(/2\.研究完善数据制度规则\s+·$/);
    expect(frame).toContain('qingpu-2025: no task takes it up.');
    // The district's tasks with no counterpart above come after the city's tasks.
    await a.press('G');
    frame = await a.waitFor(/qingpu-2025: \d+ tasks? with no counterpart above/);
    await a.press('g', 'b');
    frame = await a.waitFor('qingpu-2025 · 2025');
    expect(frame).toContain('深化“数字青浦”谋篇布局');
  });

  it('should say why a plan has no lower-level plans, and pick another with d', async () => {
    const a = app();
    await a.waitFor('qingdao-2025');
    await a.press('7');
    await a.waitFor('shanghai-2025:', 30_000);
    await a.press('d');
    await a.waitFor('Show how which plan is taken up by its districts?');
    await a.press('/');
    await a.type('qingdao');
    await a.press(KEY.enter);
    const frame = await a.waitFor('No plan of a district of 青岛市 covers 2025');
    expect(frame).toContain('a counts every year');
  });
});

describe('the Duties screen', () => {
  it('should group the task tables\' duties by lead unit with their deadlines and states, as plankb track tasks does', async () => {
    const a = app();
    await a.waitFor('qingdao-2025');
    await a.press('8');
    const frame = await a.waitFor(/67 of 67 duties as of 2025-07-01: 67 overdue/);
    expect(frame.split('\n')[2]).toMatch(/Due\s+Task\s+What is to be done\s+Lead units\s+State/);
    expect(rowOf(frame, '各分中心 ·')).toMatch(/各分中心 · 2 duties: 2 overdue/);
    expect(selectedRow(frame)).toMatch(/^›2023-07-31 t12 .* overdue$/);
    expect(frame).toContain('Deadline as written: 7月底');
    fits(frame, 100);
  });

  it("should filter by lead unit, and record a task's progress with o", async () => {
    const store = tempStore();
    const a = app({ store });
    await a.waitFor('qingdao-2025');
    await a.press('8');
    await a.waitFor('67 of 67 duties');
    await a.press('w');
    await a.waitFor('Show the duties of which lead unit?');
    await a.press('/');
    await a.type('区政务办');
    await a.press(KEY.enter);
    let frame = await a.waitFor('Lead unit: 区政务办');
    const heading = frame.split('\n').filter((l) => / · \d+ dut(y|ies)/.test(l));
    expect(heading).toHaveLength(1);
    expect(heading[0]).toMatch(/^ 区政务办 · /);
    const task = /^›\S+ (t\d+)/.exec(selectedRow(frame))?.[1];
    expect(task).toBeDefined();
    await a.press('o');
    await a.waitFor(`Record the progress of qingpu-2023-draft:${task}`);
    await a.press('/');
    await a.type('done');
    await a.press(KEY.enter);
    frame = await a.waitFor(`Recorded qingpu-2023-draft:${task} as done on 2025-07-01.`);
    expect(readStore(store).progress).toMatchObject([{ task: `qingpu-2023-draft:${task}`, status: 'done', date: AS_OF }]);
    await a.waitFor((f) => /^›.* done$/.test(selectedRow(f)));
    expect(a.frame()).toContain('Progress recorded: done');
  });
});

describe("a target's history", () => {
  it('should list its observations and correct one with c, keeping the original (struck through)', async () => {
    const store = tempStore();
    const target = resolveTarget(seeds().documents, 'qingdao-2025:tg6');
    appendEntries(store, [observationEntry({ target, value: 60000, date: '2025-03-31', source: '季报', by: 'test' }), observationEntry({ target, value: 62000, date: '2025-06-20', by: 'test' })]);
    const a = app({ store });
    await a.waitFor('qingdao-2025');
    await a.press('4');
    await a.waitFor('Region: all');
    await a.press('d');
    await a.waitFor('Show targets of which document?');
    await a.press('/');
    await a.type('qingdao');
    await a.press(KEY.enter);
    await a.waitFor('Document: qingdao-2025');
    await a.press('/');
    await a.type('机架');
    await a.press(KEY.enter);
    await a.waitFor((f) => selectedRow(f).includes('数据中心标准机架总数'));
    await a.press('v');
    let frame = await a.waitFor('Observations of 数据中心标准机架总数 (qingdao-2025:tg6)');
    expect(selectedRow(frame)).toMatch(/^›2025-06-20\s+62,000 架 observation/);
    expect(rowOf(frame, '2025-03-31')).toMatch(/60,000 架 observation\s+季报/);
    await a.press('j', 'c');
    await a.waitFor('Correct ob-');
    await a.press(KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace);
    await a.type('61000');
    await a.press(KEY.enter);
    frame = await a.waitFor(/Corrected ob-\S+: the new entry is ob-/);
    const all = readStore(store).observations;
    expect(all).toHaveLength(3);
    const fresh = all.find((o) => o.supersedes !== null);
    expect(fresh).toMatchObject({ value: 61000, date: '2025-03-31', source: '季报' });
    // The original stays, marked as corrected; c on it again says which entry to correct instead.
    frame = await a.waitFor((f) => (f.match(/2025-03-31/g) ?? []).length === 2);
    expect(frame).toMatch(/2025-03-31\s+60,000 架 corrected\s+季报/);
    expect(frame).toMatch(/2025-03-31\s+61,000 架 observation\s+季报/);
    const original = all.find((o) => o.value === 60000);
    await a.press('G');
    await a.press('c');
    await a.waitFor(`Corrected already, by ${fresh?.id}`);
    expect(original?.id).toBeDefined();
    await a.press(KEY.escape);
    frame = await a.waitFor('match “机架”');
    expect(rowOf(frame, '数据中心标准机架总数')).toContain('62,000 架');
    // The corrected entry no longer counts: the first observation is now the corrected 61,000.
    expect(frame).toContain('Baseline: 61,000 架 on 2025-03-31 (first observation)');
  });
});

describe('the new screens in Chinese', () => {
  it('should fill 80×24 exactly, never wider, in Chinese', async () => {
    const a = app({ columns: 80, rows: 24, lang: 'zh' });
    await a.waitFor('qingdao-2025');
    for (const [key, mark] of [
      ['6', '项现状数据'],
      ['7', '规划任务'],
      ['8', '牵头单位：全部'],
    ] as const) {
      await a.press(key);
      // Note: the Cascade aligns the plans on its first visit (jieba loads then): seconds on a busy machine.
      const frame = await a.waitFor((f) => f.includes(mark) && f.split('\n').length === 24, 30_000);
      fits(frame, 80);
    }
  });
});
