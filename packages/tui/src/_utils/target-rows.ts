import type { PlanDocument, Target } from '@plankb/core';
import { assessTarget, type Attainment, type ObservationEntry } from '@plankb/core/track';
import { themesOf } from '@plankb/core/align';

/** A target with its document, its themes and its assessment. */
export interface TargetItem {
  target: Target;
  document: PlanDocument;
  themes: string[];
  attainment: Attainment;
}

/** The filters of the Targets screen; `null` means all. */
export interface TargetFilter {
  region: string | null;
  docId: string | null;
  theme: string | null;
}

/**
 * Every target of the documents, assessed against the observations.
 *
 * @param documents The documents.
 * @param observations The store's observations.
 * @param asOf The date to assess at.
 * @returns The targets in document order.
 */
export function targetItems(documents: readonly PlanDocument[], observations: readonly ObservationEntry[], asOf: string): TargetItem[] {
  return documents.flatMap((document) =>
    document.targets.map((target) => {
      const task = target.taskId === null ? undefined : document.tasks.find((t) => t.id === target.taskId);
      // Note: a target carries its task's themes and those its own sentence names.
      const themes = [...new Set([...(task ? themesOf(task) : []), ...themesOf({ title: target.metric, body: target.quote })])];
      return { target, document, themes, attainment: assessTarget(target, observations, asOf, document) };
    }),
  );
}

/**
 * The targets that pass the filters.
 *
 * @param items The targets.
 * @param filter Region, document and theme.
 * @returns The targets shown.
 */
export function filterTargets(items: readonly TargetItem[], filter: TargetFilter): TargetItem[] {
  return items.filter(
    (x) =>
      (filter.region === null || x.document.region === filter.region || x.document.parentRegion === filter.region) &&
      (filter.docId === null || x.document.id === filter.docId) &&
      (filter.theme === null || x.themes.includes(filter.theme)),
  );
}

/**
 * Read what someone typed as a value: a plain number (`63000`, `63,000`) or a Chinese quantity (`6.3万`).
 *
 * @param text The typed text.
 * @param unit The target's unit, tried after the text for `6.3万` → 6.3万架.
 * @param findQuantities The core recogniser.
 * @returns The number, or `null`.
 */
export function readValue(text: string, unit: string | null, findQuantities: (text: string) => Array<{ value: number }>): number | null {
  const plain = text.replace(/[\s,，]/g, '');
  if (plain === '') return null;
  const number = Number(plain);
  if (Number.isFinite(number)) return number;
  const found = findQuantities(plain)[0] ?? (unit ? findQuantities(`${plain}${unit}`)[0] : undefined);
  return found ? found.value : null;
}
