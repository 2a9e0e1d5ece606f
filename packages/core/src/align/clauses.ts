import type { PlanClauses } from './clause-terms.js';
import type { PlanTerms } from './plan-terms.js';
import { logTf, type PairScores } from './scores.js';
import { isWord, termCount, termScale } from './terms.js';

export { MIN_CLAUSE } from './clause-terms.js';

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
 * cascade compares thousands of plans). With the words inside compounds in
 * the clauses, 0.05 to 0.07 make the same links on the seeds' annotation and
 * 0.07 two fewer wrong ones on the real pairs; 0.08 loses two city-to-district
 * links (docs/quality.md).
 */
export const CANDIDATE = 0.07;
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

// Note: a clause vector spread out by term id, left all zero; grown as needed.
let dense = new Float64Array(1 << 14);

function reserve(size: number): void {
  if (dense.length >= size) return;
  let length = dense.length;
  while (length < size) length *= 2;
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

/** One plan's side of a pair: its clauses and their weights in the pair (unit vectors, worked out per task when first needed). */
interface ClauseSide {
  clauses: PlanClauses;
  weights: Float64Array;
  done: Uint8Array;
}

/**
 * Weigh a task's clause vectors in the pair: TF-IDF with sublinear term
 * frequency, the pair's document frequencies and the terms' corpus-wide
 * weights, each divided by its length or the floor if that is larger.
 */
function weighTask(side: ClauseSide, other: PlanTerms, df: Int32Array, idf: Float64Array, n: number, task: number, floor: number): void {
  const { clauses, weights } = side;
  side.done[task] = 1;
  for (let c = clauses.taskStarts[task] as number; c < (clauses.taskStarts[task + 1] as number); c++) {
    const [from, to] = [clauses.termStarts[c] as number, clauses.termStarts[c + 1] as number];
    let norm = 0;
    for (let e = from; e < to; e++) {
      const local = clauses.local[e] as number;
      const id = clauses.ids[e] as number;
      // Note: a term the plan's task terms lack (a word inside a compound: see PlanClauses.local) occurs in none of its
      // tasks' terms; it counts by the other plan's tasks.
      const count = local >= 0 ? (df[local] as number) : dfIn(other, id);
      const w = count === 0 ? 0 : (local >= 0 ? (idf[count] as number) : Math.log((n + 1) / (count + 0.5))) * termScale(id);
      const x = Math.max(0, logTf(clauses.counts[e] as number) * w);
      weights[e] = x;
      norm += x * x;
    }
    const length = Math.max(Math.sqrt(norm), floor) || 1;
    for (let e = from; e < to; e++) weights[e] = (weights[e] as number) / length;
  }
}

const telling = (id: number): boolean => isWord(id) && termScale(id) >= TELLING_WEIGHT;

/** The best cosine of a clause of task `i` of one side against a clause of task `j` of the other, among pairs sharing enough telling words; with the pairs' scores when asked. */
function bestOf(sa: ClauseSide, i: number, sb: ClauseSide, j: number, all?: Array<[number, number, number]>): number {
  const [ca, cb] = [sa.clauses, sb.clauses];
  const [firstA, firstB] = [ca.taskStarts[i] as number, cb.taskStarts[j] as number];
  let best = 0;
  for (let q = firstB; q < (cb.taskStarts[j + 1] as number); q++) {
    const [from, to] = [cb.termStarts[q] as number, cb.termStarts[q + 1] as number];
    for (let e = from; e < to; e++) dense[cb.ids[e] as number] = sb.weights[e] as number;
    for (let p = firstA; p < (ca.taskStarts[i + 1] as number); p++) {
      let sum = 0;
      let shared = 0;
      for (let e = ca.termStarts[p] as number; e < (ca.termStarts[p + 1] as number); e++) {
        const id = ca.ids[e] as number;
        const w = dense[id] as number;
        if (w === 0) continue;
        sum += (sa.weights[e] as number) * w;
        if (telling(id)) shared++;
      }
      if (shared < SHARED_WORDS) continue;
      if (sum > best) best = sum;
      all?.push([sum, p - firstA, q - firstB]);
    }
    for (let e = from; e < to; e++) dense[cb.ids[e] as number] = 0;
  }
  return best;
}

/** The clause scores of a pair of plans, and what it takes to find the best clause pairs of a pair of tasks. */
export interface ClauseScores {
  /** Task `i` of a against task `j` of b at `i * (tasks of b) + j`: the best cosine of a clause of one against a clause of the other (0 for pairs not compared). */
  scores: Float64Array;
  /** Each plan's clauses and their weights in the pair. */
  a: ClauseSide;
  b: ClauseSide;
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
 * @returns The pairs, best first (none when the two tasks' clauses were not compared).
 */
export function matchingClauses(scored: ClauseScores, i: number, j: number, max = 2): ClauseMatch[] {
  if (!scored.a.done[i] || !scored.b.done[j]) return [];
  const pairs: Array<[number, number, number]> = [];
  reserve(termCount());
  bestOf(scored.a, i, scored.b, j, pairs);
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const [usedA, usedB] = [new Set<number>(), new Set<number>()];
  const [firstA, firstB] = [scored.a.clauses.taskStarts[i] as number, scored.b.clauses.taskStarts[j] as number];
  const out: ClauseMatch[] = [];
  for (const [score, p, q] of pairs) {
    if (out.length >= max) break;
    if (score < MIN_SHOWN || usedA.has(p) || usedB.has(q)) continue;
    usedA.add(p);
    usedB.add(q);
    out.push({ a: scored.a.clauses.texts[firstA + p] as string, b: scored.b.clauses.texts[firstB + q] as string, score: Math.round(score * 1000) / 1000 });
  }
  return out;
}

/**
 * Score the pairs of tasks of two plans whose whole texts score at least
 * `CANDIDATE` by their best-matching clauses (TF-IDF cosine of words, with
 * the pair's document frequencies and corpus-wide word weights), so that a
 * task folding several others in, one clause each, scores high against each.
 *
 * @param ta The first plan's terms and clauses (`planTerms`).
 * @param tb The second's.
 * @param pair The whole tasks' scores and the pair's tables (`scorePair`).
 * @returns The scores and the clauses.
 */
export function scoreClauses(ta: PlanTerms, tb: PlanTerms, pair: PairScores): ClauseScores {
  const text = pair.scores;
  const [nA, m] = [ta.starts.length - 1, tb.starts.length - 1];
  const n = nA + m;
  reserve(termCount());
  const floor = CLAUSE_NORM_FLOOR * Math.log((n + 1) / 1.5);
  const side = (plan: PlanTerms, tasks: number): ClauseSide => ({ clauses: plan.clauses, weights: new Float64Array(plan.clauses.ids.length), done: new Uint8Array(tasks) });
  const [sa, sb] = [side(ta, nA), side(tb, m)];
  const scores = new Float64Array(text.length);
  const [rows, columns] = [kthBest(text, m, true, CANDIDATES_PER_TASK), kthBest(text, m, false, CANDIDATES_PER_TASK)];
  for (let k = 0; k < text.length; k++) {
    const s = text[k] as number;
    if (s < CANDIDATE) continue;
    const [i, j] = [Math.floor(k / m), k % m];
    if (s < (rows[i] as number) && s < (columns[j] as number)) continue;
    if (!sa.done[i]) weighTask(sa, tb, pair.dfA, pair.idf, n, i, floor);
    if (!sb.done[j]) weighTask(sb, ta, pair.dfB, pair.idf, n, j, floor);
    scores[k] = bestOf(sa, i, sb, j);
  }
  return { scores, a: sa, b: sb };
}
