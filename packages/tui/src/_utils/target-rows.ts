import type { PlanDocument, Target } from '@plankb/core';
import { assessTarget, type Attainment, type ObservationEntry } from '@plankb/core/track';
import { targetThemes } from '@plankb/core/align';

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
      return { target, document, themes: targetThemes(target, document), attainment: assessTarget(target, observations, asOf, document) };
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
