import type { Assignment, PlanIssue, Position, Task } from '../model/types.js';
import { type AllocationTable, type Cell, cellSpans, cellUnitsText, quotableCell } from './allocation-table.js';
import { resolveDeadline } from '../text/deadline.js';
import type { Locator } from '../text/locator.js';
import { doingColumn, matchRowsToTasks, rowCell, rowTexts } from './match-rows.js';
import { lineSpan, quoteSpans } from '../text/quote.js';
import type { SourceLine } from '../text/source-lines.js';
import { readTableUnits } from './table-units.js';


/**
 * Turn the rows of a task-allocation table into assignments of a plan's
 * tasks: each row's 重点任务 (written or carried down) is matched to a task
 * title; units are split; the deadline is resolved in the plan's year.
 *
 * @param docId The plan's id.
 * @param file The source file, for diagnostics.
 * @param table The recovered table.
 * @param tasks The plan's tasks.
 * @param year The plan's year, for deadlines that do not name one.
 * @param lines The file's lines.
 * @param locator The file's locator.
 * @returns The assignments and any rows that match no task.
 */
export function buildAssignments(
  docId: string,
  file: string | null,
  table: AllocationTable,
  tasks: readonly Task[],
  year: number | null,
  lines: readonly SourceLine[],
  locator: Locator,
): { assignments: Assignment[]; issues: PlanIssue[] } {
  const issues: PlanIssue[] = [];
  const quote = (whole: Cell | undefined): { text: string; position: Position } | null => {
    if (!whole || whole.line === null || whole.text === '') return null;
    const cell = quotableCell(lines, whole);
    // Note: a cell that holds line breaks reads as its parts joined, and points from its first part to its last.
    if (cell.rest) return { text: cell.text, position: quoteSpans(lines, locator, cellSpans(lines, cell)).position };
    const line = whole.line;
    const span = cell.from !== undefined && cell.to !== undefined ? { line, from: cell.from, to: cell.to } : lineSpan(lines, line);
    return quoteSpans(lines, locator, [span]);
  };
  const get = rowCell;
  // A table with no content column (序号 | 重点任务 | 责任单位 | 完成时限) states what to do in its task cell.
  const doing = doingColumn(table);
  const matches = matchRowsToTasks(rowTexts(table), tasks);
  const assignments = table.rows.map((row, k): Assignment => {
    const content = quote(get(row, doing));
    const lead = quote(row.cells.lead);
    const support = quote(row.cells.support);
    const due = quote(row.cells.due);
    const unitsOf = (cell: Cell | undefined): string | null => (cell ? cellUnitsText(lines, cell) : null) || null;
    const units = readTableUnits(unitsOf(row.cells.lead), unitsOf(row.cells.support));
    const taskTitle = get(row, 'task')?.text || null;
    const whole = quoteSpans(lines, locator, [lineSpan(lines, row.firstLine), lineSpan(lines, row.lastLine)]);
    // Note: a task read from this very row (a plan that states its tasks only in its table) is the row's own.
    const task = tasks.find((t) => t.position.start.offset >= whole.position.start.offset && t.position.end.offset <= whole.position.end.offset) ?? matches[k]?.task ?? null;
    if (!task && tasks.length > 0) {
      issues.push({
        code: 'unmatched-assignment',
        severity: 'warning',
        message: `Row ${k + 1} of the task table (${taskTitle ?? content?.text.slice(0, 20) ?? 'no task named'}) matches no task of the plan by title or content; it is kept as an assignment without a task.`,
        file,
        docId,
        position: whole.position,
        source: 'core:parse',
      });
    }
    return {
      type: 'assignment',
      id: `${docId}:a${k + 1}`,
      docId,
      taskId: task?.id ?? null,
      row: k + 1,
      number: row.cells.number?.text ?? null,
      field: get(row, 'field')?.text || null,
      taskTitle,
      content: content?.text ?? '',
      leadUnits: units.lead,
      supportingUnits: units.supporting,
      due: due ? resolveDeadline(due.text, year) : null,
      dueText: due?.text ?? null,
      position: whole.position,
      contentPosition: content?.position ?? whole.position,
      // Note: a units cell wrapped inside its column is quoted by its first part, which must hold the first unit.
      leadPosition: lead && (!row.cells.lead?.rest || lead.text.includes(units.lead[0] ?? '')) ? lead.position : null,
      // Note: units a 责任单位 cell marks as supporting (…（牵头）、…) are stated in that cell.
      supportingPosition: support?.position ?? (units.supporting.length > 0 ? (lead?.position ?? null) : null),
      duePosition: due?.position ?? null,
    };
  });
  if (tasks.length === 0 && assignments.length > 0) {
    issues.push({
      code: 'unmatched-assignment',
      severity: 'info',
      message: `The plan states its tasks only in its task table: its ${assignments.length} rows are kept as assignments without a task.`,
      file,
      docId,
      position: assignments[0]?.position ?? null,
      source: 'core:parse',
    });
  }
  return { assignments, issues };
}
