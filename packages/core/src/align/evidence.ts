/** The minimum length of a shared phrase worth showing as evidence. */
export const MIN_PHRASE = 5;
/** Evidence is for reading: a longer shared run is cut to its first characters, with an ellipsis. */
export const MAX_PHRASE = 40;

/** A run of identical characters in two texts: where it starts in each, and how long it is. */
export interface Run {
  i: number;
  j: number;
  length: number;
}

// Note: scratch tables for commonRuns, kept between calls and left as found:
// a chained hash table from bigrams of b to their places in b.
let heads = new Int32Array(1024).fill(-1);
let chain = new Int32Array(1024);

// Note: the high bits of a multiplicative hash of the bigram's two UTF-16 code units.
function bucket(text: string, at: number, bits: number): number {
  return Math.imul((text.charCodeAt(at) << 16) | text.charCodeAt(at + 1), 0x9e3779b1) >>> (32 - bits);
}

/**
 * Every maximal run of identical characters (UTF-16 code units) two texts
 * share of at least a given length: runs that cannot be extended either
 * way, at most one starting at each pair of positions.
 *
 * @param a One text.
 * @param b The other.
 * @param min The least length, at least 2.
 * @returns The runs, in no particular order.
 */
export function commonRuns(a: string, b: string, min: number): Run[] {
  const runs: Run[] = [];
  if (a.length < min || b.length < min) return runs;
  // Note: a run of two or more characters starts with a shared bigram, so
  // only the places of each of a's bigrams in b are tried, not every pair of
  // positions (the dynamic-programming table this replaces).
  const last = b.length - min;
  let bits = 10;
  while (1 << bits < 2 * (last + 1)) bits++;
  if (heads.length < 1 << bits) heads = new Int32Array(1 << bits).fill(-1);
  if (chain.length <= last) chain = new Int32Array(2 * (last + 1));
  try {
    for (let t = last; t >= 0; t--) {
      const h = bucket(b, t, bits);
      chain[t] = heads[h] as number;
      heads[h] = t;
    }
    for (let s = 0; s + min <= a.length; s++) {
      const first = a.charCodeAt(s);
      const second = a.charCodeAt(s + 1);
      for (let t = heads[bucket(a, s, bits)] as number; t >= 0; t = chain[t] as number) {
        if (b.charCodeAt(t) !== first || b.charCodeAt(t + 1) !== second) continue;
        // Note: a run is found once, from its first characters.
        if (s > 0 && t > 0 && a.charCodeAt(s - 1) === b.charCodeAt(t - 1)) continue;
        let length = 2;
        while (s + length < a.length && t + length < b.length && a.charCodeAt(s + length) === b.charCodeAt(t + length)) length++;
        if (length >= min) runs.push({ i: s, j: t, length });
      }
    }
  } finally {
    for (let t = 0; t <= last; t++) heads[bucket(b, t, bits)] = -1;
  }
  return runs;
}

/**
 * The longest phrases two texts share, as a text-reuse detector finds them:
 * maximal runs of identical characters, longest first, none overlapping
 * another in either text.
 *
 * @param a One text.
 * @param b The other.
 * @param max How many phrases to return.
 * @returns The phrases, longest first.
 */
export function sharedPhrases(a: string, b: string, max = 3): string[] {
  return phrasesOfRuns(a, commonRuns(a, b, MIN_PHRASE), max);
}

/**
 * The phrases `sharedPhrases` shows for the runs two texts share: longest
 * first, none overlapping another in either text, punctuation trimmed.
 *
 * @param a The first text, which the runs' `i` index.
 * @param runs The maximal shared runs (sorted here).
 * @param max How many phrases to return.
 * @returns The phrases, longest first.
 */
export function phrasesOfRuns(a: string, runs: Run[], max: number): string[] {
  // Note: longest first; among runs as long, the earliest in a, then in b.
  runs.sort((x, y) => y.length - x.length || x.i - y.i || x.j - y.j);
  const usedA: Array<[number, number]> = [];
  const usedB: Array<[number, number]> = [];
  const overlaps = (used: Array<[number, number]>, from: number, to: number): boolean => used.some(([s, e]) => from < e && s < to);
  const phrases: string[] = [];
  for (const run of runs) {
    if (phrases.length >= max) break;
    if (overlaps(usedA, run.i, run.i + run.length) || overlaps(usedB, run.j, run.j + run.length)) continue;
    const phrase = a.slice(run.i, run.i + run.length).replace(/^[，,。；;、\u0000]+|[，,。；;、\u0000]+$/g, '');
    if (phrase.length < MIN_PHRASE || phrase.includes('\u0000')) continue;
    usedA.push([run.i, run.i + run.length]);
    usedB.push([run.j, run.j + run.length]);
    phrases.push(phrase.length > MAX_PHRASE ? `${phrase.slice(0, MAX_PHRASE)}…` : phrase);
  }
  return phrases;
}
