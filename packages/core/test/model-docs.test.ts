import { describe, expect, it } from 'vitest';
import { modelDocs } from '../scripts/model-docs.js';

describe('docs/model.md', () => {
  it('should be generated from the committed JSON Schema (regenerate with pnpm docs:model)', async () => {
    await expect(modelDocs()).toMatchFileSnapshot('../../../docs/model.md');
  });

  it('should give each type a section and each field a row with its type', () => {
    const docs = modelDocs();
    expect(docs).toContain('\n## Task\n');
    expect(docs).toContain('\n## DocumentKind\n');
    expect(docs).toContain('| `tasks` | [Task](#task)[] |');
    expect(docs).toContain('| `label` | string \\| null | The numbering label as written');
    expect(docs).toContain('| `ordinal` | integer ≥ 1 | 1-based place of the task in document order. |');
  });
});
