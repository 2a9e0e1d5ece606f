import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Search } from '../src/screens/Search.js';
import { KEY, renderWithProviders } from './render.js';

afterEach(cleanup);

describe('the Search screen', () => {
  it('should search as one types: xndc finds the virtual power plant (虚拟电厂)', async () => {
    const app = renderWithProviders(<Search active width={100} height={22} />, { screen: 'search' });
    await app.waitFor('Search:');
    await app.type('x');
    await app.type('n');
    await app.type('d');
    await app.type('c');
    const frame = await app.waitFor('4 results');
    expect(frame).toContain('Search: xndc');
    expect(frame).toMatch(/›target\s+huangpu-2026-2030\s+虚拟电厂需求响应/);
    expect(frame).toMatch(/ task\s+huangpu-2026-2030\s+优化绿色智慧宜居环境 {2}…[^\n]*“虚拟电厂”应用/);
    // The preview shows the sentence that states the target.
    expect(frame).toContain('力争到2030年达成100 MW需求响应');
  });

  it.each([
    ['suanli', '夯实算力基础设施'],
    ['sl', '统筹推进算力建设和调度'],
    ['算力', '智能算力占比'],
  ])('should find 算力 items for %s', async (query, title) => {
    const app = renderWithProviders(<Search active width={100} height={22} />, { screen: 'search' });
    await app.waitFor('Search:');
    await app.type(query);
    const frame = await app.waitFor(/\d+ results?/);
    expect(frame).toContain(title);
  });

  it('should move through the results while typing, and clear the query with ctrl+u', async () => {
    const app = renderWithProviders(<Search active width={100} height={22} />, { screen: 'search' });
    await app.waitFor('Search:');
    await app.type('xndc');
    await app.waitFor('4 results');
    await app.press(KEY.down, KEY.down, KEY.down);
    await app.waitFor(/›task\s+huangpu-2026-2030/);
    await app.press(KEY.backspace);
    await app.waitFor('Search: xnd');
    await app.press(KEY.ctrlU);
    await app.waitFor('Titles, bodies, targets and indicators of every document.');
  });

  it('should say when nothing is found', async () => {
    const app = renderWithProviders(<Search active width={80} height={20} />, { screen: 'search' });
    await app.waitFor('Search:');
    await app.type('zzqqxx');
    await app.waitFor('Nothing found.');
  });
});
