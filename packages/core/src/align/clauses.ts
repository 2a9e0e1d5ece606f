import type { PlanDocument, Task } from '../model/types.js';
import { comparable, splitClauses } from './features.js';
import type { PlanTerms } from './plan-terms.js';
import { isWord, termCount, termScale, textTerms, type TermList } from './terms.js';

/** A clause of a task: its text as written and its terms. */
export interface Clause {
  readonly text: string;
  readonly terms: TermList;
}

/** Clauses shorter than this (in comparable characters) say too little to link two tasks by. */
export const MIN_CLAUSE = 6;


const kept = new WeakMap<Task, { key: string; clauses: Clause[] }>();

/**
 * A task's clauses: its title, then each sentence or semicolon clause of its
 * body, with their terms; kept for the next pair the task is in.
 *
 * @param task A task.
 * @param places The pair's place names.
 * @returns The clauses long enough to compare.
 */
export function taskClauses(task: Task, places: readonly string[]): Clause[] {
  // Note: keyed by the place names the task holds, which alone change its clauses (see planTerms): a city's
  // tasks keep their clauses from one district's pair to the next.
  const key = places.filter((p) => p.includes('◎') || task.title.includes(p) || task.body.includes(p)).join('\u0000');
  const known = kept.get(task);
  if (known && known.key === key) return known.clauses;
  const clauses: Clause[] = [];
  for (const text of [task.title, ...splitClauses(task.body)]) {
    const c = comparable(text, places);
    if (c.length >= MIN_CLAUSE) clauses.push({ text: text.trim(), terms: textTerms(c) });
  }
  kept.set(task, { key, clauses });
  return clauses;
}

/**
 * The least length a clause vector is divided by, in units of the pair's
 * highest inverse document frequency. Note: a short clause of two words would
 * otherwise score as high against any clause holding them as two copies of
 * one long sentence. Chosen on the annotated pairs and on pairs of unrelated
 * plans (docs/quality.md): 3 links more unrelated tasks, 8 loses true links.
 */
export const CLAUSE_NORM_FLOOR = 5;
/** Two clauses count as evidence only when they share this many telling words (`TELLING_WEIGHT`): one shared word is chance. */
export const SHARED_WORDS = 2;
/** A word tells when its corpus-wide weight (`wordWeight`) is at least this: not 建设, 推进, 加强. */
export const TELLING_WEIGHT = 0.5;
/**
 * Clauses are compared only for pairs of tasks whose whole texts score at
 * least this. Note: it spares comparing every clause of every pair (the
 * cascade compares thousands of plans); 0.03 to 0.05 make the same links on
 * the annotation, and 0.05 spares a tenth of the cascade's time.
 */
export const CANDIDATE = 0.05;
/** And only for each task's few best pairs by the whole texts, from either side. */
export const CANDIDATES_PER_TASK = 1;

/** The `k`-th largest score of each row (`byRow`) or column of a score matrix with `m` columns: a task's bar to be among its best. */
function kthBest(text: Float64Array, m: number, byRow: boolean, k: number): Float64Array {
  const n = m === 0 ? 0 : text.length / m;
  const lines = byRow ? n : m;
  const bars = new Float64Array(lines);
  const top = new Float64Array(k);
  for (let line = 0; line < lines; line++) {
    top.fill(-1);
    const count = byRow ? m : n;
    for (let x = 0; x < count; x++) {
      const s = text[byRow ? line * m + x : x * m + line] as number;
      if (s <= (top[k - 1] as number)) continue;
      let at = k - 1;
      while (at > 0 && (top[at - 1] as number) < s) {
        top[at] = top[at - 1] as number;
        at--;
      }
      top[at] = s;
    }
    bars[line] = top[k - 1] as number;
  }
  return bars;
}

// Note: scratch tables by term id, grown as needed: each term's weight in the pair being scored (inverse
// document frequency over the pair's tasks times its corpus-wide weight), worked out when first needed and
// valid while its stamp is the pair's; and a clause vector spread out, left all zero.
let weightById = new Float64Array(1 << 14);
let stamps = new Int32Array(1 << 14);
let dense = new Float64Array(1 << 14);
let pairNo = 0;
let current: { a: PlanTerms; b: PlanTerms; n: number } | null = null;

function reserve(size: number): void {
  if (weightById.length >= size) return;
  let length = weightById.length;
  while (length < size) length *= 2;
  weightById = new Float64Array(length);
  stamps = new Int32Array(length);
  dense = new Float64Array(length);
}

/** In how many of a plan's tasks a term occurs: a binary search of its sorted terms. */
function dfIn(plan: PlanTerms, id: number): number {
  let [lo, hi] = [0, plan.terms.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = plan.terms[mid] as number;
    if (x === id) return plan.df[mid] as number;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

function weightOf(id: number): number {
  if (stamps[id] === pairNo) return weightById[id] as number;
  const { a, b, n } = current as { a: PlanTerms; b: PlanTerms; n: number };
  const df = dfIn(a, id) + dfIn(b, id);
  const w = df === 0 ? 0 : Math.log((n + 1) / (df + 0.5)) * termScale(id);
  stamps[id] = pairNo;
  weightById[id] = w;
  return w;
}

/** A clause as a unit vector: term ids and weights. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

function vectorOf(terms: TermList, floor: number): Vector {
  const weights = new Float64Array(terms.ids.length);
  let norm = 0;
  for (let k = 0; k < weights.length; k++) {
    const x = Math.max(0, (1 + Math.log(terms.counts[k] as number)) * weightOf(terms.ids[k] as number));
    weights[k] = x;
    norm += x * x;
  }
  const length = Math.max(Math.sqrt(norm), floor) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / length;
  return { ids: terms.ids, weights };
}

const telling = (id: number): boolean => isWord(id) && termScale(id) >= TELLING_WEIGHT;

/** The best cosine of a clause of one task against a clause of the other, among pairs sharing enough telling words; with the pairs' scores when asked. */
function bestOf(va: readonly Vector[], vb: readonly Vector[], all?: Array<[number, number, number]>): number {
  let best = 0;
  vb.forEach((y, q) => {
    for (let k = 0; k < y.ids.length; k++) dense[y.ids[k] as number] = y.weights[k] as number;
    va.forEach((x, p) => {
      let sum = 0;
      let shared = 0;
      for (let k = 0; k < x.ids.length; k++) {
        const w = dense[x.ids[k] as number] as number;
        if (w === 0) continue;
        sum += (x.weights[k] as number) * w;
        if (telling(x.ids[k] as number)) shared++;
      }
      if (shared < SHARED_WORDS) return;
      if (sum > best) best = sum;
      all?.push([sum, p, q]);
    });
    for (let k = 0; k < y.ids.length; k++) dense[y.ids[k] as number] = 0;
  });
  return best;
}

/** The clause scores of a pair of plans, and what it takes to find the best clause pairs of a pair of tasks. */
export interface ClauseScores {
  /** Task `i` of a against task `j` of b at `i * (tasks of b) + j`: the best cosine of a clause of one against a clause of the other (0 for pairs not compared). */
  scores: Float64Array;
  /** The clauses of each plan's tasks, as compared, and their vectors in the pair. */
  clausesA: Clause[][];
  clausesB: Clause[][];
  vectorsA: Vector[][];
  vectorsB: Vector[][];
}

/** Two clauses, one of each task, that match: the evidence of a link on both sides. */
export interface ClauseMatch {
  /** The clause of the first plan's task, as written. */
  a: string;
  /** The clause of the second plan's task. */
  b: string;
  /** Their cosine, 0 to 1. */
  score: number;
}

/** Clause pairs scoring less than this are not shown as evidence. */
const MIN_SHOWN = 0.1;

/**
 * The clauses of two tasks that match best, none used twice: what a reader
 * checks a link by.
 *
 * @param scored The pair's clause scores (`scoreClauses`).
 * @param i The first plan's task index.
 * @param j The second plan's task index.
 * @param max How many pairs to return.
 * @returns The pairs, best first.
 */
export function matchingClauses(scored: ClauseScores, i: number, j: number, max = 2): ClauseMatch[] {
  const ca = scored.clausesA[i] ?? [];
  const cb = scored.clausesB[j] ?? [];
  const pairs: Array<[number, number, number]> = [];
  bestOf(scored.vectorsA[i] ?? [], scored.vectorsB[j] ?? [], pairs);
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const [usedA, usedB] = [new Set<number>(), new Set<number>()];
  const out: ClauseMatch[] = [];
  for (const [score, p, q] of pairs) {
    if (out.length >= max) break;
    if (score < MIN_SHOWN || usedA.has(p) || usedB.has(q)) continue;
    usedA.add(p);
    usedB.add(q);
    out.push({ a: (ca[p] as Clause).text, b: (cb[q] as Clause).text, score: Math.round(score * 1000) / 1000 });
  }
  return out;
}

/**
 * Score the pairs of tasks of two plans whose whole texts score at least
 * `CANDIDATE` by their best-matching clauses (TF-IDF cosine of words and
 * bigrams, with the pair's document frequencies and corpus-wide word
 * weights), so that a task folding several others in, one clause each,
 * scores high against each.
 *
 * @param a The first plan.
 * @param b The second plan.
 * @param ta The first plan's term counts (for document frequencies).
 * @param tb The second's.
 * @param places The pair's place names.
 * @param text The whole tasks' scores (`scoreTasks`), to choose the pairs to compare.
 * @returns The scores and the clauses.
 */
export function scoreClauses(a: PlanDocument, b: PlanDocument, ta: PlanTerms, tb: PlanTerms, places: readonly string[], text: Float64Array): ClauseScores {
  const clausesA = a.tasks.map((t) => taskClauses(t, places));
  const clausesB = b.tasks.map((t) => taskClauses(t, places));
  reserve(termCount());
  const n = a.tasks.length + b.tasks.length;
  pairNo = pairNo === 0x7fffffff ? 1 : pairNo + 1;
  if (pairNo === 1) stamps.fill(0);
  current = { a: ta, b: tb, n };
  try {
    const floor = CLAUSE_NORM_FLOOR * Math.log((n + 1) / 1.5);
    const vectorsA: Vector[][] = a.tasks.map(() => []);
    const vectorsB: Vector[][] = b.tasks.map(() => []);
    const [doneA, doneB] = [new Uint8Array(a.tasks.length), new Uint8Array(b.tasks.length)];
    const m = b.tasks.length;
    const scores = new Float64Array(text.length);
    const [rows, columns] = [kthBest(text, m, true, CANDIDATES_PER_TASK), kthBest(text, m, false, CANDIDATES_PER_TASK)];
    for (let k = 0; k < text.length; k++) {
      const s = text[k] as number;
      if (s < CANDIDATE) continue;
      const [i, j] = [Math.floor(k / m), k % m];
      if (s < (rows[i] as number) && s < (columns[j] as number)) continue;
      if (!doneA[i]) (vectorsA[i] = (clausesA[i] as Clause[]).map((c) => vectorOf(c.terms, floor))), (doneA[i] = 1);
      if (!doneB[j]) (vectorsB[j] = (clausesB[j] as Clause[]).map((c) => vectorOf(c.terms, floor))), (doneB[j] = 1);
      scores[k] = bestOf(vectorsA[i] as Vector[], vectorsB[j] as Vector[]);
    }
    return { scores, clausesA, clausesB, vectorsA, vectorsB };
  } finally {
    current = null;
  }
}
