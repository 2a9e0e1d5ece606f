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
// bigrams seen, which a language's characters bound (tens of thousands in
// practice). It is an open-addressing hash table over the bigram's two
// UTF-16 code units, which spares making a string for every bigram.
let keys = new Uint32Array(1 << 14);
let slots = new Int32Array(1 << 14).fill(-1);
let terms = 0;
// Note: weighted counts by term id while a task is read; left all zero.
let scratch = new Int32Array(1 << 13);

/** How many distinct terms have been given an id: every id is below it. */
export function termCount(): number {
  return terms;
}

function slotOf(key: number, mask: number): number {
  let h = Math.imul(key, 0x9e3779b1) & mask;
  while (slots[h] !== -1 && keys[h] !== key) h = (h + 1) & mask;
  return h;
}

function grow(): void {
  const [oldKeys, oldSlots] = [keys, slots];
  keys = new Uint32Array(oldKeys.length * 2);
  slots = new Int32Array(oldSlots.length * 2).fill(-1);
  const mask = slots.length - 1;
  for (let h = 0; h < oldSlots.length; h++) {
    const id = oldSlots[h] as number;
    if (id === -1) continue;
    const at = slotOf(oldKeys[h] as number, mask);
    keys[at] = oldKeys[h] as number;
    slots[at] = id;
  }
}

function termId(key: number): number {
  const at = slotOf(key, slots.length - 1);
  const id = slots[at] as number;
  if (id !== -1) return id;
  keys[at] = key;
  slots[at] = terms;
  terms++;
  if (terms * 2 > slots.length) grow();
  if (scratch.length < terms) {
    const wider = new Int32Array(scratch.length * 2);
    wider.set(scratch);
    scratch = wider;
  }
  return terms - 1;
}

function addBigrams(order: number[], text: string, weight: number): void {
  for (let i = 0; i + 1 < text.length; i++) {
    const id = termId(((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0);
    if (scratch[id] === 0) order.push(id);
    scratch[id] = (scratch[id] as number) + weight;
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
  // Note: terms in the order they first occur, as a Map of counts would hold them; the order of a cosine's sum depends on it.
  const order: number[] = [];
  addBigrams(order, comparable(task.title, places), TITLE_WEIGHT);
  addBigrams(order, comparable(task.body, places), 1);
  const ids = Int32Array.from(order);
  const counts = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    counts[k] = scratch[id] as number;
    scratch[id] = 0;
  }
  return { ids, counts };
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
