import { describe, expect, it } from 'vitest';
import { alignPlans } from '../src/align/align-plans.js';
import { sortIds } from '../src/align/sort-ids.js';
import { cascadePlan, lowerPlans } from '../src/cascade/cascade.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { PlanDocument, Task } from '../src/model/types.js';

// Note: the cascade keeps work between pairs (each plan's terms, the first plan's term table, each cut's word ids);
// these tests check that what it keeps gives the same links and scores as aligning each pair from fresh copies.

/** mulberry32, as bench/generate-corpus.ts. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seeds = loadCorpus().documents;
const REGIONS: ReadonlyArray<[string, string]> = [
  ['上海市', ''], ['青浦区', '上海市'], ['黄浦区', '上海市'], ['徐汇区', '上海市'], ['青岛市', '山东省'], ['市南区', '青岛市'], ['黄岛区', '青岛市'], ['山东省', ''],
];

/** Plans recombined from the seeds' tasks (with their targets) over a few regions and years, as the bench corpus is. */
function corpus(count: number, seed: number): PlanDocument[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const pool = seeds.flatMap((d) => d.tasks.map((task) => ({ task, targets: d.targets.filter((t) => t.taskId === task.id) })));
  return Array.from({ length: count }, (_, n): PlanDocument => {
    const base = pick(seeds);
    const [region, parent] = pick(REGIONS);
    const id = `plan-${n}`;
    const chosen = Array.from({ length: 3 + Math.floor(rand() * 20) }, () => pick(pool));
    const tasks = chosen.map(({ task }, k): Task => ({ ...task, id: `${id}:t${k + 1}`, sectionId: rand() < 0.7 ? `${id}:s${1 + Math.floor(k / 4)}` : null }));
    const targets = chosen.flatMap(({ targets: own }, k) => own.map((t, e) => ({ ...t, id: `${id}:t${k + 1}:g${e}`, taskId: `${id}:t${k + 1}` })));
    const year = 2023 + Math.floor(rand() * 3);
    return { ...base, id, region, parentRegion: parent || null, year, period: null, status: rand() < 0.1 ? 'draft' : 'final', tasks, targets };
  });
}

/** `lowerPlans` as it was written before it became a loop: the definition the loop must keep. */
function lowerPlansByFilter(upper: PlanDocument, documents: readonly PlanDocument[]): PlanDocument[] {
  const lowers = documents.filter((d) => d.id !== upper.id && upper.region !== null && d.parentRegion === upper.region && upper.year === d.year);
  const finals = lowers.filter((d) => d.status === 'final');
  return lowers.filter((d) => d.status === 'final' || !finals.some((f) => f.region === d.region && f.year === d.year && f.period?.start === d.period?.start && f.title === d.title));
}

describe('the cascade over a corpus of 120 plans recombined from the seeds', () => {
  const documents = corpus(120, 42);
  const uppers = documents.filter((d) => lowerPlans(d, documents).length > 0);

  it('should find the same lower plans as the filter it replaced', () => {
    expect(uppers.length).toBeGreaterThan(10);
    for (const upper of documents) expect(lowerPlans(upper, documents).map((d) => d.id)).toEqual(lowerPlansByFilter(upper, documents).map((d) => d.id));
  });

  it('should give the links and scores of each pair aligned alone from fresh copies', () => {
    let links = 0;
    for (const upper of uppers) {
      const lowers = lowerPlans(upper, documents);
      const cascade = cascadePlan(upper, lowers);
      lowers.forEach((lower, k) => {
        const alone = alignPlans(structuredClone(upper), structuredClone(lower), { evidence: false });
        links += alone.links.length;
        expect(cascade.orphans[k]?.tasks.map((t) => t.id)).toEqual(alone.onlyB);
        for (const row of cascade.rows) {
          const own = alone.links.filter((l) => l.a === row.taskId);
          expect(row.cells[k]?.taskIds).toEqual(own.map((l) => l.b));
          expect(row.cells[k]?.score).toBe(Math.max(0, ...own.map((l) => l.score)));
        }
      });
    }
    expect(links).toBeGreaterThan(200);
  });

  it('should not depend on the order of the pairs nor on what was aligned before', () => {
    const warm = uppers.map((upper) => cascadePlan(upper, lowerPlans(upper, documents)));
    // Note: each upper plan in turn with its lower plans reversed and interleaved with the other uppers, on fresh copies.
    const copies = structuredClone(documents);
    const byId = new Map(copies.map((d) => [d.id, d]));
    const cold = [...uppers].reverse().map((upper) => {
      const lowers = lowerPlans(upper, documents).map((d) => byId.get(d.id) as PlanDocument);
      const reversed = cascadePlan(byId.get(upper.id) as PlanDocument, [...lowers].reverse());
      return { ...reversed, lowers: [...reversed.lowers].reverse(), rows: reversed.rows.map((r) => ({ ...r, cells: [...r.cells].reverse() })), orphans: [...reversed.orphans].reverse() };
    });
    expect(warm).toEqual(cold.reverse());
  });
});

describe('sortIds', () => {
  it('should sort as a typed array sorts, at every size and magnitude', () => {
    const rand = prng(7);
    for (const [size, top] of [[0, 1], [5, 100], [63, 1e3], [64, 1e3], [3000, 2 ** 11], [3000, 2 ** 22 + 5], [10_000, 2 ** 31 - 1]] as const) {
      const ids = Int32Array.from({ length: size }, () => Math.floor(rand() * top));
      expect([...sortIds(ids.slice())]).toEqual([...ids.slice().sort()]);
    }
  });
});
