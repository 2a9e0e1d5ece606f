import { termCount, type TermList } from './terms.js';

// Note: scratch tables, kept between calls: allocating them for each pair of
// plans would cost more than the scoring. Indexed by term id, and left as
// found after each call: `frequencies` (all 0), how many tasks of the pair
// hold a term; `heads` (all -1), the last entry of a term in each plan's
// vectors. Indexed by entry, the weighted vectors of one pair's tasks one
// after another: term `ids`, `weights`, `owners` (the task, counted within
// its plan), and `chain` (the entry before of the same term and plan).
let frequencies = new Int32Array(1024);
let heads: [Int32Array, Int32Array] = [new Int32Array(1024).fill(-1), new Int32Array(1024).fill(-1)];
let ids = new Int32Array(4096);
let weights = new Float64Array(4096);
let owners = new Int32Array(4096);
let chain = new Int32Array(4096);

function reserve(terms: number, entries: number): void {
  if (frequencies.length < terms) {
    let length = frequencies.length;
    while (length < terms) length *= 2;
    frequencies = new Int32Array(length);
    heads = [new Int32Array(length).fill(-1), new Int32Array(length).fill(-1)];
  }
  if (ids.length < entries) {
    let length = ids.length;
    while (length < entries) length *= 2;
    ids = new Int32Array(length);
    weights = new Float64Array(length);
    owners = new Int32Array(length);
    chain = new Int32Array(length);
  }
}

// Note: `1 + Math.log(tf)` for the small integer counts, computed once: the same values as computing them each time.
let logTfs: Float64Array | null = null;

function logTf(tf: number): number {
  if (logTfs === null) logTfs = Float64Array.from({ length: 4096 }, (_, k) => 1 + Math.log(k));
  return tf < 4096 ? (logTfs[tf] as number) : 1 + Math.log(tf);
}

/** One plan's vectors in the scratch entries: where each task's starts, how many terms it kept, and where the next plan's may start. */
interface Vectors {
  starts: Int32Array;
  sizes: Int32Array;
  end: number;
}

/**
 * Write the TF-IDF vectors of one plan's tasks into the scratch entries from
 * `from` on, and index them by term: each vector keeps the order of its term
 * list, leaves out zero weights (a term every task holds) and has unit length.
 */
function weigh(lists: readonly TermList[], idf: Float64Array, from: number, side: 0 | 1): Vectors {
  const head = heads[side];
  const starts = new Int32Array(lists.length);
  const sizes = new Int32Array(lists.length);
  let e = from;
  lists.forEach((terms, owner) => {
    starts[owner] = e;
    let norm = 0;
    for (let k = 0; k < terms.ids.length; k++) {
      const id = terms.ids[k] as number;
      const x = logTf(terms.counts[k] as number) * (idf[frequencies[id] as number] as number);
      if (x <= 0) continue;
      ids[e] = id;
      weights[e] = x;
      owners[e] = owner;
      chain[e] = head[id] as number;
      head[id] = e;
      e++;
      norm += x * x;
    }
    const length = Math.sqrt(norm) || 1;
    for (let k = starts[owner] as number; k < e; k++) weights[k] = (weights[k] as number) / length;
    sizes[owner] = e - (starts[owner] as number);
  });
  return { starts, sizes, end: e };
}

/**
 * Weight the term counts of two plans' tasks by inverse document frequency
 * over all of them, normalise them to unit length (TF-IDF with sublinear
 * term frequency), and score every task of one plan against every task of
 * the other by the cosine of their vectors.
 *
 * @param as Term lists of the first plan's tasks.
 * @param bs Term lists of the second plan's tasks.
 * @returns The scores, row by row: the score of `as[i]` and `bs[j]` at `i * bs.length + j`.
 */
export function scoreTasks(as: readonly TermList[], bs: readonly TermList[]): Float64Array {
  const n = as.length + bs.length;
  let entries = 0;
  for (const t of as) entries += t.ids.length;
  for (const t of bs) entries += t.ids.length;
  reserve(termCount(), entries);
  const idf = new Float64Array(n + 1);
  for (let df = 1; df <= n; df++) idf[df] = Math.log((n + 1) / (df + 0.5));
  const scores = new Float64Array(as.length * bs.length);
  try {
    count(as);
    count(bs);
    const va = weigh(as, idf, 0, 0);
    const vb = weigh(bs, idf, va.end, 1);
    // Note: each sum runs over the smaller vector in its own order, as a
    // Map-based cosine would, so that scores (and ties between them) come out
    // the same to the last bit. Terms the other vector lacks add nothing and
    // are skipped: each term of the smaller vector is looked up in the index
    // of the other plan's entries of that term.
    const sums = new Float64Array(Math.max(as.length, bs.length));
    for (let i = 0; i < as.length; i++) {
      const size = va.sizes[i] as number;
      accumulate(va.starts[i] as number, size, heads[1], vb.sizes, false, sums);
      for (let j = 0; j < bs.length; j++) {
        if (size <= (vb.sizes[j] as number)) scores[i * bs.length + j] = sums[j] as number;
        sums[j] = 0;
      }
    }
    for (let j = 0; j < bs.length; j++) {
      const size = vb.sizes[j] as number;
      accumulate(vb.starts[j] as number, size, heads[0], va.sizes, true, sums);
      for (let i = 0; i < as.length; i++) {
        if ((va.sizes[i] as number) > size) scores[i * bs.length + j] = sums[i] as number;
        sums[i] = 0;
      }
    }
  } finally {
    clear(as);
    clear(bs);
  }
  return scores;
}

function count(lists: readonly TermList[]): void {
  for (const t of lists) {
    for (let k = 0; k < t.ids.length; k++) {
      const id = t.ids[k] as number;
      frequencies[id] = (frequencies[id] as number) + 1;
    }
  }
}

function clear(lists: readonly TermList[]): void {
  for (const t of lists) {
    for (let k = 0; k < t.ids.length; k++) {
      const id = t.ids[k] as number;
      frequencies[id] = 0;
      heads[0][id] = -1;
      heads[1][id] = -1;
    }
  }
}

/**
 * Add the products of a vector's weights with the indexed entries of the
 * same term to the sums of those entries' tasks, in the vector's order; only
 * for the tasks whose vectors are as large (`strictly`: larger).
 */
function accumulate(from: number, size: number, head: Int32Array, sizes: Int32Array, strictly: boolean, sums: Float64Array): void {
  for (let k = from; k < from + size; k++) {
    const x = weights[k] as number;
    for (let e = head[ids[k] as number] as number; e >= 0; e = chain[e] as number) {
      const owner = owners[e] as number;
      const other = sizes[owner] as number;
      if (strictly ? other > size : other >= size) sums[owner] = (sums[owner] as number) + x * (weights[e] as number);
    }
  }
}
