import type { PlanDocument } from '../model/types.js';
import type { ObservationEntry } from '../track/entries.js';
import { OBSERVATION_COLUMNS } from '../track/observation-table.js';
import type { Column } from '../model/table-columns.js';
import { ASSIGNMENT_COLUMNS, DOCUMENT_COLUMNS, SECTION_COLUMNS, TASK_COLUMNS, type SectionRow } from './dataset-columns.js';
import { INDICATOR_COLUMNS, indicatorRows, TARGET_COLUMNS, targetRows } from './figure-rows.js';

/** One table of the corpus dataset: its name (the file's, `tasks` → tasks.parquet), what a row is, its columns and rows. */
export interface DatasetTable<Row = unknown> {
  name: 'documents' | 'sections' | 'tasks' | 'assignments' | 'targets' | 'indicators' | 'observations';
  /** What one row is, for docs/exports.md. */
  description: string;
  /** The column other tables refer to this one by. */
  key: string;
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[];
}

/** Erase a table's row type, so tables of different rows go in one list. */
const table = <Row>(t: DatasetTable<Row>): DatasetTable => t as unknown as DatasetTable;

/**
 * The corpus as related tables, for DuckDB, pandas or Spark: documents,
 * their sections, tasks, assignments, targets and indicators, and the
 * observations recorded against the targets. Each table's key is a stable id
 * (`doc_id`, `task_id`, `target_id` …) and the other tables refer to it by
 * the same column name, so tables join with `USING (doc_id)`.
 *
 * @param documents The corpus's documents.
 * @param observations The store's observations (all of them: a correction `supersedes` the entry it corrects).
 * @returns The seven tables, in an order where a table only refers to those before it.
 */
export function corpusDataset(documents: readonly PlanDocument[], observations: readonly ObservationEntry[]): DatasetTable[] {
  return [
    table({ name: 'documents', description: 'a plan document', key: 'doc_id', columns: DOCUMENT_COLUMNS, rows: documents }),
    table<SectionRow>({ name: 'sections', description: 'a chapter or sub-section heading', key: 'section_id', columns: SECTION_COLUMNS, rows: documents.flatMap((d) => d.sections.map((s) => ({ ...s, docId: d.id }))) }),
    table({ name: 'tasks', description: 'a task (任务)', key: 'task_id', columns: TASK_COLUMNS, rows: documents.flatMap((d) => d.tasks) }),
    table({ name: 'assignments', description: 'a row of a task-allocation table, or a duty clause: who leads, who supports, by when', key: 'assignment_id', columns: ASSIGNMENT_COLUMNS, rows: documents.flatMap((d) => d.assignments) }),
    table({ name: 'targets', description: 'a quantitative target: a figure to reach by a deadline', key: 'target_id', columns: TARGET_COLUMNS, rows: targetRows(documents) }),
    table({ name: 'indicators', description: 'a reported figure: a value reached, as of a day', key: 'indicator_id', columns: INDICATOR_COLUMNS, rows: indicatorRows(documents) }),
    table({ name: 'observations', description: 'a value someone observed for a target (`plankb track record`)', key: 'observation_id', columns: OBSERVATION_COLUMNS, rows: observations }),
  ];
}
