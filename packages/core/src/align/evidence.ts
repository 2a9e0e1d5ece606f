/** The minimum length of a shared phrase worth showing as evidence. */
export const MIN_PHRASE = 5;
/** Evidence is for reading: a longer shared run is cut to its first characters, with an ellipsis. */
export const MAX_PHRASE = 40;

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
  const runs: Array<{ i: number; j: number; length: number }> = [];
  // Note: one row of the dynamic-programming table at a time; a run ends where the next characters differ.
  let previous = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const row = new Uint16Array(b.length + 1);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      row[j] = (previous[j - 1] ?? 0) + 1;
      const length = row[j] ?? 0;
      if (length >= MIN_PHRASE && (i === a.length || j === b.length || a[i] !== b[j])) runs.push({ i: i - length, j: j - length, length });
    }
    previous = row;
  }
  runs.sort((x, y) => y.length - x.length || x.i - y.i);
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
