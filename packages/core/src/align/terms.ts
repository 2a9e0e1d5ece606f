import type { Task } from '../model/types.js';
import { comparable, splitClauses } from './features.js';
import { wordWeight } from './plan-words.js';
import { innerWords, segment } from './segment.js';

/** Title terms count three times: a task's title says what it is about. */
export const TITLE_WEIGHT = 3;
/** A word counts this many times a bigram does: a word is a unit of meaning, a bigram may straddle two. */
export const WORD_WEIGHT = 2;

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
let bits = 14;
let keys = new Uint32Array(1 << bits);
let slots = new Int32Array(1 << bits).fill(-1);
let terms = 0;
// Note: weighted counts by term id while a task is read; left all zero.
let scratch = new Int32Array(1 << 13);
// Note: words of two or more characters get ids from the same count as bigrams, by their text.
const wordIds = new Map<string, number>();
// Note: each term's weight by its corpus-wide frequency (`wordWeight`); 1 for bigrams.
let scales = new Float64Array(1 << 13).fill(1);
let words = new Uint8Array(1 << 13);

/**
 * The weight of a term by its corpus-wide frequency.
 *
 * @param id A term id.
 * @returns Its weight, 0 to 1.
 */
export function termScale(id: number): number {
  return scales[id] ?? 1;
}

/**
 * Whether a term is a word, not a bigram.
 *
 * @param id A term id.
 * @returns Whether it is a word's.
 */
export function isWord(id: number): boolean {
  return words[id] === 1;
}

/** How many distinct terms have been given an id: every id is below it. */
export function termCount(): number {
  return terms;
}

// Note: the high bits of a multiplicative hash; its low bits would depend on the second character alone.
function slotOf(key: number): number {
  const mask = slots.length - 1;
  let h = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
  while (slots[h] !== -1 && keys[h] !== key) h = (h + 1) & mask;
  return h;
}

function grow(): void {
  const [oldKeys, oldSlots] = [keys, slots];
  bits++;
  keys = new Uint32Array(1 << bits);
  slots = new Int32Array(1 << bits).fill(-1);
  for (let h = 0; h < oldSlots.length; h++) {
    const id = oldSlots[h] as number;
    if (id === -1) continue;
    const at = slotOf(oldKeys[h] as number);
    keys[at] = oldKeys[h] as number;
    slots[at] = id;
  }
}

function termId(key: number): number {
  const at = slotOf(key);
  const id = slots[at] as number;
  if (id !== -1) return id;
  keys[at] = key;
  slots[at] = terms;
  terms++;
  if (terms * 2 > slots.length) grow();
  reserveTerms();
  return terms - 1;
}

function reserveTerms(): void {
  if (scratch.length < terms) {
    const wider = new Int32Array(scratch.length * 2);
    wider.set(scratch);
    scratch = wider;
    const more = new Float64Array(scratch.length).fill(1);
    more.set(scales);
    scales = more;
    const flags = new Uint8Array(scratch.length);
    flags.set(words);
    words = flags;
  }
}

/**
 * The id of a word (or of a bigram read as a word), given on first sight.
 *
 * @param word A word of two or more characters.
 * @returns Its term id.
 */
export function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = terms++;
    wordIds.set(word, id);
    reserveTerms();
    scales[id] = wordWeight(word);
    words[id] = 1;
  }
  return id;
}

// Note: the ids of each word's inner words (see `innerWords`), by word id, found once.
const inners: Array<Int32Array | undefined> = [];
const NONE = new Int32Array(0);

function innerIds(id: number, word: string): Int32Array {
  let ids = inners[id];
  if (ids === undefined) {
    const found = innerWords(word);
    ids = found.length === 0 ? NONE : Int32Array.from(found, wordId);
    inners[id] = ids;
  }
  return ids;
}

/** What `addWords` collects for title coverage (see `title-cover.ts`): the text's words, and the title's parts. */
export interface SearchTerms {
  /** Every word, inner word and bigram of a run of single characters, as met (with repeats). */
  words: number[];
  /** When the text is the title: its words, each compound by its inner words, and the run bigrams. */
  parts?: number[];
}

function addRun(words: readonly string[], from: number, to: number, search: SearchTerms): void {
  // Note: characters the dictionary joins to nothing (上/链, 外/网) are a name it lacks: their bigrams stand for it.
  for (let k = from; k + 1 < to; k++) {
    const id = wordId(`${words[k]}${words[k + 1]}`);
    search.words.push(id);
    search.parts?.push(id);
  }
}

// Note: the word ids of a cut (-1 for a single character), by the cut `segment` keeps for its text: a plan's texts
// repeat across the corpus (the same sentence in many plans, a clause cut for the task and again for its clauses), and
// looking each word up by its text again cost more than cutting it.
const cutIds = new WeakMap<readonly string[], Int32Array>();

function idsOf(words: readonly string[]): Int32Array {
  let ids = cutIds.get(words);
  if (ids === undefined) {
    ids = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      const word = words[k] as string;
      ids[k] = word.length < 2 ? -1 : wordId(word);
    }
    cutIds.set(words, ids);
  }
  return ids;
}

function addWords(order: number[], text: string, weight: number, sequence?: number[], search?: SearchTerms): void {
  const words = segment(text);
  const ids = idsOf(words);
  // Note: where the current run of single characters started (a run of jieba's one-character words, one UTF-16 unit each).
  let run = 0;
  for (let k = 0; k < words.length; k++) {
    const id = ids[k] as number;
    if (id < 0) continue;
    if (search && k - run >= 2) addRun(words, run, k, search);
    run = k + 1;
    const word = words[k] as string;
    if (scratch[id] === 0) order.push(id);
    scratch[id] = (scratch[id] as number) + weight;
    sequence?.push(id);
    if (!sequence && !search) continue;
    // Note: a clause's words include those inside its compounds (jieba's search mode), so that 自然人综合库
    // and 自然人、法人、空间地理综合库 share 自然人. The whole tasks' vectors keep the words as cut.
    const inner = innerIds(id, word);
    for (const x of inner) sequence?.push(x);
    if (!search) continue;
    search.words.push(id);
    for (const x of inner) search.words.push(x);
    if (search.parts) {
      if (inner.length === 0) search.parts.push(id);
      else for (const x of inner) search.parts.push(x);
    }
  }
  if (search && words.length - run >= 2) addRun(words, run, words.length, search);
}

// Note: counts by term id while a clause's words are counted; left all zero.
let sequenceCounts = new Int32Array(1 << 13);

/** The term list of a clause from its words' ids in order: as `textTerms` would make it, without cutting and looking the words up again. */
function sequenceTerms(sequence: readonly number[]): TermList {
  if (sequenceCounts.length < scratch.length) sequenceCounts = new Int32Array(scratch.length);
  const order: number[] = [];
  for (const id of sequence) {
    if (sequenceCounts[id] === 0) order.push(id);
    sequenceCounts[id] = (sequenceCounts[id] as number) + WORD_WEIGHT;
  }
  const ids = new Int32Array(order);
  const counts = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    counts[k] = sequenceCounts[ids[k] as number] as number;
    sequenceCounts[ids[k] as number] = 0;
  }
  return { ids, counts };
}

/** The marks a clause ends at (see `splitClauses`). */
const CLAUSE_MARK = /[。；;！!？?\n]/;

function addBigrams(order: number[], text: string, weight: number): void {
  for (let i = 0; i + 1 < text.length; i++) {
    const id = termId(((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0);
    if (scratch[id] === 0) order.push(id);
    scratch[id] = (scratch[id] as number) + weight;
  }
}

/**
 * The term counts of a task: character bigrams and words (jieba's, with
 * planning terms) of its comparable title (weighted) and body.
 *
 * @param task A task.
 * @param places Place names to neutralise.
 * @param clauses If given, receives the clauses `planClauses` compares, with their words: the title, then each clause of the body, as comparable text.
 * @param search If given, receives the task's words and its title's parts for title coverage (see `SearchTerms`).
 * @returns Its term list.
 */
export function taskTerms(task: Task, places: readonly string[], clauses?: Array<{ text: string; terms: TermList }>, search?: { words: number[]; title: number[] }): TermList {
  const title = comparable(task.title, places);
  const bodyClauses = splitClauses(task.body).map((clause) => comparable(clause, places));
  // Note: the body as the join of its clauses, each made comparable once: the same text as the whole body made comparable
  // (a clause ends at a mark `comparable` drops, so no replacement reaches across two clauses), unless a place name holds such a mark.
  const body = places.some((p) => CLAUSE_MARK.test(p)) ? comparable(task.body, places) : bodyClauses.join('');
  const titleClauses = splitClauses(task.title);
  // Note: the title is one clause for clause scoring; when it is one clause here too, its words serve both.
  const whole = titleClauses.length === 1 && titleClauses[0] === task.title;
  const sequences: number[][] = [];
  const texts: string[] = [];
  const list = collect((order) => {
    addBigrams(order, title, TITLE_WEIGHT);
    addBigrams(order, body, 1);
    // Note: words clause by clause, as planClauses compares them, so that each clause is cut once.
    const inTitle = search ? { words: search.words, parts: search.title } : undefined;
    for (const clause of titleClauses) addWords(order, whole ? title : comparable(clause, places), TITLE_WEIGHT * WORD_WEIGHT, whole && clauses ? (sequences[0] = []) : undefined, inTitle);
    const inBody = search ? { words: search.words } : undefined;
    for (const text of bodyClauses) {
      const sequence: number[] | undefined = clauses ? [] : undefined;
      addWords(order, text, WORD_WEIGHT, sequence, inBody);
      if (sequence) sequences.push(sequence), texts.push(text);
    }
  });
  if (clauses) {
    clauses.push({ text: title, terms: whole ? sequenceTerms(sequences[0] as number[]) : textTerms(title) });
    texts.forEach((text, k) => clauses.push({ text, terms: sequenceTerms(sequences[k + (whole ? 1 : 0)] as number[]) }));
  }
  return list;
}

/**
 * The term counts of a piece of text (a clause): its words.
 *
 * @param text Comparable text (see `comparable`).
 * @returns Its term list.
 */
export function textTerms(text: string): TermList {
  // Note: words only, with the words inside compounds, as the body's clauses. With bigrams too, clause vectors are
  // three times the size and the cascade over 2,000 plans took half as long again, for one more year-to-year link on
  // the annotation (docs/quality.md).
  const sequence: number[] = [];
  collect((order) => addWords(order, text, WORD_WEIGHT, sequence));
  return sequenceTerms(sequence);
}

function collect(add: (order: number[]) => void): TermList {
  // Note: terms in the order they first occur, as a Map of counts would hold them; the order of a cosine's sum depends on it.
  const order: number[] = [];
  add(order);
  const ids = new Int32Array(order);
  const counts = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    counts[k] = scratch[id] as number;
    scratch[id] = 0;
  }
  return { ids, counts };
}
