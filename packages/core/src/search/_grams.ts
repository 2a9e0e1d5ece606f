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
  /** Character pairs by `first * 65536 + second` (character ids): the pair's number, its gram id less `chars`. */
  readonly pairs: Map<number, number>;
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

/** Pair key of two character ids. */
export function pairKey(first: number, second: number): number {
  return first * 65536 + second;
}

/**
 * Build the posting lists: one pass to number characters and pairs and count them, one to fill the lists.
 *
 * @param fields The folded titles and the folded texts, one of each per item.
 * @returns The grams.
 */
export function buildGrams(fields: readonly [readonly string[], readonly string[]]): Grams {
  const charId = new Int32Array(65536).fill(NONE);
  const codes: number[] = [];
  const pairs = new Map<number, number>();
  const pairFirst: number[] = [];
  const pairSecond: number[] = [];
  // Per character and per pair: occurrences, items per field, the last item seen per field.
  const charCount: number[] = [];
  const charItems: [number[], number[]] = [[], []];
  const charLast: [number[], number[]] = [[], []];
  const pairCount: number[] = [];
  const pairItems: [number[], number[]] = [[], []];
  const pairLast: [number[], number[]] = [[], []];
  const itemCount = fields[0].length;
  let total = 0;
  for (const list of fields) for (const s of list) total += s.length;
  // Note: the pair id at each position, so that the second pass needs no map look-ups (-1 at a field's start).
  const sequence = new Int32Array(total);
  let at = 0;
  for (let i = 0; i < itemCount; i++) {
    for (const f of [0, 1] as const) {
      const s = fields[f][i] ?? '';
      let previous = NONE;
      for (let p = 0; p < s.length; p++) {
        const code = s.charCodeAt(p);
        let c = charId[code] ?? NONE;
        if (c === NONE) {
          c = codes.length;
          charId[code] = c;
          codes.push(code);
          charCount.push(0);
          charItems[0].push(0);
          charItems[1].push(0);
          charLast[0].push(NONE);
          charLast[1].push(NONE);
        }
        charCount[c]!++;
        if (charLast[f][c] !== i) {
          charLast[f][c] = i;
          charItems[f][c]!++;
        }
        let pair = NONE;
        if (previous !== NONE) {
          const key = pairKey(previous, c);
          pair = pairs.get(key) ?? NONE;
          if (pair === NONE) {
            pair = pairCount.length;
            pairs.set(key, pair);
            pairFirst.push(previous);
            pairSecond.push(c);
            pairCount.push(0);
            pairItems[0].push(0);
            pairItems[1].push(0);
            pairLast[0].push(NONE);
            pairLast[1].push(NONE);
          }
          pairCount[pair]!++;
          if (pairLast[f][pair] !== i) {
            pairLast[f][pair] = i;
            pairItems[f][pair]!++;
          }
        }
        sequence[at++] = pair;
        previous = c;
      }
    }
  }
  const chars = codes.length;
  const grams = chars + pairCount.length;
  const count = new Int32Array(grams);
  count.set(charCount);
  count.set(pairCount, chars);
  const offset = new Int32Array(2 * grams + 1);
  for (let g = 0; g < grams; g++) {
    const [title, text] = g < chars ? [charItems[0][g], charItems[1][g]] : [pairItems[0][g - chars], pairItems[1][g - chars]];
    offset[2 * g + 1] = offset[2 * g]! + (title ?? 0);
    offset[2 * g + 2] = offset[2 * g + 1]! + (text ?? 0);
  }
  const postings = new Int32Array(offset[2 * grams]!);
  // Second pass: fill the lists, items ascending; the cursor of each list starts at its offset.
  const cursor = offset.slice(0, 2 * grams);
  const last = new Int32Array(2 * grams).fill(NONE);
  const add = (g: number, f: Field, i: number): void => {
    const list = 2 * g + f;
    if (last[list] === i) return;
    last[list] = i;
    postings[cursor[list]!++] = i;
  };
  at = 0;
  for (let i = 0; i < itemCount; i++) {
    for (const f of [0, 1] as const) {
      const s = fields[f][i] ?? '';
      for (let p = 0; p < s.length; p++) {
        add(charId[s.charCodeAt(p)]!, f, i);
        const pair = sequence[at++]!;
        if (pair !== NONE) add(chars + pair, f, i);
      }
    }
  }
  return { charId, charCode: Uint16Array.from(codes), chars, pairs, count, offset, postings, ...successors(chars, pairFirst, pairSecond) };
}

/** The pairs each character starts, grouped by character (counting sort). */
function successors(chars: number, first: readonly number[], second: readonly number[]): Pick<Grams, 'nextStart' | 'next' | 'nextGram'> {
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
  const pair = grams.pairs.get(pairKey(first, second));
  return pair === undefined ? NONE : grams.chars + pair;
}
