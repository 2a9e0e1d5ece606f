import { existsSync, mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../src/fs/file-lock.js';
import { addDocument, freeId, idFromFileName } from '../src/corpus/add-document.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { tempDirs, thrown } from './temp.js';

const plan = (year: number): string => `${year}年某某区数据工作要点\n\n一、重点任务\n（一）推进共享。建设平台。\n（二）推进开放。扩大范围。\n`;
const tempDir = tempDirs('plankb-add-');

function file(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

function manifestOf(dir: string): { documents: Array<Record<string, unknown>> } & Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { documents: Array<Record<string, unknown>> };
}

describe('addDocument', () => {
  it('should create the corpus folder, copy the file byte for byte and write the manifest entry', () => {
    const dir = join(tempDir(), 'new-corpus');
    const source = file('Moumou 2026.txt', iconv.encode(plan(2026), 'gb18030'));
    const added = addDocument({ dir, file: source, metadata: { region: '某某区', parentRegion: '某某市', level: 'district', year: 2026 } });
    expect(added.entry).toEqual({ id: 'moumou-2026', file: 'Moumou 2026.txt', region: '某某区', parentRegion: '某某市', level: 'district', year: 2026 });
    expect(added).toMatchObject({ copied: true, encoding: 'gb18030' });
    expect(readFileSync(join(dir, 'Moumou 2026.txt'))).toEqual(readFileSync(source));
    expect(manifestOf(dir).documents).toEqual([added.entry]);
    const corpus = loadCorpus({ dir, cache: false });
    expect(corpus.documents.map((d) => [d.id, d.region, d.tasks.length])).toEqual([['moumou-2026', '某某区', 2]]);
    expect(readdirSync(dir).sort()).toEqual(['Moumou 2026.txt', 'manifest.json']);
  });

  it('should refuse a duplicate id and suggest a free one', () => {
    const dir = tempDir();
    addDocument({ dir, file: file('a.txt', plan(2025)), metadata: { id: 'mm-2025' } });
    addDocument({ dir, file: file('b.txt', plan(2026)), metadata: { id: 'mm-2025-2' } });
    const error = thrown(() => addDocument({ dir, file: file('c.txt', plan(2027)), metadata: { id: 'mm-2025' } }));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toContain('The id mm-2025 is already used');
    expect(error.suggestions).toEqual(['mm-2025-3']);
    expect(existsSync(join(dir, 'c.txt'))).toBe(false);
    expect(manifestOf(dir).documents).toHaveLength(2);
  });

  it.each([
    [{ level: 'galaxy' }, 'level'],
    [{ year: 20.5 }, 'year'],
    [{ date: '2025/03/01' }, 'dates are real days, YYYY-MM-DD'],
    [{ date: '2025-02-30' }, 'dates are real days, YYYY-MM-DD'],
    [{ id: 'Not An Id' }, 'ids are lower-case'],
    [{ period: { start: 'x', end: 2030 } }, 'period.start'],
    [{ kind: 'novel' }, 'kind'],
  ])('should refuse invalid metadata %j, naming the field', (metadata, says) => {
    const dir = tempDir();
    const error = thrown(() => addDocument({ dir, file: file('a.txt', plan(2025)), metadata }));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toContain(says);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(false);
  });

  it('should refuse a file with no plan, with the parse diagnostics', () => {
    const dir = tempDir();
    const error = thrown(() => addDocument({ dir, file: file('notes.txt', '今天天气很好。\n明天也是。\n') }));
    expect(error.code).toBe('no-plan');
    expect(error.issues.map((i) => i.code)).toEqual(['no-structure']);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('should refuse a binary file as it refuses to read one', () => {
    const error = thrown(() => addDocument({ dir: tempDir(), file: file('x.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])) }));
    expect(error.code).toBe('binary-file');
  });

  it('should refuse to overwrite a different file of the same name, but take the same bytes again for another part', () => {
    const dir = tempDir();
    const two = `${plan(2025)}\n${plan(2026)}`;
    addDocument({ dir, file: file('two.txt', two), metadata: { id: 'p1' } });
    const again = addDocument({ dir, file: file('two.txt', two), metadata: { id: 'p2', part: 2 } });
    expect(again.copied).toBe(false);
    expect(again.document.year).toBe(2026);
    const clash = thrown(() => addDocument({ dir, file: file('two.txt', plan(2030)), metadata: { id: 'p3' } }));
    expect(clash.message).toContain('already exists with different content');
    const same = thrown(() => addDocument({ dir, file: file('two.txt', two), metadata: { id: 'p4' } }));
    expect(same.message).toContain('already in the corpus as p1');
    const missing = thrown(() => addDocument({ dir, file: file('two.txt', two), metadata: { id: 'p5', part: 3 } }));
    expect(missing.message).toContain('holds 2 plan(s); there is no plan 3');
    expect(loadCorpus({ dir, cache: false }).documents.map((d) => [d.id, d.year])).toEqual([['p1', 2025], ['p2', 2026]]);
  });

  it('should keep the files of a folder that had no manifest, and fields it does not know', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old.txt'), plan(2024));
    addDocument({ dir, file: file('new.txt', plan(2025)) });
    expect(manifestOf(dir).documents.map((d) => d.id)).toEqual(['old', 'new']);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ $schema: 'x', custom: 1, documents: [{ id: 'old', file: 'old.txt', extra: true }] }));
    addDocument({ dir, file: file('newer.txt', plan(2026)) });
    expect(manifestOf(dir)).toMatchObject({ $schema: 'x', custom: 1, documents: [{ id: 'old', extra: true }, { id: 'newer' }] });
  });

  it('should refuse to write over a manifest that does not validate', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'manifest.json'), '{"documents": [');
    expect(thrown(() => addDocument({ dir, file: file('a.txt', plan(2025)) })).code).toBe('manifest-invalid');
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe('{"documents": [');
    expect(existsSync(join(dir, 'a.txt'))).toBe(false);
  });

  it('should refuse a corpus path that is a file', () => {
    const path = file('corpus', 'x');
    expect(thrown(() => addDocument({ dir: path, file: file('a.txt', plan(2025)) })).message).toContain('expected a corpus folder');
  });
});

describe('ids', () => {
  it('should make ids from file names, or from the year when the name has no Latin letters', () => {
    expect(idFromFileName('Xuhui 2025 work points.txt', { year: 2025, period: null })).toBe('xuhui-2025-work-points');
    expect(idFromFileName('徐汇区2025年工作要点.txt', { year: 2025, period: null })).toBe('plan-2025');
    expect(idFromFileName('规划.md', { year: null, period: { start: 2026, end: 2030 } })).toBe('plan-2026-2030');
    expect(idFromFileName('规划.md', { year: null, period: null })).toBe('plan');
    expect(freeId('a', new Set(['a', 'a-2']))).toBe('a-3');
    expect(freeId('b', new Set(['a']))).toBe('b');
  });
});

describe('the manifest lock', () => {
  it('should break a lock left by a process that no longer runs', () => {
    const dir = tempDir();
    const lock = join(dir, 'manifest.json.lock');
    writeFileSync(lock, `999999999 ${hostname()} 2020-01-01T00:00:00.000Z\n`);
    expect(withFileLock(lock, () => 'held', { timeoutMs: 2000 })).toBe('held');
    expect(existsSync(lock)).toBe(false);
  });

  it('should break a lock older than the stale timeout', () => {
    const dir = tempDir();
    const lock = join(dir, 'manifest.json.lock');
    writeFileSync(lock, `${process.pid} another-host 2020-01-01T00:00:00.000Z\n`);
    utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect(withFileLock(lock, () => 'held', { staleMs: 10_000, timeoutMs: 2000 })).toBe('held');
  });

  it('should give up on a live lock after the timeout, saying who holds it', () => {
    const dir = tempDir();
    const lock = join(dir, 'manifest.json.lock');
    writeFileSync(lock, `${process.pid} ${hostname()} now\n`);
    const started = Date.now();
    const error = thrown(() => withFileLock(lock, () => 'never', { timeoutMs: 200 }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(error.message).toContain(`another plankb process holds this lock (${process.pid}`);
    expect(readFileSync(lock, 'utf8')).toContain(String(process.pid));
  });

  it('should release the lock when the work throws', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    const lock = join(dir, 'sub', 'x.lock');
    expect(() => withFileLock(lock, () => {
      throw new Error('boom');
    })).toThrow('boom');
    expect(existsSync(lock)).toBe(false);
  });
});
