import { termCount, type TermList } from './terms.js';

/** A task's TF-IDF vector: term ids and unit-length weights, in the order of its term list, zero weights left out. */
interface Weighted {
  ids: Int32Array;
  weights: Float64Array;
  size: number;
}

// Note: scratch tables indexed by term id, kept between calls and left all
// zero after each: allocating and clearing a table of every term for each
// pair of plans would cost more than the scoring.
let frequencies = new Int32Array(1024);
let dense = new Float64Array(1024);

function reserve(size: number): void {
  if (frequencies.length >= size) return;
  let length = frequencies.length;
  while (length < size) length *= 2;
  frequencies = new Int32Array(length);
  dense = new Float64Array(length);
}

const logTfs: number[] = [];

// Note: the same expression as `1 + Math.log(tf)` each time, looked up: counts are small integers.
function logTf(tf: number): number {
  if (tf >= 4096) return 1 + Math.log(tf);
  let x = logTfs[tf];
  if (x === undefined) {
    x = 1 + Math.log(tf);
    logTfs[tf] = x;
  }
  return x;
}

function weigh(terms: TermList, idf: Float64Array): Weighted {
  const { ids, counts } = terms;
  const kept = new Int32Array(ids.length);
  const weights = new Float64Array(ids.length);
  let size = 0;
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    const x = logTf(counts[k] as number) * (idf[frequencies[id] as number] as number);
    if (x <= 0) continue;
    kept[size] = id;
    weights[size] = x;
    size++;
    norm += x * x;
  }
  const length = Math.sqrt(norm) || 1;
  for (let k = 0; k < size; k++) weights[k] = (weights[k] as number) / length;
  return { ids: kept, weights, size };
}

/**
 * Weight the term counts of two plans' tasks by inverse document frequency
 * over all of them, normalise them to unit length (TF-IDF with sublinear
 * term frequency), and score every task of one plan against every task of
 * the other by the cosine of their vectors.
 *
 * @param as Term lists of the first plan's tasks.
 * @param bs Term lists of the second plan's tasks.
 * @returns The scores, a row per task of the first plan.
 */
export function scoreTasks(as: readonly TermList[], bs: readonly TermList[]): number[][] {
  reserve(termCount());
  const lists = [...as, ...bs];
  const n = lists.length;
  const idf = new Float64Array(n + 1);
  for (let df = 1; df <= n; df++) idf[df] = Math.log((n + 1) / (df + 0.5));
  let vectors: Weighted[];
  try {
    for (const { ids } of lists) {
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as number;
        frequencies[id] = (frequencies[id] as number) + 1;
      }
    }
    vectors = lists.map((t) => weigh(t, idf));
  } finally {
    for (const { ids } of lists) for (let k = 0; k < ids.length; k++) frequencies[ids[k] as number] = 0;
  }
  const va = vectors.slice(0, as.length);
  const vb = vectors.slice(as.length);
  const scores = va.map(() => new Array<number>(vb.length).fill(0));
  // Note: each sum runs over the smaller vector in its own order, as a Map-based
  // cosine would, so that scores (and ties between them) come out the same to
  // the last bit; the larger vector is spread into a table for the lookups.
  // Two passes: one with each task of b spread, one with each task of a.
  try {
    vb.forEach((y, j) => {
      spread(y);
      va.forEach((x, i) => {
        if (x.size <= y.size) (scores[i] as number[])[j] = dot(x);
      });
      clear(y);
    });
    va.forEach((x, i) => {
      spread(x);
      vb.forEach((y, j) => {
        if (x.size > y.size) (scores[i] as number[])[j] = dot(y);
      });
      clear(x);
    });
  } finally {
    for (const v of vectors) clear(v);
  }
  return scores;
}

function spread(v: Weighted): void {
  for (let k = 0; k < v.size; k++) dense[v.ids[k] as number] = v.weights[k] as number;
}

function clear(v: Weighted): void {
  for (let k = 0; k < v.size; k++) dense[v.ids[k] as number] = 0;
}

// Note: a term the spread vector lacks reads 0 and adds nothing, as `large.get(g) ?? 0` did.
function dot(v: Weighted): number {
  let sum = 0;
  for (let k = 0; k < v.size; k++) sum += (v.weights[k] as number) * (dense[v.ids[k] as number] as number);
  return sum;
}
