import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparable, placeNames, splitClauses } from '../src/align/features.js';
import { planTerms, type PlanTerms } from '../src/align/plan-terms.js';
import { scoreTasks } from '../src/align/scores.js';
import { wordWeight } from '../src/align/plan-words.js';
import { segment } from '../src/align/segment.js';
import { taskTerms, TITLE_WEIGHT, WORD_WEIGHT, type TermList } from '../src/align/terms.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { PlanDocument, Task } from '../src/model/types.js';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const seeds = loadCorpus().documents;

// The Map-based TF-IDF and cosine that `scoreTasks` replaced, kept as the reference: bigrams, then words (keyed
// `w:…`, weighed by their corpus-wide weight).
type Vector = Map<string, number>;

function termsByMap(task: Task, places: readonly string[]): Vector {
  const v: Vector = new Map();
  const add = (text: string, weight: number): void => {
    for (let i = 0; i + 1 < text.length; i++) v.set(text.slice(i, i + 2), (v.get(text.slice(i, i + 2)) ?? 0) + weight);
  };
  const addWords = (text: string, weight: number): void => {
    for (const w of segment(text)) if (w.length >= 2) v.set(`w:${w}`, (v.get(`w:${w}`) ?? 0) + weight);
  };
  add(comparable(task.title, places), TITLE_WEIGHT);
  add(comparable(task.body, places), 1);
  for (const clause of splitClauses(task.title)) addWords(comparable(clause, places), TITLE_WEIGHT * WORD_WEIGHT);
  for (const clause of splitClauses(task.body)) addWords(comparable(clause, places), WORD_WEIGHT);
  return v;
}

const scaleOf = (term: string): number => (term.startsWith('w:') ? wordWeight(term.slice(2)) : 1);

function tfidfByMap(terms: readonly Vector[]): Vector[] {
  const df = new Map<string, number>();
  for (const v of terms) for (const g of v.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const n = terms.length;
  return terms.map((v) => {
    const w: Vector = new Map();
    let norm = 0;
    for (const [g, tf] of v) {
      const x = (1 + Math.log(tf)) * Math.log((n + 1) / ((df.get(g) ?? 0) + 0.5)) * scaleOf(g);
      if (x <= 0) continue;
      w.set(g, x);
      norm += x * x;
    }
    const length = Math.sqrt(norm) || 1;
    for (const [g, x] of w) w.set(g, x / length);
    return w;
  });
}

function cosineByMap(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [g, x] of small) sum += x * (large.get(g) ?? 0);
  return sum;
}

function scoresByMap(a: PlanDocument, b: PlanDocument): number[] {
  const places = placeNames([a, b]);
  const vectors = tfidfByMap([...a.tasks, ...b.tasks].map((t) => termsByMap(t, places)));
  const vb = vectors.slice(a.tasks.length);
  return vectors.slice(0, a.tasks.length).flatMap((x) => vb.map((y) => cosineByMap(x, y)));
}

const scoresOf = (a: PlanDocument, b: PlanDocument): number[] => {
  const places = placeNames([a, b]);
  return [...scoreTasks(planTerms(a, places), planTerms(b, places))];
};

const signature = (terms: TermList): string => `${terms.ids.join()}|${terms.counts.join()}`;

/** The term list of task `k` as a plan's arranged terms hold it. */
function listOf(plan: PlanTerms, k: number): TermList {
  const [from, to] = [plan.starts[k] ?? 0, plan.starts[k + 1] ?? 0];
  return { ids: Int32Array.from(plan.local.subarray(from, to), (i) => plan.terms[i] ?? -1), counts: Int32Array.from(plan.counts.subarray(from, to)) };
}

const task = (title: string, body: string): Task => ({ ...(seeds[0]?.tasks[0] as Task), title, body });

describe('scoreTasks', () => {
  it('should give the Map-based TF-IDF cosine to the last bit, for every ordered pair of seeds', () => {
    for (const a of seeds) {
      for (const b of seeds) {
        const got = scoresOf(a, b);
        const want = scoresByMap(a, b);
        expect(got.length).toBe(want.length);
        // Note: Object.is, so that even the sign of a zero must match.
        const differing = got.flatMap((x, k) => (Object.is(x, want[k]) ? [] : [k]));
        expect(differing, `${a.id} ${b.id}`).toEqual([]);
      }
    }
  });

  it('should score crafted plans as the Map-based cosine does, shared terms or none, vectors of any size', () => {
    const a = [task('推进数据安全', '加强数据安全管理，提升数据质量水平'), task('数据', ''), task('', ''), task('建设算力设施', '全区算力总规模超500P')];
    const b = [task('提升数据质量', '着力提升数据质量水平，加强数据安全'), task('建设算力设施', '算力'), task('加强人才培养', '开展培训')];
    const plan = (tasks: Task[]): PlanDocument => ({ ...(seeds[0] as PlanDocument), region: null, parentRegion: null, tasks });
    expect(scoresOf(plan(a), plan(b))).toEqual(scoresByMap(plan(a), plan(b)));
    expect(scoresOf(plan([]), plan(b))).toEqual([]);
    // Counts past two bytes and past the table of logarithms.
    const long = [task('数据', '数'.repeat(70_000)), task('数据安全', `数据${'数'.repeat(5000)}`), ...b];
    expect(scoresOf(plan(long), plan(a))).toEqual(scoresByMap(plan(long), plan(a)));
    expect(planTerms(plan(long), []).counts).toBeInstanceOf(Int32Array);
    expect(scoresOf(plan(a), plan([]))).toEqual([]);
  });
});

describe('taskTerms', () => {
  it('should keep the counts in the order a Map of counts holds them', () => {
    for (const d of seeds) {
      const places = placeNames([d]);
      for (const t of d.tasks) expect([...taskTerms(t, places).counts]).toEqual([...termsByMap(t, places).values()]);
    }
  });
});

describe('planTerms', () => {
  it('should hold the terms of each task, whatever the place names of the pair', () => {
    const lists = [...seeds.flatMap((a) => seeds.map((b) => placeNames([a, b]))), ['上海市', '海市', '上海'], ['上海', '上海市'], ['市数◎', '数据'], ['数据', '市◎'], ['青浦', '◎青浦']];
    for (const places of lists) {
      for (const d of seeds) {
        const plan = planTerms(d, places);
        d.tasks.forEach((t, k) => expect(signature(listOf(plan, k)), `${t.id} ${places.join()}`).toBe(signature(taskTerms(t, places))));
      }
    }
  });

  it('should count in how many tasks each term occurs, terms in ascending order', () => {
    const d = seeds[0] as PlanDocument;
    const plan = planTerms(d, placeNames([d]));
    const df = new Map<number, number>();
    d.tasks.forEach((_, k) => listOf(plan, k).ids.forEach((id) => df.set(id, (df.get(id) ?? 0) + 1)));
    expect([...plan.terms]).toEqual([...df.keys()].sort((x, y) => x - y));
    expect([...plan.df]).toEqual([...plan.terms].map((id) => df.get(id)));
  });

  it("should read a plan again when a task's text has changed", () => {
    const d = structuredClone(seeds[0] as PlanDocument);
    const places = placeNames([d]);
    const before = planTerms(d, places);
    expect(planTerms(d, places)).toBe(before);
    (d.tasks[0] as Task).body = '全区数据开放';
    const after = planTerms(d, places);
    expect(after).not.toBe(before);
    expect(signature(listOf(after, 0))).toBe(signature(taskTerms(d.tasks[0] as Task, places)));
    d.tasks.push(task('新增任务', '推进数据开放'));
    expect(planTerms(d, places).starts.length).toBe(d.tasks.length + 1);
  });
});

describe('comparable', () => {
  // Note: taskTerms keys its cache by the place names a text holds; this is the property that makes it exact.
  it('should not depend on place names the text does not hold', () => {
    const unit = fc.constantFrom('上', '海', '市', '青', '浦', '区', '◎', '数', '据', '全', '本', '级');
    const place = fc.string({ unit, minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.array(place, { maxLength: 6 }), (text, places) => {
        const held = places.filter((p) => p.includes('◎') || text.includes(p));
        expect(comparable(text, held)).toBe(comparable(text, places));
      }),
      { numRuns: RUNS },
    );
  });
});
