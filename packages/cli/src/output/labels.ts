import type { PlanDocument } from '@plankb/core';
import type { DocumentSummary } from '@plankb/core/corpus';
import type { Messages } from '../i18n.js';

type Placed = Pick<PlanDocument, 'region' | 'parentRegion'>;
type Dated = Pick<PlanDocument, 'year' | 'period'>;

/**
 * A document's region with its parent: `青浦区（上海市）`.
 *
 * @param doc A document or summary.
 * @returns The label; empty when the region is unknown.
 */
export function regionLabel(doc: Placed): string {
  if (doc.region === null) return doc.parentRegion ?? '';
  return doc.parentRegion === null ? doc.region : `${doc.region}（${doc.parentRegion}）`;
}

/**
 * A region label without its parent: `青浦区（上海市）` → `青浦区`.
 *
 * @param label A label made by `regionLabel`.
 * @returns The region alone.
 */
export function shortRegion(label: string): string {
  return label.replace(/（[^）]*）$/, '');
}

/**
 * A document's year, or its period for a multi-year plan: `2025`, `2026–2030`.
 *
 * @param doc A document or summary.
 * @returns The label; empty when neither is known.
 */
export function yearLabel(doc: Dated): string {
  // Note: a year's programme covers one year (2025–2025): shown as the year.
  if (doc.period !== null) return doc.period.start === doc.period.end ? String(doc.period.start) : `${doc.period.start}–${doc.period.end}`;
  return doc.year === null ? '' : String(doc.year);
}

/**
 * A line range: `9–75`, or `12` for one line.
 *
 * @param position A span with start and end lines.
 * @returns The label.
 */
export function linesLabel(position: { start: { line: number }; end: { line: number } }): string {
  return position.start.line === position.end.line ? String(position.start.line) : `${position.start.line}–${position.end.line}`;
}

/**
 * The translated names of a summary's kind, status and level.
 *
 * @param doc A document or summary.
 * @param t The interface strings.
 * @returns The three labels.
 */
export function enumLabels(doc: Pick<DocumentSummary, 'kind' | 'status' | 'level'>, t: Messages): { kind: string; status: string; level: string } {
  return { kind: t.kinds[doc.kind], status: t.statuses[doc.status], level: t.levels[doc.level] };
}
