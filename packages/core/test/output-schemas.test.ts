import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { outputSchemaFileTexts } from '../scripts/schema-docs.js';
import { type Alignment, alignPlans } from '../src/align/align-plans.js';
import { type Cascade, cascadePlan } from '../src/cascade/cascade.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { diffPlans, type PlanDiff } from '../src/diff/diff-plans.js';
import { AlignmentSchema, AttainmentSchema, CascadeSchema, OUTPUT_SCHEMAS, PlanDiffSchema, SearchHitSchema } from '../src/model/output-schemas.js';
import { buildSearchIndex } from '../src/search/build-search-index.js';
import type { SearchHit } from '../src/search/types.js';
import { type Attainment, assessTarget } from '../src/track/attainment.js';
import { observationEntry } from '../src/track/record.js';

// The schemas of the analyses' results (src/model/output-schemas.ts): equal to the TypeScript types the functions
// declare, published as JSON Schemas, and holding for real results. packages/cli/test/output-schemas.test.ts checks
// the CLI's --format json output against them.

const documents = loadCorpus().documents;
const byId = (id: string) => documents.find((d) => d.id === id)!;

describe('the output schemas', () => {
  it('should describe exactly the types the functions return', () => {
    // Note: assignable both ways (readonly aside), so that a field added to, dropped from or retyped on either side
    // fails to compile (pnpm typecheck).
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    const same: [
      Same<z.infer<typeof PlanDiffSchema>, PlanDiff>,
      Same<z.infer<typeof AlignmentSchema>, Alignment>,
      Same<z.infer<typeof CascadeSchema>, Cascade>,
      Same<z.infer<typeof AttainmentSchema>, Attainment>,
      Same<z.infer<typeof SearchHitSchema>, SearchHit>,
    ] = [true, true, true, true, true];
    expect(same).toEqual([true, true, true, true, true]);
  });

  it('should be committed as JSON Schemas beside the model (regenerate with pnpm --filter @plankb/core generate:schema)', () => {
    const files = outputSchemaFileTexts();
    expect(Object.keys(files).sort()).toEqual(Object.keys(OUTPUT_SCHEMAS).map((name) => `${name}.schema.json`).sort());
    for (const [name, text] of Object.entries(files)) {
      expect({ name, text: readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8') }).toEqual({ name, text });
    }
  });

  it('should hold for real results on the seeds, and refuse a changed one', () => {
    const draft = byId('qingpu-2023-draft');
    const final = byId('qingpu-2023');
    const diff = diffPlans(draft, final);
    expect(PlanDiffSchema.safeParse(diff).error).toBeUndefined();
    expect(AlignmentSchema.safeParse(alignPlans(draft, final)).error).toBeUndefined();
    expect(CascadeSchema.safeParse(cascadePlan(byId('shanghai-2025'), [byId('qingpu-2025')])).error).toBeUndefined();
    const qingdao = byId('qingdao-2025');
    const target = qingdao.targets[0]!;
    const observation = observationEntry({ target, value: target.value / 2, date: '2025-06-30', by: 'test' });
    expect(AttainmentSchema.safeParse(assessTarget(target, [observation], '2025-07-01', qingdao)).error).toBeUndefined();
    const hits = buildSearchIndex(documents).search('算力');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(SearchHitSchema.safeParse(hit).error).toBeUndefined();
    expect(PlanDiffSchema.safeParse({ ...diff, extra: 1 }).success).toBe(false);
    expect(SearchHitSchema.safeParse({ ...hits[0], score: '1' }).success).toBe(false);
  });
});
