import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listSnippets, markedNames, REPO_ROOT, runSnippets, SDK_GUIDE, shownIn, SNIPPETS_DIR, type Snippet } from '../scripts/doc-snippets.js';

// Note: the snippets import @plankb/core's build, as a user's code would;
// turbo builds core before its tests.
const snippets = listSnippets();
const guide = readFileSync(SDK_GUIDE, 'utf8');
const runs = new Map<Snippet['name'], Awaited<ReturnType<typeof runSnippets>>[number]>();

beforeAll(async () => {
  const results = await runSnippets(snippets);
  snippets.forEach((snippet, i) => runs.set(snippet.name, results[i]!));
}, 120_000);
const hint = 'run `pnpm build && pnpm docs:snippets` to refresh docs/sdk.md and the .out files';

describe('the SDK guide snippets (docs/snippets)', () => {
  it('should exist, each with its expected output', () => {
    expect(snippets.map((s) => s.name)).toEqual(expect.arrayContaining(['load-corpus', 'parse-string', 'positions', 'assignments', 'errors', 'commonjs']));
    for (const snippet of snippets) expect(existsSync(snippet.outFile), `${snippet.outFile} is missing: ${hint}`).toBe(true);
  });

  it('should type-check against the published types', () => {
    const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', SNIPPETS_DIR], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  it.each(snippets.map((s) => [s.name, s] as const))('%s should run and print its .out file', (name, snippet) => {
    const { status, stdout, stderr } = runs.get(name) ?? { status: null, stdout: '', stderr: 'not run' };
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.trim()).not.toBe('');
    expect(stdout, hint).toBe(readFileSync(snippet.outFile, 'utf8'));
  });

  it.each(snippets.map((s) => [s.name, s] as const))('docs/sdk.md should show %s and its output verbatim', (_name, snippet) => {
    expect(shownIn(guide, 'snippet', snippet.name), hint).toBe(readFileSync(snippet.file, 'utf8'));
    expect(shownIn(guide, 'output', snippet.name), hint).toBe(readFileSync(snippet.outFile, 'utf8'));
  });

  it('should have a snippet file for every marker in docs/sdk.md', () => {
    expect(markedNames(guide).sort()).toEqual(snippets.map((s) => s.name).sort());
  });
});
