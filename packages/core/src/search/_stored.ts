// A search index as stored in the cache folder (cache/search-index-cache.ts), and back: its posting lists
// as typed arrays, its readings as JSON, under a key made from the items' content and the code.
import { createHash } from 'node:crypto';
import { codeFingerprint } from '../cache/code-fingerprint.js';
import type { StoredIndex } from '../cache/search-index-cache.js';
import { type Grams, PairTable } from './_grams.js';
import type { SearchItem } from './types.js';

/** The layout of a stored index (arrays and meta); bump it when either changes, so older files are not read. */
const LAYOUT = 1;

/**
 * The key of an index: a hash of every item's kind, ids, title and text, whether pinyin is read, and the
 * code (any change to plankb's sources, or to the installed data packages, makes a new key).
 *
 * @param items The items, in index order.
 * @param pinyin Whether the index reads pinyin.
 * @returns 64 hex digits.
 */
export function storedIndexKey(items: readonly SearchItem[], pinyin: boolean): string {
  const hash = createHash('sha256').update(`plankb-search ${LAYOUT} ${codeFingerprint()} ${pinyin ? 'pinyin' : 'no-pinyin'}\0`);
  // Note: hashed in chunks of about 64 K characters as UTF-16 (a copy of V8's own layout for Chinese text):
  // a third faster than one UTF-8 update per item, about 0.35 s for 600,000 items.
  let chunk = '';
  for (const i of items) {
    chunk += `${i.kind}\0${i.id}\0${i.docId}\0${i.taskId ?? '\u0001'}\0${i.title}\0${i.text}\0`;
    if (chunk.length >= 65_536) {
      hash.update(chunk, 'utf16le');
      chunk = '';
    }
  }
  return hash.update(chunk, 'utf16le').update(`\0${items.length}`).digest('hex');
}

/** The part of an index that is stored: its grams and, when it reads pinyin, the characters of each syllable. */
export interface IndexData {
  readonly grams: Grams;
  readonly readings: ReadonlyMap<string, readonly number[]> | null;
}

interface Meta {
  layout: number;
  items: number;
  chars: number;
  pairs: number;
  readings: Array<[string, number[]]> | null;
}

/**
 * An index as a stored index's meta and arrays.
 *
 * @param data The grams and readings.
 * @param items How many items.
 * @returns What `writeStoredIndex` writes.
 */
export function toStored(data: IndexData, items: number): StoredIndex {
  const { grams } = data;
  const meta: Meta = { layout: LAYOUT, items, chars: grams.chars, pairs: grams.pairs.size, readings: data.readings ? [...data.readings].map(([s, ids]) => [s, [...ids]]) : null };
  const { keys, values } = grams.pairs.slots;
  return {
    meta,
    arrays: {
      charCode: grams.charCode,
      count: grams.count,
      offset: grams.offset,
      postings: grams.postings,
      nextStart: grams.nextStart,
      next: grams.next,
      nextGram: grams.nextGram,
      pairKeys: keys,
      pairValues: values,
    },
  };
}

/** Whether a list is ascending from `first` with its last value `last`: offsets into another list. */
function isOffsets(xs: Int32Array, last: number): boolean {
  if (xs.length === 0 || xs[0] !== 0 || xs[xs.length - 1] !== last) return false;
  for (let i = 1; i < xs.length; i++) if (xs[i]! < xs[i - 1]!) return false;
  return true;
}

/** Whether every value of a list is in `[from, to)`. */
function inRange(xs: Int32Array, from: number, to: number): boolean {
  for (let i = 0; i < xs.length; i++) if (xs[i]! < from || xs[i]! >= to) return false;
  return true;
}

/**
 * A stored index back as grams and readings, after checking that it is one: every length, offset and id
 * in range and every posting list ascending, so that a damaged file can give no wrong item and no endless
 * search. Checking costs one pass over the arrays, a fraction of building them.
 *
 * @param stored What `readStoredIndex` read.
 * @param items How many items the index must be of.
 * @param pinyin Whether it must read pinyin.
 * @returns The grams and readings, or `null` when the file is not a well-formed index of these items.
 */
export function fromStored(stored: StoredIndex, items: number, pinyin: boolean): IndexData | null {
  const meta = stored.meta as Partial<Meta> | null;
  if (typeof meta !== 'object' || meta === null || meta.layout !== LAYOUT || meta.items !== items) return null;
  const { chars, pairs: pairCount } = meta;
  if (!Number.isSafeInteger(chars) || !Number.isSafeInteger(pairCount)) return null;
  const a = stored.arrays;
  const i32 = (name: string): Int32Array | null => (a[name] instanceof Int32Array ? a[name] : null);
  const charCode = a.charCode instanceof Uint16Array ? a.charCode : null;
  const [counts, offsets, lists, starts, seconds, pairGrams, keys, values] = ['count', 'offset', 'postings', 'nextStart', 'next', 'nextGram', 'pairKeys', 'pairValues'].map(i32);
  if (!charCode || charCode.length !== chars || !counts || !offsets || !lists || !starts || !seconds || !pairGrams || !keys || !values) return null;
  const grams = (chars as number) + (pairCount as number);
  if (counts.length !== grams || offsets.length !== 2 * grams + 1 || !isOffsets(offsets, lists.length)) return null;
  if (starts.length !== (chars as number) + 1 || !isOffsets(starts, pairCount as number) || seconds.length !== pairCount || pairGrams.length !== pairCount) return null;
  if (!inRange(seconds, 0, chars as number) || !inRange(pairGrams, chars as number, grams) || !inRange(counts, 0, 2 ** 31 - 1)) return null;
  for (let l = 0; l < 2 * grams; l++) {
    let previous = -1;
    for (let p = offsets[l]!; p < offsets[l + 1]!; p++) {
      const item = lists[p]!;
      if (item <= previous || item >= items) return null;
      previous = item;
    }
  }
  const table = PairTable.from(keys, values, pairCount as number);
  if (!table) return null;
  const charId = new Int32Array(65536).fill(-1);
  for (let c = 0; c < charCode.length; c++) {
    if (charId[charCode[c]!] !== -1) return null;
    charId[charCode[c]!] = c;
  }
  const readings = pinyin ? readingsOf(meta.readings, chars as number) : null;
  if (pinyin ? readings === null : meta.readings !== null) return null;
  return {
    grams: { charId, charCode, chars: chars as number, pairs: table, count: counts, offset: offsets, postings: lists, nextStart: starts, next: seconds, nextGram: pairGrams },
    readings,
  };
}

function readingsOf(stored: unknown, chars: number): Map<string, number[]> | null {
  if (!Array.isArray(stored)) return null;
  const table = new Map<string, number[]>();
  for (const entry of stored as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) return null;
    const [syllable, ids] = entry as [unknown, unknown];
    if (typeof syllable !== 'string' || !/^[a-z]+$/.test(syllable) || !Array.isArray(ids) || table.has(syllable)) return null;
    for (let i = 0; i < ids.length; i++) if (!Number.isInteger(ids[i]) || ids[i] < 0 || ids[i] >= chars || (i > 0 && ids[i] <= ids[i - 1])) return null;
    table.set(syllable, ids as number[]);
  }
  return table;
}
