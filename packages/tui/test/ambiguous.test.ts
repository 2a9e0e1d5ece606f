import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { Keyboard, Terminal } from './fake-terminal.js';
import { tempStore } from './render.js';

// Terminals that draw ambiguous-width characters (“ ” · … ─ │) two columns wide:
// the built app (Ink bundled with the width shim) on a fake terminal.

/** The screen as the rows last written (the app writes each changed row whole, at its place). */
function screenOf(out: string, rows: number): string[] {
  const screen: string[] = Array.from({ length: rows }, () => '');
  // eslint-disable-next-line no-control-regex
  for (const m of out.matchAll(/\u001B\[(\d+);1H\u001B\[2K(.*?)(?=\u001B\[\d+;1H|\u001B\[\?2026l|$)/gs)) screen[Number(m[1]) - 1] = (m[2] ?? '').replace(/\u001B\[[0-9;]*m/g, '');
  return screen;
}
/** Display columns where ambiguous characters take two. */
const wideWidth = (text: string): number => stringWidth(text, { ambiguousIsNarrow: false });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe('ambiguous-width characters drawn two columns wide', () => {
  // Note: one run per process: Ink caches the widths it measured, so the mode is set once, at start, as runApp does.
  it('should keep every row within the terminal, and the Library\'s separator in one column on the rows with “ ”', async () => {
    const ambiguousWide = true;
    if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`pnpm build\` first (turbo runs the tests after the build).`);
    const { runApp } = (await import(dist)) as typeof import('../src/index.js');
    const keyboard = new Keyboard();
    const terminal = new Terminal();
    terminal.columns = 160;
    const done = runApp({
      stdin: keyboard as unknown as NodeJS.ReadStream,
      stdout: terminal as unknown as NodeJS.WriteStream,
      stderr: terminal as unknown as NodeJS.WriteStream,
      store: tempStore(),
      asOf: '2025-07-01',
      screen: 'library',
      ambiguousWide,
      env: { LANG: 'C.UTF-8' },
    });
    const start = Date.now();
    while (!terminal.text().includes('huangpu-2026-2030') && Date.now() - start < 10_000) await sleep(20);
    await sleep(200);
    const screen = screenOf(terminal.text(), terminal.rows);
    keyboard.type('q');
    await done;
    const measure = wideWidth;
    for (const row of screen) expect(measure(row)).toBeLessThanOrEqual(terminal.columns);
    // The title of huangpu-2026-2030 holds “ ”: with the mode, the row it is on keeps the separator where the others have it.
    const huangpu = screen.find((r) => r.includes('huangpu-2026-2030')) ?? '';
    expect(huangpu).toContain('“');
    // The app draws its rules and separators in ASCII in this mode.
    const separator = '|';
    const columnOf = (row: string): number => measure(row.slice(0, row.indexOf(separator)));
    const rows = screen.slice(1, -1).filter((r) => r.includes(separator));
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map(columnOf)).size).toBe(1);
    expect(columnOf(huangpu)).toBe(columnOf(rows[0] ?? ''));
    for (const row of screen) expect(row).not.toMatch(/[─│›↑↓]/);
  });
});
