import { createRequire } from 'node:module';
import { isHan } from './_fold.js';
import type { Grams } from './_grams.js';

/** A set of character ids, with a membership table made when first needed. */
export interface CharSet {
  /** The ids, ascending. */
  readonly ids: readonly number[];
  member?: Uint8Array;
}

/** The pinyin readings of a corpus's characters. */
export interface Readings {
  /** The characters that read a syllable (`suan`: 算, 酸); empty for none. */
  reading: (syllable: string) => CharSet;
  /** The characters with a reading that starts with a prefix (`l` or `li`: 力, 利, 量, 了 …); empty for none. */
  startingWith: (prefix: string) => CharSet;
  /** The characters with a reading that starts with a prefix and is longer (`xian`: 项, xiang); empty for none. */
  longer: (prefix: string) => CharSet;
}

let pinyinPro: typeof import('pinyin-pro') | undefined;

// Note: loaded on first use, so that importing @plankb/core does not load pinyin-pro's dictionary
// (a third of a megabyte of script). createRequire works from both builds (tsup shims import.meta.url in CJS).
function loadPinyin(): typeof import('pinyin-pro') {
  pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro');
  return pinyinPro;
}

/**
 * Every reading of a Chinese character, without tones, ü as v (绿: lv, lu; 行: xing, hang, heng).
 *
 * @param char One character.
 * @returns The readings; none for a character pinyin-pro does not know.
 */
export function readingsOf(char: string): string[] {
  const readings = loadPinyin().pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true });
  return [...new Set(readings.map((r) => r.toLowerCase()).filter((r) => /^[a-z]+$/.test(r)))];
}

/** An empty set, for prefixes nothing reads. */
const EMPTY: CharSet = { ids: [] };

/**
 * The characters of a corpus that read each syllable, computed once per distinct character.
 *
 * @param grams The corpus's grams (its characters).
 * @returns Character ids by syllable, ascending.
 */
export function readingTable(grams: Grams): Map<string, number[]> {
  const bySyllable = new Map<string, number[]>();
  for (let c = 0; c < grams.chars; c++) {
    const code = grams.charCode[c]!;
    if (!isHan(code)) continue;
    for (const r of readingsOf(String.fromCharCode(code))) {
      const list = bySyllable.get(r);
      if (list) list.push(c);
      else bySyllable.set(r, [c]);
    }
  }
  return bySyllable;
}

/**
 * Look-ups by syllable and by prefix over a table of readings (`readingTable`, or one stored with an index).
 *
 * @param bySyllable Character ids by syllable, ascending.
 * @returns The look-ups.
 */
export function readingsFrom(bySyllable: ReadonlyMap<string, readonly number[]>): Readings {
  const syllables = new Map<string, CharSet>([...bySyllable].map(([s, ids]) => [s, { ids }]));
  // Note: queries come one keystroke at a time (s, su, sua, suan …), so the set of each prefix is kept
  // (only those some syllable starts with: a few hundred).
  const prefixes = new Map<string, CharSet>();
  const withPrefix = (prefix: string, longer: boolean): CharSet => {
    const key = longer ? `${prefix}+` : prefix;
    let set = prefixes.get(key);
    if (set) return set;
    const ids = new Set<number>();
    for (const [s, chars] of bySyllable) if (s.startsWith(prefix) && (!longer || s !== prefix)) for (const c of chars) ids.add(c);
    if (ids.size === 0) return EMPTY;
    set = { ids: [...ids].sort((a, b) => a - b) };
    prefixes.set(key, set);
    return set;
  };
  return {
    reading: (syllable) => syllables.get(syllable) ?? EMPTY,
    startingWith: (prefix) => withPrefix(prefix, false),
    longer: (prefix) => withPrefix(prefix, true),
  };
}
