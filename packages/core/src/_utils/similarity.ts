/** Text with quotes, spaces and punctuation removed, for comparing titles as a reader would. */
export function normalizeForMatch(text: string): string {
  return text.replace(/[\s“”"‘’'《》〈〉「」『』()（）、，,。.：:；;！!？?·\-—]/g, '');
}

/**
 * The character bigrams of a text with their counts, what `diceOfCounts` compares; keep them to compare one text
 * with many.
 *
 * @param text A text.
 * @returns Each bigram and how often it occurs.
 */
export function bigramCounts(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/**
 * Dice similarity of two texts' character bigrams, from 0 (nothing shared) to 1.
 *
 * @param a A text.
 * @param b Another text.
 * @returns The similarity.
 */
export function diceSimilarity(a: string, b: string): number {
  return diceOfCounts(bigramCounts(a), bigramCounts(b));
}

/**
 * Dice similarity of two texts' bigram counts (`bigramCounts`), from 0 to 1: what `diceSimilarity` gives for the texts.
 *
 * @param x One text's bigrams.
 * @param y The other's.
 * @returns The similarity.
 */
export function diceOfCounts(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [g, n] of x) {
    shared += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Levenshtein distance, for suggesting the id a user meant. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}
