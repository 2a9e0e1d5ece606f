import type { Comparator, PlanDocument, Target } from '@plankb/core';
import type { AttainmentStatus } from '@plankb/core/track';
import type { Messages } from './messages.js';
import type { Span } from './spans.js';
import { widthOf } from '@plankb/terminal-text';

const COMPARATOR: Record<Comparator, string> = { '>': '>', '>=': '≥', '=': '', '<=': '≤', '<': '<' };

/**
 * A number as people read it: thousands grouped; three decimals below 10, one below 1000, none above.
 *
 * @param value The number.
 * @returns The text.
 */
export function formatNumber(value: number): string {
  // Note: a computed value (the expected value by now) has no use for decimals once it is in the thousands.
  const digits = Math.abs(value) >= 1000 ? 0 : Math.abs(value) >= 10 ? 1 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/**
 * A value with its unit (`65,000 架`, `35%`).
 *
 * @param value The number.
 * @param unit The unit, if any.
 * @returns The text.
 */
export function formatValue(value: number, unit: string | null): string {
  if (unit === null) return formatNumber(value);
  return /^[%‰]$/.test(unit) ? `${formatNumber(value)}${unit}` : `${formatNumber(value)} ${unit}`;
}

/**
 * What a target asks for: comparator, value and unit (`> 65,000 架`, `≥ 95%`).
 *
 * @param target The target.
 * @returns The text.
 */
export function formatTarget(target: Pick<Target, 'comparator' | 'value' | 'unit' | 'approx'>): string {
  const sign = COMPARATOR[target.comparator];
  return `${sign === '' ? '' : `${sign} `}${target.approx ? '~' : ''}${formatValue(target.value, target.unit)}`;
}

/**
 * A document's year, or its period for a multi-year plan.
 *
 * @param document The document (or its summary).
 * @returns `2025`, `2026–2030`, or `—`.
 */
export function yearLabel(document: Pick<PlanDocument, 'year' | 'period'>): string {
  if (document.period) return document.period.start === document.period.end ? String(document.period.start) : `${document.period.start}–${document.period.end}`;
  return document.year === null ? '—' : String(document.year);
}

/**
 * A horizontal rule across a width, with a label near its start (`── 3 of 12 ──────`).
 *
 * @param label The label; none when empty.
 * @param width The width in columns.
 * @returns The rule, exactly `width` columns wide (the label is assumed to fit).
 */
export function rule(label: string, width: number): string {
  const head = label === '' ? '' : `── ${label} `;
  return head + '─'.repeat(Math.max(0, width - widthOf(head)));
}

/** The colour of each attainment status. */
export const STATUS_COLOR: Record<AttainmentStatus, string> = {
  achieved: 'green',
  'on-track': 'green',
  'needs-acceleration': 'yellow',
  'limited-progress': 'yellow',
  deteriorating: 'red',
  overdue: 'red',
  'no-data': 'gray',
};

/**
 * An attainment bar: the share of the way from baseline to target, filled
 * with `█` (eighths at the edge), then the percentage. The bar reads without
 * colour too.
 *
 * @param attainment 0 to 1 (more or less is clamped on the bar, not in the number); `null` when nothing is known.
 * @param width The bar's width in columns, without the percentage.
 * @param color The fill colour.
 * @returns The bar and the percentage, `width + 6` columns.
 */
export function attainmentBar(attainment: number | null, width: number, color?: string): Span[] {
  if (attainment === null) return [{ text: '·'.repeat(width), dim: true }, { text: '     —', dim: true }];
  const share = Math.min(1, Math.max(0, attainment));
  const eighths = Math.round(share * width * 8);
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  const partial = part === 0 ? '' : (['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][part] ?? '');
  const empty = width - full - (partial === '' ? 0 : 1);
  const rounded = Math.round(attainment * 100);
  // Note: far past the target (or far behind the baseline) the exact share says little; keep it to five columns.
  const percent = rounded > 999 ? '>999%' : rounded < -99 ? '<-99%' : `${rounded}%`;
  return [
    { text: '█'.repeat(full) + partial, color },
    { text: '░'.repeat(Math.max(0, empty)), dim: true },
    { text: ` ${percent.padStart(5)}` },
  ];
}

/**
 * A document as a picker row: id, year or period, status and title, so that a
 * draft and its final version, or two documents of one region, never look the same.
 *
 * @param document The document.
 * @param t The interface strings.
 * @param idWidth The width of the id column.
 * @param color Whether colour is on.
 * @returns The row.
 */
export function documentRow(document: Pick<PlanDocument, 'id' | 'year' | 'period' | 'status' | 'title'>, t: Messages, idWidth: number, color: boolean): Span[] {
  const status = t.status[document.status];
  return [
    { text: `${document.id.padEnd(idWidth)} `, bold: true },
    { text: `${yearLabel(document).padEnd(10)}` },
    { text: `${status}${' '.repeat(Math.max(0, 19 - widthOf(status)))}`, color: color && document.status !== 'final' ? 'yellow' : undefined },
    { text: document.title ?? t.untitled, dim: true },
  ];
}
