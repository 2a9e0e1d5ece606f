import { normaliseUnit } from '@plankb/core';
import type { Duty, DutyState } from '@plankb/core/track';

/** The duty states in the order the screen counts them. */
export const DUTY_STATES: readonly DutyState[] = ['overdue', 'due', 'open', 'done', 'dropped'];

/** A row of the Duties screen: a lead unit's heading, or one of its duties. */
export type DutyRow = { kind: 'unit'; unit: string | null; duties: Duty[] } | { kind: 'duty'; unit: string | null; duty: Duty };

// Note: made on first use: ICU's Chinese collation data is loaded only when the screen is.
let zh: Intl.Collator | undefined;
const collator = (): Intl.Collator => (zh ??= new Intl.Collator('zh'));
const byDue = (a: Duty, b: Duty): number => (a.due ?? '9999').localeCompare(b.due ?? '9999');

/**
 * Whether a unit name is the one asked for: as written, or under its full or
 * short name (市发改委 finds 市发展和改革委员会), as `plankb track tasks --unit` matches.
 *
 * @param name A duty's lead unit.
 * @param unit The unit asked for.
 * @returns Whether they are the same unit.
 */
export function unitMatches(name: string, unit: string): boolean {
  return name.includes(unit) || normaliseUnit(name).includes(normaliseUnit(unit));
}

/**
 * The duties grouped by lead unit, as `plankb track tasks` prints them: a duty
 * led by two units is under both; a unit written in full in one place and
 * short in another is one unit, named by its longest spelling; units in
 * Chinese collation order, duties by due date; duties with no lead unit last.
 *
 * @param duties The duties (core's `planDuties`).
 * @returns The rows: a heading per unit, then its duties.
 */
export function dutyRows(duties: readonly Duty[]): DutyRow[] {
  const groups = new Map<string | null, Duty[]>();
  const spelling = new Map<string, string>();
  for (const duty of duties) {
    const leads = duty.leadUnits.length === 0 ? [null] : duty.leadUnits;
    for (const lead of leads) {
      const key = lead === null ? null : normaliseUnit(lead);
      if (key !== null && (lead as string).length > (spelling.get(key)?.length ?? 0)) spelling.set(key, lead as string);
      const group = groups.get(key) ?? [];
      if (!group.includes(duty)) group.push(duty);
      groups.set(key, group);
    }
  }
  const named = (key: string | null): string | null => (key === null ? null : (spelling.get(key) ?? key));
  const order = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : collator().compare(named(a) as string, named(b) as string)));
  return order.flatMap((key) => {
    const unit = named(key);
    const list = [...(groups.get(key) ?? [])].sort(byDue);
    return [{ kind: 'unit' as const, unit, duties: list }, ...list.map((duty) => ({ kind: 'duty' as const, unit, duty }))];
  });
}

/**
 * How many duties are in each state, in the screen's order, leaving out states with none.
 *
 * @param duties The duties.
 * @returns `[state, count]` pairs.
 */
export function stateCounts(duties: readonly Duty[]): Array<[DutyState, number]> {
  return DUTY_STATES.map((s): [DutyState, number] => [s, duties.filter((d) => d.state === s).length]).filter(([, n]) => n > 0);
}

/**
 * The lead units of the duties, each once (by its longest spelling), in collation order.
 *
 * @param duties The duties.
 * @returns The units.
 */
export function leadUnits(duties: readonly Duty[]): string[] {
  return dutyRows(duties).flatMap((r) => (r.kind === 'unit' && r.unit !== null ? [r.unit] : []));
}
