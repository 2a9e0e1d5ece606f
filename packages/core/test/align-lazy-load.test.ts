import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');

// Note: a fresh process, since this one has loaded jieba for other tests; jieba is loaded with require(), so it
// lands in require.cache.
const script = `
import { createRequire } from 'node:module';
const cache = createRequire(import.meta.url).cache;
const jieba = () => Object.keys(cache).filter((k) => /[\\\\/]@node-rs[\\\\/]jieba/.test(k)).length;
const corpus = await import('./src/corpus.ts');
const align = await import('./src/align.ts');
const before = jieba();
const { documents } = corpus.loadCorpus();
const parsed = jieba();
const [a, b] = ['shanghai-2025', 'qingpu-2025'].map((id) => documents.find((d) => d.id === id));
const links = align.alignPlans(a, b).links.length;
console.log(JSON.stringify({ before, parsed, after: jieba(), links }));
`;

describe('loading the segmenter', () => {
  it('should load jieba only when plans are aligned', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: packageDir, encoding: 'utf8' });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const got = JSON.parse(run.stdout) as { before: number; parsed: number; after: number; links: number };
    expect(got.before).toBe(0);
    expect(got.parsed).toBe(0);
    expect(got.after).toBeGreaterThan(0);
    expect(got.links).toBeGreaterThan(10);
  }, 60_000);
});
