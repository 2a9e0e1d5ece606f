import type { PlanDocument, Task } from '../model/types.js';
import { comparable } from './features.js';
import type { PlanTerms } from './plan-terms.js';
import { isWord, termScale, textTerms, type TermList } from './terms.js';

/** A clause of a task: its text as written and its terms. */
export interface Clause {
  readonly text: string;
  readonly terms: TermList;
}

/** Clauses shorter than this (in comparable characters) say too little to link two tasks by. */
export const MIN_CLAUSE = 6;

// Note: sentences and semicolon clauses; splitting at commas too was tried and links more unrelated tasks.
const CLAUSE = /[^。；;！!？?\n]+[。；;！!？?\n]*/g;

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
  const key = places.join('\u0000');
  const known = kept.get(task);
  if (known && known.key === key) return known.clauses;
  const clauses: Clause[] = [];
  for (const text of [task.title, ...(task.body.match(CLAUSE) ?? [])]) {
    const c = comparable(text, places);
    if (c.length >= MIN_CLAUSE) clauses.push({ text: text.trim(), terms: textTerms(c) });
  }
  kept.set(task, { key, clauses });
  return clauses;
}

/** The inverse document frequency of each term over a pair's tasks, by term id. */
function pairIdf(a: PlanTerms, b: PlanTerms): Map<number, number> {
  const n = a.starts.length - 1 + (b.starts.length - 1);
  const df = new Map<number, number>();
  for (const p of [a, b]) p.terms.forEach((id, k) => df.set(id, (df.get(id) ?? 0) + (p.df[k] as number)));
  const idf = new Map<number, number>();
  for (const [id, f] of df) idf.set(id, Math.log((n + 1) / (f + 0.5)) * termScale(id));
  return idf;
}

/** A clause as a unit vector: term ids and weights. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
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

function vectorOf(terms: TermList, idf: Map<number, number>, floor: number): Vector {
  const weights = new Float64Array(terms.ids.length);
  let norm = 0;
  terms.ids.forEach((id, k) => {
    const x = Math.max(0, (1 + Math.log(terms.counts[k] as number)) * (idf.get(id) ?? 0));
    weights[k] = x;
    norm += x * x;
  });
  const length = Math.max(Math.sqrt(norm), floor) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / length;
  return { ids: terms.ids, weights };
}

/** The clause scores of a pair of plans, and the best clause pair of each pair of tasks. */
export interface ClauseScores {
  /** Task `i` of a against task `j` of b at `i * (tasks of b) + j`: the best cosine of a clause of one against a clause of the other. */
  scores: Float64Array;
  /** The clauses of each plan's tasks, as compared. */
  clausesA: Clause[][];
  clausesB: Clause[][];
  /** The pair's term weights and clause norm floor, to score two tasks' clauses again (`matchingClauses`). */
  idf: Map<number, number>;
  floor: number;
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
  const va = ca.map((c) => vectorOf(c.terms, scored.idf, scored.floor));
  const vb = cb.map((c) => vectorOf(c.terms, scored.idf, scored.floor));
  const pairs: Array<[number, number, number]> = [];
  va.forEach((x, p) =>
    vb.forEach((y, q) => {
      const weights = new Map<number, number>();
      y.ids.forEach((id, k) => weights.set(id, y.weights[k] as number));
      let sum = 0;
      let shared = 0;
      x.ids.forEach((id, k) => {
        const w = weights.get(id);
        if (w === undefined) return;
        sum += (x.weights[k] as number) * w;
        if (isWord(id) && termScale(id) >= TELLING_WEIGHT) shared++;
      });
      if (shared >= SHARED_WORDS && sum >= MIN_SHOWN) pairs.push([sum, p, q]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const [usedA, usedB] = [new Set<number>(), new Set<number>()];
  const out: ClauseMatch[] = [];
  for (const [score, p, q] of pairs) {
    if (out.length >= max) break;
    if (usedA.has(p) || usedB.has(q)) continue;
    usedA.add(p);
    usedB.add(q);
    out.push({ a: (ca[p] as Clause).text, b: (cb[q] as Clause).text, score: Math.round(score * 1000) / 1000 });
  }
  return out;
}

/**
 * Score every task of one plan against every task of the other by their
 * best-matching clauses (TF-IDF cosine of words and bigrams, with the
 * pair's document frequencies and corpus-wide word weights), so that a task
 * folding several others in, one clause each, scores high against each.
 *
 * @param a The first plan.
 * @param b The second plan.
 * @param ta The first plan's term counts (for document frequencies).
 * @param tb The second's.
 * @param places The pair's place names.
 * @returns The scores and the clauses.
 */
export function scoreClauses(a: PlanDocument, b: PlanDocument, ta: PlanTerms, tb: PlanTerms, places: readonly string[]): ClauseScores {
  const idf = pairIdf(ta, tb);
  const n = a.tasks.length + b.tasks.length;
  const floor = CLAUSE_NORM_FLOOR * Math.log((n + 1) / 1.5);
  const clausesA = a.tasks.map((t) => taskClauses(t, places));
  const clausesB = b.tasks.map((t) => taskClauses(t, places));
  const m = b.tasks.length;
  const scores = new Float64Array(a.tasks.length * m);
  // Note: an inverted index of b's clause vectors by term, so that only clauses sharing a term are visited.
  const owner: number[] = [];
  const postings = new Map<number, Array<[number, number]>>();
  const telling = (id: number): boolean => isWord(id) && termScale(id) >= TELLING_WEIGHT;
  clausesB.forEach((cs, j) => {
    for (const c of cs) {
      const v = vectorOf(c.terms, idf, floor);
      const at = owner.push(j) - 1;
      v.ids.forEach((id, k) => {
        const w = v.weights[k] as number;
        if (w <= 0) return;
        let list = postings.get(id);
        if (!list) postings.set(id, (list = []));
        list.push([at, w]);
      });
    }
  });
  const sums = new Float64Array(owner.length);
  const shared = new Int32Array(owner.length);
  clausesA.forEach((cs, i) => {
    for (const c of cs) {
      const v = vectorOf(c.terms, idf, floor);
      sums.fill(0);
      shared.fill(0);
      v.ids.forEach((id, k) => {
        const w = v.weights[k] as number;
        if (w <= 0) return;
        const counts = telling(id);
        for (const [at, x] of postings.get(id) ?? []) {
          sums[at] = (sums[at] as number) + w * x;
          if (counts) shared[at] = (shared[at] as number) + 1;
        }
      });
      for (let at = 0; at < owner.length; at++) {
        if ((shared[at] as number) < SHARED_WORDS) continue;
        const s = sums[at] as number;
        const cell = i * m + (owner[at] as number);
        if (s > (scores[cell] as number)) scores[cell] = s;
      }
    }
  });
  return { scores, clausesA, clausesB, idf, floor };
}
