import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/app.js';
import { widthOf } from '@plankb/terminal-text';
import { AS_OF, KEY, renderApp, seeds, tempStore } from './render.js';

afterEach(cleanup);

const app = (size = { columns: 100, rows: 30 }, lang: 'en' | 'zh' = 'en') =>
  renderApp(<App corpus={seeds()} storeDir={tempStore()} asOf={AS_OF} size={size} lang={lang} />);
const header = (frame: string): string => frame.split('\n')[0] ?? '';
const footer = (frame: string): string => frame.split('\n').at(-1) ?? '';

describe('the app', () => {
  it('should open on the Library with a header of screens and a footer of keys', async () => {
    const a = app();
    const frame = await a.waitFor('enter open in Plan');
    expect(header(frame)).toMatch(/^ plankb {2}1 Library {2}2 Plan {2}3 Compare {2}4 Targets {2}5 Search {2}6 Indicators {2}7 Cascade {2}8 Duties\s*$/);
    expect(footer(frame)).toMatch(/↑↓ move {2}enter open in Plan {2}a compare as A {2}b compare as B {2}1-8 screens {2}\/ filter {2}\? help {2}q quit/);
    expect(frame.split('\n')).toHaveLength(30);
  });

  it('should switch screens with 1-5 and with letters, and go back with esc', async () => {
    const a = app();
    await a.waitFor('qingdao-2025');
    await a.press('3');
    await a.waitFor('Shared phrases');
    expect(footer(a.frame())).toContain('n/N next/previous change');
    await a.press('4');
    await a.waitFor('Region: all · Document: all · Theme: all');
    await a.press('p');
    await a.waitFor('shanghai-2025 · 2025 · work points · final');
    await a.press('s');
    await a.waitFor('Search:');
    // While typing, letters go into the query: q does not quit.
    await a.type('q');
    await a.waitFor('Search: q');
    await a.press(KEY.escape);
    await a.waitFor('shanghai-2025 · 2025 · work points · final');
    await a.press(KEY.escape);
    await a.waitFor('Region: all');
    await a.press('l');
    await a.waitFor('Issuer: 上海市数据局');
  });

  it('should open a document in Plan from the Library with enter', async () => {
    const a = app();
    await a.waitFor('qingdao-2025');
    await a.press('G', KEY.enter);
    await a.waitFor('青岛市大数据发展管理局2025年工作要点  qingdao-2025');
  });

  it('should open a search hit in Plan with enter: xndc → the task that states the virtual power plant targets', async () => {
    const a = app();
    await a.waitFor('qingdao-2025');
    await a.press('s');
    await a.waitFor('Search:');
    await a.type('xndc');
    await a.waitFor('4 results');
    await a.press(KEY.enter);
    const frame = await a.waitFor(/›\s+4\. 优化绿色智慧宜居环境/);
    expect(frame).toContain('“数字黄浦”建设“十五五”规划  huangpu-2026-2030');
    expect(frame).toContain('• 虚拟电厂需求响应  100 MW · by 2030');
  });

  it('should open a compared task in Plan with enter', async () => {
    const a = app();
    await a.press('c');
    await a.waitFor('Shared phrases');
    await a.press('n', KEY.enter);
    await a.waitFor(/›\s+6\. 统筹推进算力建设和调度/);
  });

  it('should show the keys with ? and close the help with any key', async () => {
    const a = app();
    await a.waitFor('qingdao-2025');
    await a.press('3');
    await a.waitFor('Shared phrases');
    await a.press('?');
    const frame = await a.waitFor('On this screen');
    expect(frame).toContain('Everywhere');
    expect(frame).toMatch(/n\/N\s+next\/previous change/);
    expect(frame).toMatch(/q\s+quit/);
    await a.press('x');
    await a.waitFor('Shared phrases');
    // The key that closed the help did nothing else (x would have swapped A and B).
    expect(a.frame()).toMatch(/ A {2}shanghai-2025/);
  });

  it('should quit with q', async () => {
    const a = app();
    await a.waitFor('qingdao-2025');
    const frames = a.frames.length;
    await a.press('q');
    await a.press('2');
    // Nothing is drawn after quitting.
    expect(a.frames.slice(frames).some((f) => f.includes('shanghai-2025 · 2025 · work points'))).toBe(false);
  });

  it.each([
    [80, 24],
    [100, 30],
    [160, 45],
  ])('should fill %i×%i exactly on every screen, never wider', async (columns, rows) => {
    const a = app({ columns, rows });
    await a.waitFor('qingdao-2025');
    for (const key of ['1', '2', '3', '4', '5', '6', '7', '8']) {
      await a.press(key);
      if (key === '5') await a.type('xndc');
      const frame = await a.waitFor((f) => f.split('\n').length === rows);
      for (const line of frame.split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(columns);
      if (key === '5') await a.press(KEY.escape);
    }
  });

  it('should follow a resize of the terminal', async () => {
    const a = renderApp(<App corpus={seeds()} storeDir={tempStore()} asOf={AS_OF} />);
    await a.waitFor('qingdao-2025');
    // ink-testing-library's stdout is 100 columns wide and says nothing of rows (24 is assumed).
    expect(a.frame().split('\n')).toHaveLength(24);
    Object.defineProperty(a.stdout, 'columns', { value: 160, configurable: true });
    Object.defineProperty(a.stdout, 'rows', { value: 40, configurable: true });
    a.stdout.emit('resize');
    const frame = await a.waitFor((f) => f.split('\n').length === 40);
    // Wide enough for the detail pane beside the list.
    expect(frame).toMatch(/│市数据局2025年工作要点/);
  });

  it('should say so when the terminal is too small', async () => {
    const a = app({ columns: 30, rows: 8 });
    await a.waitFor('plankb: 40×10+ (30×8)');
  });

  it('should speak Chinese with --lang zh', async () => {
    const a = app({ columns: 100, rows: 30 }, 'zh');
    const frame = await a.waitFor('qingdao-2025');
    expect(header(frame)).toMatch(/1 文库 {2}2 规划 {2}3 对比 {2}4 指标 {2}5 搜索 {2}6 现状 {2}7 承接 {2}8 分工\s+6 份文件$/);
    expect(frame).toContain('上海市 · 市级');
    expect(frame).toContain('征求意见稿');
    await a.press('3');
    await a.waitFor('共同短语');
  });
});
