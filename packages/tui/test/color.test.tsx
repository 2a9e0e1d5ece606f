import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Note: chalk decides its colour level when it is first imported, and a test
// run has no terminal; force colour before anything imports it.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

const { Line } = await import('../src/components/Line.js');
const { Compare } = await import('../src/screens/Compare.js');
const { diffSideSpans } = await import('../src/_utils/diff-spans.js');
const { colorWanted } = await import('../src/contexts/SettingsContext.js');
const { renderWithProviders } = await import('./render.js');

afterEach(cleanup);

// eslint-disable-next-line no-control-regex
const COLOUR = /\u001B\[(3[0-79]|9[0-7]|4[0-79]|10[0-7])m/;
const RED = '\u001B[31m';
const GREEN = '\u001B[32m';
const INVERSE = '\u001B[7m';
const STRIKE = '\u001B[9m';
const UNDERLINE = '\u001B[4m';

describe('colour', () => {
  it('should follow NO_COLOR as no-color.org says: any non-empty value turns colour off', () => {
    expect(colorWanted({})).toBe(true);
    expect(colorWanted({ NO_COLOR: '' })).toBe(true);
    expect(colorWanted({ NO_COLOR: '1' })).toBe(false);
  });

  it('should mark deletions red and struck through, insertions green and underlined', () => {
    const segments = [
      { op: 'equal' as const, text: '深化“数字' },
      { op: 'delete' as const, text: '上海' },
      { op: 'insert' as const, text: '青浦' },
      { op: 'equal' as const, text: '”谋篇布局' },
    ];
    const a = renderWithProviders(<Line text={diffSideSpans(segments, 'a', true)} width={30} />);
    expect(a.frame()).toContain(RED);
    expect(a.frame()).toContain(STRIKE);
    expect(a.frame()).not.toContain('青浦');
    cleanup();
    const b = renderWithProviders(<Line text={diffSideSpans(segments, 'b', true)} width={30} />);
    expect(b.frame()).toContain(GREEN);
    expect(b.frame()).toContain(UNDERLINE);
    expect(b.frame()).not.toContain('上海');
  });

  it('should draw no colour at all with colour off, and still mark changes (reversed)', async () => {
    const app = renderWithProviders(<Compare active width={100} height={30} />, { color: false });
    const frame = await app.waitFor('Shared phrases');
    expect(frame).not.toMatch(COLOUR);
    expect(frame).toContain(INVERSE);
    expect(frame).toContain(STRIKE);
  });

  it('should colour the change kinds when colour is on', async () => {
    const app = renderWithProviders(<Compare active width={100} height={30} />);
    const frame = await app.waitFor('Shared phrases');
    expect(frame).toMatch(COLOUR);
  });
});
