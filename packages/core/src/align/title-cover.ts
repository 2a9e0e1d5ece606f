import { termCount, termScale } from './terms.js';
import { sortIds } from './sort-ids.js';

/**
 * A plan's task titles and task words as looked for in another plan: the
 * title's parts (its words, a compound by the words inside it, 自然人综合库 by
 * 自然 综合 自然人) and every word of the task's title and body.
 */
export interface TitleTerms {
  /** Task `t`'s title parts are `titleIds[titleStarts[t]]` up to `titleStarts[t + 1]`, distinct, with their corpus-wide weights. */
  readonly titleStarts: Int32Array;
  readonly titleIds: Int32Array;
  readonly titleWeights: Float64Array;
  /** The plan's distinct words, ascending; the tasks holding word `vocabulary[v]` are `postings[postingStarts[v]]` up to `postingStarts[v + 1]`, ascending. */
  readonly vocabulary: Int32Array;
  readonly postingStarts: Int32Array;
  readonly postings: Int32Array;
  /** In how many of the plan's tasks each title part occurs. */
  readonly titleDf: Int32Array;
}

// Note: per term id while a plan is arranged: the last task (plus one) that held it, and in how many tasks; left all zero.
let lastTask = new Int32Array(1 << 14);
let holding = new Int32Array(1 << 14);

/**
 * Arrange the title parts and words of a plan's tasks (gathered by `taskTerms`).
 *
 * @param tasks Per task, its words (with repeats) and its title's parts as term ids.
 * @returns The arrangement.
 */
export function titleTerms(tasks: readonly { words: readonly number[]; title: readonly number[] }[]): TitleTerms {
  const size = termCount();
  if (lastTask.length < size) [lastTask, holding] = [new Int32Array(Math.max(size, lastTask.length * 2)), new Int32Array(Math.max(size, lastTask.length * 2))];
  const titleStarts = new Int32Array(tasks.length + 1);
  const titleIds: number[] = [];
  // Note: each task's distinct words, task by task, then counted by word: postings without a list per word.
  const distinct: number[] = [];
  const taskStarts = new Int32Array(tasks.length + 1);
  const vocabulary: number[] = [];
  tasks.forEach((task, t) => {
    for (const id of task.words) {
      if (lastTask[id] === t + 1) continue;
      if (lastTask[id] === 0) vocabulary.push(id);
      lastTask[id] = t + 1;
      holding[id] = (holding[id] as number) + 1;
      distinct.push(id);
    }
    taskStarts[t + 1] = distinct.length;
    for (const id of task.title) if (!titleIds.includes(id, titleStarts[t])) titleIds.push(id);
    titleStarts[t + 1] = titleIds.length;
  });
  const sorted = sortIds(new Int32Array(vocabulary));
  const postingStarts = new Int32Array(sorted.length + 1);
  // Note: lastTask now serves as each word's next free place in the postings, then is cleared.
  for (let v = 0; v < sorted.length; v++) {
    const id = sorted[v] as number;
    postingStarts[v + 1] = (postingStarts[v] as number) + (holding[id] as number);
    lastTask[id] = postingStarts[v] as number;
  }
  const postings = new Int32Array(distinct.length);
  for (let t = 0; t < tasks.length; t++) {
    for (let e = taskStarts[t] as number; e < (taskStarts[t + 1] as number); e++) {
      const id = distinct[e] as number;
      postings[lastTask[id] as number] = t;
      lastTask[id] = (lastTask[id] as number) + 1;
    }
  }
  const ids = new Int32Array(titleIds);
  const titleDf = ids.map((id) => (id < size ? (holding[id] as number) : 0));
  for (const id of sorted) {
    lastTask[id] = 0;
    holding[id] = 0;
  }
  return { titleStarts, titleIds: ids, titleWeights: Float64Array.from(titleIds, termScale), vocabulary: sorted, postingStarts, postings, titleDf };
}

/** Where a word is in a plan's sorted words, or -1: a binary search. */
function find(side: TitleTerms, id: number): number {
  const words = side.vocabulary;
  let [lo, hi] = [0, words.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = words[mid] as number;
    if (x === id) return mid;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** In how many of a plan's tasks a word occurs. */
function dfIn(side: TitleTerms, id: number): number {
  const v = find(side, id);
  return v < 0 ? 0 : (side.postingStarts[v + 1] as number) - (side.postingStarts[v] as number);
}

/**
 * The weight found in a task's text at which a title's coverage counts in
 * full: a title of one telling word, or of generic words (建设, 数据), found
 * anywhere says little. Note: chosen with the scale in `align-plans.ts`.
 */
export const COVER_MASS = 1;

// Note: the weight of a title found in each task of the other plan; grown as needed, left all zero.
let found = new Float64Array(256);

/**
 * How much of each title of the first plan (the upper, the earlier) each
 * task of the second names: for task `i` of a and task `j` of b, the share of
 * i's title (by squared weight) found among j's words, scaled down while what
 * is found weighs less than `COVER_MASS` (a title of generic words found
 * anywhere says little). A word weighs its corpus-wide weight times its
 * inverse frequency over the pair's tasks (人工智能 in every task of two AI
 * plans names no task). A task that folds last year's 深化法人综合库 in names
 * 法人 and 综合库 in one of its clauses: the whole texts barely meet, the
 * title is all there. One way only: the plan that takes the other up names
 * its titles (the other way made the same links on the annotated pairs but
 * one, at twice the cost). Shares below `least` are left at 0.
 *
 * @param a The first plan's title terms.
 * @param b The second's.
 * @param least The least share worth knowing. Note: the cascade compares thousands of plans; a title that cannot reach
 *   it is skipped, and only the tasks of b holding one of its parts are visited.
 * @returns The shares, `i * (tasks of b) + j`, 0 to 1.
 */
export function titleCover(a: TitleTerms, b: TitleTerms, least = 0): Float64Array {
  const [n, m] = [a.titleStarts.length - 1, b.titleStarts.length - 1];
  const tasks = n + m;
  const top = Math.log((tasks + 1) / 1.5);
  const idf = new Float64Array(tasks + 1);
  for (let df = 1; df <= tasks; df++) idf[df] = Math.log((tasks + 1) / (df + 0.5));
  // Note: squared weights, and each title's total, once per pair; a title part's frequency over the pair is its own
  // plan's (kept) and the other plan's (looked up), not a count over both plans' words.
  const squares = (side: TitleTerms, other: TitleTerms): { w: Float64Array; totals: Float64Array } => {
    const w = side.titleWeights.map((x, e) => {
      const df = Math.max(1, (side.titleDf[e] as number) + dfIn(other, side.titleIds[e] as number));
      return (x * ((idf[df] as number) / top)) ** 2;
    });
    const totals = new Float64Array(side.titleStarts.length - 1);
    for (let t = 0; t < totals.length; t++) for (let e = side.titleStarts[t] as number; e < (side.titleStarts[t + 1] as number); e++) totals[t] = (totals[t] as number) + (w[e] as number);
    return { w, totals };
  };
  const wa = squares(a, b);
  const out = new Float64Array(n * m);
  // Note: each title's parts looked up in the other plan's postings, so that only the tasks holding a part are visited.
  const pass = (titles: TitleTerms, weights: { w: Float64Array; totals: Float64Array }, other: TitleTerms, rows: number, columns: number): void => {
    const { w, totals } = weights;
    if (found.length < columns) found = new Float64Array(Math.max(columns, found.length * 2));
    for (let i = 0; i < rows; i++) {
      const total = totals[i] as number;
      // Note: share × min(1, found / mass) is at most min(1, total / mass).
      if (total === 0 || Math.min(1, total / COVER_MASS) < least) continue;
      // Note: only the tasks holding a part are visited, and cleared again: not every task of the other plan.
      const touched: number[] = [];
      for (let e = titles.titleStarts[i] as number; e < (titles.titleStarts[i + 1] as number); e++) {
        const v = find(other, titles.titleIds[e] as number);
        if (v < 0) continue;
        const x = w[e] as number;
        for (let p = other.postingStarts[v] as number; p < (other.postingStarts[v + 1] as number); p++) {
          const j = other.postings[p] as number;
          if (found[j] === 0) touched.push(j);
          found[j] = (found[j] as number) + x;
        }
      }
      for (const j of touched) {
        const got = found[j] as number;
        found[j] = 0;
        const share = (got / total) * Math.min(1, got / COVER_MASS);
        if (share < least) continue;
        const k = i * m + j;
        if (share > (out[k] as number)) out[k] = share;
      }
    }
  };
  pass(a, wa, b, n, m);
  return out;
}
