// One list of metadata fields (model/metadata-fields.ts): the manifest's schema and the model agree with it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDocument } from '../src/corpus/add-document.js';
import { ManifestEntrySchema } from '../src/corpus/manifest.js';
import { METADATA_FIELDS } from '../src/model/metadata-fields.js';
import { PlanDocumentSchema } from '../src/model/schema.js';

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
