import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import { isIsoDay } from '../model/dates.js';

const IsoDate = z.string().refine(isIsoDay, 'a date is a real day, YYYY-MM-DD');

/**
 * What someone observed of a target: the value reached by a date. A
 * correction is a new entry that `supersedes` the old one; the old one stays
 * in the store, visible in the history.
 */
export const ObservationEntrySchema = z.object({
  type: z.literal('observation'),
  id: z.string().min(1),
  /** The target's id (`qingdao-2025:tg6`). */
  target: z.string().min(1),
  docId: z.string().min(1),
  /** The target's metric when recorded, so the store reads on its own. */
  metric: z.string(),
  value: z.number().finite(),
  unit: z.string().nullable(),
  /** The date the value was reached or reported. */
  date: IsoDate,
  /** `baseline` marks the starting value to measure progress from, when the plan reports none. */
  role: z.enum(['observation', 'baseline']),
  source: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  supersedes: z.string().nullable(),
});

/** The task statuses a planner can record. */
export const TASK_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;

/** Progress on a task: its status as of a date. */
export const TaskProgressEntrySchema = z.object({
  type: z.literal('task-progress'),
  id: z.string().min(1),
  task: z.string().min(1),
  docId: z.string().min(1),
  status: z.enum(TASK_STATUSES),
  date: IsoDate,
  note: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  supersedes: z.string().nullable(),
});

/** The schema every line of the store must satisfy. */
export const StoreEntrySchema = z.discriminatedUnion('type', [ObservationEntrySchema, TaskProgressEntrySchema]);

/** An observation in the store (see `ObservationEntrySchema`). */
export type ObservationEntry = z.infer<typeof ObservationEntrySchema>;
/** A task progress entry in the store (see `TaskProgressEntrySchema`). */
export type TaskProgressEntry = z.infer<typeof TaskProgressEntrySchema>;
/** Any entry of the store: an observation or a task progress entry. */
export type StoreEntry = z.infer<typeof StoreEntrySchema>;
/** A task's status: not-started, in-progress, done or dropped. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

// Note: ids are unique by construction within a process (a counter) and across processes by a random tag drawn
// once per process; random bits alone collided on large imports (24,000 ids in one second share 24 bits).
const processTag = randomBytes(4).toString('hex');
let sequence = 0;

/**
 * A new entry id: sortable by time, unique within a process by construction
 * and across writers by a random tag (`ob-20261121T101500-3f9a2c01-0`).
 *
 * @param prefix `ob` for observations, `tp` for task progress.
 * @param now The time of recording.
 * @returns The id.
 */
export function newEntryId(prefix: 'ob' | 'tp', now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '');
  return `${prefix}-${stamp}-${processTag}-${(sequence++).toString(36)}`;
}

/**
 * The entries still in force: those no later entry supersedes.
 *
 * @param entries All entries, in any order.
 * @returns The current ones, in the order given.
 */
export function currentEntries<E extends { id: string; supersedes: string | null }>(entries: readonly E[]): E[] {
  const replaced = new Set(entries.map((e) => e.supersedes).filter((s): s is string => s !== null));
  return entries.filter((e) => !replaced.has(e.id));
}
