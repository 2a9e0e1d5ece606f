import { sameMetric } from '../align/signals.js';
import type { Comparator, Target } from '../model/types.js';

/** How a target changed between two versions of a task. */
export interface TargetChange {
  a: string | null;
  b: string | null;
  metric: string;
  change: 'unchanged' | 'changed' | 'added' | 'removed';
  /** What changed: value, comparator, deadline. */
  fields: Array<'value' | 'unit' | 'comparator' | 'deadline'>;
  /** Whether b asks for more (a higher floor, a lower ceiling, an earlier deadline) or less. */
  direction: 'more-ambitious' | 'less-ambitious' | 'mixed' | null;
  /**
   * b's value as a share of a's, when both are in one unit and a's is above
   * zero: a district's 800 标准机架 against its city's 5000 is 0.16; 1 when
   * they are the same; null otherwise (no pair, another unit).
   */
  share: number | null;
}

function shareOf(a: Target, b: Target): number | null {
  if (a.unit !== b.unit || !(a.value > 0)) return null;
  return Math.round((b.value / a.value) * 10_000) / 10_000;
}

const RAISES: ReadonlySet<Comparator> = new Set(['>', '>=', '=']);


function direction(a: Target, b: Target): TargetChange['direction'] {
  const votes: number[] = [];
  if (a.value !== b.value && a.unit === b.unit) {
    const higher = b.value > a.value;
    votes.push(RAISES.has(b.comparator) === higher ? 1 : -1);
  }
  if (a.deadline && b.deadline && a.deadline.year !== b.deadline.year) votes.push(b.deadline.year < a.deadline.year ? 1 : -1);
  const strict = (c: Comparator): number => (c === '>' || c === '<' ? 1 : 0);
  if (a.comparator !== b.comparator && a.value === b.value) votes.push(strict(b.comparator) > strict(a.comparator) ? 1 : -1);
  if (votes.length === 0) return null;
  if (votes.every((v) => v > 0)) return 'more-ambitious';
  if (votes.every((v) => v < 0)) return 'less-ambitious';
  return 'mixed';
}

/**
 * Compare the targets of two matched tasks: pair them by metric, then say
 * what changed and whether the new one asks for more or less.
 *
 * @param a The old task's targets.
 * @param b The new task's targets.
 * @returns One change per target of either side.
 */
export function compareTargets(a: readonly Target[], b: readonly Target[]): TargetChange[] {
  const unused = [...b];
  const changes: TargetChange[] = [];
  for (const ta of a) {
    const tb = unused.find((t) => sameMetric(ta, t));
    if (!tb) {
      changes.push({ a: ta.id, b: null, metric: ta.metric, change: 'removed', fields: [], direction: null, share: null });
      continue;
    }
    unused.splice(unused.indexOf(tb), 1);
    const fields: TargetChange['fields'] = [];
    if (ta.value !== tb.value) fields.push('value');
    if (ta.unit !== tb.unit) fields.push('unit');
    if (ta.comparator !== tb.comparator) fields.push('comparator');
    if ((ta.deadline?.year ?? null) !== (tb.deadline?.year ?? null) || (ta.deadline?.date ?? null) !== (tb.deadline?.date ?? null)) fields.push('deadline');
    changes.push({ a: ta.id, b: tb.id, metric: tb.metric, change: fields.length === 0 ? 'unchanged' : 'changed', fields, direction: fields.length === 0 ? null : direction(ta, tb), share: shareOf(ta, tb) });
  }
  for (const tb of unused) changes.push({ a: null, b: tb.id, metric: tb.metric, change: 'added', fields: [], direction: null, share: null });
  return changes;
}
