import { readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, openCorpus } from '../src/corpus/load-corpus.js';
import { summarizeDocument } from '../src/corpus/summarize.js';
import { isPlanError } from '../src/errors/plan-error.js';
import { tempDirs } from './temp.js';

const tempDir = tempDirs('plankb-open-');

const planA = '2026年某某区数据工作要点\n\n一、重点任务\n（一）推进共享。到2026年，建成平台3个。\n（二）推进开放。扩大范围。\n';
const planB = '某某市数字经济三年行动方案（2024—2026年）\n\n一、主要任务\n1. 建设算力。\n2. 培育数商。\n二、保障措施\n1. 加强组织。\n';

/** Files written ten seconds ago, so that the source index vouches for them on the next load (as it does for any file not just written). */
function settle(dir: string): void {
  const past = new Date(Date.now() - 10_000);
  for (const name of readdirSync(dir)) utimesSync(join(dir, name), past, past);
}

/** A corpus of two files, one of them holding two plans, without a manifest; and an empty cache folder. */
function setup(): { dir: string; cacheDir: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), planA);
  writeFileSync(join(dir, 'b.txt'), `${planB}\n\n${planA.replace('某某区', '另一区')}`);
  settle(dir);
  return { dir, cacheDir: tempDir() };
}

describe('openCorpus', () => {
  it('should hold each document as its head: metadata and counts, no item lists and so none of their positions', () => {
    const opened = openCorpus({ cache: false });
    expect(opened.documents.length).toBeGreaterThan(0);
    for (const head of opened.documents) {
      for (const list of ['sections', 'goals', 'tasks', 'assignments', 'targets', 'indicators']) expect(head).not.toHaveProperty(list);
      expect(head.counts.tasks).toBeGreaterThanOrEqual(0);
    }
  });

  it('should give the seeds in the order, with the summaries, issues and files of loadCorpus', () => {
    const eager = loadCorpus({ cache: false });
    const opened = openCorpus({ cache: false });
    expect(opened.documents.map((d) => d.id)).toEqual(eager.documents.map((d) => d.id));
    expect(opened.documents.map(summarizeDocument)).toEqual(eager.documents.map(summarizeDocument));
    expect(JSON.stringify([opened.issues, opened.files])).toBe(JSON.stringify([eager.issues, eager.files]));
  });

  it('should read a document in full on demand, the same JSON as the eager load, with and without the cache', () => {
    const eager = loadCorpus({ cache: false });
    const cacheDir = tempDir();
    for (const opened of [openCorpus({ cache: false }), openCorpus({ cache: { dir: cacheDir } }), openCorpus({ cache: { dir: cacheDir } })]) {
      for (const document of eager.documents) expect(JSON.stringify(opened.document(document.id))).toBe(JSON.stringify(document));
      expect(JSON.stringify(opened.fullDocuments())).toBe(JSON.stringify(eager.documents));
    }
  });

  it('should give every plan of a file read without a manifest, each read in full like the eager load', () => {
    const { dir, cacheDir } = setup();
    const eager = loadCorpus({ dir, cache: false });
    expect(eager.documents.map((d) => d.id)).toEqual(['a', 'b', 'b-2']);
    const opened = openCorpus({ dir, cache: { dir: cacheDir } });
    expect(opened.documents.map((d) => d.id)).toEqual(['a', 'b', 'b-2']);
    expect(opened.documents.map((d) => d.counts.tasks)).toEqual(eager.documents.map((d) => d.tasks.length));
    expect(JSON.stringify(opened.document('b-2'))).toBe(JSON.stringify(eager.documents[2]));
  });

  it('should open an unchanged corpus from its summaries without reading a parse, and read one parse for one document', () => {
    const { dir, cacheDir } = setup();
    openCorpus({ dir, cache: { dir: cacheDir } });
    // Note: the first open read every file (the index then vouches for them); the second reads only the summaries.
    openCorpus({ dir, cache: { dir: cacheDir } });
    const opened = openCorpus({ dir, cache: { dir: cacheDir } });
    expect(opened.cache).toMatchObject({ hits: 0, misses: 0 });
    opened.document('b');
    opened.document('b-2');
    expect(opened.cache).toMatchObject({ hits: 1, misses: 0 });
  });

  it('should summarise a file again when it changes, and read a document again when its parse left the cache', () => {
    const { dir, cacheDir } = setup();
    openCorpus({ dir, cache: { dir: cacheDir } });
    writeFileSync(join(dir, 'a.txt'), planA.replace('（二）推进开放。扩大范围。\n', '（二）推进开放。扩大范围。\n（三）推进应用。丰富场景。\n'));
    settle(dir);
    const opened = openCorpus({ dir, cache: { dir: cacheDir } });
    expect(opened.documents[0]?.counts.tasks).toBe(3);
    rmSync(join(cacheDir, 'parse'), { recursive: true });
    expect(opened.document('a').tasks).toHaveLength(3);
    expect(JSON.stringify(opened.document('a'))).toBe(JSON.stringify(loadCorpus({ dir, cache: false }).documents[0]));
  });

  it('should follow a change to the manifest, and refuse a manifest that no longer validates', () => {
    const { dir, cacheDir } = setup();
    const manifest = (region: string, id = 'mm-2026'): string => JSON.stringify({ documents: [{ id, file: 'a.txt', region }, { id: 'bb', file: 'b.txt', part: 2 }] });
    writeFileSync(join(dir, 'manifest.json'), manifest('某某区'));
    settle(dir);
    openCorpus({ dir, cache: { dir: cacheDir } });
    const again = openCorpus({ dir, cache: { dir: cacheDir } });
    expect(again.cache).toMatchObject({ hits: 0, misses: 0 });
    const regions = (documents: ReadonlyArray<{ id: string; region: string | null }>) => documents.map((d) => [d.id, d.region]);
    expect(regions(again.documents)).toEqual(regions(loadCorpus({ dir, cache: false }).documents));
    expect(again.documents[0]?.region).toBe('某某区');
    writeFileSync(join(dir, 'manifest.json'), manifest('其他区'));
    const changed = openCorpus({ dir, cache: { dir: cacheDir } });
    expect(regions(changed.documents)).toEqual(regions(loadCorpus({ dir, cache: false }).documents));
    expect(changed.documents[0]?.region).toBe('其他区');
    expect(JSON.stringify(changed.fullDocuments())).toBe(JSON.stringify(loadCorpus({ dir, cache: false }).documents));
    writeFileSync(join(dir, 'manifest.json'), manifest('其他区', 'Not An Id'));
    expect(() => openCorpus({ dir, cache: { dir: cacheDir } })).toThrow(/does not validate/);
  });

  it('should name the closest ids for an unknown one', () => {
    const { dir, cacheDir } = setup();
    const opened = openCorpus({ dir, cache: { dir: cacheDir } });
    try {
      opened.document('b-3');
      expect.unreachable();
    } catch (error) {
      expect(isPlanError(error) && error.code).toBe('unknown-id');
      expect(isPlanError(error) && error.suggestions).toContain('b-2');
    }
  });

  it('should list a file it cannot read as an issue, as loadCorpus does', () => {
    const { dir, cacheDir } = setup();
    writeFileSync(join(dir, 'c.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    settle(dir);
    const eager = loadCorpus({ dir, cache: false });
    const opened = openCorpus({ dir, cache: { dir: cacheDir } });
    expect(opened.issues).toEqual(eager.issues);
    expect(opened.issues.some((i) => i.code === 'binary-file')).toBe(true);
  });
});
