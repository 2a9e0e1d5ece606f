// Task tables written one row per line: Markdown pipe tables (| 序号 | 重点工作 | … |, then |---|), the same rows
// without Markdown (序号 | 重点任务 | …), and rows whose cells a copy from a web page or a spreadsheet separates by
// TAB. Each cell keeps its span in the line, so its quote is exactly the source there.

import type { SourceLine } from '../text/source-lines.js';
import { recogniseLabel } from '../text/numbering.js';
import { headerRole, isTaskTableHeader, NUMBER_CELL, settleLeadColumns, type ColumnRole } from './table-header.js';

/** The part of a cell on a line of its own, after a line break inside the cell. */
export interface CellPart {
  line: number;
  from: number;
  to: number;
}

/** A cell's text and its span `[from, to)` in its line's text. */
export interface RowCell {
  text: string;
  from: number;
  to: number;
  /** The cell's line when it is not the row's first (a cell after a line break inside an earlier cell). */
  line?: number;
  /** Where the cell goes on after each line break inside it, on the lines after; `text` is all its parts joined. */
  rest?: CellPart[];
}

/** How a line separates its cells. */
// Note: `space`: a web page's table copied as text with one space between cells (序号 工作任务 目标要求 责任单位 完成时限), as
// some sites and readers give it; only a header of header words alone, and rows of exactly its cells opened by a 序号.
export type RowSeparator = 'pipe' | 'tab' | 'space';

const PIPE = /[|｜]/;
// Note: the delimiter row of a Markdown table, under its header: |---|:---:|---|.
const DELIMITER_ROW = /^\s*[|｜]?\s*:?-{2,}:?\s*(?:[|｜]\s*:?-{2,}:?\s*)+[|｜]?\s*$/;

/** Split a line into cells on the separator, each trimmed, with its span; outer pipes of `| a | b |` make no cells. */
export function splitRow(text: string, separator: RowSeparator): RowCell[] {
  const re = separator === 'pipe' ? /[|｜]/g : separator === 'tab' ? /\t/g : /[ \u3000]+/g;
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
  // Note: spaces before a row's first cell or after its last (a flattened table's rows cut apart, see run-on-rows.ts)
  // part no cells.
  if (separator === 'space') {
    if (cells[0]?.text === '' && cells.length > 1) cells.shift();
    if (cells[cells.length - 1]?.text === '' && cells.length > 1) cells.pop();
  }
  if (separator === 'pipe') {
    // `| a | b |` has nothing before its first pipe and after its last.
    if (cells[0]?.text === '' && /^\s*[|｜]/.test(text)) cells.shift();
    if (cells[cells.length - 1]?.text === '' && /[|｜]\s*$/.test(text)) cells.pop();
  }
  return cells;
}

/** The header of a row-per-line table at a line: its separator and the role of each column. */
export function readRowHeader(text: string): { separator: RowSeparator; columns: ColumnRole[] } | null {
  for (const separator of ['pipe', 'tab', 'space'] as const) {
    if (separator === 'pipe' ? !PIPE.test(text) : separator === 'tab' ? !text.includes('\t') : !SPACED_HEADER.test(text.trim())) continue;
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

// A line of short words set apart by single spaces and nothing else: the only kind of line read as a header of `space`.
const SPACED_HEADER = /^[\u4e00-\u9fff（）()]{2,12}(?:[ \u3000][\u4e00-\u9fff（）()]{2,12}){2,}$/;

function isRow(text: string, separator: RowSeparator): boolean {
  return separator === 'pipe' ? PIPE.test(text) : separator === 'tab' ? text.includes('\t') : /[ \u3000]/.test(text.trim());
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

// A row wraps over a few lines at most; a longer run of short lines is no row.
const MAX_ROW_LINES = 6;

/**
 * A TAB row whose cells hold line breaks, rejoined (1<TAB>城区老旧小区改造<TAB>改造老旧小区150个，惠及居民 / 2.5万户<TAB>
 * 市住建局<TAB>…): a cell of several paragraphs in Word, or one with a line break typed in it in a spreadsheet, comes out
 * of a copy as text over several lines, the row's TABs spread over them; a spreadsheet also puts such a cell in quotes.
 * The lines after the row's first continue it while the row has fewer cells than the header: the first cell of each
 * continues the cell the line before ended in. It is a row only when the lines give exactly the header's cells, and
 * no line of it opens the next row (a 序号 cell).
 */
function joinWrappedRow(lines: readonly SourceLine[], i: number, first: RowCell[], width: number, to: number): { cells: RowCell[]; next: number } | null {
  if (!NUMBER_CELL.test(first[0]?.text ?? '') || first.length < 2) return null;
  const cells = first.map((c) => ({ ...c }));
  let k = i + 1;
  for (; cells.length < width && k < to && k < i + MAX_ROW_LINES; k++) {
    const text = lines[k]?.text ?? '';
    if (text.trim() === '') return null;
    const more = splitRow(text, 'tab');
    if (more.length > 1 && NUMBER_CELL.test(more[0]?.text ?? '')) return null;
    if (cells.length + more.length - 1 > width) return null;
    const last = cells[cells.length - 1] as RowCell;
    const head = more[0] as RowCell;
    if (last.text === '') cells[cells.length - 1] = { ...head, line: k };
    else if (head.text !== '') {
      last.text += head.text;
      last.rest = [...(last.rest ?? []), { line: k, from: head.from, to: head.to }];
    }
    for (const c of more.slice(1)) cells.push({ ...c, line: k });
  }
  if (cells.length !== width) return null;
  // Note: a spreadsheet quotes a cell that holds a line break ("改造…居民 / 2.5万户"); the quotes are no part of it.
  for (const c of cells) {
    const end = c.rest?.[c.rest.length - 1];
    if (end && c.text.length > 2 && c.text.startsWith('"') && c.text.endsWith('"') && c.to - c.from > 1 && end.to - end.from > 1) {
      c.text = c.text.slice(1, -1);
      c.from += 1;
      end.to -= 1;
    }
  }
  return { cells, next: k };
}

/** The rows of a row-per-line table after its header line, each as its cells, up to the first line that is not a row. */
export function readRowLines(
  lines: readonly SourceLine[],
  header: number,
  separator: RowSeparator,
  to: number,
): { rows: Array<{ line: number; lastLine: number; cells: RowCell[] }>; endLine: number } {
  const rows: Array<{ line: number; lastLine: number; cells: RowCell[] }> = [];
  const width = separator === 'pipe' ? 0 : (readRowHeader(lines[header]?.text ?? '')?.columns.length ?? 0);
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
    if (!isRow(text, separator)) {
      // Note: a group's heading spanning the table (一、扩充优质教育资源, a cell over every column) comes out as a line
      // of its own between the rows; the rows after it are the same table's.
      if (isGroupHeading(text) && isRow(lines[nextContentLine(lines, i + 1, to)]?.text ?? '', separator)) {
        i++;
        continue;
      }
      break;
    }
    // A header row again: a page's repeated header between rows (a table over several pages) is no row; after a heading
    // it starts another table, and the heading is the outline's (一、… / 序号 工作任务 责任单位 … / 二、… / 序号 …, a plan
    // that sets a table under each of its chapters), not a group of this table's rows.
    if (readRowHeader(text) !== null) {
      if (i > endLine) break;
      i++;
      endLine = i;
      continue;
    }
    const cells = splitRow(text, separator);
    while (separator === 'space' && cells[0]?.text === '') cells.shift();
    if (cells.filter((c) => c.text !== '').length < 1 || cells.length < 2) break;
    // Note: spaces separate words inside a cell as well: only a row of exactly the header's cells, opened by its 序号, is sure.
    if (separator === 'space' && (cells.length !== width || !NUMBER_CELL.test(cells[0]?.text ?? ''))) break;
    const joined = separator === 'tab' && cells.length < width ? joinWrappedRow(lines, i, cells, width, to) : null;
    if (joined) {
      rows.push({ line: i, lastLine: joined.next - 1, cells: joined.cells });
      i = joined.next;
      endLine = i;
      continue;
    }
    rows.push({ line: i, lastLine: i, cells });
    i++;
    endLine = i;
  }
  return { rows, endLine };
}
