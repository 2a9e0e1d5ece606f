import { diceSimilarity, normalizeForMatch } from '../_utils/similarity.js';
import { PlanError } from '../errors/plan-error.js';
import { isIsoDay } from '../model/dates.js';
import type { Comparator, PlanDocument, Target } from '../model/types.js';
import { sameUnit } from '../targets/units.js';
import { currentEntries, type ObservationEntry } from './entries.js';

/** Where a target stands, in words a planner can act on. */
export type AttainmentStatus = 'achieved' | 'on-track' | 'needs-acceleration' | 'limited-progress' | 'deteriorating' | 'overdue' | 'no-data';

/** What `assessTarget` returns: latest value, baseline, the value expected by now, attainment, progress ratio and status. */
export interface Attainment {
  targetId: string;
  docId: string;
  metric: string;
  comparator: Comparator;
  targetValue: number;
  unit: string | null;
  /** The date the target is due. */
  deadline: string | null;
  /** The starting point progress is measured from, and where it came from. */
  baseline: { value: number; date: string; source: 'indicator' | 'recorded' | 'first-observation' | 'assumed-zero'; ref: string | null } | null;
  latest: { value: number; date: string; entry: string } | null;
  /** The value a straight path from baseline to target would have reached by `asOf`. */
  expected: number | null;
  /** Share of the way from baseline to target covered by the latest value (1 = reached). */
  attainment: number | null;
  /** Observed progress over the progress required by now (the SDG progress ratio). */
  progressRatio: number | null;
  status: AttainmentStatus;
  asOf: string;
}

// Note: thresholds of the progress ratio, after the UN SDG progress reports: at 95% of the required pace a target is on track, from half of it it needs acceleration, below that progress is limited, and a move away from the target is deterioration.
/** A progress ratio from which a target is on track. */
export const ON_TRACK = 0.95;
/** A progress ratio from which a target needs acceleration; below it, progress is limited. */
export const NEEDS_ACCELERATION = 0.5;

const DAY = 86_400_000;
const days = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / DAY;

/**
 * Whether a value meets a target: `> 65000` only above 65000; `<=` targets
 * are met from below; an `=` target (打造50个) is met once reached.
 *
 * @param value The observed value.
 * @param comparator The target's comparator.
 * @param target The target value.
 * @returns Whether it is met.
 */
export function meets(value: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case '>':
      return value > target;
    case '>=':
    case '=':
      return value >= target;
    case '<=':
      return value <= target;
    case '<':
      return value < target;
  }
}

/** The date a target is due: its stated date, or the end of its year. */
export function deadlineOf(target: Target): string | null {
  if (!target.deadline) return null;
  return target.deadline.date ?? `${target.deadline.year}-12-31`;
}

/** The indicator of the same document that reports the target's metric, as a baseline. */
function baselineIndicator(target: Target, document: PlanDocument | undefined): Attainment['baseline'] {
  if (!document) return null;
  const metric = normalizeForMatch(`${target.subject ?? ''}${target.metric}`);
  const match = document.indicators.find((i) => i.unitFamily === target.unitFamily && sameUnit(i.unit, target.unit) && diceSimilarity(normalizeForMatch(`${i.subject ?? ''}${i.metric}`), metric) >= 0.6);
  if (!match) return null;
  return { value: match.value, date: match.asOf ?? document.date ?? `${(document.period?.start ?? document.year ?? 2000) - 1}-12-31`, source: 'indicator', ref: match.id };
}

/** Where a plan starts: a work plan on 1 January of its year, a five-year plan at the start of its period. */
function planStart(document: PlanDocument | undefined, target: Target): string {
  const year = document?.period?.start ?? document?.year ?? target.deadline?.year ?? new Date().getUTCFullYear();
  return `${year}-01-01`;
}

/**
 * Assess a target: its latest observation, attainment from a baseline, the
 * value expected by now on a straight path from baseline to deadline, and a
 * status. The baseline is the document's own indicator for the metric, else
 * a baseline the user recorded, else the first of several observations,
 * else zero at the plan's start (right for 新增 targets; record a baseline
 * when it is not).
 *
 * @param target The target.
 * @param observations Every observation in the store (corrections are applied).
 * @param asOf The date to assess at (ISO).
 * @param document The target's document, for its indicators and dates.
 * @returns The assessment.
 * @throws {PlanError} `invalid-argument` when `asOf` is not a real day (YYYY-MM-DD).
 */
export function assessTarget(target: Target, observations: readonly ObservationEntry[], asOf: string, document?: PlanDocument): Attainment {
  // Note: dates are compared as text below, so a day that is not YYYY-MM-DD would give a wrong status, not an error.
  if (!isIsoDay(asOf)) throw new PlanError('invalid-argument', `asOf "${asOf}" is not a real day in YYYY-MM-DD form.`);
  const own = currentEntries(observations.filter((o) => o.target === target.id)).filter((o) => o.date <= asOf);
  own.sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt));
  const readings = own.filter((o) => o.role === 'observation');
  const recorded = own.filter((o) => o.role === 'baseline').at(-1);
  const latestEntry = readings.at(-1);
  const deadline = deadlineOf(target);
  const base: Omit<Attainment, 'baseline' | 'latest' | 'expected' | 'attainment' | 'progressRatio' | 'status'> = {
    targetId: target.id,
    docId: target.docId,
    metric: target.metric,
    comparator: target.comparator,
    targetValue: target.value,
    unit: target.unit,
    deadline,
    asOf,
  };
  if (!latestEntry) return { ...base, baseline: null, latest: null, expected: null, attainment: null, progressRatio: null, status: deadline !== null && asOf > deadline ? 'overdue' : 'no-data' };
  const latest = { value: latestEntry.value, date: latestEntry.date, entry: latestEntry.id };
  const first = readings[0];
  const baseline: NonNullable<Attainment['baseline']> =
    baselineIndicator(target, document) ??
    (recorded ? { value: recorded.value, date: recorded.date, source: 'recorded', ref: recorded.id } : null) ??
    (first && readings.length > 1 && first !== latestEntry ? { value: first.value, date: first.date, source: 'first-observation', ref: first.id } : { value: 0, date: planStart(document, target), source: 'assumed-zero', ref: null });
  const span = deadline ? days(baseline.date, deadline) : 0;
  const elapsed = Math.min(Math.max(days(baseline.date, asOf), 0), Math.max(span, 0));
  const expected = span > 0 ? baseline.value + ((target.value - baseline.value) * elapsed) / span : target.value;
  const gap = target.value - baseline.value;
  const attainment = gap === 0 ? 1 : (latest.value - baseline.value) / gap;
  const required = expected - baseline.value;
  const progressRatio = required === 0 ? null : (latest.value - baseline.value) / required;
  let status: AttainmentStatus;
  if (meets(latest.value, target.comparator, target.value)) status = 'achieved';
  else if (deadline !== null && asOf > deadline) status = 'overdue';
  else if (gap !== 0 && Math.sign(latest.value - baseline.value) === -Math.sign(gap)) status = 'deteriorating';
  else if (progressRatio === null || progressRatio >= ON_TRACK) status = 'on-track';
  else if (progressRatio >= NEEDS_ACCELERATION) status = 'needs-acceleration';
  else status = 'limited-progress';
  return { ...base, baseline, latest, expected: Math.round(expected * 1000) / 1000, attainment: Math.round(attainment * 1000) / 1000, progressRatio: progressRatio === null ? null : Math.round(progressRatio * 1000) / 1000, status };
}
