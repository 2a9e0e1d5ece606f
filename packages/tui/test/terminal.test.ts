import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runApp } from '../src/cli.js';
import { frameUpdate } from '../src/_utils/screen.js';
import { Keyboard, Terminal } from './fake-terminal.js';
import { tempStore } from './render.js';

// runApp on a (fake) terminal: what it writes, byte for byte.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(test: () => boolean, timeout = 10_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await sleep(20);
  }
}

function start(env: Record<string, string> = {}) {
  const keyboard = new Keyboard();
  const terminal = new Terminal();
  const stderr = new Terminal();
  const done = runApp({
    stdin: keyboard as unknown as NodeJS.ReadStream,
    stdout: terminal as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    store: tempStore(),
    asOf: '2025-07-01',
    env,
  });
  return { keyboard, terminal, done };
}

describe('the app on a terminal', () => {
  it('should draw on the alternate screen, never erase the scrollback, redraw only the lines that change, and restore the screen at q', async () => {
    const { keyboard, terminal, done } = start({ LANG: 'C.UTF-8' });
    await until(() => terminal.text().includes('qingdao-2025'));
    await sleep(100);
    expect(terminal.writes[0]).toMatch(/^\u001B\[\?1049h/);
    const before = terminal.writes.length;
    keyboard.type('j');
    await until(() => terminal.writes.length > before);
    await sleep(100);
    const update = terminal.text(before);
    // The selection moved from one row to the next, and the detail below changed: a few lines, not the 30 of a frame.
    const rows = update.match(/\u001B\[\d+;1H/g) ?? [];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThan(12);
    expect(update).not.toContain('plankb  1 Library');
    keyboard.type('q');
    expect(await done).toBe(0);
    const all = terminal.text();
    expect(all).not.toContain('\u001B[3J');
    expect(all.match(/\u001B\[2J/g) ?? []).toHaveLength(2); // the alternate screen, cleared when entered and before the first frame
    expect(all.endsWith('\u001B[?25h\u001B[?1049l')).toBe(true);
  });

  it.each([
    [{ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, '文库'],
    [{ LC_ALL: 'C.UTF-8', LANG: 'zh_CN.UTF-8' }, 'Library'],
    [{ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, '文库'],
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' }, '文库'],
  ])('should take the language from the first of LC_ALL, LC_MESSAGES and LANG that is set: %o', async (env, word) => {
    const { keyboard, terminal, done } = start(env);
    await until(() => terminal.text().includes('qingdao-2025'));
    expect(terminal.text()).toContain(word);
    keyboard.type('q');
    expect(await done).toBe(0);
  });
});

describe('frameUpdate', () => {
  it('should write only the lines that changed, each at its row', () => {
    expect(frameUpdate(['a', 'b', 'c'], ['a', 'B', 'c'], 24)).toBe('\u001B[?2026h\u001B[2;1H\u001B[2KB\u001B[?2026l');
    expect(frameUpdate(['a', 'b'], ['a', 'b'], 24)).toBe('');
    // A shorter frame blanks the rows it no longer uses; nothing is drawn below the terminal.
    expect(frameUpdate(['a', 'b'], ['a'], 24)).toBe('\u001B[?2026h\u001B[2;1H\u001B[2K\u001B[?2026l');
    expect(frameUpdate(null, ['a', 'b', 'c'], 2)).toBe('\u001B[?2026h\u001B[1;1H\u001B[2Ka\u001B[2;1H\u001B[2Kb\u001B[?2026l');
  });
});

describe('the built app', () => {
  const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
  it('should bundle React\'s production build, and load no React, Ink or reconciler module of its own at start', () => {
    if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`pnpm build\` first (turbo runs the tests after the build).`);
    const script = `await import(${JSON.stringify(dist)}); const { createRequire } = await import('node:module'); const cache = createRequire(import.meta.url).cache; console.log(JSON.stringify(Object.keys(cache)));`;
    const env = { ...process.env };
    delete env.NODE_ENV;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env });
    expect(result.stderr).toBe('');
    const loaded = JSON.parse(result.stdout) as string[];
    // Note: loaded as separate modules (CommonJS lexed for ESM), they took half of the time to the first frame.
    expect(loaded.filter((f) => /node_modules[\\/](\.pnpm[\\/])?(react|react-reconciler|ink|yoga-layout)[@\\/]/.test(f))).toEqual([]);
    const bundle = readFileSync(dist, 'utf8');
    expect(bundle).toContain('react.production.js');
    expect(bundle).toContain('react-reconciler.production.js');
    expect(bundle).not.toMatch(/react(-reconciler)?\.development\.js/);
  });

  it('should start with the build\'s faster Ink modules, and build no emoji pattern before text needs one', () => {
    if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`pnpm build\` first (turbo runs the tests after the build).`);
    // Note: string-width builds `new RegExp('^\\p{RGI_Emoji}$', 'v')` (some 25 ms) when evaluated; the shim requires it on first use.
    const script = [
      'const Real = RegExp; const patterns = [];',
      'globalThis.RegExp = new Proxy(Real, { construct(target, args) { patterns.push(String(args[0])); return Reflect.construct(target, args); } });',
      `await import(${JSON.stringify(dist)});`,
      'console.log(JSON.stringify(patterns.filter((p) => p.includes("RGI_Emoji"))));',
    ].join('\n');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([]);
    const bundle = readFileSync(dist, 'utf8');
    // Note: build/ink-output.js and build/ink-sanitize-ansi.js in place of Ink's (see tsup.config.ts).
    expect(bundle).toContain('sliceWhole');
    expect(bundle).not.toContain('styledCharsToString(lineWithoutEmptyItems)');
  });
});

describe('the app and the rest of the terminal', () => {
  it('should copy the selected item\'s id with y (OSC 52), and open its source line in $EDITOR with e, taking the screen back after', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plankb-editor-'));
    const editor = join(dir, 'editor.sh');
    writeFileSync(editor, `#!/bin/sh\necho "$@" > '${join(dir, 'args')}'\n`);
    chmodSync(editor, 0o755);
    const keyboard = new Keyboard();
    const terminal = new Terminal();
    const done = runApp({
      stdin: keyboard as unknown as NodeJS.ReadStream,
      stdout: terminal as unknown as NodeJS.WriteStream,
      stderr: terminal as unknown as NodeJS.WriteStream,
      store: tempStore(),
      screen: 'plan',
      env: { LANG: 'C.UTF-8', EDITOR: editor },
    });
    await until(() => terminal.text().includes('Outline'));
    await sleep(100);
    keyboard.type('j');
    await sleep(100);
    keyboard.type('y');
    await until(() => terminal.text().includes('Copied shanghai-2025:t1'));
    expect(terminal.text()).toContain(`\u001B]52;c;${Buffer.from('shanghai-2025:t1').toString('base64')}\u0007`);
    const before = terminal.writes.length;
    keyboard.type('e');
    await until(() => existsSync(join(dir, 'args')));
    expect(readFileSync(join(dir, 'args'), 'utf8').trim()).toMatch(/^\+\d+ .*seeds\/shanghai-2025-work-points\.md$/);
    await until(() => terminal.text(before).includes('1. 深化'));
    // The normal screen for the editor, then the alternate screen again, drawn whole.
    expect(terminal.text(before)).toMatch(/\u001B\[\?1049l[\s\S]*\u001B\[\?1049h/);
    keyboard.type('q');
    expect(await done).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('between runs', () => {
  it('should open where the last run on the corpus left off: the screen, Plan\'s document and Compare\'s documents, kept in the state folder', async () => {
    const stateHome = mkdtempSync(join(tmpdir(), 'plankb-state-'));
    const env = { LANG: 'C.UTF-8', XDG_STATE_HOME: stateHome };
    const first = start(env);
    await until(() => first.terminal.text().includes('qingdao-2025'));
    for (const key of ['2', ']', '3', 'x']) {
      first.keyboard.type(key);
      await sleep(150);
    }
    await until(() => first.terminal.text().includes('Shared phrases'));
    first.keyboard.type('q');
    expect(await first.done).toBe(0);
    expect(existsSync(join(stateHome, 'plankb', 'tui.json'))).toBe(true);

    const second = start(env);
    // Compare, with A and B swapped as they were left.
    await until(() => /A {2}qingpu-2025 .*B {2}shanghai-2025/.test(second.terminal.text()));
    second.keyboard.type('2');
    await until(() => second.terminal.text().includes('qingpu-2025 · 2025 · work points'));
    second.keyboard.type('q');
    expect(await second.done).toBe(0);
    rmSync(stateHome, { recursive: true, force: true });
  });
});
