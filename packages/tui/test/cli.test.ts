import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runApp } from '../src/cli.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cli = fileURLToPath(new URL('../../../packages/cli/dist/cli.js', import.meta.url));

/** A stream that says whether it is a terminal, and keeps what is written to it. */
function stream(isTTY: boolean): NodeJS.ReadStream & NodeJS.WriteStream & { text: () => string } {
  const s = new PassThrough() as unknown as NodeJS.ReadStream & NodeJS.WriteStream & { text: () => string };
  let written = '';
  Object.assign(s, { isTTY, write: (chunk: string) => ((written += chunk), true), text: () => written });
  return s;
}

function plankb(args: string[], env: NodeJS.ProcessEnv = {}) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`pnpm build\` first (turbo runs this test after the CLI's build).`);
  return spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', input: '', env: { ...process.env, LANG: 'C.UTF-8', ...env } });
}

describe('runApp', () => {
  it('should refuse politely when stdin is not a terminal, pointing to the CLI', async () => {
    const stderr = stream(false);
    const code = await runApp({ stdin: stream(false), stdout: stream(true), stderr, lang: 'en' });
    expect(code).toBe(2);
    expect(stderr.text()).toContain('stdin is not a terminal');
    expect(stderr.text()).toContain('`plankb docs`');
  });

  it('should refuse when stdout is not a terminal', async () => {
    const stderr = stream(false);
    expect(await runApp({ stdin: stream(true), stdout: stream(false), stderr, lang: 'en' })).toBe(2);
    expect(stderr.text()).toContain('stdout is not a terminal');
  });

  it('should explain in Chinese when the language is zh', async () => {
    const stderr = stream(false);
    await runApp({ stdin: stream(false), stdout: stream(false), stderr, env: { LANG: 'zh_CN.UTF-8' } });
    expect(stderr.text()).toContain('不是终端');
  });

  it('should report a corpus folder that does not exist, and not start', async () => {
    const stderr = stream(false);
    const stdout = stream(true);
    expect(await runApp({ stdin: stream(true), stdout, stderr, corpus: '/no/such/corpus', lang: 'en' })).toBe(2);
    expect(stderr.text()).toContain('Corpus folder not found: /no/such/corpus');
    expect(stdout.text()).toBe('');
  });
});

describe('the plankb command', () => {
  it('should refuse `plankb tui` without a terminal, with exit code 2 and a pointer to `plankb docs`', () => {
    const result = plankb(['tui']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('plankb tui is an interactive terminal app, and stdin is not a terminal.');
    expect(result.stderr).toContain('`plankb docs`');
  });

  it('should list the documents for `plankb start` (what `pnpm start` runs) without a terminal', () => {
    const result = plankb(['start']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('qingdao-2025');
    expect(result.stdout).toContain('huangpu-2026-2030');
  });

  it('should list `tui` in the help, with an example', () => {
    expect(plankb(['--help']).stdout).toMatch(/plankb tui\s+Open the terminal app/);
    expect(plankb(['tui', '--help']).stdout).toContain('plankb tui --store ./observations');
  });

  it('should refuse an --as-of that is not a date', () => {
    const result = plankb(['tui', '--as-of', 'July']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--as-of must be a date as YYYY-MM-DD, not July');
  });
});
