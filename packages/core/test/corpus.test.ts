import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDocument } from '../src/corpus/find-document.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { openDocument } from '../src/corpus/open-document.js';
import { readSourceFile } from '../src/corpus/read-source.js';
import { tempDirs, thrown } from './temp.js';

const plan = '2026年某某区数据工作要点\n\n一、重点任务\n（一）推进共享。建设平台。\n（二）推进开放。扩大范围。\n';

const tempDir = tempDirs('plankb-corpus-');

describe('loadCorpus', () => {
  it('should take every .txt and .md file of a folder without a manifest', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Moumou 2026.txt'), plan);
    writeFileSync(join(dir, 'README.md'), '# not a plan');
    const corpus = loadCorpus({ dir });
    expect(corpus.documents.map((d) => d.id)).toEqual(['moumou-2026']);
    expect(corpus.documents[0]?.tasks).toHaveLength(2);
  });

  it('should merge the manifest over the text and say so', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), plan);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ id: 'mm-2026', file: 'a.txt', region: '某某区', parentRegion: '某某市', issuer: '某某区数据局' }] }));
    const doc = loadCorpus({ dir }).documents[0];
    expect(doc).toMatchObject({ id: 'mm-2026', issuer: '某某区数据局', parentRegion: '某某市' });
    expect(doc?.provenance.issuer?.from).toBe('manifest');
    expect(doc?.provenance.title?.from).toBe('text');
    expect(doc?.tasks[0]?.id).toBe('mm-2026:t1');
  });

  it('should refuse an invalid manifest, saying what is wrong', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ id: 'Bad Id', file: 'a.txt' }] }));
    const error = thrown(() => loadCorpus({ dir }));
    expect(error.code).toBe('manifest-invalid');
    expect(error.message).toContain('lower-case');
  });

  it('should report a manifest part the file does not hold', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), plan);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ id: 'a', file: 'a.txt', part: 2 }] }));
    expect(loadCorpus({ dir }).issues.map((i) => i.code)).toContain('manifest-part-missing');
  });

  it('should report an empty file of a folder without a manifest once, by what is wrong with it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), plan);
    writeFileSync(join(dir, 'empty.txt'), '');
    const corpus = loadCorpus({ dir });
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.file])).toEqual([['empty-input', 'empty.txt']]);
  });

  it('should load the other files and report one that cannot be read or is not text', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), plan);
    writeFileSync(join(dir, 'b.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    writeFileSync(join(dir, 'c.txt'), Buffer.concat([Buffer.from('2026年工作要点\n一、'), Buffer.from([0xb9, 0xe6, 0x0a])]));
    const ids = ['a', 'b', 'c', 'd'];
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: ids.map((id) => ({ id, file: `${id}.txt` })) }));
    const cacheDir = tempDir();
    // Note: without the cache, filling it, and from it (the files that parsed).
    for (const cache of [false, { dir: cacheDir }, { dir: cacheDir }] as const) {
      const corpus = loadCorpus({ dir, cache });
      expect(corpus.documents.map((d) => d.id)).toEqual(['a']);
      expect(corpus.issues.map((i) => [i.code, i.file, i.position?.start.line ?? null, i.position?.start.column ?? null])).toEqual([
        ['binary-file', 'b.txt', 1, 1],
        ['not-utf8', 'c.txt', 2, 3],
        ['file-unreadable', 'd.txt', null, null],
      ]);
      expect(corpus.issues.every((i) => i.severity === 'error' && i.source === 'core:read')).toBe(true);
      expect(corpus.issues[2]?.message).toContain('File not found');
      expect(corpus.files.map((f) => [f.file, f.parts.length])).toEqual([['a.txt', 1], ['b.txt', 0], ['c.txt', 0], ['d.txt', 0]]);
    }
  });

  it('should refuse a folder that does not exist', () => {
    expect(thrown(() => loadCorpus({ dir: join(tempDir(), 'nope') })).code).toBe('corpus-not-found');
  });
});

describe('finding documents', () => {
  const corpus = loadCorpus();

  it('should suggest the closest ids for an unknown one', () => {
    const error = thrown(() => findDocument(corpus.documents, 'qingdao-2052'));
    expect(error.code).toBe('unknown-id');
    expect(error.suggestions[0]).toBe('qingdao-2025');
    expect(error.message).toContain('Did you mean qingdao-2025');
    expect(thrown(() => findDocument(corpus.documents, 'qingpu-2023-drafts')).suggestions[0]).toBe('qingpu-2023-draft');
  });

  it('should open a file path, and the second plan of a file with #2', () => {
    const dir = tempDir();
    const file = join(dir, 'two.txt');
    writeFileSync(file, `${plan}\n2027年某某区数据工作要点\n\n1.第一项。正文。\n2.第二项。正文。\n`);
    expect(openDocument(file, () => corpus).document.year).toBe(2026);
    expect(openDocument(`${file}#2`, () => corpus).document.year).toBe(2027);
    expect(thrown(() => openDocument(`${file}#3`, () => corpus)).code).toBe('invalid-argument');
  });
});

describe('readSourceFile', () => {
  it('should say where a file stops being UTF-8', () => {
    const dir = tempDir();
    const file = join(dir, 'gbk.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('第一行\n第二'), Buffer.from([0xb9, 0xe6]), Buffer.from('\n')]));
    const error = thrown(() => readSourceFile(file));
    expect(error.code).toBe('not-utf8');
    expect(error.message).toContain(`${file}:2:3`);
  });

  it('should refuse binary files and missing files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    expect(thrown(() => readSourceFile(join(dir, 'bin.txt'))).code).toBe('binary-file');
    expect(thrown(() => readSourceFile(join(dir, 'missing.txt'))).code).toBe('file-not-found');
    mkdirSync(join(dir, 'folder.txt'));
    expect(thrown(() => readSourceFile(join(dir, 'folder.txt'))).code).toBe('file-unreadable');
  });
});
