// Posting lists of characters and character pairs ("grams") over the folded titles and texts of the items.
//
// Gram ids: a character's own gram is its character id (0 … chars - 1); character pairs follow. Each gram
// has an occurrence count (titles and texts together) and two posting lists, the items whose title holds
// it and the items whose text does, ascending, all in one Int32Array.

/** Which field of the items: 0 titles, 1 texts. */
export type Field = 0 | 1;

/** The posting lists of a corpus's items. */
export interface Grams {
  /** Character id of each UTF-16 code unit, -1 for one no text holds. */
  readonly charId: Int32Array;
  /** The code unit of each character id. */
  readonly charCode: Uint16Array;
  /** How many distinct characters. */
  readonly chars: number;
  /** Pairs of characters by their two ids: the pair's number (its gram id less `chars`). */
  readonly pairs: PairTable;
  /** Occurrences of each gram in the corpus. */
  readonly count: Int32Array;
  /** Where each gram's lists are in `postings`: titles `[2g, 2g+1)`, texts `[2g+1, 2g+2)`. */
  readonly offset: Int32Array;
  readonly postings: Int32Array;
  /** The pairs a character starts, by character id: `next[nextStart[c] … nextStart[c+1])` (second characters) and `nextGram` (pair ids). */
  readonly nextStart: Int32Array;
  readonly next: Int32Array;
  readonly nextGram: Int32Array;
}

const NONE = -1;

/**
 * A hash table from pairs of character ids to numbers 0, 1, 2 … in order of insertion: open addressing
 * over typed arrays, for the ten million look-ups of building an index at 50,000 tasks.
 */
export class PairTable {
  private keys: Int32Array = new Int32Array(1 << 12);
  private values: Int32Array = new Int32Array(1 << 12).fill(NONE);
  private shift = 32 - 12;
  /** How many pairs. */
  size = 0;

  /** The table's slots, to store it (see `PairTable.from`). */
  get slots(): { keys: Int32Array; values: Int32Array } {
    return { keys: this.keys, values: this.values };
  }

  /**
   * A table from stored slots, or `null` if they cannot be one: the length is not a power of two, or a
   * value is out of range (a stored index is checked before it is used).
   */
  static from(keys: Int32Array, values: Int32Array, size: number): PairTable | null {
    const n = keys.length;
    if (n < 2 || (n & (n - 1)) !== 0 || values.length !== n || !(size >= 0 && 2 * size <= n)) return null;
    let used = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (v === NONE) continue;
      if (v < 0 || v >= size) return null;
      used++;
    }
    if (used !== size) return null;
    const table = new PairTable();
    table.keys = keys;
    table.values = values;
    table.shift = 32 - Math.log2(n);
    table.size = size;
    return table;
  }

  // Note: both ids are below 65536, so first << 16 | second is a distinct 32-bit key.
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let at = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.values[at] !== NONE && this.keys[at] !== key) at = (at + 1) & mask;
    return at;
  }

  /** The number of a pair, or -1. */
  get(first: number, second: number): number {
    return this.values[this.slot((first << 16) | second)]!;
  }

  /** The number of a pair, numbering it if new. */
  add(first: number, second: number): number {
    const key = (first << 16) | second;
    let at = this.slot(key);
    if (this.values[at] !== NONE) return this.values[at]!;
    if (2 * (this.size + 1) > this.keys.length) {
      this.grow();
      at = this.slot(key);
    }
    this.keys[at] = key;
    this.values[at] = this.size;
    return this.size++;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2).fill(NONE);
    this.shift--;
    for (let i = 0; i < keys.length; i++) {
      if (values[i] === NONE) continue;
      const at = this.slot(keys[i]!);
      this.keys[at] = keys[i]!;
      this.values[at] = values[i]!;
    }
  }
}

function grown(xs: Int32Array): Int32Array {
  const bigger = new Int32Array(xs.length * 2);
  bigger.set(xs);
  return bigger;
}

/**
 * Build the posting lists in three passes over the text: number the characters and pairs; count
 * occurrences and list lengths; fill the lists.
 *
 * @param fields The folded titles and the folded texts, one of each per item.
 * @returns The grams.
 */
export function buildGrams(fields: readonly [readonly string[], readonly string[]]): Grams {
  const charId = new Int32Array(65536).fill(NONE);
  const codes: number[] = [];
  const pairs = new PairTable();
  let first: Int32Array = new Int32Array(1 << 12);
  let second: Int32Array = new Int32Array(1 << 12);
  const itemCount = fields[0].length;
  let total = 0;
  for (const list of fields) for (const s of list) total += s.length;
  // The pair at each position (-1 at a field's start): item 0's title and text, then item 1's …
  const pairAt = new Int32Array(total);
  let at = 0;
  for (let i = 0; i < itemCount; i++) {
    for (let f = 0; f < 2; f++) {
      const s = fields[f as Field][i]!;
      let previous = NONE;
      for (let p = 0; p < s.length; p++) {
        const code = s.charCodeAt(p);
        let c = charId[code]!;
        if (c === NONE) {
          c = codes.length;
          charId[code] = c;
          codes.push(code);
        }
        let pair = NONE;
        if (previous !== NONE) {
          const known = pairs.size;
          pair = pairs.add(previous, c);
          if (pairs.size > known) {
            if (pair === first.length) {
              first = grown(first);
              second = grown(second);
            }
            first[pair] = previous;
            second[pair] = c;
          }
        }
        pairAt[at++] = pair;
        previous = c;
      }
    }
  }
  const chars = codes.length;
  const grams = chars + pairs.size;
  const count = new Int32Array(grams);
  // List 2g + f is gram g's list in field f; `last` holds the last item added to each list.
  // Note: the two passes are written out rather than sharing a loop with a callback: at 60 million
  // characters (500,000 items) the callback, called from one loop with two closures, was not inlined
  // and took two thirds of the build.
  const last = new Int32Array(2 * grams).fill(NONE);
  const offset = new Int32Array(2 * grams + 1);
  let p = 0;
  for (let i = 0; i < itemCount; i++) {
    for (let f = 0; f < 2; f++) {
      const s = fields[f as Field][i]!;
      for (let k = 0; k < s.length; k++, p++) {
        const c = charId[s.charCodeAt(k)]!;
        const pair = pairAt[p]!;
        count[c]!++;
        const cl = 2 * c + f;
        if (last[cl] !== i) {
          last[cl] = i;
          offset[cl + 1]!++;
        }
        if (pair !== NONE) {
          const g = chars + pair;
          count[g]!++;
          const gl = 2 * g + f;
          if (last[gl] !== i) {
            last[gl] = i;
            offset[gl + 1]!++;
          }
        }
      }
    }
  }
  for (let l = 0; l < 2 * grams; l++) offset[l + 1]! += offset[l]!;
  const postings = new Int32Array(offset[2 * grams]!);
  const cursor = offset.slice(0, 2 * grams);
  last.fill(NONE);
  p = 0;
  for (let i = 0; i < itemCount; i++) {
    for (let f = 0; f < 2; f++) {
      const s = fields[f as Field][i]!;
      for (let k = 0; k < s.length; k++, p++) {
        const cl = 2 * charId[s.charCodeAt(k)]! + f;
        if (last[cl] !== i) {
          last[cl] = i;
          postings[cursor[cl]!++] = i;
        }
        const pair = pairAt[p]!;
        if (pair !== NONE) {
          const gl = 2 * (chars + pair) + f;
          if (last[gl] !== i) {
            last[gl] = i;
            postings[cursor[gl]!++] = i;
          }
        }
      }
    }
  }
  const pairCount = pairs.size;
  return { charId, charCode: Uint16Array.from(codes), chars, pairs, count, offset, postings, ...successors(chars, first.subarray(0, pairCount), second.subarray(0, pairCount)) };
}

/** The pairs each character starts, grouped by character (counting sort). */
function successors(chars: number, first: Int32Array, second: Int32Array): Pick<Grams, 'nextStart' | 'next' | 'nextGram'> {
  const nextStart = new Int32Array(chars + 1);
  for (const c of first) nextStart[c + 1]!++;
  for (let c = 0; c < chars; c++) nextStart[c + 1]! += nextStart[c]!;
  const fill = nextStart.slice(0, chars);
  const next = new Int32Array(first.length);
  const nextGram = new Int32Array(first.length);
  for (let p = 0; p < first.length; p++) {
    const at = fill[first[p]!]!++;
    next[at] = second[p]!;
    nextGram[at] = chars + p;
  }
  return { nextStart, next, nextGram };
}

/**
 * A gram's items in a field.
 *
 * @param grams The grams.
 * @param gram The gram id.
 * @param field 0 titles, 1 texts.
 * @returns The items, ascending (a view, not a copy).
 */
export function postingsOf(grams: Grams, gram: number, field: Field): Int32Array {
  return grams.postings.subarray(grams.offset[2 * gram + field], grams.offset[2 * gram + field + 1]);
}

/**
 * How many items hold a gram in a field.
 *
 * @param grams The grams.
 * @param gram The gram id.
 * @param field 0 titles, 1 texts.
 * @returns The length of its list.
 */
export function itemsWith(grams: Grams, gram: number, field: Field): number {
  return grams.offset[2 * gram + field + 1]! - grams.offset[2 * gram + field]!;
}

/**
 * The id of a pair of characters, if any text holds it.
 *
 * @param grams The grams.
 * @param first The first character's id.
 * @param second The second character's id.
 * @returns The pair's gram id, or -1.
 */
export function pairOf(grams: Grams, first: number, second: number): number {
  const pair = grams.pairs.get(first, second);
  return pair === NONE ? NONE : grams.chars + pair;
}
