import { sameMetric } from '../align/signals.js';
import type { Comparator, Target } from '../model/types.js';
import { sameUnit } from '../targets/units.js';

/**
 * How a lower plan's figure relates to its upper plan's on one metric:
 * `same` the same figure; `share` a part of the upper figure (a district's
 * 800 标准机架 of its city's 5000); `more-ambitious` / `less-ambitious` a rate
 * or a figure asking for more or less than the upper one; `other-unit` the
 * same metric in another unit; `missing` no target on that metric in the
 * lower plan's linked tasks.
 */
export type TargetRelation = 'same' | 'share' | 'more-ambitious' | 'less-ambitious' | 'other-unit' | 'missing';

/** One target of an upper task and its counterpart in a lower plan. */
export interface CascadeTarget {
  /** The upper target's id. */
  upper: string;
  /** The lower target's id; null when `missing`. */
  lower: string | null;
  metric: string;
  relation: TargetRelation;
  /** The lower figure as a share of the upper one, when both are in one unit and the upper one is above zero (0.16; 1 when the same). */
  share: number | null;
}

const FLOORS: ReadonlySet<Comparator> = new Set(['>', '>=', '=']);
/** Unit families that are rates: a district's rate is compared with its city's, not taken as a part of it. */
const RATES: ReadonlySet<string> = new Set(['percent']);

function relation(u: Target, l: Target): Pick<CascadeTarget, 'relation' | 'share'> {
  if (!sameUnit(u.unit, l.unit)) return { relation: 'other-unit', share: null };
  const share = u.value > 0 ? Math.round((l.value / u.value) * 10_000) / 10_000 : null;
  if (u.value === l.value && u.comparator === l.comparator) return { relation: 'same', share };
  // Note: a floor (不少于, 达到) is more ambitious when higher, a ceiling (不超过) when lower.
  const higher = l.value > u.value;
  const ambitious = FLOORS.has(l.comparator) === higher;
  const rate = u.unitFamily !== null && RATES.has(u.unitFamily);
  // Note: an amount below the upper plan's is the lower plan's part of it, not a lower ambition; above it, it asks for more (or allows more).
  if (!rate && l.value < u.value) return { relation: 'share', share };
  return { relation: ambitious ? 'more-ambitious' : 'less-ambitious', share };
}

/**
 * Relate the targets of an upper task to those of the lower tasks linked to
 * it, metric by metric (as `plankb diff` pairs targets): each upper target
 * with the first unused lower target on the same metric, or `missing`.
 *
 * @param upper The upper task's targets.
 * @param lower The targets of the lower tasks linked to it.
 * @returns One entry per upper target.
 */
export function relateTargets(upper: readonly Target[], lower: readonly Target[]): CascadeTarget[] {
  const unused = [...lower];
  return upper.map((u) => {
    const l = unused.find((t) => sameMetric(u, t));
    if (!l) return { upper: u.id, lower: null, metric: u.metric, relation: 'missing', share: null };
    unused.splice(unused.indexOf(l), 1);
    return { upper: u.id, lower: l.id, metric: u.metric, ...relation(u, l) };
  });
}
