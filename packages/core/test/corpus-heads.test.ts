import { spawnSync } from 'node:child_process';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedCorpusHeads } from '../src/corpus/corpus-heads.js';
import { openCorpus } from '../src/corpus/load-corpus.js';
import { tempDirs } from './temp.js';

const tempDir = tempDirs('plankb-heads-');
const packageDir = join(import.meta.dirname, '..');

const planA = '2026年某某区数据工作要点\n\n一、重点任务\n（一）推进共享。到2026年，建成平台3个。\n（二）推进开放。扩大范围。\n';
const planB = '某某市数字经济三年行动方案（2024—2026年）\n\n一、主要任务\n1. 建设算力。\n2. 培育数商。\n二、保障措施\n1. 加强组织。\n';

/** Files written ten seconds ago, so that the source index vouches for them (as it does for any file not just written). */
function settle(dir: string): void {
  const past = new Date(Date.now() - 10_000);
  for (const name of readdirSync(dir)) utimesSync(join(dir, name), past, past);
}

/** A corpus of two files, one holding two plans, with a manifest when asked; and an empty cache folder. */
function setup(manifest = false): { dir: string; cacheDir: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), planA);
  writeFileSync(join(dir, 'b.txt'), `${planB}\n\n${planA.replace('某某区', '另一区')}`);
  if (manifest) writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ id: 'aa', file: 'a.txt', region: '某某区' }, { id: 'bb', file: 'b.txt', part: 2 }] }));
  settle(dir);
  return { dir, cacheDir: tempDir() };
}

/** What both give: the corpus's heads, files and issues, as JSON. */
function listing(corpus: { dir: string; documents: unknown[]; files: unknown[]; issues: unknown[] }): string {
  return JSON.stringify([corpus.dir, corpus.documents, corpus.files, corpus.issues]);
}

describe('cachedCorpusHeads', () => {
  it('should give what openCorpus lists once the summaries hold every file, with and without a manifest', () => {
    for (const manifest of [false, true]) {
      const { dir, cacheDir } = setup(manifest);
      expect(cachedCorpusHeads({ dir, cache: { dir: cacheDir } })).toBeNull();
      const opened = openCorpus({ dir, cache: { dir: cacheDir } });
      const heads = cachedCorpusHeads({ dir, cache: { dir: cacheDir } });
      expect(heads?.documents.map((d) => d.id)).toEqual(manifest ? ['aa', 'bb'] : ['a', 'b', 'b-2']);
      expect(heads && listing(heads)).toBe(listing(opened));
      expect(heads?.cache).toMatchObject({ dir: cacheDir, hits: 0, misses: 0 });
    }
  });

  it('should give the seeds as openCorpus lists them', () => {
    const cacheDir = tempDir();
    const opened = openCorpus({ cache: { dir: cacheDir } });
    const heads = cachedCorpusHeads({ cache: { dir: cacheDir } });
    expect(heads?.documents.length).toBeGreaterThan(0);
    expect(heads && listing(heads)).toBe(listing(opened));
  });

  it('should answer null when a file, the manifest or the cache changed, and the heads again once openCorpus read them', () => {
    const { dir, cacheDir } = setup(true);
    openCorpus({ dir, cache: { dir: cacheDir } });
    writeFileSync(join(dir, 'a.txt'), planA.replace('（二）推进开放。扩大范围。\n', '（二）推进开放。扩大范围。\n（三）推进应用。丰富场景。\n'));
    settle(dir);
    expect(cachedCorpusHeads({ dir, cache: { dir: cacheDir } })).toBeNull();
    openCorpus({ dir, cache: { dir: cacheDir } });
    expect(cachedCorpusHeads({ dir, cache: { dir: cacheDir } })?.documents[0]?.counts.tasks).toBe(3);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ id: 'aa', file: 'a.txt', region: '其他区' }] }));
    expect(cachedCorpusHeads({ dir, cache: { dir: cacheDir } })).toBeNull();
    const opened = openCorpus({ dir, cache: { dir: cacheDir } });
    expect(cachedCorpusHeads({ dir, cache: { dir: cacheDir } })?.documents.map((d) => [d.id, d.region])).toEqual([['aa', '其他区']]);
    expect(listing(cachedCorpusHeads({ dir, cache: { dir: cacheDir } }) ?? opened)).toBe(listing(opened));
    expect(cachedCorpusHeads({ dir, cache: false })).toBeNull();
    expect(cachedCorpusHeads({ dir, cache: { dir: tempDir() } })).toBeNull();
  });

  it('should answer null for a corpus with a file it could not read, so that openCorpus reports it', () => {
    const { dir, cacheDir } = setup();
    writeFileSync(join(dir, 'c.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    settle(dir);
    expect(openCorpus({ dir, cache: { dir: cacheDir } }).issues.some((i) => i.code === 'binary-file')).toBe(true);
    expect(cachedCorpusHeads({ dir, cache: { dir: cacheDir } })).toBeNull();
  });

  it('should refuse a missing folder as openCorpus does', () => {
    expect(() => cachedCorpusHeads({ dir: join(tempDir(), 'none') })).toThrow(/Corpus folder not found/);
  });

  // Note: a fresh process. NODE_DEBUG=esm makes Node log every ES module it loads ("Translating StandardModule <url>").
  it('should load neither the parser nor zod, even when it answers null', () => {
    const { dir, cacheDir } = setup(true);
    openCorpus({ dir, cache: { dir: cacheDir } });
    const script = `
const { cachedCorpusHeads } = await import('./src/corpus/corpus-heads.ts');
const heads = cachedCorpusHeads({ dir: ${JSON.stringify(dir)}, cache: { dir: ${JSON.stringify(cacheDir)} } });
const none = cachedCorpusHeads({ dir: ${JSON.stringify(dir)}, cache: false });
console.log(JSON.stringify({ ids: heads?.documents.map((d) => d.id), none }));
`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: packageDir,
      encoding: 'utf8',
      env: { ...process.env, NODE_DEBUG: 'esm' },
      // Note: the debug log carries each module's source; far more than the default 1 MB.
      maxBuffer: 1 << 28,
    });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ids: ['aa', 'bb'], none: null });
    const loaded = run.stderr.split('\n').filter((l) => l.includes('Translating'));
    expect(loaded.some((l) => l.includes('/src/corpus/corpus-heads.ts'))).toBe(true);
    expect(loaded.filter((l) => /\/zod\/|\/src\/(?:pipeline|parse|targets)\/|\/corpus\/manifest\.ts/.test(l))).toEqual([]);
  }, 60_000);
});
