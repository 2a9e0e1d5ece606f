// `plankb add plan.pdf`: a converted file joins a corpus byte for byte, and the corpus reloads it from the parse cache
// without converting it again; a scan in a corpus keeps its diagnostic on every load.

import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDocument } from '../src/corpus/add-document.js';
import { parseFile } from '../src/corpus/open-document.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { tempDirs } from './temp.js';

const REAL = join(import.meta.dirname, 'realfiles');
const HAINAN_PDF = join(REAL, '16_pdf_hainan_farm_machinery_subsidy_impl_plan_2024-2026_libreoffice.pdf');
const SCAN = join(REAL, '17_pdf_farm_machinery_subsidy_opinions_SCANNED_no_text_layer.pdf');
const tempDir = tempDirs('plankb-add-converted-');

describe('adding a PDF to a corpus', () => {
  it('should copy it byte for byte, list it in the manifest, and reload it from the cache', () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    const added = addDocument({ dir, file: HAINAN_PDF, metadata: { id: 'hainan-2024' } });
    expect(added.entry).toMatchObject({ id: 'hainan-2024', file: '16_pdf_hainan_farm_machinery_subsidy_impl_plan_2024-2026_libreoffice.pdf' });
    expect(added.document.tasks).toHaveLength(28);
    expect(readFileSync(added.path).equals(readFileSync(HAINAN_PDF))).toBe(true);

    const first = loadCorpus({ dir, cache: { dir: cacheDir } });
    expect(first.documents.map((d) => [d.id, d.tasks.length])).toEqual([['hainan-2024', 28]]);
    expect(first.cache).toMatchObject({ hits: 0, misses: 1 });
    // Note: a hit is the parse read from the cache, keyed by the file's bytes: no converter runs for it.
    const again = loadCorpus({ dir, cache: { dir: cacheDir } });
    expect(again.cache).toMatchObject({ hits: 1, misses: 0 });
    expect(again.documents).toEqual(first.documents);
  }, 60_000);

  it('should refuse a scan, saying it has no text layer', () => {
    expect(() => addDocument({ dir: tempDir(), file: SCAN })).toThrow(/no text layer[\s\S]*OCR/);
  }, 60_000);

  it("should keep a scan's diagnostic when the corpus is loaded from the cache", () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    copyFileSync(SCAN, join(dir, 'scan.pdf'));
    for (const expected of [{ hits: 0, misses: 1 }, { hits: 1, misses: 0 }]) {
      const corpus = loadCorpus({ dir, cache: { dir: cacheDir } });
      expect(corpus.cache).toMatchObject(expected);
      expect(corpus.documents).toEqual([]);
      expect(corpus.issues.map((i) => [i.code, i.severity, i.file])).toEqual([['empty-input', 'error', 'scan.pdf']]);
      expect(corpus.issues[0]?.message).toMatch(/no text layer/);
    }
  }, 60_000);

  it('should name a .wps file a manifest lists as an issue with what to do, and load the rest', () => {
    const dir = tempDir();
    copyFileSync(join(REAL, '26_wps_SYNTHETIC_template_notice_format_specimen.wps'), join(dir, 'notice.wps'));
    copyFileSync(join(REAL, '23_doc_hainan_farm_machinery_subsidy_impl_plan_wps_saved.doc'), join(dir, 'hainan.doc'));
    // Without a manifest, .wps is not a plan file's name: only the .doc is read.
    expect(loadCorpus({ dir, cache: false }).documents.map((d) => [d.id, d.tasks.length])).toEqual([['hainan', 28]]);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ id: 'notice', file: 'notice.wps' }, { id: 'hainan', file: 'hainan.doc' }] }));
    const corpus = loadCorpus({ dir, cache: false });
    expect(corpus.documents.map((d) => d.id)).toEqual(['hainan']);
    expect(corpus.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.file])).toEqual([['binary-file', 'notice.wps']]);
    expect(corpus.issues.find((i) => i.file === 'notice.wps')?.message).toMatch(/WPS 文字[\s\S]*\.docx/);
  }, 60_000);

  it('should say a damaged PDF cannot be read, and what to do, as a file-unreadable error', () => {
    const dir = tempDir();
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, readFileSync(HAINAN_PDF).subarray(0, 30_000));
    let error: unknown;
    try {
      parseFile(broken);
    } catch (e) {
      error = e;
    }
    expect((error as { code?: string }).code).toBe('file-unreadable');
    expect((error as Error).message).toMatch(/^.*broken\.pdf: could not read this PDF file: [^\n]*[^.]\.\nExpected a PDF file/);
  }, 60_000);

  it('should keep the extracted text in the cache, so that parsing the file again does not convert it again', () => {
    const cacheDir = tempDir();
    const saved = { cache: process.env.PLANKB_CACHE, dir: process.env.PLANKB_CACHE_DIR };
    process.env.PLANKB_CACHE = '1';
    process.env.PLANKB_CACHE_DIR = cacheDir;
    try {
      const first = parseFile(HAINAN_PDF);
      const entries = readdirSync(join(cacheDir, 'extracted'));
      expect(entries).toHaveLength(1);
      expect(parseFile(HAINAN_PDF)).toEqual(first);
      // Note: the text is read from the cache, not converted again: a mark put into the kept text shows in the parse.
      const entry = join(cacheDir, 'extracted', entries[0] as string);
      const kept = JSON.parse(readFileSync(entry, 'utf8')) as { text: string };
      const marked = '某某县农机购置补贴测试方案\n一、工作目标\n全年补贴农机具1000台。\n';
      writeFileSync(entry, JSON.stringify({ ...kept, text: marked }));
      expect(parseFile(HAINAN_PDF).documents.map((d) => d.title)).toEqual(['某某县农机购置补贴测试方案']);
    } finally {
      for (const [key, value] of [['PLANKB_CACHE', saved.cache], ['PLANKB_CACHE_DIR', saved.dir]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  }, 60_000);
});
