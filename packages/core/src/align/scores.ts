import type { PlanTerms } from './plan-terms.js';

/** One plan's side of a pair: its TF-IDF vectors and the tables to score them with. */
interface Side {
  /** Per distinct term of the plan: its frequency over both plans' tasks, and its index in the other plan's terms (that plan's term count if it has none). */
  df: Int32Array;
  other: Int32Array;
  /** Per entry whose term the other plan holds, task by task: weight, term index in this plan and in the other. */
  shared: Float64Array;
  mine: Int32Array;
  theirs: Int32Array;
  /** A table by term index in this plan (one more, always 0), for one vector spread out at a time. */
  dense: Float64Array;
}

const grown = <T extends Int32Array | Float64Array>(array: T, size: number, make: (length: number) => T): T => {
  if (array.length >= size) return array;
  let length = array.length;
  while (length < size) length *= 2;
  return make(length);
};

// Note: scratch tables, kept between calls and grown as needed: allocating
// them for each pair of plans would cost more than the scoring. Each `dense`
// is left all zero; the rest is written before it is read.
const sides: [Side, Side] = [newSide(), newSide()];

function newSide(): Side {
  return { df: new Int32Array(256), other: new Int32Array(256), shared: new Float64Array(1024), mine: new Int32Array(1024), theirs: new Int32Array(1024), dense: new Float64Array(256) };
}

function reserve(side: Side, terms: number, entries: number): void {
  side.df = grown(side.df, terms, (n) => new Int32Array(n));
  side.other = grown(side.other, terms, (n) => new Int32Array(n));
  side.dense = grown(side.dense, terms + 1, (n) => new Float64Array(n));
  side.shared = grown(side.shared, entries, (n) => new Float64Array(n));
  side.mine = grown(side.mine, entries, (n) => new Int32Array(n));
  side.theirs = grown(side.theirs, entries, (n) => new Int32Array(n));
}

// Note: `1 + Math.log(tf)` for the small integer counts, computed once: the same values as computing them each time.
let logTfs: Float64Array | null = null;
const LOGGED = 4096;

function logTable(): Float64Array {
  logTfs ??= Float64Array.from({ length: LOGGED }, (_, k) => 1 + Math.log(k));
  return logTfs;
}

/**
 * A count's sublinear term frequency, `1 + Math.log(count)`, from the table for small counts: the same value.
 *
 * @param count A positive count.
 * @returns `1 + Math.log(count)`.
 */
export function logTf(count: number): number {
  return count < LOGGED ? (logTable()[count] as number) : 1 + Math.log(count);
}

// Note: term id → its index in the plan last matched as the first plan, plus one (0: not in it). The cascade matches a
// city's plan with each of its districts' in turn; the table is made once for it, and each pair looks the district's
// terms up instead of merging two sorted lists of thousands of terms.
let indexInA = new Int32Array(1 << 14);
let tableOf: PlanTerms | null = null;

function tableFor(a: PlanTerms): Int32Array {
  if (tableOf === a) return indexInA;
  if (tableOf !== null) for (const id of tableOf.terms) if (id < indexInA.length) indexInA[id] = 0;
  const top = a.terms.length === 0 ? 0 : (a.terms[a.terms.length - 1] as number) + 1;
  if (indexInA.length < top) {
    let length = indexInA.length;
    while (length < top) length *= 2;
    indexInA = new Int32Array(length);
  }
  for (let i = 0; i < a.terms.length; i++) indexInA[a.terms[i] as number] = i + 1;
  tableOf = a;
  return indexInA;
}

/** For each term of each plan: its frequency over both plans, and its index in the other plan (the other plan's term count if it has none). */
function match(a: PlanTerms, b: PlanTerms, sa: Side, sb: Side): void {
  const [x, y] = [a.terms, b.terms];
  const table = tableFor(a);
  sa.df.set(a.df);
  sa.other.fill(y.length, 0, x.length);
  for (let j = 0; j < y.length; j++) {
    const id = y[j] as number;
    const i = id < table.length ? (table[id] as number) - 1 : -1;
    if (i < 0) {
      sb.df[j] = b.df[j] as number;
      sb.other[j] = x.length;
      continue;
    }
    const df = (a.df[i] as number) + (b.df[j] as number);
    sa.df[i] = df;
    sb.df[j] = df;
    sa.other[i] = j;
    sb.other[j] = i;
  }
}

/** A plan's vectors: where each task's shared entries start and how many there are, and its whole size (its terms of non-zero weight). */
interface Vectors {
  starts: Int32Array;
  shared: Int32Array;
  sizes: Int32Array;
}

/**
 * Weight a plan's entries (TF-IDF with sublinear term frequency), leave out
 * zero weights (a term every task holds) and normalise each task's vector to
 * unit length, keeping the order of its terms; keep the entries whose term
 * the other plan holds (`none`: the index that says it does not).
 */
function weigh(plan: PlanTerms, side: Side, idf: Float64Array, none: number): Vectors {
  const tasks = plan.starts.length - 1;
  const v: Vectors = { starts: new Int32Array(tasks), shared: new Int32Array(tasks), sizes: new Int32Array(tasks) };
  const { starts, local, counts, scales } = plan;
  const { df, other, shared, mine, theirs } = side;
  const logs = logTable();
  let f = 0;
  // Note: one pass over a task's entries, keeping only the shared ones, then those divided by the length:
  // the same quotients as dividing every weight first (the cascade weighs a city's plan once per district).
  for (let t = 0; t < tasks; t++) {
    let e = 0;
    let norm = 0;
    const first = f;
    for (let k = starts[t] as number; k < (starts[t + 1] as number); k++) {
      const term = local[k] as number;
      const count = counts[k] as number;
      const x = (count < LOGGED ? (logs[count] as number) : 1 + Math.log(count)) * (idf[df[term] as number] as number) * (scales[term] as number);
      if (x <= 0) continue;
      e++;
      norm += x * x;
      const there = other[term] as number;
      if (there === none) continue;
      shared[f] = x;
      mine[f] = term;
      theirs[f] = there;
      f++;
    }
    const length = Math.sqrt(norm) || 1;
    for (let k = first; k < f; k++) shared[k] = (shared[k] as number) / length;
    v.starts[t] = first;
    v.shared[t] = f - first;
    v.sizes[t] = e;
  }
  return v;
}

/**
 * Weight the term counts of two plans' tasks by inverse document frequency
 * over all of them, normalise them to unit length (TF-IDF with sublinear
 * term frequency), and score every task of one plan against every task of
 * the other by the cosine of their vectors.
 *
 * @param a The first plan's term counts.
 * @param b The second plan's.
 * @returns The scores, row by row: task `i` of a against task `j` of b at `i * (tasks of b) + j`.
 */
export function scoreTasks(a: PlanTerms, b: PlanTerms): Float64Array {
  return scorePair(a, b).scores;
}

/** What `scorePair` returns: the scores, and the pair's weights by term for clause scoring. */
export interface PairScores {
  /** Task `i` of a against task `j` of b at `i * (tasks of b) + j`. */
  scores: Float64Array;
  /** Per term of each plan (by its index in the plan's terms): in how many of the pair's tasks it occurs. */
  dfA: Int32Array;
  dfB: Int32Array;
  /** The inverse document frequency by document frequency over the pair's tasks. */
  idf: Float64Array;
}

/**
 * `scoreTasks`, with the document frequencies and inverse document
 * frequencies of the pair, which clause scoring weighs clauses by.
 *
 * @param a The first plan's term counts.
 * @param b The second plan's.
 * @returns The scores and the pair's tables.
 */
export function scorePair(a: PlanTerms, b: PlanTerms): PairScores {
  const [sa, sb] = sides;
  reserve(sa, a.terms.length, a.local.length);
  reserve(sb, b.terms.length, b.local.length);
  match(a, b, sa, sb);
  const m = b.starts.length - 1;
  const n = a.starts.length - 1 + m;
  const idf = new Float64Array(n + 1);
  for (let df = 1; df <= n; df++) idf[df] = Math.log((n + 1) / (df + 0.5));
  const va = weigh(a, sa, idf, b.terms.length);
  const vb = weigh(b, sb, idf, a.terms.length);
  const scores = new Float64Array((n - m) * m);
  // Note: each sum runs over the smaller vector in its own order, as a
  // Map-based cosine would, so that scores (and ties between them) come out
  // the same to the last bit. The larger vector is spread into its plan's
  // table; a term it lacks reads 0 and adds nothing, as `large.get(g) ?? 0`
  // did, so the terms the other plan lacks altogether are skipped. Two
  // passes: each task of b spread in turn, then each task of a.
  for (let j = 0; j < m; j++) {
    const size = vb.sizes[j] as number;
    spread(sb, vb.starts[j] as number, vb.shared[j] as number, true);
    for (let i = 0; i < n - m; i++) {
      if ((va.sizes[i] as number) <= size) scores[i * m + j] = dot(sa, va.starts[i] as number, va.shared[i] as number, sb.dense);
    }
    spread(sb, vb.starts[j] as number, vb.shared[j] as number, false);
  }
  for (let i = 0; i < n - m; i++) {
    const size = va.sizes[i] as number;
    spread(sa, va.starts[i] as number, va.shared[i] as number, true);
    for (let j = 0; j < m; j++) {
      if ((vb.sizes[j] as number) < size) scores[i * m + j] = dot(sb, vb.starts[j] as number, vb.shared[j] as number, sa.dense);
    }
    spread(sa, va.starts[i] as number, va.shared[i] as number, false);
  }
  // Note: copies, as the scratch tables serve the next pair.
  return { scores, dfA: sa.df.slice(0, a.terms.length), dfB: sb.df.slice(0, b.terms.length), idf };
}

/** Spread a vector's shared entries into its plan's table by term, or clear them again: only those are looked up. */
function spread(side: Side, from: number, size: number, on: boolean): void {
  const { dense, shared, mine } = side;
  for (let k = from; k < from + size; k++) dense[mine[k] as number] = on ? (shared[k] as number) : 0;
}

/** The dot product of a vector's shared entries with the vector spread in the other plan's table. */
function dot(side: Side, from: number, size: number, dense: Float64Array): number {
  const { shared, theirs } = side;
  let sum = 0;
  for (let k = from; k < from + size; k++) sum += (shared[k] as number) * (dense[theirs[k] as number] as number);
  return sum;
}
