import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempFiles } from './helpers.js';

// Note: these run the built bin (turbo runs `build` before `test`), as a user's shell would.
const packageDir = dirname(fileURLToPath(new URL('../package.json', import.meta.url)));
const repoRoot = join(packageDir, '..', '..');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
const bin = join(packageDir, pkg.bin.plankb ?? '');

function plankb(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', PLANKB_CORPUS: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the plankb bin', () => {
  beforeAll(() => {
    expect(existsSync(bin), `${bin} is missing: run \`pnpm build\` first`).toBe(true);
  });

  it('should be declared in package.json and start with a node shebang', () => {
    expect(pkg.bin).toEqual({ plankb: './dist/cli.js' });
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('should list the documents with exit 0: the table on stdout, the count on stderr', () => {
    const { status, stdout, stderr } = plankb('docs');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ID\s+Region/);
    expect(stdout).toContain('qingdao-2025');
    expect(stdout).not.toContain('6 documents');
    expect(stderr).toMatch(/^6 documents\n/);
  });

  it('should print JSON alone on stdout', () => {
    const { status, stdout } = plankb('tasks', 'qingdao-2025', '--format', 'json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(23);
  });

  it('should exit 2 for an unknown id, with the error on stderr only', () => {
    const { status, stdout, stderr } = plankb('show', 'qingdao-2052');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: Unknown document id: qingdao-2052\. Did you mean qingdao-2025/);
  });

  it('should exit 2 for a missing file, naming it', () => {
    const { status, stdout, stderr } = plankb('parse', 'no/such/plan.txt');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('error: File not found: no/such/plan.txt\n');
  });

  it('should exit 1 when parsing an empty file, the diagnostic on stderr', () => {
    const dir = tempFiles({ 'empty.txt': '' });
    const { status, stdout, stderr } = plankb('parse', join(dir, 'empty.txt'));
    expect(status).toBe(1);
    // Nothing to show: the note goes to stderr with the diagnostic.
    expect(stdout).toBe('');
    expect(stderr).toContain('No plan found in this file.');
    expect(stderr).toMatch(/empty\.txt: error empty-input: /);
  });

  it('should exit 2 for bad arguments and 0 for --version', () => {
    expect(plankb('docs', '--format', 'xml').status).toBe(2);
    const version = plankb('--version');
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });
});
