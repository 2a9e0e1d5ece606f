import { diceSimilarity, normalizeForMatch } from '../_utils/similarity.js';
import type { Assignment, PlanIssue, Position, Task } from '../model/types.js';
import type { AllocationTable, Cell, ColumnRole } from './allocation-table.js';
import { resolveDeadline } from './deadline.js';
import type { Locator } from './locator.js';
import { lineSpan, quoteSpans } from './quote.js';
import type { SourceLine } from './source-lines.js';

// Note: a title this similar is the same task reworded between the plan and its table.
const MIN_TITLE_SIMILARITY = 0.6;

/** Split a units cell on 、 and commas: 区府办、区科委 → [区府办, 区科委]. */
export function splitUnits(text: string): string[] {
  return text
    .split(/[、，,；;／/]/)
    .map((u) => u.trim())
    .filter((u) => u !== '' && !/^[-—–无]$/.test(u));
}

function matchTask(title: string | null, tasks: readonly Task[]): Task | null {
  if (!title) return null;
  const key = normalizeForMatch(title);
  const exact = tasks.find((t) => normalizeForMatch(t.title) === key);
  if (exact) return exact;
  let best: Task | null = null;
  let bestScore = MIN_TITLE_SIMILARITY;
  for (const task of tasks) {
    const score = diceSimilarity(normalizeForMatch(task.title), key);
    if (score >= bestScore) {
      best = task;
      bestScore = score;
    }
  }
  return best;
}

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
  const quote = (cell: Cell | undefined): { text: string; position: Position } | null =>
    cell && cell.line !== null && cell.text !== '' ? quoteSpans(lines, locator, [lineSpan(lines, cell.line)]) : null;
  const assignments = table.rows.map((row, k): Assignment => {
    const get = (role: ColumnRole): Cell | undefined => row.cells[role] ?? row.inherited[role];
    const content = quote(row.cells.content);
    const lead = quote(row.cells.lead);
    const support = quote(row.cells.support);
    const due = quote(row.cells.due);
    const taskTitle = get('task')?.text || null;
    const task = matchTask(taskTitle, tasks);
    const whole = quoteSpans(lines, locator, [lineSpan(lines, row.firstLine), lineSpan(lines, row.lastLine)]);
    if (!task) {
      issues.push({
        code: 'unmatched-assignment',
        severity: 'warning',
        message: `Row ${k + 1} of the task table (${taskTitle ?? 'no task named'}) matches no task of the plan.`,
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
      field: get('field')?.text || null,
      taskTitle,
      content: content?.text ?? '',
      leadUnits: lead ? splitUnits(lead.text) : [],
      supportingUnits: support ? splitUnits(support.text) : [],
      due: due ? resolveDeadline(due.text, year) : null,
      dueText: due?.text ?? null,
      position: whole.position,
      contentPosition: content?.position ?? whole.position,
      leadPosition: lead?.position ?? null,
      supportingPosition: support?.position ?? null,
      duePosition: due?.position ?? null,
    };
  });
  return { assignments, issues };
}
