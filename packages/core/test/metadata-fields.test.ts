// One list of metadata fields (model/metadata-fields.ts): the manifest's schema and the model agree with it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDocument } from '../src/corpus/add-document.js';
import { ManifestEntrySchema } from '../src/corpus/manifest.js';
import { METADATA_FIELDS } from '../src/model/metadata-fields.js';
import { PlanDocumentSchema } from '../src/model/schema.js';
import { applyMetadata } from '../src/parse/apply-metadata.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

describe('METADATA_FIELDS', () => {
  it('should be the fields a manifest entry gives beside its id, file, part and note, in its order', () => {
    expect(Object.keys(ManifestEntrySchema.shape)).toEqual(['id', 'file', 'part', ...METADATA_FIELDS, 'note']);
  });

  it("should be fields of the model's document", () => {
    const documentFields = Object.keys(PlanDocumentSchema.shape);
    expect(METADATA_FIELDS.filter((field) => !documentFields.includes(field))).toEqual([]);
  });

  it('should be the order addDocument writes a new entry in, whatever order it is given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plankb-fields-'));
    try {
      const file = join(dir, 'source.txt');
      writeFileSync(file, '某某区2026年数据工作要点\n\n一、重点任务\n（一）推进共享。建设平台。\n（二）完善标准。制定规范。\n');
      addDocument({ dir: join(dir, 'corpus'), file, metadata: { note: 'n', date: '2026-03-01', region: '某某区', year: 2026, title: '某某区2026年数据工作要点' } });
      const manifest = JSON.parse(readFileSync(join(dir, 'corpus', 'manifest.json'), 'utf8')) as { documents: Array<Record<string, unknown>> };
      expect(Object.keys(manifest.documents[0] ?? {})).toEqual(['id', 'file', 'title', 'region', 'year', 'date', 'note']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('applyMetadata', () => {
  it('should take every field of the list from a manifest entry, the last (date) as the first', () => {
    const [doc] = parseDocument('某某区2026年数据工作要点\n\n一、重点任务\n（一）推进共享。建设平台。\n', { file: 'a.txt' }).documents;
    if (!doc) throw new Error('no document');
    const given = { title: '某某区2026年数据工作要点（修订）', year: 2025, docNumber: '某数〔2026〕1号', indexNumber: 'QG0001', date: '2026-03-01' };
    const merged = applyMetadata(doc, given);
    expect(Object.fromEntries(Object.keys(given).map((field) => [field, merged[field as keyof typeof given]]))).toEqual(given);
    // applyMetadata had its own copy of the list; every field on it is marked as the manifest's.
    expect(Object.keys(given).every((field) => merged.provenance[field as keyof typeof given]?.from === 'manifest')).toBe(true);
  });
});
