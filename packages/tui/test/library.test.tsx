import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { Library } from '../src/screens/Library.js';
import { KEY, renderWithProviders } from './render.js';
import { widthOf } from '@plankb/terminal-text';

afterEach(cleanup);

describe('the Library screen', () => {
  it('should list the documents grouped by region and level, with year, status and counts', async () => {
    const app = renderWithProviders(<Library active width={100} height={20} />);
    const frame = await app.waitFor('qingdao-2025');
    const lines = frame.split('\n');
    expect(lines[0]).toMatch(/Id\s+Year\s+Kind\s+Status\s+Tasks Targets Title/);
    // Groups: Shanghai (city) first, then its districts, then Qingdao.
    const groups = lines.filter((l) => / · (city|district)/.test(l)).map((l) => l.trim());
    expect(groups).toEqual(['上海市 · city', '青浦区 · district · 上海市', '黄浦区 · district · 上海市', '青岛市 · city · 山东省']);
    expect(frame).toMatch(/huangpu-2026-2030 2026–2030 plan\s+consultation draft\s+26\s+4 “数字黄浦”建设“十五五”/);
    expect(frame).toMatch(/qingdao-2025\s+2025\s+work points final\s+23\s+12 青岛市大数据发展管理局/);
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(100);
  });

  it('should show the selected document below the list, and move with j/k and arrows', async () => {
    const app = renderWithProviders(<Library active width={80} height={20} />);
    await app.waitFor('Issuer: 上海市数据局 · Date: 2025-03-10');
    await app.press('j');
    await app.waitFor('›B qingpu-2025');
    expect(app.frame()).toContain('2025年青浦区数据发展管理工作要点');
    await app.press(KEY.down, KEY.down, KEY.down);
    await app.waitFor('›  huangpu-2026-2030');
    expect(app.frame()).toContain('4 chapters · 5 goals · 26 tasks · 0 assignments · 4 targets · 33 indicators');
    await app.press('k');
    await app.waitFor('›  qingpu-2023 ');
  });

  it('should mark documents for Compare with a and b', async () => {
    const app = renderWithProviders(<Library active width={80} height={20} />);
    await app.waitFor('qingdao-2025');
    await app.press('G', 'a');
    await app.waitFor('›A qingdao-2025');
    expect(app.frame()).not.toContain(' A shanghai-2025');
    await app.press('k', 'b');
    await app.waitFor('›B huangpu-2026-2030');
    expect(app.frame()).not.toContain(' B qingpu-2025');
  });

  it('should fit 80 columns by leaving out the kind column', async () => {
    const app = renderWithProviders(<Library active width={80} height={20} />);
    const frame = await app.waitFor('qingdao-2025');
    expect(frame.split('\n')[0]).not.toContain('Kind');
    for (const line of frame.split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(80);
  });

  it('should draw nothing when another screen is shown', () => {
    const app = renderWithProviders(<Library active={false} width={80} height={20} />);
    expect(app.frame()).toBe('');
  });
});
