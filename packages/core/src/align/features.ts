import type { PlanDocument } from '../model/types.js';

const REGION_SUFFIX = /(?:省|市|区|县|自治区)$/;

/**
 * The words that name a document's place (上海, 青浦, 黄浦), so that a
 * district's 数字青浦 reads like its city's 数字上海.
 *
 * @param documents The documents compared.
 * @returns The place names, longest first.
 */
export function placeNames(documents: readonly PlanDocument[]): string[] {
  const names = new Set<string>();
  for (const d of documents) {
    for (const r of [d.region, d.parentRegion]) {
      if (!r) continue;
      names.add(r);
      const stem = r.replace(REGION_SUFFIX, '');
      if (stem.length >= 2) names.add(stem);
    }
  }
  return [...names].sort((a, b) => b.length - a.length);
}

/**
 * Text as the aligner compares it: place names replaced by one mark, and
 * the city/district words that localisation swaps (全市/全区, 本市/本区,
 * 市级/区级) made the same, punctuation and quotes dropped.
 *
 * @param text A title or body.
 * @param places Place names to neutralise.
 * @returns The comparable text.
 */
export function comparable(text: string, places: readonly string[]): string {
  let t = text;
  for (const p of places) t = t.split(p).join('◎');
  return t
    .replace(/[全本](?:市|区|县)/g, '本地')
    .replace(/(?:市|区|县)级/g, '本级')
    .replace(/[\s“”"‘’'《》〈〉「」()（）、，,。.：:；;！!？?·\-—]/g, '');
}

// Note: sentences and semicolon clauses; splitting at commas too was tried and links more unrelated tasks.
const CLAUSE = /[^。；;！!？?\n]+[。；;！!？?\n]*/g;

/**
 * Text split into sentences and semicolon clauses, each with its closing mark.
 *
 * @param text A title or body.
 * @returns The clauses in order.
 */
export function splitClauses(text: string): string[] {
  return text.match(CLAUSE) ?? [];
}
