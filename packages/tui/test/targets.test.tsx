import { readStore } from '@plankb/core/track';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { widthOf } from '@plankb/terminal-text';
import { Targets } from '../src/screens/Targets.js';
import { KEY, renderWithProviders, seeds, tempStore } from './render.js';

afterEach(cleanup);

const total = seeds().documents.reduce((n, d) => n + d.targets.length, 0);
const qingdao = seeds().documents.find((d) => d.id === 'qingdao-2025')?.targets.length ?? 0;
const rowOf = (frame: string, text: string): string => frame.split('\n').find((l) => l.includes(text)) ?? '';

describe('the Targets screen', () => {
  it('should list every target with its value, attainment, status and deadline', async () => {
    const app = renderWithProviders(<Targets active width={100} height={28} />);
    const frame = await app.waitFor(`${total} of ${total} targets`);
    expect(frame.split('\n')[0]).toMatch(/^Region: all · Document: all · Theme: all/);
    expect(frame.split('\n')[1]).toMatch(/Target\s+Value\s+Attainment\s+Status\s+Latest\s+Deadline/);
    // As of 2025-07-01: nothing observed; the 2023 targets are overdue, the 2025 ones have no data yet.
    expect(rowOf(frame, '数据中心标准机架总数')).toMatch(/数据中心标准机架总数\s+> 65,000 架\s+·+\s+—\s+no data\s+—\s+2025-12-31/);
    expect(frame).toMatch(/10 个\s+·+\s+—\s+overdue\s+—\s+2023-12-31/);
    for (const line of frame.split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(100);
  });

  it('should record an observation from the form and show the attainment of Qingdao\'s rack target', async () => {
    const store = tempStore();
    const app = renderWithProviders(<Targets active width={100} height={28} />, { storeDir: store });
    await app.waitFor('数据中心标准机架总数');
    await app.press('f');
    await app.waitFor('Show targets of which theme?');
    // The compute theme (算力) holds the rack target.
    await app.type('j');
    await app.waitFor(/›算力/);
    await app.press(KEY.enter);
    await app.waitFor('Theme: 算力');
    const listed = app.frame();
    expect(rowOf(listed, '›')).toContain('数据中心标准机架总数');
    await app.press('o');
    await app.waitFor('Record an observation: 数据中心标准机架总数');
    expect(app.frame()).toContain('qingdao-2025:tg6 · > 65,000 架');
    await app.type('6.3万');
    // The date field starts at the assessment date (2025-07-01).
    await app.press(KEY.tab, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace);
    await app.type('06-20');
    await app.press(KEY.tab);
    await app.type('市大数据局通报');
    await app.press(KEY.enter);
    const frame = await app.waitFor(/97%/);
    expect(rowOf(frame, '数据中心标准机架总数')).toMatch(/> 65,000 架\s+█+[▏▎▍▌▋▊▉]?░*\s+97%\s+on track\s+63,000 架\s+2025-12-31/);
    expect(frame).toContain('Latest: 63,000 架 on 2025-06-20');
    const saved = readStore(store).observations;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ target: 'qingdao-2025:tg6', value: 63000, unit: '架', date: '2025-06-20', source: '市大数据局通报' });
  });

  it('should refuse a value that is not a number, and keep the form open', async () => {
    const app = renderWithProviders(<Targets active width={100} height={28} />);
    await app.waitFor('数据中心标准机架总数');
    await app.press('o');
    await app.waitFor('Record an observation');
    await app.type('many');
    await app.press(KEY.enter);
    await app.waitFor('The value must be a number');
    // Something was typed: esc asks first; another key goes back to the form, y discards.
    await app.press(KEY.escape);
    await app.waitFor('Discard what was typed?');
    await app.press('n');
    await app.waitFor((f) => !f.includes('Discard what was typed?') && f.includes('Record an observation'));
    expect(app.frame()).toContain('[many');
    await app.press(KEY.escape, 'y');
    await app.waitFor(`${total} of ${total} targets`);
  });

  it('should filter by document and by region, and clear the filters with x', async () => {
    const app = renderWithProviders(<Targets active width={100} height={28} />);
    await app.waitFor(`${total} of ${total} targets`);
    await app.press('d');
    await app.waitFor('Show targets of which document?');
    await app.press('G', KEY.up, KEY.enter);
    await app.waitFor(`Document: qingdao-2025`);
    expect(app.frame()).toContain(`${qingdao} of ${total} targets`);
    await app.press('x', 'r');
    await app.waitFor('Show targets of which region?');
    await app.press('j', KEY.enter);
    const frame = await app.waitFor('Region: 上海市');
    // Shanghai's own plan has no targets; its districts' plans do.
    expect(frame).toMatch(new RegExp(`${total - qingdao} of ${total} targets`));
    await app.press('x');
    await app.waitFor(`${total} of ${total} targets`);
  });

  it('should fit 80 columns, leaving out the latest value column but not the deadline', async () => {
    const app = renderWithProviders(<Targets active width={80} height={22} />);
    const frame = await app.waitFor('数据中心');
    expect(frame.split('\n')[1]).not.toContain('Latest');
    expect(frame.split('\n')[1]).toContain('Deadline');
    for (const line of frame.split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(80);
  });
});
