import { alignPlans, type AlignOptions, type TaskLink } from '../align/align-plans.js';
import type { PlanDocument, Target } from '../model/types.js';
import { relateTargets, type CascadeTarget } from './cascade-targets.js';

/** How one lower-level plan takes up one task of the higher-level plan. */
export interface CascadeCell {
  docId: string;
  /** The best link's score, 0 when the task is not taken up. */
  score: number;
  taskIds: string[];
  /** The upper task's targets and their counterparts among the linked lower tasks' targets (see `relateTargets`); empty when the upper task has none. */
  targets: CascadeTarget[];
}

/** What `cascadePlan` returns: for each task of a higher-level plan, how its lower-level plans take it up, and their tasks with no counterpart above. */
export interface Cascade {
  upper: { id: string; title: string | null; region: string | null };
  lowers: Array<{ id: string; title: string | null; region: string | null }>;
  rows: Array<{ taskId: string; label: string | null; title: string; cells: CascadeCell[] }>;
  /** Tasks of each lower plan with no counterpart in the upper one. */
  orphans: Array<{ docId: string; tasks: Array<{ id: string; label: string | null; title: string }> }>;
}

/** What `lowerPlans` reads of a plan: its metadata, which a document's head (`openCorpus`) holds too. */
export type PlanMetadata = Pick<PlanDocument, 'id' | 'title' | 'status' | 'region' | 'parentRegion' | 'year' | 'period'>;

function overlaps(a: PlanMetadata, b: PlanMetadata): boolean {
  const span = (d: PlanMetadata): [number, number] | null => (d.period ? [d.period.start, d.period.end] : d.year !== null ? [d.year, d.year] : null);
  const x = span(a);
  const y = span(b);
  return x !== null && y !== null && x[0] <= y[1] && y[0] <= x[1];
}

/**
 * The lower-level plans of a plan: those of its districts (their parent
 * region is its region) covering the same year or period.
 *
 * @param upper The higher-level plan.
 * @param documents The corpus.
 * @param options `anyYear` to take every year.
 * @returns The lower-level plans.
 */
export function lowerPlans<D extends PlanMetadata>(upper: PlanMetadata, documents: readonly D[], options: { anyYear?: boolean } = {}): D[] {
  if (upper.region === null) return [];
  // Note: the parent region compared first: the bench's cascade asks this of every plan against the whole corpus.
  const lowers: D[] = [];
  for (const d of documents) if (d.parentRegion === upper.region && d.id !== upper.id && (options.anyYear || overlaps(upper, d))) lowers.push(d);
  // Note: a draft whose final version is in the corpus is the same plan; count it once, as the final.
  const finals = lowers.filter((d) => d.status === 'final');
  return lowers.filter((d) => d.status === 'final' || !finals.some((f) => f.region === d.region && f.year === d.year && f.period?.start === d.period?.start && f.title === d.title));
}

/** A plan's targets by the task they belong to. */
function targetsByTask(doc: PlanDocument): Map<string, Target[]> {
  const out = new Map<string, Target[]>();
  for (const t of doc.targets) if (t.taskId !== null) out.set(t.taskId, [...(out.get(t.taskId) ?? []), t]);
  return out;
}

/**
 * For each task of a higher-level plan, which lower-level plans take it up
 * and how strongly, and how their targets relate to its own (share of its
 * figure, same, more ambitious, missing); and the lower-level tasks with no
 * counterpart above.
 *
 * @param upper The higher-level plan (a city's).
 * @param lowers Its lower-level plans (see `lowerPlans`).
 * @param options Alignment options.
 * @returns The coverage matrix.
 */
export function cascadePlan(upper: PlanDocument, lowers: readonly PlanDocument[], options: AlignOptions = {}): Cascade {
  // Note: the cascade shows no evidence; finding it for every link of every pair cost a tenth of its time.
  const alignments = lowers.map((lower) => alignPlans(upper, lower, { evidence: false, ...options }));
  // Note: a lower plan's targets by task are found only when an upper task with targets needs them.
  const own = targetsByTask(upper);
  const targetsOf: Array<Map<string, Target[]> | undefined> = [];
  const theirTargets = (k: number): Map<string, Target[]> => (targetsOf[k] ??= targetsByTask(lowers[k] as PlanDocument));
  // Note: each alignment's links by upper task, found once rather than once per task.
  const byTask = alignments.map((al) => {
    const links = new Map<string, TaskLink[]>();
    for (const l of al.links) links.set(l.a, [...(links.get(l.a) ?? []), l]);
    return links;
  });
  return {
    upper: { id: upper.id, title: upper.title, region: upper.region },
    lowers: lowers.map((d) => ({ id: d.id, title: d.title, region: d.region })),
    rows: upper.tasks.map((task) => ({
      taskId: task.id,
      label: task.label,
      title: task.title,
      cells: alignments.map((al, k) => {
        const links = (byTask[k] as Map<string, TaskLink[]>).get(task.id) ?? [];
        const mine = own.get(task.id) ?? [];
        const targets = mine.length === 0 ? [] : relateTargets(mine, links.flatMap((l) => theirTargets(k).get(l.b) ?? []));
        return { docId: al.b, score: Math.max(0, ...links.map((l) => l.score)), taskIds: links.map((l) => l.b), targets };
      }),
    })),
    orphans: alignments.map((al, k) => {
      const lower = lowers[k] as PlanDocument;
      const orphans = new Set(al.onlyB);
      return { docId: al.b, tasks: lower.tasks.filter((t) => orphans.has(t.id)).map((t) => ({ id: t.id, label: t.label, title: t.title })) };
    }),
  };
}
