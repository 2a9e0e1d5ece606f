import type { PlanDocument } from '@plankb/core';
import type { DocumentHead } from '@plankb/core/corpus';
import { type Cascade, cascadePlan, lowerPlans } from '@plankb/core/align';

/** A score at or above this is drawn as a strong link (●), below as a loose one (○). */
export const STRONG_SCORE = 0.3;

/** A row of the Cascade screen: a task of the upper plan, a heading, or a lower plan's task with no counterpart above. */
export type CascadeRow =
  | { kind: 'task'; row: Cascade['rows'][number] }
  | { kind: 'heading'; docId: string; count: number }
  | { kind: 'orphan'; docId: string; task: Cascade['orphans'][number]['tasks'][number] };

/**
 * The plan a Cascade screen opens on: the first that has lower-level plans in
 * the corpus for the same years (a city's plan with its districts'), else the first with a region.
 *
 * @param documents The corpus's documents (their heads: no document is read in full).
 * @returns The plan's id, or `null` for an empty corpus.
 */
export function defaultUpper(documents: readonly DocumentHead[]): string | null {
  const withLower = documents.find((d) => lowerPlans(d, documents).length > 0);
  return (withLower ?? documents.find((d) => d.region !== null) ?? documents[0])?.id ?? null;
}

/**
 * The cascade of a plan and the rows the screen lists: its tasks, then, per
 * lower plan, the tasks with no counterpart above.
 *
 * @param upper The higher-level plan.
 * @param documents The corpus's documents (their heads).
 * @param documentOf A document in full (the lower plans are read in full, the others are not).
 * @param anyYear Whether lower plans of any year count.
 * @returns The lower plans, the cascade (core's `cascadePlan`) and the rows.
 */
export function cascadeRows(
  upper: PlanDocument,
  documents: readonly DocumentHead[],
  documentOf: (id: string) => PlanDocument | undefined,
  anyYear: boolean,
): { lowers: PlanDocument[]; cascade: Cascade; rows: CascadeRow[] } {
  const lowers = lowerPlans(upper, documents, { anyYear }).flatMap((head) => documentOf(head.id) ?? []);
  const cascade = cascadePlan(upper, lowers);
  const rows: CascadeRow[] = cascade.rows.map((row) => ({ kind: 'task', row }));
  for (const orphans of cascade.orphans) {
    if (orphans.tasks.length === 0) continue;
    rows.push({ kind: 'heading', docId: orphans.docId, count: orphans.tasks.length });
    rows.push(...orphans.tasks.map((task) => ({ kind: 'orphan' as const, docId: orphans.docId, task })));
  }
  return { lowers, cascade, rows };
}

/**
 * How many of the upper plan's tasks at least one lower plan takes up.
 *
 * @param cascade The cascade.
 * @returns The count.
 */
export function takenUpCount(cascade: Cascade): number {
  return cascade.rows.filter((r) => r.cells.some((c) => c.taskIds.length > 0)).length;
}

/**
 * The text of a row, for the `/` filter.
 *
 * @param row The row.
 * @returns Its id, label and title.
 */
export function cascadeRowText(row: CascadeRow): string {
  if (row.kind === 'task') return `${row.row.taskId} ${row.row.label ?? ''}${row.row.title}`;
  if (row.kind === 'orphan') return `${row.docId} ${row.task.id} ${row.task.label ?? ''}${row.task.title}`;
  return row.docId;
}
