import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.js';
import { jsonSchemaFileText, readSchemaDocs } from '../scripts/schema-docs.js';
import { planDocumentJsonSchema } from '../src/model/json-schema.js';

describe('the committed JSON Schema', () => {
  it('should match the zod model (regenerate with pnpm --filter @plankb/core generate:schema)', async () => {
    await expect(jsonSchemaFileText()).toMatchFileSnapshot('../schema/plan-document.schema.json');
  });

  it('should require the fields every document has', () => {
    const schema = planDocumentJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'kind', 'status', 'source', 'tasks', 'assignments', 'provenance']));
    expect(Object.keys(schema.properties)).toContain('targets');
  });

  it('should be the file the package exports as schema.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./schema.json']).toBe('./schema/plan-document.schema.json');
  });

  it('should name each type in $defs and describe it with the doc comments of schema.ts', () => {
    const schema = planDocumentJsonSchema(readSchemaDocs()) as {
      properties: Record<string, { description?: string; items?: { $ref?: string } }>;
      $defs: Record<string, { description?: string; properties?: Record<string, { description?: string }> }>;
    };
    expect(schema.properties.tasks?.items?.$ref).toBe('#/$defs/Task');
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Task', 'Section', 'Assignment', 'Position', 'DocumentKind']));
    expect(schema.$defs.Position?.description).toMatch(/^A span of the source file\./);
    expect(schema.$defs.Task?.properties?.label?.description).toMatch(/^The numbering label as written/);
    expect(schema.properties.date?.description).toBe('ISO date (YYYY-MM-DD) of issue or publication.');
    // A field spread in from a shared object (`...FigureFields`) keeps its comment.
    expect(schema.$defs.Target?.properties?.metric?.description).toMatch(/^The thing measured/);
  });

  it('should accept every seed document and refuse a wrong value (its $refs resolve)', () => {
    const committed = JSON.parse(readFileSync(new URL('../schema/plan-document.schema.json', import.meta.url), 'utf8')) as Parameters<typeof z.fromJSONSchema>[0];
    const validator = z.fromJSONSchema(committed);
    const documents = loadCorpus().documents.map((d) => JSON.parse(JSON.stringify(d)) as Record<string, unknown>);
    for (const document of documents) expect(validator.safeParse(document).error?.issues ?? []).toEqual([]);
    expect(validator.safeParse({ ...documents[0], kind: 'not-a-kind' }).success).toBe(false);
  });
});
