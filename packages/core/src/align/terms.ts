import type { Task } from '../model/types.js';
import { comparable } from './features.js';

/** Title bigrams count three times: a task's title says what it is about. */
export const TITLE_WEIGHT = 3;

/**
 * A task's raw term counts: its bigrams as interned ids, in the order they
 * first occur (title first, then body), with their weighted counts.
 */
export interface TermList {
  readonly ids: Int32Array;
  /** Weighted count of each term: title occurrences count `TITLE_WEIGHT` times. */
  readonly counts: Int32Array;
}

// Note: one id per bigram for the life of the process, so that the term lists
// of any two tasks can be compared by id. The table grows with the distinct
// bigrams seen, which a language's characters bound (tens of thousands in practice).
const termIds = new Map<string, number>();

/** How many distinct terms have been given an id: every id is below it. */
export function termCount(): number {
  return termIds.size;
}

function termId(gram: string): number {
  let id = termIds.get(gram);
  if (id === undefined) {
    id = termIds.size;
    termIds.set(gram, id);
  }
  return id;
}

function addBigrams(counts: Map<string, number>, text: string, weight: number): void {
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + weight);
  }
}

/**
 * The term counts of a task, computed afresh: character bigrams of its
 * comparable title (weighted) and body.
 *
 * @param task A task.
 * @param places Place names to neutralise.
 * @returns Its term list.
 */
export function extractTerms(task: Task, places: readonly string[]): TermList {
  const counts = new Map<string, number>();
  addBigrams(counts, comparable(task.title, places), TITLE_WEIGHT);
  addBigrams(counts, comparable(task.body, places), 1);
  const ids = new Int32Array(counts.size);
  const values = new Int32Array(counts.size);
  let k = 0;
  for (const [g, n] of counts) {
    ids[k] = termId(g);
    values[k] = n;
    k++;
  }
  return { ids, counts: values };
}

interface Entry {
  title: string;
  body: string;
  /** Whether the task's title or body holds a place name. */
  holds: Map<string, boolean>;
  /** Term lists by the place names that touch the task. */
  lists: Map<string, TermList>;
}

const entries = new WeakMap<Task, Entry>();

function holds(entry: Entry, place: string): boolean {
  let yes = entry.holds.get(place);
  if (yes === undefined) {
    // Note: a name holding the mark can match text only after a replacement has put the mark there, so it always counts.
    yes = place.includes('◎') || entry.title.includes(place) || entry.body.includes(place);
    entry.holds.set(place, yes);
  }
  return yes;
}

/**
 * The term counts of a task, kept for the next pair of plans it is
 * compared in: a city's task is compared with each of its districts' tasks.
 *
 * @param task A task.
 * @param places Place names to neutralise (`placeNames` of the pair).
 * @returns Its term list, the same as `extractTerms(task, places)`.
 */
export function taskTerms(task: Task, places: readonly string[]): TermList {
  const kept = entries.get(task);
  // Note: the model is plain data a caller may change; a task whose text changed is read again.
  const entry: Entry = kept !== undefined && kept.title === task.title && kept.body === task.body ? kept : { title: task.title, body: task.body, holds: new Map(), lists: new Map() };
  if (entry !== kept) entries.set(task, entry);
  // Note: the place names a pair neutralises depend on both plans, but a name
  // the task's text does not hold changes nothing in comparable(): replacing
  // a name by the mark never makes another mark-free name appear. So the
  // names the text holds, in the same order, give the same text and serve
  // as the key: a city task has one term list for all its districts.
  const touching = places.filter((p) => holds(entry, p));
  const key = JSON.stringify(touching);
  let list = entry.lists.get(key);
  if (list === undefined) {
    list = extractTerms(task, touching);
    entry.lists.set(key, list);
  }
  return list;
}
