import { isDeadlineText } from './deadline.js';
import type { SourceLine } from './source-lines.js';

/** What a column of a task-allocation table holds. */
export type ColumnRole = 'number' | 'field' | 'task' | 'content' | 'lead' | 'support' | 'due' | 'other';

/** One cell; an empty cell (a missing line, or `-`) has `line` null. */
export interface Cell {
  text: string;
  /** Index of the cell's line, or `null` for an empty cell. */
  line: number | null;
}

export interface AllocationRow {
  /** The cell of each column this row has; columns covered by a merged cell above are absent. */
  cells: Partial<Record<ColumnRole, Cell>>;
  /** Columns carried down from the rows above (merged cells). */
  inherited: Partial<Record<ColumnRole, Cell>>;
  firstLine: number;
  lastLine: number;
}

export interface AllocationTable {
  columns: ColumnRole[];
  rows: AllocationRow[];
  /** Index of the line after the table's last cell. */
  endLine: number;
}

const HEADER: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['number', /^(?:序号|编号|序)$/],
  ['field', /^(?:领域|类别|板块|方面|工作领域|任务类别|重点领域)$/],
  ['task', /^(?:重点任务|任务|工作任务|主要任务|任务名称|重点工作|工作事项)$/],
  ['content', /(?:主要内容|工作内容|具体内容|任务内容|具体措施|工作举措|主要举措|具体任务|工作措施|任务要求)$/],
  ['lead', /(?:牵头单位|责任单位|牵头部门|责任部门|主责单位|责任主体)$/],
  ['support', /(?:配合单位|协同单位|配合部门|参与单位|协办单位)$/],
  ['due', /(?:完成时间|完成时限|时间节点|时限|时间安排|进度安排)$/],
];

function headerRole(text: string): ColumnRole | null {
  for (const [role, re] of HEADER) if (re.test(text.trim())) return role;
  return null;
}

// Note: a dash or a slash in a cell means "none", like an empty cell.
const EMPTY_MARK = /^[-—–/／无]$/;

/**
 * Flattened tables put one cell per line, cells separated by a blank line;
 * an empty cell shows up as one more blank line (or as `-`). Cells are read
 * on demand: `cell(k)` reads lines until cell `k` exists.
 */
function cellReader(lines: readonly SourceLine[], from: number): { cells: Cell[]; cell: (k: number) => Cell | undefined } {
  // Note: lazily, not to the end of the file: a file with many tables (a long file of repeated decision files) would read it once per table.
  const cells: Cell[] = [];
  let i = from;
  let blanks = 0;
  const cell = (k: number): Cell | undefined => {
    while (cells.length <= k && i < lines.length) {
      const text = lines[i]?.text.trim() ?? '';
      const at = i++;
      if (text === '') {
        blanks++;
        continue;
      }
      if (cells.length > 0) for (let b = 1; b < blanks; b++) cells.push({ text: '', line: null });
      blanks = 0;
      cells.push(EMPTY_MARK.test(text) ? { text: '', line: at } : { text, line: at });
    }
    return cells[k];
  };
  return { cells, cell };
}

/**
 * Recover a task-allocation table that arrives flattened to one cell per line
 * (序号/领域/重点任务/主要内容/牵头单位/配合单位/完成时间). Rows end at their
 * deadline cell. A row with fewer cells than the header lost its leading cells
 * to merged cells above, so its cells are aligned to the right and the
 * missing ones are carried down; a row whose first cell is not a number is a
 * continuation row of the task above.
 *
 * @param lines The file's lines.
 * @param from The line after the table's title.
 * @returns The table, or `null` when no header row starts there.
 */
export function parseAllocationTable(lines: readonly SourceLine[], from: number): AllocationTable | null {
  const { cells, cell } = cellReader(lines, from);
  const columns: ColumnRole[] = [];
  let pos = 0;
  while (cell(pos) !== undefined) {
    const role = headerRole(cell(pos)?.text ?? '');
    if (!role || columns.includes(role)) break;
    columns.push(role);
    pos++;
  }
  if (columns.length < 3 || !columns.includes('content') || columns[columns.length - 1] !== 'due') return null;
  const rows: AllocationRow[] = [];
  let above: Partial<Record<ColumnRole, Cell>> = {};
  let lastLine = cells[pos - 1]?.line ?? from;
  while (cell(pos) !== undefined) {
    let end = -1;
    for (let k = pos; k < pos + columns.length && cell(k) !== undefined; k++) {
      if (isDeadlineText(cell(k)?.text ?? '')) {
        end = k;
        break;
      }
    }
    if (end < 0) break;
    const rowCells = cells.slice(pos, end + 1);
    const numbered = columns[0] === 'number' && /^\d{1,3}$/.test(rowCells[0]?.text ?? '');
    const rest = numbered ? rowCells.slice(1) : rowCells;
    const available = numbered ? columns.slice(1) : columns;
    if (rest.length > available.length) break;
    const roles = available.slice(available.length - rest.length);
    if (!roles.includes('content')) break;
    const row: AllocationRow = { cells: {}, inherited: {}, firstLine: rowCells[0]?.line ?? lastLine, lastLine: rowCells[rowCells.length - 1]?.line ?? lastLine };
    if (numbered && rowCells[0]) row.cells.number = rowCells[0];
    roles.forEach((role, k) => {
      const cell = rest[k];
      if (cell) row.cells[role] = cell;
    });
    if (!row.cells.content?.text) break;
    for (const role of available.slice(0, available.length - rest.length)) {
      const carried = above[role];
      if (carried && role !== 'number') row.inherited[role] = carried;
    }
    above = { ...above, ...row.cells };
    rows.push(row);
    lastLine = row.lastLine;
    pos = end + 1;
  }
  if (rows.length === 0) return null;
  return { columns, rows, endLine: lastLine + 1 };
}
