import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { searchIndexDir } from '../src/cache/search-index-cache.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { buildSearchIndex } from '../src/search/build-search-index.js';
import type { SearchIndex } from '../src/search/types.js';

// Queries of every kind: Chinese, full and half-typed pinyin, initials, a typo, one character, none.
const QUERIES = ['算力', '公共数据', '一网通办', 'suanli', 'suanl', 'sl', 'xndc', 'szzf', 'yiwangtongbna', '链', 'hangye', '不存在的词语'];

/** What an index answers, comparable across indexes: each hit's item id, score and match. */
const answers = (index: SearchIndex): unknown[] => QUERIES.map((q) => index.search(q, { limit: 1000 }).map((h) => [h.item.id, h.score, h.where]));

/** The stored index files of a cache folder. */
const storedFiles = (dir: string): string[] => {
  try {
    return readdirSync(searchIndexDir(dir)).filter((f) => f.endsWith('.bin'));
  } catch {
    return [];
  }
};

/** The one stored file's path and inode (a new inode: the file was written again). */
function onlyFile(dir: string): { path: string; ino: number } {
  const files = storedFiles(dir);
  expect(files).toHaveLength(1);
  const path = join(searchIndexDir(dir), files[0]!);
  return { path, ino: statSync(path).ino };
}

/** Where each stored array starts in the file, read from its header as the format lays it out. */
function arrayAt(path: string, name: string): number {
  const bytes = readFileSync(path);
  const headerLength = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as { arrays: Array<{ name: string; type: string; length: number }> };
  const padded = (n: number): number => (n + 7) & ~7;
  let at = padded(8 + headerLength);
  for (const a of header.arrays) {
    if (a.name === name) return at;
    at = padded(at + a.length * (a.type === 'i32' ? 4 : 2));
  }
  throw new Error(`no array ${name}`);
}

describe('the search index kept in the cache folder', () => {
  let documents: readonly PlanDocument[];
  let expected: unknown[];
  let dir: string;
  beforeAll(() => {
    documents = loadCorpus({ cache: false }).documents;
    expected = answers(buildSearchIndex(documents));
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plankb-search-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('should store the index on the first build and load it, unchanged, on the next', () => {
    const first = buildSearchIndex(documents, { cache: { dir } });
    const stored = onlyFile(dir);
    const second = buildSearchIndex(documents, { cache: { dir } });
    // The file was read, not written again (an atomic write makes a new inode).
    expect(onlyFile(dir).ino).toBe(stored.ino);
    expect(answers(first)).toEqual(expected);
    expect(answers(second)).toEqual(expected);
    expect(second.items).toEqual(first.items);
  });

  it('should keep nothing without the option, with `cache: false`, and when PLANKB_CACHE=0', () => {
    buildSearchIndex(documents);
    buildSearchIndex(documents, { cache: false });
    buildSearchIndex(documents, { cache: { dir, enabled: false } });
    expect(storedFiles(dir)).toEqual([]);
    const before = process.env.PLANKB_CACHE;
    process.env.PLANKB_CACHE = '0';
    process.env.PLANKB_CACHE_DIR = dir;
    try {
      expect(answers(buildSearchIndex(documents, { cache: {} }))).toEqual(expected);
    } finally {
      if (before === undefined) delete process.env.PLANKB_CACHE;
      else process.env.PLANKB_CACHE = before;
      delete process.env.PLANKB_CACHE_DIR;
    }
    expect(storedFiles(dir)).toEqual([]);
  });

  it('should key the index by the items: a changed corpus, or an index without pinyin, gets its own file', () => {
    buildSearchIndex(documents, { cache: { dir } });
    const [first, ...rest] = documents;
    const changed = [{ ...first!, tasks: first!.tasks.map((t, i) => (i === 0 ? { ...t, title: `${t.title}改` } : t)) }, ...rest];
    const index = buildSearchIndex(changed, { cache: { dir } });
    expect(storedFiles(dir)).toHaveLength(2);
    expect(index.search('改').map((h) => h.item.id)).toContain(first!.tasks[0]!.id);
    const plain = buildSearchIndex(documents, { cache: { dir }, pinyin: false });
    expect(storedFiles(dir)).toHaveLength(3);
    expect(plain.search('suanli')).toEqual([]);
    // Loaded again, each answers as its own corpus and options do.
    expect(answers(buildSearchIndex(documents, { cache: { dir } }))).toEqual(expected);
    expect(buildSearchIndex(documents, { cache: { dir }, pinyin: false }).search('suanli')).toEqual([]);
    expect(storedFiles(dir)).toHaveLength(3);
  });

  // Each damage leaves a file that must be rebuilt silently: the index answers as a fresh one, and the
  // file is written again (a new inode) and then loaded (the same inode).
  const damages: Array<[string, (path: string) => void]> = [
    ['empty', (path) => writeFileSync(path, '')],
    ['cut in half', (path) => writeFileSync(path, readFileSync(path).subarray(0, readFileSync(path).length >> 1))],
    ['random bytes', (path) => writeFileSync(path, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))],
    ['a header length past the end', (path) => {
      const bytes = readFileSync(path);
      bytes.writeUInt32LE(0x7fffffff, 0);
      writeFileSync(path, bytes);
    }],
    ['a header that is not JSON', (path) => {
      const bytes = readFileSync(path);
      bytes.write('}}}}', 8, 'utf8');
      writeFileSync(path, bytes);
    }],
    ['an item id out of range in a posting list', (path) => {
      const bytes = readFileSync(path);
      bytes.writeInt32LE(1_000_000_000, arrayAt(path, 'postings'));
      writeFileSync(path, bytes);
    }],
    ['a posting list out of order', (path) => {
      const bytes = readFileSync(path);
      const at = arrayAt(path, 'postings');
      const [a, b] = [bytes.readInt32LE(at), bytes.readInt32LE(at + 4)];
      bytes.writeInt32LE(b, at);
      bytes.writeInt32LE(a, at + 4);
      writeFileSync(path, bytes);
    }],
    ['an offset that goes back', (path) => {
      const bytes = readFileSync(path);
      bytes.writeInt32LE(-5, arrayAt(path, 'offset') + 8);
      writeFileSync(path, bytes);
    }],
    ['a pair of characters pointing at no pair', (path) => {
      const bytes = readFileSync(path);
      bytes.writeInt32LE(0, arrayAt(path, 'nextGram'));
      writeFileSync(path, bytes);
    }],
    ['a byte more at the end', (path) => writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from([0])]))],
  ];
  it.each(damages)('should rebuild silently an index file that is %s', (_, damage) => {
    buildSearchIndex(documents, { cache: { dir } });
    const { path, ino } = onlyFile(dir);
    damage(path);
    const index = buildSearchIndex(documents, { cache: { dir } });
    expect(answers(index)).toEqual(expected);
    const rewritten = onlyFile(dir);
    expect(rewritten.path).toBe(path);
    expect(rewritten.ino).not.toBe(ino);
    expect(answers(buildSearchIndex(documents, { cache: { dir } }))).toEqual(expected);
    expect(onlyFile(dir).ino).toBe(rewritten.ino);
  });

  it('should rebuild an index stored under another key (a file renamed or copied)', () => {
    const other = parseDocument('某某区2026年数据工作要点\n\n一、重点任务\n（一）设立基金。算力建设。\n', { file: 'a-2026.txt' }).documents;
    buildSearchIndex(other, { cache: { dir } });
    const wrong = onlyFile(dir);
    buildSearchIndex(documents, { cache: { dir } });
    const right = storedFiles(dir).find((f) => join(searchIndexDir(dir), f) !== wrong.path)!;
    writeFileSync(join(searchIndexDir(dir), right), readFileSync(wrong.path));
    expect(answers(buildSearchIndex(documents, { cache: { dir } }))).toEqual(expected);
  });

  it('should keep the indexes used last, four, and remove the older ones', () => {
    const docsOf = (n: number): PlanDocument[] => parseDocument(`某某区2026年数据工作要点\n\n一、重点任务\n（一）任务${n}。算力建设。\n`, { file: 'a-2026.txt' }).documents;
    buildSearchIndex(docsOf(0), { cache: { dir } });
    const [oldest] = storedFiles(dir);
    // Note: its time set back by hand: a file system's clock may not tell apart files written in one millisecond.
    const tenMinutesAgo = new Date(Date.now() - 600_000);
    utimesSync(join(searchIndexDir(dir), oldest!), tenMinutesAgo, tenMinutesAgo);
    for (let n = 1; n <= 3; n++) buildSearchIndex(docsOf(n), { cache: { dir } });
    expect(storedFiles(dir)).toHaveLength(4);
    buildSearchIndex(docsOf(4), { cache: { dir } });
    expect(storedFiles(dir)).toHaveLength(4);
    expect(storedFiles(dir)).not.toContain(oldest);
  });
});
