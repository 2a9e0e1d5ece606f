import { PlanError } from '../errors/plan-error.js';
import { isIsoDay } from '../model/dates.js';
import type { PlanDocument } from '../model/types.js';
import { currentEntries, type TaskProgressEntry, type TaskStatus } from './entries.js';

/** Where a task's duty stands as of a date. */
export type DutyState = 'done' | 'dropped' | 'overdue' | 'due' | 'open';

/** One duty: a row of the task table (or a task's own deadline), its lead units and where it stands. */
export interface Duty {
  docId: string;
  taskId: string | null;
  taskTitle: string | null;
  /** The assignment row, or `null` for a deadline read from the task text. */
  assignmentId: string | null;
  content: string;
  leadUnits: string[];
  supportingUnits: string[];
  due: string | null;
  dueText: string | null;
  status: TaskStatus | null;
  state: DutyState;
}

/** A duty is `due` when its deadline falls within this many days. */
export const DUE_SOON_DAYS = 30;

function stateOf(due: string | null, status: TaskStatus | null, asOf: string): Duty['state'] {
  if (status === 'done') return 'done';
  if (status === 'dropped') return 'dropped';
  if (due === null) return 'open';
  if (due < asOf) return 'overdue';
  return (Date.parse(due) - Date.parse(asOf)) / 86_400_000 <= DUE_SOON_DAYS ? 'due' : 'open';
}

/**
 * The duties of a plan as of a date: every row of its task-allocation table
 * with its due date and lead units, and for tasks without rows the
 * deadlines of their targets; each marked done, dropped, overdue, due (within
 * 30 days) or open, from the task progress recorded.
 *
 * @param document The plan.
 * @param progress Task progress entries (corrections are applied).
 * @param asOf The date (ISO).
 * @returns The duties in document order.
 * @throws {PlanError} `invalid-argument` when `asOf` is not a real day (YYYY-MM-DD).
 */
export function planDuties(document: PlanDocument, progress: readonly TaskProgressEntry[], asOf: string): Duty[] {
  // Note: dates are compared as text below, so a day that is not YYYY-MM-DD would give wrong states, not an error.
  if (!isIsoDay(asOf)) throw new PlanError('invalid-argument', `asOf "${asOf}" is not a real day in YYYY-MM-DD form.`);
  const latest = new Map<string, TaskStatus>();
  const own = currentEntries(progress.filter((p) => p.docId === document.id && p.date <= asOf)).sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt));
  for (const p of own) latest.set(p.task, p.status);
  const titles = new Map(document.tasks.map((t) => [t.id, t.title]));
  const duties: Duty[] = document.assignments.map((a) => {
    const status = a.taskId ? (latest.get(a.taskId) ?? null) : null;
    return {
      docId: document.id,
      taskId: a.taskId,
      taskTitle: a.taskId ? (titles.get(a.taskId) ?? a.taskTitle) : a.taskTitle,
      assignmentId: a.id,
      content: a.content,
      leadUnits: a.leadUnits,
      supportingUnits: a.supportingUnits,
      due: a.due,
      dueText: a.dueText,
      status,
      state: stateOf(a.due, status, asOf),
    };
  });
  const covered = new Set(document.assignments.map((a) => a.taskId));
  for (const task of document.tasks) {
    if (covered.has(task.id)) continue;
    const dates = document.targets.filter((t) => t.taskId === task.id && t.deadline).map((t) => t.deadline?.date ?? `${t.deadline?.year}-12-31`);
    const due = dates.sort()[0] ?? (document.year !== null ? `${document.year}-12-31` : document.period ? `${document.period.end}-12-31` : null);
    const status = latest.get(task.id) ?? null;
    duties.push({ docId: document.id, taskId: task.id, taskTitle: task.title, assignmentId: null, content: task.title, leadUnits: [], supportingUnits: [], due, dueText: null, status, state: stateOf(due, status, asOf) });
  }
  return duties;
}
