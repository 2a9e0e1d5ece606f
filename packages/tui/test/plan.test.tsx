import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { useEffect } from 'react';
import { widthOf } from '@plankb/terminal-text';
import { useNavigation } from '../src/contexts/NavigationContext.js';
import { Plan } from '../src/screens/Plan.js';
import { KEY, renderWithProviders } from './render.js';

afterEach(cleanup);

/** Plan, opened on a task the way Search and Compare open it. */
function PlanAt({ docId, taskId, height = 24 }: { docId: string; taskId: string | null; height?: number }) {
  const nav = useNavigation();
  useEffect(() => nav.openInPlan(docId, taskId), []); // eslint-disable-line react-hooks/exhaustive-deps
  return <Plan active width={100} height={height} />;
}

/** The tree pane of a frame: each line up to the separator. */
const treeOf = (frame: string): string => frame.split('\n').map((l) => l.split('│')[0]).join('\n');
/** The text pane of a frame: each line after the separator, below the pane titles. */
const textOf = (frame: string): string[] => frame.split('\n').slice(2).map((l) => l.split('│')[1] ?? '');

describe('the Plan screen', () => {
  it('should show the first document as an outline tree and the selected item beside it', async () => {
    const app = renderWithProviders(<Plan active width={100} height={24} />);
    const frame = await app.waitFor('▾ 一、强化规划引领，健全制度规则');
    expect(frame.split('\n')[0]).toContain('市数据局2025年工作要点  shanghai-2025 · 2025 · work points · final');
    expect(frame).toContain('1. 深化“数字上海”谋篇布局');
    // The first row is a chapter: its tasks are listed beside the tree.
    expect(frame).toContain('│4 tasks');
    for (const line of frame.split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(100);
  });

  it('should open a task with its full text, targets, assignments and themes', async () => {
    const app = renderWithProviders(<PlanAt docId="qingdao-2025" taskId="qingdao-2025:t17" />);
    const frame = await app.waitFor(/›\s+\(十七\) 夯实算力基础设施/);
    expect(frame).toContain('Targets');
    expect(frame).toContain('• 数据中心标准机架总数  > 65,000 架 · by 2025');
    expect(frame).toContain('• 算力总规模  > 10,000 P · by 2025');
    expect(frame).toMatch(/Themes: 算力/);
  });

  it('should list a task\'s assignments from the task table', async () => {
    const app = renderWithProviders(<PlanAt docId="qingpu-2023-draft" taskId="qingpu-2023-draft:t1" />);
    const frame = await app.waitFor('Assignments');
    expect(frame).toMatch(/lead: [^\n]*区/);
  });

  it('should fold a chapter with ← and unfold it with →, and move with j/k', async () => {
    const app = renderWithProviders(<Plan active width={100} height={24} />);
    await app.waitFor('▾ 一、');
    await app.press(KEY.left);
    await app.waitFor('▸ 一、');
    expect(treeOf(app.frame())).not.toContain('1. 深化“数字上海”谋篇布局');
    await app.press(KEY.right, 'j');
    await app.waitFor('›    1. 深化“数字上海”谋篇布局');
    expect(app.frame()).toContain('统筹数据安全');
  });

  it('should switch documents with ] and [, and from a picker with d', async () => {
    const app = renderWithProviders(<Plan active width={100} height={24} />);
    await app.waitFor('shanghai-2025 · 2025');
    await app.press(']');
    await app.waitFor('qingpu-2025 · 2025');
    await app.press('[', '[');
    await app.waitFor('huangpu-2026-2030 · 2026–2030');
    await app.press('d');
    await app.waitFor('Open which document?');
    await app.press('g', 'j', 'j', 'j', 'j', KEY.enter);
    await app.waitFor('qingdao-2025 · 2025');
  });

  it('should scroll the task text after tab', async () => {
    const app = renderWithProviders(<PlanAt docId="huangpu-2026-2030" taskId="huangpu-2026-2030:t15" height={10} />);
    const before = await app.waitFor(/›\s+4. 优化绿色智慧宜居环境/);
    expect(textOf(before)[0]?.trim()).toBe('4. 优化绿色智慧宜居环境');
    await app.press(KEY.tab, 'j', 'j', 'j');
    const after = await app.waitFor((f) => textOf(f)[0]?.trim() !== '4. 优化绿色智慧宜居环境');
    // The focus moved to the text, whose title says which lines show.
    expect(after.split('\n')[1]).toMatch(/Outline\s+\d+ of \d+│ Text .*↑ lines 4–11 of \d+ ↓/);
    // Three lines down (past the title, the section path and a blank line): the body.
    expect(textOf(after)[0]).toMatch(/^依托区神经元承载网汇集物联感知数据/);
    // The tree kept its selection.
    expect(after).toMatch(/›\s+4. 优化绿色智慧宜居环境/);
  });
});
