import { bigramCounts, diceOfCounts, normalizeForMatch } from '../_utils/similarity.js';
import type { PlanDocument, Target } from '../model/types.js';
import { sameUnit } from '../targets/units.js';

/**
 * What made a link: `text` the two whole tasks' wording, `clauses` a clause
 * of each that say the same, `title` one task's title found whole in the
 * other task, `structure` neighbouring tasks (same chapter, or next in the
 * plan) linked to the same task, `targets` a target on the same metric in both,
 * `kind` the same kind of supporting measure (组织领导 ↔ 健全工作机制; see `taskKinds`).
 */
export type LinkSignal = 'text' | 'clauses' | 'title' | 'structure' | 'targets' | 'kind';

/**
 * Whether two targets measure the same thing: the same metric (and subject),
 * or nearly the same wording.
 *
 * @param a A target.
 * @param b Another.
 * @returns Whether they share a metric.
 */
export function sameMetric(a: Target, b: Target): boolean {
  const [x, y] = [metricOf(a), metricOf(b)];
  if (x.text === y.text) return true;
  const dice = diceOfCounts(x.grams, y.grams);
  return dice >= 0.6 || (sameUnit(a.unit, b.unit) && a.unitFamily === b.unitFamily && dice >= 0.4);
}

/** A target's metric as compared: its normalised text and that text's character bigrams (see `diceSimilarity`). */
interface Metric {
  subject: string | null;
  metric: string;
  text: string;
  grams: Map<string, number>;
}

// Note: kept per target, as the cascade compares a city's targets with each district's; read again if the target changed.
const metrics = new WeakMap<Target, Metric>();

function metricOf(t: Target): Metric {
  const known = metrics.get(t);
  if (known && known.subject === t.subject && known.metric === t.metric) return known;
  const text = normalizeForMatch(`${t.subject ?? ''}${t.metric}`);
  const made = { subject: t.subject, metric: t.metric, text, grams: bigramCounts(text) };
  metrics.set(t, made);
  return made;
}

/**
 * The pairs of tasks with a target on the same metric in both plans, among
 * the pairs whose texts score at least `least` (comparing metrics costs more
 * than the lift is worth on pairs that cannot be linked).
 *
 * @param a The first plan.
 * @param b The second.
 * @param text The whole tasks' scores, `i * (tasks of b) + j`; all pairs when left out.
 * @param least The least text score of a pair compared.
 * @returns Indexes `i * (tasks of b) + j`.
 */
export function sharedTargets(a: PlanDocument, b: PlanDocument, text?: Float64Array, least = 0): Set<number> {
  const pairs = new Set<number>();
  if (a.targets.length === 0 || b.targets.length === 0) return pairs;
  const indexA = new Map(a.tasks.map((t, i) => [t.id, i]));
  const indexB = new Map(b.tasks.map((t, j) => [t.id, j]));
  const m = b.tasks.length;
  for (const x of a.targets) {
    const i = x.taskId ? indexA.get(x.taskId) : undefined;
    if (i === undefined) continue;
    for (const y of b.targets) {
      const j = y.taskId ? indexB.get(y.taskId) : undefined;
      if (j === undefined || (text !== undefined && (text[i * m + j] as number) < least)) continue;
      if (sameMetric(x, y)) pairs.add(i * m + j);
    }
  }
  return pairs;
}

/**
 * Each task's neighbours: the other tasks of its chapter when the plan has
 * chapters, else the tasks just before and after it.
 *
 * @param doc A plan.
 * @returns For each task, its neighbours' indexes.
 */
export function neighbours(doc: PlanDocument): number[][] {
  // Note: tasks grouped by chapter once, rather than every task scanned for each: the cascade asks this of a city's plan for each district.
  const sectioned = doc.tasks.some((t) => t.sectionId !== null);
  const chapters = new Map<string, number[]>();
  doc.tasks.forEach((t, i) => {
    if (t.sectionId === null) return;
    const members = chapters.get(t.sectionId);
    if (members) members.push(i);
    else chapters.set(t.sectionId, [i]);
  });
  const lists = doc.tasks.map((t, i) => {
    if (!sectioned || t.sectionId === null) return [i - 1, i + 1].filter((k) => k >= 0 && k < doc.tasks.length);
    return (chapters.get(t.sectionId) as number[]).filter((k) => k !== i);
  });
  return lists;
}

/**
 * The pairs of tasks whose neighbours are linked: task `i` of a and task `j`
 * of b where a neighbour of `i` is linked to `j`, or a neighbour of `j` to
 * `i`. A plan that folds a chapter into one task, or takes one up chapter by
 * chapter, shows so.
 *
 * @param a The first plan.
 * @param b The second.
 * @param linked Linked pairs as `i * (tasks of b) + j`.
 * @returns The pairs with a linked neighbour, the same way.
 */
export function linkedNeighbours(a: PlanDocument, b: PlanDocument, linked: ReadonlySet<number>): Set<number> {
  const m = b.tasks.length;
  const [na, nb] = [neighbours(a), neighbours(b)];
  const out = new Set<number>();
  for (const k of linked) {
    const [i, j] = [Math.floor(k / m), k % m];
    for (const x of na[i] ?? []) out.add(x * m + j);
    for (const y of nb[j] ?? []) out.add(i * m + y);
  }
  for (const k of linked) out.delete(k);
  return out;
}
