// Task tables written one row per line: Markdown pipe tables (| 序号 | 重点工作 | … |, then |---|), the same rows
// without Markdown (序号 | 重点任务 | …), and rows whose cells a copy from a web page or a spreadsheet separates by
// TAB. Each cell keeps its span in the line, so its quote is exactly the source there.

import type { SourceLine } from '../text/source-lines.js';
import { recogniseLabel } from '../text/numbering.js';
import { headerRole, isTaskTableHeader, settleLeadColumns, type ColumnRole } from './table-header.js';

/** A cell's text and its span `[from, to)` in its line's text. */
export interface RowCell {
  text: string;
  from: number;
  to: number;
}

/** How a line separates its cells. */
export type RowSeparator = 'pipe' | 'tab';

const PIPE = /[|｜]/;
// Note: the delimiter row of a Markdown table, under its header: |---|:---:|---|.
const DELIMITER_ROW = /^\s*[|｜]?\s*:?-{2,}:?\s*(?:[|｜]\s*:?-{2,}:?\s*)+[|｜]?\s*$/;

/** Split a line into cells on the separator, each trimmed, with its span; outer pipes of `| a | b |` make no cells. */
export function splitRow(text: string, separator: RowSeparator): RowCell[] {
  const re = separator === 'pipe' ? /[|｜]/g : /\t/g;
  const cells: RowCell[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    cells.push({ text: text.slice(a, b), from: a, to: b });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + 1;
  }
  push(start, text.length);
  if (separator === 'pipe') {
    // `| a | b |` has nothing before its first pipe and after its last.
    if (cells[0]?.text === '' && /^\s*[|｜]/.test(text)) cells.shift();
    if (cells[cells.length - 1]?.text === '' && /[|｜]\s*$/.test(text)) cells.pop();
  }
  return cells;
}

/** The header of a row-per-line table at a line: its separator and the role of each column. */
export function readRowHeader(text: string): { separator: RowSeparator; columns: ColumnRole[] } | null {
  for (const separator of ['pipe', 'tab'] as const) {
    if (separator === 'pipe' ? !PIPE.test(text) : !text.includes('\t')) continue;
    const cells = splitRow(text, separator);
    // Note: a copied row may start or end with a TAB; cells outside the header's words are no columns.
    while (cells[0]?.text === '') cells.shift();
    while (cells[cells.length - 1]?.text === '') cells.pop();
    if (cells.length < 3) continue;
    const roles = settleLeadColumns(
      cells.map((c) => c.text),
      cells.map((c) => headerRole(c.text)),
    );
    if (roles.some((r) => r === null)) continue;
    const columns = roles as ColumnRole[];
    if (isTaskTableHeader(columns)) return { separator, columns };
  }
  return null;
}

function isRow(text: string, separator: RowSeparator): boolean {
  return separator === 'pipe' ? PIPE.test(text) : text.includes('\t');
}

function nextContentLine(lines: readonly SourceLine[], from: number, to: number): number {
  let i = from;
  while (i < to && (lines[i]?.text.trim() ?? '') === '') i++;
  return i;
}

/** A numbered heading standing alone between a table's rows (一、…, （二）…): short, no sentence. */
function isGroupHeading(text: string): boolean {
  const t = text.trim();
  return t.length <= 30 && !/[。；;]/.test(t) && recogniseLabel(t) !== null;
}

/** The rows of a row-per-line table after its header line, each as its cells, up to the first line that is not a row. */
export function readRowLines(
  lines: readonly SourceLine[],
  header: number,
  separator: RowSeparator,
  to: number,
): { rows: Array<{ line: number; cells: RowCell[] }>; endLine: number } {
  const rows: Array<{ line: number; cells: RowCell[] }> = [];
  let i = header + 1;
  if (DELIMITER_ROW.test(lines[i]?.text ?? '')) i++;
  let endLine = i;
  while (i < to) {
    const text = lines[i]?.text ?? '';
    if (text.trim() === '') {
      // Note: a Markdown table ends at a blank line; rows copied from a web page may have one between them.
      if (separator === 'pipe' && /^\s*[|｜]/.test(lines[header]?.text ?? '')) break;
      i++;
      continue;
    }
    if (separator === 'pipe' ? !PIPE.test(text) : !text.includes('\t')) {
      // Note: a group's heading spanning the table (一、扩充优质教育资源, a cell over every column) comes out as a line
      // of its own between the rows; the rows after it are the same table's.
      if (isGroupHeading(text) && isRow(lines[nextContentLine(lines, i + 1, to)]?.text ?? '', separator)) {
        i++;
        continue;
      }
      break;
    }
    const cells = splitRow(text, separator);
    if (cells.filter((c) => c.text !== '').length < 1 || cells.length < 2) break;
    rows.push({ line: i, cells });
    i++;
    endLine = i;
  }
  return { rows, endLine };
}
