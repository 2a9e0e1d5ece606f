import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Note: this runs the built bin (turbo runs `build` before `test`): what `plankb docs` compiles is a property of the bundle.
const packageDir = dirname(fileURLToPath(new URL('../package.json', import.meta.url)));
const repoRoot = join(packageDir, '..', '..');
const bin = join(packageDir, 'dist', 'cli.js');
const cacheDir = mkdtempSync(join(tmpdir(), 'plankb-docs-start-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** `plankb docs` with a cache folder of its own, and the files of the bundle it loaded (NODE_DEBUG=esm logs each). */
function docs(): { status: number | null; stdout: string; loaded: string[] } {
  const run = spawnSync(process.execPath, [bin, 'docs', '--format', 'json'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', PLANKB_CORPUS: '', PLANKB_CACHE_DIR: cacheDir, NODE_DEBUG: 'esm' },
    maxBuffer: 1 << 26,
  });
  const loaded = [...run.stderr.matchAll(/Translating StandardModule (file:\S+)/g)].map((m) => fileURLToPath(m[1] as string));
  return { status: run.status, stdout: run.stdout, loaded };
}

/** Whether a file of the bundle holds the parser's entry or zod's object schema. */
const parserOrZod = (file: string): boolean => /function parseDocument\(|\$ZodObject/.test(readFileSync(file, 'utf8'));

describe('plankb docs start', () => {
  beforeAll(() => {
    expect(existsSync(bin), `${bin} is missing: run \`pnpm build\` first`).toBe(true);
  });

  it('should compile neither the parser nor zod when the cache holds the corpus, and list the same documents', () => {
    // The first run fills the cache: it parses the seeds, and so loads the parser (which the check below must see).
    const cold = docs();
    expect(cold.status).toBe(0);
    expect(cold.loaded.filter(parserOrZod)).not.toEqual([]);
    const warm = docs();
    expect(warm.status).toBe(0);
    expect(warm.loaded.length).toBeGreaterThan(1);
    expect(warm.loaded.filter(parserOrZod)).toEqual([]);
    expect(warm.stdout).toBe(cold.stdout);
    expect(JSON.parse(warm.stdout)).toHaveLength(6);
  }, 60_000);
});
