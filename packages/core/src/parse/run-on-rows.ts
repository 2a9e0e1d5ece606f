// A task table whose rows lost their line breaks (a page flattened to one line, or with a space or a tab for each
// break): its cells still stand between TABs, as a spreadsheet or a web page's table copies them, but each row runs on
// into the next (…完成时限 1	深化…	区政务服务管理办公室	2025年6月底前 2	推进…). The header says how many cells a row has
// and the 序号 column numbers the rows 1, 2, 3…: each row is cut onto a line of its own, as on the page, and read as a
// table's rows are.
import { cutLines } from './run-on-lines.js';
import { headerRole, isTaskTableHeader, settleLeadColumns, type ColumnRole } from './table-header.js';
import type { SourceLine } from '../text/source-lines.js';

/** A cell between TABs: its span in the line. */
interface Span {
  from: number;
  to: number;
}

/** A line needs this many TABs to hold a header and two rows of at least three cells. */
const MIN_TABS = 8;
/** The longest header word read off the end of a cell the title or the text before it runs into (…清单序号). */
const MAX_HEADER_WORD = 6;

function tabCells(text: string): Span[] {
  const cells: Span[] = [];
  let from = 0;
  for (let at = text.indexOf('\t'); at >= 0; at = text.indexOf('\t', from)) {
    cells.push({ from, to: at });
    from = at + 1;
  }
  cells.push({ from, to: text.length });
  return cells;
}

// A table copied with one space between cells (75ab3a4 reads it a row a line), flattened with a space or nothing for
// each row's line break: its cells stand between single spaces, ASCII or full-width, as they stood between TABs above.
const CELL_SPACE = /[ \u3000]/g;
/** A line needs this many such spaces to hold a header and two rows of at least three cells. */
const MIN_SPACES = 8;

function spaceCells(text: string): Span[] {
  const cells: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(CELL_SPACE)) {
    cells.push({ from, to: m.index });
    from = m.index + 1;
  }
  cells.push({ from, to: text.length });
  return cells;
}

/** Where a header word ends the cell (…清单序号, …清单 序号): the offset it starts at, or -1. */
function headerWordAtEnd(text: string, cell: Span): number {
  const end = trimEnd(text, cell);
  for (let k = Math.min(MAX_HEADER_WORD, end - cell.from); k >= 2; k--) {
    if (headerRole(text.slice(end - k, end)) === 'number') return end - k;
  }
  return -1;
}

function trimEnd(text: string, cell: Span): number {
  let end = cell.to;
  while (end > cell.from && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

/**
 * Where the row numbered `n` starts in a cell that holds the end of the row before it and then that number, glued
 * (…2025年6月底前2) or after a space (…2025年6月底前 2), or -1. The cell's own text must remain.
 */
function numberAtEnd(text: string, cell: Span, n: number): number {
  const end = trimEnd(text, cell);
  const digits = String(n);
  const at = end - digits.length;
  if (at <= cell.from || text.slice(at, end) !== digits || /[0-9]/.test(text[at - 1] ?? '')) return -1;
  return at;
}

/** The header of a table at cell `i` whose first cell may start inside it (…清单序号): its columns, or null. */
function headerAt(text: string, cells: readonly Span[], i: number): { start: number; columns: ColumnRole[]; last: number } | null {
  const first = cells[i] as Span;
  const whole = headerRole(text.slice(first.from, first.to)) === 'number';
  const start = whole ? first.from : headerWordAtEnd(text, first);
  if (start < 0) return null;
  const words = [text.slice(start, first.to).trim()];
  // Note: the header's last cell runs into the first row's number (完成时限1, 完成时限 1): read without it.
  for (let k = i + 1; k < cells.length && words.length < 12; k++) {
    const cell = cells[k] as Span;
    const word = text.slice(cell.from, cell.to).trim();
    const bare = word.replace(/[\s\u3000]*1$/, '');
    if (headerRole(word) === null && (bare === word || headerRole(bare) === null)) break;
    words.push(headerRole(word) !== null ? word : bare);
    if (headerRole(word) === null) break;
  }
  const roles = settleLeadColumns(
    words,
    words.map((w) => headerRole(w)),
  );
  if (roles.some((r) => r === null) || !isTaskTableHeader(roles as ColumnRole[])) return null;
  return { start, columns: roles as ColumnRole[], last: i + words.length - 1 };
}

/** The cuts of one line: before the header, before each row's number, and after the last row. */
function rowCuts(text: string, cells: readonly Span[]): number[] {
  for (let i = 0; i < cells.length; i++) {
    const header = headerAt(text, cells, i);
    if (!header) continue;
    const width = header.columns.length;
    const cuts = header.start > (cells[0] as Span).from ? [header.start] : [];
    // The cell that closes the header or the row before: the next row's number follows it as a cell of its own, or is
    // glued to its end (…2025年6月底前2, …完成时限 1), where a row's line break was lost with no TAB for it.
    let end = header.last;
    let n = 1;
    for (; end < cells.length; n++) {
      const own = cells[end + 1];
      let at: number;
      if (own && text.slice(own.from, own.to).trim() === String(n)) {
        at = own.from;
        end += width;
      } else {
        at = numberAtEnd(text, cells[end] as Span, n);
        if (at < 0) break;
        end += width - 1;
      }
      if (end >= cells.length) break;
      cuts.push(at);
    }
    if (n < 3) return [];
    const after = cells[end + 1];
    if (end < cells.length && after) cuts.push(after.from);
    return cuts;
  }
  return [];
}

/**
 * Cut lines that hold a task table's header and its rows run together into one line a row.
 *
 * @param lines The file's lines.
 * @returns The lines with each row of such a table on a line of its own, renumbered in order.
 */
export function splitRunOnRows(lines: readonly SourceLine[]): SourceLine[] {
  return cutLines(lines, (line) => {
    const text = line.text;
    if (text.split('\t').length - 1 >= MIN_TABS) return rowCuts(text, tabCells(text));
    // Note: only a line with no TAB and a 序号 cell of its own or at a cell's end; the rows must then give exactly the
    // header's cells, and a space inside a cell breaks the count and leaves the line as it is.
    return !text.includes('\t') && /(?:序号|编号)[ \u3000]/.test(text) && (text.match(CELL_SPACE)?.length ?? 0) >= MIN_SPACES ? rowCuts(text, spaceCells(text)) : [];
  });
}
