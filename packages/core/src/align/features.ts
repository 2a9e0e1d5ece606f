import type { PlanDocument, Task } from '../model/types.js';

/** A sparse vector: bigram → weight. */
export type Vector = Map<string, number>;

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

function addBigrams(vector: Vector, text: string, weight: number): void {
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2);
    vector.set(g, (vector.get(g) ?? 0) + weight);
  }
}

/** Title bigrams count three times: a task's title says what it is about. */
export const TITLE_WEIGHT = 3;

/**
 * The raw term counts of a task: character bigrams of its title (weighted)
 * and its body.
 *
 * @param task A task.
 * @param places Place names to neutralise.
 * @returns Its bigram counts.
 */
export function taskTerms(task: Task, places: readonly string[]): Vector {
  const v: Vector = new Map();
  addBigrams(v, comparable(task.title, places), TITLE_WEIGHT);
  addBigrams(v, comparable(task.body, places), 1);
  return v;
}

/**
 * Weight term counts by inverse document frequency over a set of tasks and
 * normalise them to unit length (TF-IDF with sublinear term frequency).
 *
 * @param terms Term counts, one per task.
 * @returns Unit vectors, one per task.
 */
export function tfidf(terms: readonly Vector[]): Vector[] {
  const df = new Map<string, number>();
  for (const v of terms) for (const g of v.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const n = terms.length;
  return terms.map((v) => {
    const w: Vector = new Map();
    let norm = 0;
    for (const [g, tf] of v) {
      const x = (1 + Math.log(tf)) * Math.log((n + 1) / ((df.get(g) ?? 0) + 0.5));
      if (x <= 0) continue;
      w.set(g, x);
      norm += x * x;
    }
    const length = Math.sqrt(norm) || 1;
    for (const [g, x] of w) w.set(g, x / length);
    return w;
  });
}

/** Cosine of two unit vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [g, x] of small) sum += x * (large.get(g) ?? 0);
  return sum;
}
