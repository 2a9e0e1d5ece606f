import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanDocument } from '@plankb/core';
import { diffPlans } from '@plankb/core/align';
import { widthOf } from '@plankb/terminal-text';
import { Compare } from '../src/screens/Compare.js';
import { KEY, renderWithProviders, seeds } from './render.js';

afterEach(cleanup);

// Note: the expectations come from core's diffPlans, so that a better
// alignment in core changes the numbers here without breaking the tests.
const doc = (id: string): PlanDocument => seeds().documents.find((d) => d.id === id) as PlanDocument;
const diff = diffPlans(doc('shanghai-2025'), doc('qingpu-2025'));
const changes = diff.pairs.filter((p) => p.change !== 'unchanged').length + diff.onlyA.length + diff.onlyB.length;
const first = [...diff.pairs].sort((x, y) => Number(x.a.id.split(':t')[1]) - Number(y.a.id.split(':t')[1]))[0];

const selectedRow = (frame: string): string => frame.split('\n').find((l) => l.startsWith('›')) ?? '';
const separator = (frame: string): string => frame.split('\n').find((l) => l.startsWith('── ')) ?? '';

describe('the Compare screen', () => {
  it('should align shanghai-2025 with qingpu-2025 side by side, with a change marker per pair', async () => {
    const app = renderWithProviders(<Compare active width={100} height={30} />);
    const frame = await app.waitFor(`${diff.pairs.length} pairs`);
    const lines = frame.split('\n');
    expect(lines[0]).toMatch(/^ A {2}shanghai-2025 市数据局2025年工作要点\s+ B {2}qingpu-2025 2025年青浦区数据发展管理工作要点/);
    expect(lines[1]).toMatch(new RegExp(`^${diff.pairs.length} pairs: .* · ${diff.summary.removed} only in A · ${diff.summary.added} only in B +1 of ${diff.pairs.length + diff.onlyA.length + diff.onlyB.length}$`));
    expect(lines[1]).toContain(`${diff.summary.retitled} retitled`);
    expect(selectedRow(frame)).toMatch(/^›retitled 1\. 深化“数字上海”谋篇布局\s+│ 1\. 深化“数字青浦”谋篇布局/);
    expect(frame).toMatch(/ merged {2}┌9\. 强化数据资源供给\s+│ 8\. 强化数据资源供给和开放流通/);
    expect(frame).toMatch(/ modified 17\. 培育数据市场活力生态\s+│ 5\. 培育数据市场活力生态/);
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(100);
  });

  it('should show the evidence for a match and both texts, with the changed characters marked', async () => {
    const app = renderWithProviders(<Compare active width={100} height={30} />);
    const frame = await app.waitFor('Shared phrases');
    expect(separator(frame)).toMatch(new RegExp(`^── change 1 of ${changes} · score ${first?.score.toFixed(2)} · retitled( · moved)? ─+$`));
    expect(frame).toContain(`Shared phrases: ${first?.evidence.map((e) => `「${e}」`).join(' ')}`);
    expect(frame).toMatch(/一、强化规划引领，健全制度规则\s+│/);
    expect(frame).toMatch(/│ 根据市区两级要求,结合前瞻性专题研究成果/);
  });

  it('should jump to the next and previous change with n and N', async () => {
    const app = renderWithProviders(<Compare active width={100} height={30} />);
    await app.waitFor(`change 1 of ${changes}`);
    await app.press('n', 'n');
    await app.waitFor(`change 3 of ${changes}`);
    expect(selectedRow(app.frame())).toMatch(/7\. 探索建设可信数据空间\s+│ 6\. 探索可信数据空间试点建设/);
    await app.press('N');
    await app.waitFor(`change 2 of ${changes}`);
    // Keys read together, as when typed while the app was busy, count one by one.
    await app.type('nn');
    await app.waitFor(`change 4 of ${changes}`);
    await app.type('NN');
    await app.waitFor(`change 2 of ${changes}`);
    // From the first change, N goes round to the last: a task only B has.
    await app.press('N', 'N');
    await app.waitFor(`change ${changes} of ${changes}`);
    expect(selectedRow(app.frame())).toMatch(/^›only B /);
    expect(app.frame()).toContain('No matching task in shanghai-2025.');
  });

  it('should list the tasks only one side has', async () => {
    const app = renderWithProviders(<Compare active width={100} height={40} />);
    await app.waitFor(`${diff.pairs.length} pairs`);
    await app.press('G');
    const frame = await app.waitFor(`change ${changes} of ${changes}`);
    expect(frame.split('\n').filter((l) => /^.only A /.test(l)).length).toBeGreaterThan(0);
    expect(frame.split('\n').filter((l) => /^.only B /.test(l)).length).toBe(diff.onlyB.length);
  });

  it('should pick another document for A with a, and swap the sides with x', async () => {
    const app = renderWithProviders(<Compare active width={100} height={30} />);
    await app.waitFor(`${diff.pairs.length} pairs`);
    await app.press('a');
    await app.waitFor('Compare which document as A (left)?');
    await app.press('j', 'j', KEY.enter);
    const frame = await app.waitFor(/ A {2}qingpu-2023-draft/);
    expect(frame).toMatch(/ B {2}qingpu-2025/);
    await app.press('x');
    await app.waitFor(/ A {2}qingpu-2025 .* B {2}qingpu-2023-draft/);
  });

  it('should say so when both sides are the same document', async () => {
    const app = renderWithProviders(<Compare active width={80} height={24} />);
    await app.waitFor(`${diff.pairs.length} pairs`);
    await app.press('b', 'g', KEY.enter);
    await app.waitFor('Pick two different documents.');
  });

  it('should fit 80×24, each half of the detail cut to its width', async () => {
    const app = renderWithProviders(<Compare active width={80} height={22} />);
    const frame = await app.waitFor('Shared phrases');
    const lines = frame.split('\n');
    expect(lines).toHaveLength(22);
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(80);
    // The separator between the halves stays in one column on every line of the bodies.
    const columns = lines.filter((l) => l.includes(' │ ') && !l.startsWith(' ') && !/^[›↓]/.test(l)).map((l) => widthOf(l.slice(0, l.indexOf(' │ '))));
    expect(new Set(columns)).toEqual(new Set([38]));
  });
});

describe('merged and split pairs', () => {
  it('should list the pairs of one merge together, marked as a group, at the place of the first', async () => {
    // shanghai-2025's tasks 20 and 22 are both merged into one task of qingpu-2025; task 21 comes between them in A.
    const merged = diff.pairs.filter((p) => p.change === 'merged' && p.b.id === 'qingpu-2025:t9').map((p) => p.a.id);
    expect(merged).toEqual(['shanghai-2025:t20', 'shanghai-2025:t22']);
    const app = renderWithProviders(<Compare active width={100} height={60} />);
    const frame = await app.waitFor(`${diff.pairs.length} pairs`);
    const lines = frame.split('\n');
    const at20 = lines.findIndex((l) => / merged {2}┌20\. /.test(l));
    expect(at20).toBeGreaterThan(0);
    expect(lines[at20 + 1]).toMatch(/^ merged {2}└22\. /);
    // Both name the same task of B.
    expect(lines[at20]?.split('│')[1]?.trim()).toBe(lines[at20 + 1]?.split('│')[1]?.trim());
    // A pair outside any merge or split has no mark.
    expect(frame).toMatch(/ modified 17\. 培育数据市场活力生态/);
  });
});
