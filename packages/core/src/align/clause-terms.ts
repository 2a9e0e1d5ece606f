import type { Task } from '../model/types.js';
import { splitClauses } from './features.js';
import type { TermList } from './terms.js';

/** Clauses shorter than this (in comparable characters) say too little to link two tasks by. */
export const MIN_CLAUSE = 6;

/**
 * The clauses of a plan's tasks and their words, flat: what clause scoring
 * reads for every pair the plan is in. Task `t`'s clauses are
 * `taskStarts[t]` to `taskStarts[t + 1]`; clause `c`'s terms are entries
 * `termStarts[c]` to `termStarts[c + 1]`, in the order they first occur.
 */
export interface PlanClauses {
  /** Each clause as written (trimmed): the evidence shown. */
  readonly texts: readonly string[];
  readonly taskStarts: Int32Array;
  readonly termStarts: Int32Array;
  /** Each entry's term id (see `terms.ts`). */
  readonly ids: Int32Array;
  /** Each entry's index in the plan's sorted terms, or -1 when the plan's task terms lack it (a title cut differently whole than clause by clause). */
  readonly local: Int32Array;
  /** Each entry's weighted count. */
  readonly counts: Int32Array;
}

/**
 * The clauses of a plan's tasks: each task's title, then each sentence or
 * semicolon clause of its body, long enough to compare, with their words.
 * Note: made once per plan and set of place names (with its terms, see
 * `planTerms`), not once per pair: the cascade compares a city's plan with
 * each of its districts'.
 *
 * @param tasks The plan's tasks.
 * @param compared Each task's title, then body clauses, as comparable text with their words (see `taskTerms`).
 * @param localOf A term id's index in the plan's sorted terms, -1 for none.
 * @returns The clauses.
 */
export function planClauses(tasks: readonly Task[], compared: readonly (readonly { text: string; terms: TermList }[])[], localOf: (id: number) => number): PlanClauses {
  const texts: string[] = [];
  const taskStarts = new Int32Array(tasks.length + 1);
  const termStarts: number[] = [0];
  const ids: number[] = [];
  const counts: number[] = [];
  tasks.forEach((task, t) => {
    const written = [task.title, ...splitClauses(task.body)];
    const own = compared[t] as readonly { text: string; terms: TermList }[];
    written.forEach((text, k) => {
      const c = own[k] as { text: string; terms: TermList };
      if (c.text.length < MIN_CLAUSE) return;
      const terms = c.terms;
      texts.push(text.trim());
      for (let e = 0; e < terms.ids.length; e++) {
        ids.push(terms.ids[e] as number);
        counts.push(terms.counts[e] as number);
      }
      termStarts.push(ids.length);
    });
    taskStarts[t + 1] = texts.length;
  });
  // Note: `new Int32Array(array)` copies in one step; `Int32Array.from` walks the array's iterator.
  const flatIds = new Int32Array(ids);
  return { texts, taskStarts, termStarts: new Int32Array(termStarts), ids: flatIds, local: flatIds.map(localOf), counts: new Int32Array(counts) };
}
