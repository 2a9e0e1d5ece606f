import { termCount, termScale } from './terms.js';

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
  /** Task `t`'s distinct words are `textIds[textStarts[t]]` up to `textStarts[t + 1]`. */
  readonly textStarts: Int32Array;
  readonly textIds: Int32Array;
}

/**
 * Arrange the title parts and words of a plan's tasks (gathered by `taskTerms`).
 *
 * @param tasks Per task, its words and its title's parts as term ids.
 * @returns The arrangement.
 */
export function titleTerms(tasks: readonly { words: ReadonlySet<number>; title: readonly number[] }[]): TitleTerms {
  const titleStarts = new Int32Array(tasks.length + 1);
  const textStarts = new Int32Array(tasks.length + 1);
  const titleIds: number[] = [];
  const textIds: number[] = [];
  tasks.forEach((task, t) => {
    for (const id of new Set(task.title)) titleIds.push(id);
    titleStarts[t + 1] = titleIds.length;
    for (const id of task.words) textIds.push(id);
    textStarts[t + 1] = textIds.length;
  });
  return { titleStarts, titleIds: Int32Array.from(titleIds), titleWeights: Float64Array.from(titleIds, termScale), textStarts, textIds: Int32Array.from(textIds) };
}

/**
 * The weight found in a task's text at which a title's coverage counts in
 * full: a title of one telling word, or of generic words (建设, 数据), found
 * anywhere says little. Note: chosen with the scale in `align-plans.ts`.
 */
export const COVER_MASS = 1;

// Note: a task's words marked by id, and the pair's document frequencies by id; left all zero.
let marks = new Uint8Array(1 << 14);
let counts = new Int32Array(1 << 14);

/**
 * How much of each task's title the other plan's tasks hold: for task `i`
 * of a and task `j` of b, the larger of the share of i's title (by squared
 * weight) found among j's words and the share of j's title found among i's,
 * each scaled down while what is found weighs less than `COVER_MASS`. A
 * word weighs its corpus-wide weight times its inverse frequency over the
 * pair's tasks (人工智能 in every task of two AI plans names no task). A
 * task that folds last year's 深化法人综合库 in names 法人 and 综合库 in one
 * of its clauses: the whole texts barely meet, the title is all there.
 *
 * @param a The first plan's title terms.
 * @param b The second's.
 * @returns The shares, `i * (tasks of b) + j`, 0 to 1.
 */
export function titleCover(a: TitleTerms, b: TitleTerms): Float64Array {
  const [n, m] = [a.titleStarts.length - 1, b.titleStarts.length - 1];
  const size = termCount();
  if (marks.length < size) marks = new Uint8Array(Math.max(size, marks.length * 2));
  if (counts.length < size) counts = new Int32Array(Math.max(size, counts.length * 2));
  for (const id of a.textIds) counts[id] = (counts[id] as number) + 1;
  for (const id of b.textIds) counts[id] = (counts[id] as number) + 1;
  const tasks = n + m;
  const top = Math.log((tasks + 1) / 1.5);
  const weights = (side: TitleTerms): Float64Array =>
    side.titleWeights.map((w, e) => w * (Math.log((tasks + 1) / (Math.max(1, counts[side.titleIds[e] as number] as number) + 0.5)) / top));
  const [wa, wb] = [weights(a), weights(b)];
  const out = new Float64Array(n * m);
  const pass = (titles: TitleTerms, w: Float64Array, texts: TitleTerms, rows: number, columns: number, titlesOfA: boolean): void => {
    for (let j = 0; j < columns; j++) {
      const [from, to] = [texts.textStarts[j] as number, texts.textStarts[j + 1] as number];
      for (let e = from; e < to; e++) marks[texts.textIds[e] as number] = 1;
      for (let i = 0; i < rows; i++) {
        let total = 0;
        let found = 0;
        for (let e = titles.titleStarts[i] as number; e < (titles.titleStarts[i + 1] as number); e++) {
          const x = (w[e] as number) ** 2;
          total += x;
          if (marks[titles.titleIds[e] as number] === 1) found += x;
        }
        if (found === 0) continue;
        const share = (found / total) * Math.min(1, found / COVER_MASS);
        const k = titlesOfA ? i * m + j : j * m + i;
        if (share > (out[k] as number)) out[k] = share;
      }
      for (let e = from; e < to; e++) marks[texts.textIds[e] as number] = 0;
    }
  };
  pass(a, wa, b, n, m, true);
  pass(b, wb, a, m, n, false);
  for (const id of a.textIds) counts[id] = 0;
  for (const id of b.textIds) counts[id] = 0;
  return out;
}
