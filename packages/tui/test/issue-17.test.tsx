import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '@plankb/core/corpus';
import { appendEntries, observationEntry } from '@plankb/core/track';
import { cleanup } from 'ink-testing-library';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/app.js';
import { widthOf } from '@plankb/terminal-text';
import { AS_OF, KEY, renderApp, seeds, tempStore } from './render.js';

// The defects of issue 17, each driven through the whole app.

afterEach(cleanup);
const emptyDir = mkdtempSync(join(tmpdir(), 'plankb-empty-'));
afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

const CTRL = { b: '\u0002', d: '\u0004', r: '\u0012' } as const;
const app = (size = { columns: 100, rows: 30 }) => renderApp(<App corpus={seeds()} storeDir={tempStore()} asOf={AS_OF} size={size} />);
const footer = (frame: string): string => frame.split('\n').at(-1) ?? '';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an empty corpus', () => {
  it('should say on every screen that there are no documents and how to add one, and not crash on Targets', async () => {
    const a = renderApp(<App corpus={loadCorpus({ dir: emptyDir })} storeDir={tempStore()} asOf={AS_OF} size={{ columns: 80, rows: 24 }} />);
    await a.waitFor('0 documents');
    for (const key of ['1', '2', '3', '4', '5']) {
      await a.press(key);
      const frame = await a.waitFor('No documents: add one with `plankb add <file>`.');
      expect(frame).not.toContain('This document has no tasks');
      expect(frame).not.toContain('Pick two different documents');
      expect(frame.split('\n')).toHaveLength(24);
      if (key === '5') await a.press(KEY.escape);
    }
  });
});

describe('ctrl+letter', () => {
  it('should page with ctrl+d on Plan without opening the document picker', async () => {
    const a = app();
    await a.press('2');
    await a.waitFor('›▾ 一、强化规划引领');
    await a.press(CTRL.d);
    await sleep(50);
    const frame = a.frame();
    expect(frame).not.toContain('Open which document?');
    // It paged: the selection left the first row.
    expect(frame).not.toContain('›▾ 一、强化规划引领');
  });

  it('should not open the pickers of Targets for ctrl+d and ctrl+r, nor B\'s picker of Compare for ctrl+b', async () => {
    const a = app();
    await a.press('4');
    await a.waitFor('Region: all');
    await a.press(CTRL.d, CTRL.r);
    await sleep(50);
    expect(a.frame()).not.toMatch(/Show targets of which (document|region)\?/);
    await a.press('3');
    await a.waitFor('Shared phrases');
    await a.press(CTRL.b);
    await sleep(50);
    expect(a.frame()).not.toContain('Compare which document as B');
    expect(a.frame()).toContain('Shared phrases');
  });
});

describe('the footer', () => {
  it('should never draw one screen with the previous screen\'s keys', async () => {
    const a = app();
    await a.waitFor('enter open in Plan');
    const from = a.frames.length;
    await a.press('3');
    await a.waitFor('Shared phrases');
    await a.press('4');
    await a.waitFor('Region: all');
    for (const frame of a.frames.slice(from)) {
      const keys = footer(frame);
      if (frame.includes('Shared phrases')) expect(keys).not.toContain('compare as A');
      if (frame.includes('Region: all')) expect(keys).not.toContain('n/N');
    }
  });

  it.each([
    ['1', 'enter open in Plan'],
    ['2', 'tab pane'],
    ['3', 'n/N'],
    ['4', 'o record'],
  ])('should always end with ? help and q quit at 80 columns (screen %s)', async (key, own) => {
    const a = app({ columns: 80, rows: 24 });
    await a.waitFor('qingdao-2025');
    await a.press(key);
    const frame = await a.waitFor((f) => footer(f).includes(own));
    expect(footer(frame)).toMatch(/\? help {2}q quit\s*$/);
    expect(widthOf(footer(frame))).toBeLessThanOrEqual(80);
  });
});

describe('the help', () => {
  it.each([
    ['1', 'enter', ['j k', 'PgUp PgDn', 'ctrl+d ctrl+u', 'g G', 'Home End', 'a', 'b']],
    ['2', 'tab', ['j k', 'PgUp PgDn', 'ctrl+d ctrl+u', 'g G', '←→', 'd', '[ ]', 'enter space']],
    ['3', 'n/N', ['j k', 'PgUp PgDn', 'ctrl+d ctrl+u', 'g G', 'tab', 'a/b', 'x', 'enter']],
    ['4', 'o', ['j k', 'PgUp PgDn', 'ctrl+d ctrl+u', 'g G', 'r', 'd', 'f', 'x', 'enter', 'v']],
    ['6', 'r', ['j k', 'PgUp PgDn', 'ctrl+d ctrl+u', 'g G', 'r', 'd', 'x', 'enter', 'y', 'Y', 'e']],
    ['7', 'b', ['j k', 'PgUp PgDn', 'ctrl+d ctrl+u', 'g G', 'enter', 'b', 'd', 'a', '●', '○', '·']],
    ['8', 'w', ['j k', 'PgUp PgDn', 'ctrl+d ctrl+u', 'g G', 'o', 'w', 'f', 'd', 'x', 'enter', 'y']],
  ])('should list every key of screen %s at 80×24, movement included, with nothing cut', async (screen, own, keys) => {
    const a = app({ columns: 80, rows: 24 });
    await a.waitFor('qingdao-2025');
    await a.press(screen);
    await a.waitFor((f) => footer(f).includes(own));
    await a.press('?');
    const frame = await a.waitFor('On this screen');
    expect(frame).toContain('Everywhere');
    for (const key of keys) expect(frame).toMatch(new RegExp(`(^|\\s)${key.replace(/[[\]/+]/g, '\\$&')}\\s`, 'm'));
    expect(frame).toMatch(/alt\+1-8/);
    expect(frame).not.toContain('…');
    for (const line of frame.split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(80);
  });
});

describe('Search', () => {
  it('should select and show the section of an indicator stated outside any task', async () => {
    const a = app();
    await a.press('s');
    await a.type('5G室外基站');
    await a.waitFor(/›indicator\s+huangpu-2026-2030\s+5G室外基站/);
    await a.press(KEY.enter);
    const frame = await a.waitFor('“数字黄浦”建设“十五五”规划  huangpu-2026-2030');
    expect(frame).toMatch(/›\s+▾ 1\.基础设施建设领先优势/);
    expect(frame).toMatch(/• 5G室外基站\s+2,500 个/);
  });

  it('should take letters typed in the results list into the query, q included, instead of quitting', async () => {
    const a = app();
    await a.press('5');
    await a.type('xndc');
    await a.waitFor('4 results');
    await a.press(KEY.tab);
    await a.waitFor('/ tab edit query');
    for (const c of 'qingdao') await a.press(c);
    const frame = await a.waitFor('Search: xndcqingdao');
    expect(frame).toContain('Search');
  });

  it('should switch screens from the query with alt+digit, where digits are text', async () => {
    const a = app();
    await a.press('5');
    await a.type('2025');
    await a.waitFor('Search: 2025');
    await a.press('\u001B4');
    await a.waitFor('Region: all');
  });
});

describe('a wider terminal', () => {
  const headerOf = (frame: string, first: string): string => frame.split('\n').find((l) => l.includes(first)) ?? '';
  const names = (header: string): string[] => header.split('│')[0]!.trim().split(/\s+/).filter((w) => w !== '');

  it('should never show fewer Library columns than a narrower one', { timeout: 90_000 }, async () => {
    let before: string[] = [];
    for (let columns = 80; columns <= 220; columns += 10) {
      const a = app({ columns, rows: 30 });
      const frame = await a.waitFor('qingdao-2025');
      const shown = names(headerOf(frame, 'Year'));
      for (const name of before) expect(shown, `${columns} columns`).toContain(name);
      before = shown;
      a.unmount();
    }
    expect(before).toEqual(['Id', 'Year', 'Kind', 'Status', 'Tasks', 'Targets', 'Title']);
  });

  it('should never give a target\'s name fewer columns, or show fewer columns, than a narrower terminal', { timeout: 90_000 }, async () => {
    let before = { names: [] as string[], metric: 0 };
    // Note: the widths where a column appears (95, 113 and 118 columns with the seeds) are among them.
    for (const columns of [80, 86, 94, 95, 100, 112, 113, 117, 118, 127, 128, 140, 160, 200]) {
      const a = app({ columns, rows: 30 });
      await a.press('4');
      const frame = await a.waitFor('Region: all');
      const header = headerOf(frame, 'Attainment');
      const shown = names(header);
      // The name column runs from its heading to the next heading.
      const metric = header.indexOf('Value') - header.indexOf('Target');
      for (const name of before.names) expect(shown, `${columns} columns`).toContain(name);
      expect(metric, `${columns} columns`).toBeGreaterThanOrEqual(before.metric);
      before = { names: shown, metric };
      a.unmount();
    }
    expect(before.names).toEqual(['Document', 'Target', 'Value', 'Attainment', 'Status', 'Latest', 'Deadline']);
  });
});

describe('an observation dated after the assessment date', () => {
  it('should be recorded, and the app should say it is not counted in the status', async () => {
    const a = app();
    await a.press('4');
    await a.waitFor('Region: all');
    await a.press('d');
    await a.waitFor('Show targets of which document?');
    await a.press('G', KEY.up, KEY.enter);
    await a.waitFor('Document: qingdao-2025');
    await a.press('j', 'j', 'j', 'j', 'j');
    await a.waitFor(/›数据中心标准机架总数/);
    await a.press('o');
    await a.waitFor('Record an observation: 数据中心标准机架总数');
    await a.type('63000');
    await a.press(KEY.tab, KEY.ctrlU);
    await a.type('2025-08-01');
    await a.press(KEY.enter);
    const frame = await a.waitFor('after the assessment date 2025-07-01');
    expect(footer(frame)).toContain('Recorded 63,000 架 (2025-08-01): after the assessment date 2025-07-01, not counted');
    expect(frame.replace(/\s*\n/g, ' ')).toContain('1 observation is dated after the assessment date 2025-07-01 and not counted (plankb tui --as-of 2025-08-01 counts it).');
    expect(frame).toMatch(/›数据中心标准机架总数.*no data/);
  });
});

describe('wrapping', () => {
  // Closing punctuation may not start a line, opening punctuation may not end one (避头尾).
  const NO_START = /^[，。、；：？！）》」』】〕…”’,.;:!?)%]/;
  const NO_END = /[《（“「『【〔‘(]$/;
  const texts = seeds().documents.flatMap((d) => [...d.tasks.map((x) => x.body), ...d.targets.map((x) => x.quote), ...d.indicators.map((x) => x.quote)]);

  it.each([18, 25, 31, 40, 47, 60])('should follow the Chinese line-breaking rules and keep numbers whole in every task body of the seeds at %i columns', async (width) => {
    const { wrapText } = await import('../src/_utils/spans.js');
    for (const text of texts) {
      const lines = wrapText(text, width);
      lines.forEach((line, k) => {
        const next = lines[k + 1];
        expect(widthOf(line)).toBeLessThanOrEqual(width);
        if (k > 0 && line !== '') expect(line, `${text} at ${width}`).not.toMatch(NO_START);
        if (next !== undefined) {
          expect(line, `${text} at ${width}`).not.toMatch(NO_END);
          // A number is not split (32, / 321), nor separated from its unit (321 / 架).
          if (/[0-9][,.]?$/.test(line)) expect(next, `${text} at ${width}`).not.toMatch(/^[0-9,.%万亿千个架家项次元人户座台套条张件]/u);
        }
      });
    }
  });

  it('should keep numbers with their units in Plan\'s text pane at any width', { timeout: 90_000 }, async () => {
    for (const columns of [64, 67, 80, 118, 170]) {
      const a = renderApp(<App corpus={seeds()} storeDir={tempStore()} asOf={AS_OF} size={{ columns, rows: 40 }} />);
      await a.press('s');
      await a.type('夯实算力基础设施');
      await a.waitFor(/›task\s+(qingdao-2025\s+)?夯实算力基础设施/);
      await a.press(KEY.enter);
      const frame = await a.waitFor(/›\s+\(十七\) 夯实/);
      const text = frame.split('\n').map((l) => l.split('│')[1] ?? '');
      text.forEach((line, k) => {
        const next = text[k + 1]?.trimEnd() ?? '';
        if (/[0-9][,.]?\s*$/.test(line)) expect(next, `${columns} columns`).not.toMatch(/^[0-9,.%万亿个架P]/u);
        if (line.trim() !== '') expect(line.trimEnd(), `${columns} columns`).not.toMatch(NO_END);
        expect(next, `${columns} columns`).not.toMatch(NO_START);
      });
      a.unmount();
    }
  });
});

describe('where am I', () => {
  it('should show n of N on every list, ↑ and ↓ when rows are out of sight, and name the pane that has the keys', { timeout: 90_000 }, async () => {
    const a = app({ columns: 100, rows: 24 });
    await a.waitFor('qingdao-2025');
    expect(a.frame()).toContain('── 1 of 6 ');
    await a.press('2');
    let frame = await a.waitFor(/ Outline \s+1 of \d+│ Text /);
    await a.press(KEY.tab);
    frame = await a.waitFor(/ Text .*lines 1–\d+ of \d+/);
    await a.press('4');
    await a.waitFor('── 1 of 18 ');
    await a.press('G');
    frame = await a.waitFor('── 18 of 18 ');
    // The first row of the list is marked ↑: rows are above it.
    expect(frame.split('\n')[3]).toMatch(/^↑/);
    await a.press('s');
    await a.type('xndc');
    frame = await a.waitFor(/ Results {2}4 results\s+1 of 4/);
  });
});

describe('observations recorded from another terminal', () => {
  const rack = () => seeds().documents.find((d) => d.id === 'qingdao-2025')!.targets.find((x) => x.id === 'qingdao-2025:tg6')!;
  const record = (store: string, value: number, date: string) => appendEntries(store, [observationEntry({ target: rack(), value, date, source: null, note: null, by: 'test' })]);
  const open = async (store: string) => {
    const a = renderApp(<App corpus={seeds()} storeDir={store} asOf={AS_OF} size={{ columns: 100, rows: 30 }} />);
    await a.press('4');
    await a.waitFor('Region: all');
    await a.press('d');
    await a.waitFor('Show targets of which document?');
    await a.press('G', KEY.up, KEY.enter);
    await a.waitFor('Document: qingdao-2025');
    await a.press('j', 'j', 'j', 'j', 'j');
    await a.waitFor(/›数据中心标准机架总数/);
    return a;
  };

  it('should show with R, keeping the screen and the selection', async () => {
    const store = tempStore();
    const a = await open(store);
    expect(a.frame()).toMatch(/›数据中心标准机架总数.*no data/);
    record(store, 63000, '2025-06-30');
    await a.press('R');
    const frame = await a.waitFor(/›数据中心标准机架总数.*on track/);
    expect(frame).toContain('Document: qingdao-2025');
    expect(footer(frame)).toContain('Observations reloaded.');
  });

  it('should show by themselves when the store already exists', async () => {
    const store = tempStore();
    record(store, 52000, '2024-12-31');
    const a = await open(store);
    record(store, 63000, '2025-06-30');
    await a.waitFor(/›数据中心标准机架总数.*63,000 架/);
  });
});

describe('pickers', () => {
  it('should tell a draft from its final version and filter as one types after /', async () => {
    const a = app();
    await a.press('2');
    await a.waitFor('tab pane');
    await a.press('d');
    let frame = await a.waitFor('Open which document?');
    expect(frame).toMatch(/qingpu-2023-draft\s+2023\s+draft\s+2023年青浦区/);
    expect(frame).toMatch(/qingpu-2023 {7}\s*2023\s+final\s+2023年青浦区/);
    await a.press('/');
    await a.type('2023-d');
    frame = await a.waitFor(/Open which document\?\s+1 of 1/);
    expect(frame).toContain('›qingpu-2023-draft');
    await a.press(KEY.enter);
    await a.waitFor('qingpu-2023-draft · 2023');
  });
});

describe('terminal conventions', () => {
  it('should suspend with ctrl+z, copy with y and Y, and open the source with e', async () => {
    const calls: string[] = [];
    const terminal = {
      copy: (text: string) => (calls.push(`copy ${text.split('\n')[0]}`), true),
      suspend: () => (calls.push('suspend'), true),
      openFile: (file: string, line: number) => (calls.push(`open ${file.split('/').at(-1)}:${line}`), null),
    };
    const a = renderApp(<App corpus={seeds()} storeDir={tempStore()} asOf={AS_OF} size={{ columns: 100, rows: 30 }} terminal={terminal} />);
    await a.press('2');
    await a.waitFor('tab pane');
    await a.press('j', 'y', 'Y', 'e', '\u001A');
    await a.waitFor(() => calls.length === 4);
    expect(calls).toEqual(['copy shanghai-2025:t1', 'copy 1. 深化“数字上海”谋篇布局', `open shanghai-2025-work-points.md:${seeds().documents[0]!.tasks[0]!.position.start.line}`, 'suspend']);
  });
});

describe('Compare', () => {
  it('should open B\'s task of a pair with B', async () => {
    const a = app();
    await a.press('3');
    await a.waitFor('Shared phrases');
    await a.press('n', 'B');
    await a.waitFor(/›\s+2\. 推进算力建设和调度对接/);
    expect(a.frame()).toContain('qingpu-2025 · 2025');
  });

  it('should not mark the full-width and half-width forms of one punctuation mark as a change', async () => {
    const { diffSideSpans } = await import('../src/_utils/diff-spans.js');
    const segments = [
      { op: 'equal' as const, text: '推进算力建设' },
      { op: 'delete' as const, text: '，' },
      { op: 'insert' as const, text: ',' },
      { op: 'equal' as const, text: '促进' },
      { op: 'delete' as const, text: '供需' },
      { op: 'insert' as const, text: '供给' },
    ];
    expect(diffSideSpans(segments, 'a', true)).toEqual([{ text: '推进算力建设' }, { text: '，' }, { text: '促进' }, { text: '供需', color: 'red', strikethrough: true }]);
    expect(diffSideSpans(segments, 'b', true)).toEqual([{ text: '推进算力建设' }, { text: ',' }, { text: '促进' }, { text: '供给', color: 'green', underline: true }]);
  });
});

describe('the observation form', () => {
  it('should record a baseline explicitly', async () => {
    const store = tempStore();
    const a = renderApp(<App corpus={seeds()} storeDir={store} asOf={AS_OF} size={{ columns: 100, rows: 30 }} />);
    await a.press('4');
    await a.waitFor('Region: all');
    await a.press('d');
    await a.waitFor('Show targets of which document?');
    await a.press('G', KEY.up, KEY.enter);
    await a.waitFor('Document: qingdao-2025');
    await a.press('j', 'j', 'j', 'j', 'j', 'o');
    await a.waitFor('Record an observation: 数据中心标准机架总数');
    await a.type('52000');
    await a.press(KEY.tab, KEY.ctrlU);
    await a.type('2024-12-31');
    await a.press(KEY.tab, KEY.tab, KEY.tab, ' ');
    await a.waitFor('Kind');
    await a.press(KEY.enter);
    await a.waitFor('Recorded the baseline 52,000 架 for qingdao-2025:tg6.');
    const { readStore } = await import('@plankb/core/track');
    expect(readStore(store).observations).toMatchObject([{ target: 'qingdao-2025:tg6', value: 52000, role: 'baseline' }]);
  });
});

describe('Compare\'s legend', () => {
  it('should explain the change kinds and the score in the help, scrolling when the terminal is short', async () => {
    const a = app({ columns: 80, rows: 24 });
    await a.press('3');
    await a.waitFor('Shared phrases');
    await a.press('?');
    let frame = await a.waitFor('On this screen');
    expect(frame).toContain('↓ more');
    for (let k = 0; k < 12; k++) await a.press('j');
    frame = await a.waitFor('Legend');
    // A label too long for its column wraps under itself.
    expect(frame).toMatch(/merged\s+several tasks of A in one\s+of B/);
    expect(frame).toMatch(/score\s+how alike the pair is, 0 to\s+1/);
    // Any other key closes the help.
    await a.press('x');
    await a.waitFor('Shared phrases');
  });
});

describe('rows you can tell apart', () => {
  it('should mark a draft\'s target on Targets when there is no room for the document column', async () => {
    const a = app({ columns: 80, rows: 24 });
    await a.press('4');
    const frame = await a.waitFor('Region: all');
    expect(frame.split('\n')[2]).not.toContain('Document');
    const rows = frame.split('\n').filter((l) => l.includes('区级政策和服务') && l.includes('overdue'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).not.toBe(rows[1]);
    expect(rows.join('\n')).toContain('draft · 区级');
  });
});
