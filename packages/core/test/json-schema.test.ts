import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planDocumentJsonSchema, planDocumentJsonSchemaText } from '../src/model/json-schema.js';

describe('the committed JSON Schema', () => {
  it('should match the zod model (regenerate with pnpm --filter @plankb/core generate:schema)', async () => {
    await expect(planDocumentJsonSchemaText()).toMatchFileSnapshot('../schema/plan-document.schema.json');
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
});
