// @plankb/core/track: observations of targets and progress of tasks, kept in a store next to the corpus (I/O: an
// append-only file under a lock), and what is computed from them: attainment, deadlines, duties.

export type { ObservationEntry, StoreEntry, TaskProgressEntry, TaskStatus } from './track/entries.js';
export { currentEntries, ObservationEntrySchema, StoreEntrySchema, TASK_STATUSES, TaskProgressEntrySchema } from './track/entries.js';
export type { StoreContents, StoreProblem } from './track/store.js';
export { appendEntries, defaultStoreDir, readStore } from './track/store.js';
export type { ObservationInput } from './track/record.js';
export { observationEntry, recorderName, resolveTarget, resolveTask, taskProgressEntry } from './track/record.js';
export type { Attainment, AttainmentStatus } from './track/attainment.js';
export { assessTarget, deadlineOf, meets, NEEDS_ACCELERATION, ON_TRACK } from './track/attainment.js';
export type { Duty, DutyState } from './track/task-deadlines.js';
export { planDuties } from './track/task-deadlines.js';
export type { RowProblem } from './track/observation-table.js';
export { OBSERVATION_COLUMNS, parseCsv, readObservationTable } from './track/observation-table.js';
export { readTypedNumber } from './track/typed-number.js';
