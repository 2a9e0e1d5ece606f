import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes, outlineOf } from './helpers.js';

// Each folder under test/fixtures holds one document in a layout the seeds do
// not use (input.txt or input.md) and its reviewed outline (expected.outline.json).
const root = new URL('./fixtures/', import.meta.url).pathname;
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('fixture documents', () => {
  it('should have at least one case', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s should parse to its reviewed outline', async (name) => {
    const input = readdirSync(join(root, name)).find((f) => f.startsWith('input.'));
    if (!input) throw new Error(`${name} has no input file`);
    const text = readFileSync(join(root, name, input), 'utf8');
    const result = parseDocument(text, { file: input });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    for (const document of result.documents) expectExactQuotes(text, document);
    await expect(`${JSON.stringify(result.documents.map(outlineOf), null, 2)}\n`).toMatchFileSnapshot(`fixtures/${name}/expected.outline.json`);
  });
});
