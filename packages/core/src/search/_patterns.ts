import type { Grams } from './_grams.js';
import type { CharSet, Readings } from './_readings.js';

/**
 * How closely a pattern reads the query, best first: as written, whole syllables (xian: 先), the last
 * syllable half-typed (xian: 项, xiang), initials (xndc: 虚拟电厂). Among matches in a field, a closer
 * reading comes first, then a more frequent text.
 */
export const AS_WRITTEN = 0;
export const WHOLE_SYLLABLES = 1;
export const HALF_TYPED = 2;
export const INITIALS = 3;

/** What a query can match: one set of allowed characters per position of the matched text. */
export interface Pattern {
  readonly sets: readonly CharSet[];
  /** How closely it reads the query: `AS_WRITTEN` … `INITIALS`. */
  readonly rank: number;
  /** Only in titles: initials of one or two letters match long texts by accident. */
  readonly titleOnly: boolean;
}

// Note: a query's pinyin can split into syllables in several ways (xian: 先, 西安); the splits multiply
// along a long run of ambiguous letters, so only the first ones (longest syllables first) are kept.
const MAX_SPLITS = 32;
/** The longest syllable: zhuang, chuang, shuang. */
const MAX_SYLLABLE = 6;

/** The query as written: each character itself. */
function literal(query: string, grams: Grams): Pattern | null {
  const sets: CharSet[] = [];
  for (let p = 0; p < query.length; p++) {
    const c = grams.charId[query.charCodeAt(p)] ?? -1;
    if (c < 0) return null;
    sets.push({ ids: [c] });
  }
  return { sets, rank: AS_WRITTEN, titleOnly: false };
}

/**
 * The query as full pinyin: whole syllables, the last of which may be half-typed (suanl: 算力; xian: 先,
 * 西安, 项). Only splits that can reach the end of the query are walked.
 */
function fullPinyin(query: string, readings: Readings): Pattern[] {
  const n = query.length;
  const completes = (p: number): boolean => n - p <= MAX_SYLLABLE && readings.startingWith(query.slice(p)).ids.length > 0;
  // reachable[p]: the letters from p on split into syllables and a (half-typed) last one.
  const reachable: boolean[] = new Array<boolean>(n + 1).fill(false);
  for (let p = n - 1; p >= 0; p--) {
    reachable[p] = completes(p);
    for (let end = p + 1; end < n && end <= p + MAX_SYLLABLE && !reachable[p]; end++) reachable[p] = reachable[end] === true && readings.reading(query.slice(p, end)).ids.length > 0;
  }
  const patterns: Pattern[] = [];
  const walk = (p: number, sets: CharSet[]): void => {
    if (patterns.length >= MAX_SPLITS) return;
    if (completes(p)) {
      const last = query.slice(p);
      const whole = readings.reading(last);
      const longer = readings.longer(last);
      if (whole.ids.length > 0) patterns.push({ sets: [...sets, whole], rank: WHOLE_SYLLABLES, titleOnly: false });
      if (longer.ids.length > 0) patterns.push({ sets: [...sets, longer], rank: HALF_TYPED, titleOnly: false });
    }
    for (let end = Math.min(n - 1, p + MAX_SYLLABLE); end > p; end--) {
      if (!reachable[end]) continue;
      const set = readings.reading(query.slice(p, end));
      if (set.ids.length > 0) walk(end, [...sets, set]);
    }
  };
  if (reachable[0]) walk(0, []);
  return patterns;
}

/** The query as initials, one letter a character (sl: 算力; xndc: 虚拟电厂). */
function initials(query: string, readings: Readings): Pattern | null {
  const sets = [...query].map((letter) => readings.startingWith(letter));
  if (sets.some((s) => s.ids.length === 0)) return null;
  return { sets, rank: INITIALS, titleOnly: query.length <= 2 };
}

/**
 * What a folded query can match: itself, and for a query of letters its pinyin readings.
 *
 * @param query The folded query (`foldQuery`), not empty.
 * @param grams The corpus's grams.
 * @param readings The corpus's readings, `null` without pinyin.
 * @returns The patterns; none if nothing in the corpus can match.
 */
export function patternsOf(query: string, grams: Grams, readings: Readings | null): Pattern[] {
  const patterns: Pattern[] = [];
  const asWritten = literal(query, grams);
  if (asWritten) patterns.push(asWritten);
  if (!readings || !/^[a-z]+$/.test(query)) return patterns;
  patterns.push(...fullPinyin(query, readings));
  // Note: one letter as initials is the same as one half-typed syllable.
  const asInitials = query.length > 1 ? initials(query, readings) : null;
  if (asInitials) patterns.push(asInitials);
  return patterns;
}

/**
 * The queries one edit away: a character left out or two neighbours swapped (suanlii, sunali: suanli).
 *
 * @param query The folded query.
 * @returns The distinct variants, without the query itself.
 */
export function oneEditAway(query: string): string[] {
  const chars = [...query];
  const variants = new Set<string>();
  for (let i = 0; i < chars.length; i++) variants.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === chars[i + 1]) continue;
    variants.add([...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join(''));
  }
  variants.delete(query);
  return [...variants];
}
