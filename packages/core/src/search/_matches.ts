import { type Field, type Grams, itemsWith, pairOf, postingsOf } from './_grams.js';
import type { Pattern } from './_patterns.js';
import type { CharSet } from './_readings.js';

/** Called for each item found, best first; returns whether to go on. */
export type Take = (item: number, start: number, end: number, rank: number, frequency: number) => boolean;

/** A matched text being built: its characters so far, its pairs' gram ids, how often it can occur at most. */
interface Partial {
  readonly pattern: Pattern;
  readonly chars: readonly number[];
  readonly pairs: readonly number[];
  readonly frequency: number;
  readonly order: number;
}

// Note: a guard for pathological queries (long initials over a vast vocabulary): the texts that would
// come after this many partial matches are the rarest, and are left out.
const MAX_PARTIALS = 200_000;

/** A heap of partial matches: the closest reading of the query first, then the most frequent, then the first made. */
class Heap {
  private readonly xs: Partial[] = [];
  get size(): number {
    return this.xs.length;
  }
  private before(a: Partial, b: Partial): boolean {
    const ra = a.pattern.rank;
    const rb = b.pattern.rank;
    return ra < rb || (ra === rb && (a.frequency > b.frequency || (a.frequency === b.frequency && a.order < b.order)));
  }
  push(x: Partial): void {
    const xs = this.xs;
    let i = xs.push(x) - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.before(x, xs[up]!)) break;
      xs[i] = xs[up]!;
      i = up;
    }
    xs[i] = x;
  }
  pop(): Partial | undefined {
    const xs = this.xs;
    const top = xs[0];
    const last = xs.pop();
    if (xs.length === 0 || !last) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= xs.length) break;
      const r = l + 1;
      const child = r < xs.length && this.before(xs[r]!, xs[l]!) ? r : l;
      if (!this.before(xs[child]!, last)) break;
      xs[i] = xs[child]!;
      i = child;
    }
    xs[i] = last;
    return top;
  }
}

function memberTable(set: CharSet, chars: number): Uint8Array {
  if (!set.member) {
    set.member = new Uint8Array(chars);
    for (const c of set.ids) set.member[c] = 1;
  }
  return set.member;
}

/** Whether a sorted list holds a value, searching from `from` on; returns where the search may resume. */
function seek(list: Int32Array, value: number, from: number): number {
  let lo = from;
  let step = 1;
  while (lo + step < list.length && list[lo + step]! < value) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, list.length - 1);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The items holding one matched text in a field, in item order: a character's or a pair's list as it is;
 * for longer texts the rarest pair's list, checked against the others' and then by `indexOf`.
 */
function takeItems(grams: Grams, folded: readonly string[], field: Field, match: Partial, take: Take): boolean {
  const text = String.fromCharCode(...match.chars.map((c) => grams.charCode[c]!));
  const lists = (match.pairs.length === 0 ? [match.chars[0]!] : match.pairs).map((g) => postingsOf(grams, g, field)).sort((a, b) => a.length - b.length);
  const [rarest, ...others] = lists;
  if (!rarest) return true;
  const at = others.map(() => 0);
  for (const item of rarest) {
    let all = true;
    for (let o = 0; o < others.length && all; o++) {
      const list = others[o]!;
      at[o] = seek(list, item, at[o]!);
      all = list[at[o]!] === item;
    }
    if (!all) continue;
    const start = folded[item]!.indexOf(text);
    if (start < 0) continue;
    if (!take(item, start, start + text.length, match.pattern.rank, match.frequency)) return false;
  }
  return true;
}

/** Add the ways to extend a partial match by one character of the pattern's next set. */
function extend(grams: Grams, field: Field, match: Partial, heap: Heap, order: () => number): void {
  const set = match.pattern.sets[match.chars.length]!;
  const last = match.chars[match.chars.length - 1]!;
  const from = grams.nextStart[last]!;
  const to = grams.nextStart[last + 1]!;
  const grow = (c: number, pair: number): void => {
    if (itemsWith(grams, pair, field) === 0) return;
    heap.push({ pattern: match.pattern, chars: [...match.chars, c], pairs: [...match.pairs, pair], frequency: Math.min(match.frequency, grams.count[pair]!), order: order() });
  };
  // Note: walk the smaller side, the set (one character for Chinese queries) or the pairs the last character starts.
  if (set.ids.length <= to - from) {
    for (const c of set.ids) {
      const pair = pairOf(grams, last, c);
      if (pair >= 0) grow(c, pair);
    }
  } else {
    const member = memberTable(set, grams.chars);
    for (let n = from; n < to; n++) if (member[grams.next[n]!] === 1) grow(grams.next[n]!, grams.nextGram[n]!);
  }
}

/**
 * Find the patterns in one field of the items: matched texts by the pattern's rank, then from the most
 * frequent in the corpus to the least (best first: a text's frequency is at most that of its rarest pair,
 * so extending a partial match never makes it more frequent), and for each its items in item order. An
 * item comes once for each text it holds.
 *
 * @param grams The grams.
 * @param folded The folded field of every item.
 * @param field Which field: 0 titles, 1 texts.
 * @param patterns The patterns.
 * @param take Called for each item found; returns whether to go on.
 */
export function findMatches(grams: Grams, folded: readonly string[], field: Field, patterns: readonly Pattern[], take: Take): void {
  const heap = new Heap();
  let made = 0;
  const order = (): number => made++;
  for (const pattern of patterns) {
    for (const c of pattern.sets[0]?.ids ?? []) {
      if (itemsWith(grams, c, field) > 0) heap.push({ pattern, chars: [c], pairs: [], frequency: grams.count[c]!, order: order() });
    }
  }
  while (heap.size > 0) {
    const match = heap.pop()!;
    if (match.chars.length === match.pattern.sets.length) {
      if (!takeItems(grams, folded, field, match, take)) return;
    } else if (made < MAX_PARTIALS) extend(grams, field, match, heap, order);
  }
}
