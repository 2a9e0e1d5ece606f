import { describe, expect, it } from 'vitest';
import { alignPlans, type Alignment } from '../src/align/align-plans.js';
import { cascadePlan } from '../src/cascade/cascade.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { PlanDocument } from '../src/model/types.js';

const seeds = loadCorpus().documents;
const pairs = seeds.flatMap((a) => seeds.filter((b) => b !== a).map((b): [PlanDocument, PlanDocument] => [a, b]));

describe('alignPlans on every ordered pair of seeds', () => {
  // Note: the links, scores and evidence are calibrated and documented in
  // docs/quality.md; a change here is a change to the results users see.
  // Regenerate with `pnpm exec vitest run test/align-seeds.test.ts -u` only for an intended change.
  it('should give the pinned links, scores, evidence and unmatched tasks', async () => {
    const alignments: Record<string, Alignment> = {};
    for (const [a, b] of pairs) alignments[`${a.id}__${b.id}`] = alignPlans(a, b);
    await expect(`${JSON.stringify(alignments, null, 2)}\n`).toMatchFileSnapshot('golden/align-seeds.json');
  });

  it('should not depend on what was aligned before', () => {
    // Note: term lists are kept per task between calls; fresh copies of the plans share nothing with earlier calls.
    const warm = pairs.map(([a, b]) => alignPlans(a, b));
    const fresh = pairs.map(([a, b]) => alignPlans(structuredClone(a), structuredClone(b)));
    expect(warm).toEqual(fresh);
    expect(pairs.map(([a, b]) => alignPlans(a, b, { threshold: 0.05, secondLink: 0.8 }))).toEqual(pairs.map(([a, b]) => alignPlans(structuredClone(a), structuredClone(b), { threshold: 0.05, secondLink: 0.8 })));
  });

  it('should cascade a plan as its pairwise alignments do', () => {
    for (const upper of seeds) {
      const lowers = seeds.filter((d) => d !== upper);
      const cascade = cascadePlan(upper, lowers);
      lowers.forEach((lower, k) => {
        const alignment = alignPlans(upper, lower);
        expect(cascade.orphans[k]?.tasks.map((t) => t.id)).toEqual(alignment.onlyB);
        for (const row of cascade.rows) expect(row.cells[k]?.taskIds).toEqual(alignment.links.filter((l) => l.a === row.taskId).map((l) => l.b));
      });
    }
  });
});
