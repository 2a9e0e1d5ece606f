// Task tables set out in columns of spaces: the text of a PDF taken out with its layout kept (pdftotext -layout), or a
// plain-text export that pads cells to a width. A cell wraps inside its column over the lines under the row's first,
// so a row is its first line (the one with its 序号) and the lines after it up to the next row's.

import { headerRole, isTaskTableHeader, NUMBER_CELL, settleLeadColumns, type ColumnRole } from './table-header.js';
import type { RowCell } from './table-rows.js';
import type { SourceLine } from '../text/source-lines.js';

/** A run of words joined by single spaces, where it stands in its line and on the screen. */
interface Segment {
  text: string;
  from: number;
  to: number;
  /** The display columns it starts at and ends before: a Chinese character is two columns wide, as the layout set it. */
  column: number;
  end: number;
}

// Note: Chinese, full-width forms and CJK punctuation take two columns of a laid-out text, as on a terminal.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
// Cells of a laid-out line stand two spaces or more apart; words inside a cell one.
const SEGMENT = /\S+(?: \S+)*/g;
const MAX_HEADER_WORD = 14;

function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  let column = 0;
  let at = 0;
  SEGMENT.lastIndex = 0;
  for (let m = SEGMENT.exec(text); m; m = SEGMENT.exec(text)) {
    for (; at < m.index; at++) column += WIDE.test(text[at] ?? '') ? 2 : 1;
    const start = column;
    for (; at < m.index + m[0].length; at++) column += WIDE.test(text[at] ?? '') ? 2 : 1;
    out.push({ text: m[0], from: m.index, to: m.index + m[0].length, column: start, end: column });
  }
  return out;
}

/**
 * The header of a space-set task table: three or more header words (序号, 重点任务, 具体措施, 牵头单位, 完成时限) on one line,
 * two spaces or more apart, and nothing else on it.
 *
 * @param text A line's text.
 * @returns The columns' roles and where each header word starts on the screen, or `null`.
 */
export function readSpacedHeader(text: string): { columns: ColumnRole[]; starts: number[] } | null {
  // Note: cheap tests first; this runs on every line of a plan's body.
  if (!text.includes('  ') || text.includes('\t') || /[|｜。，；]/.test(text)) return null;
  const segments = segmentsOf(text);
  if (segments.length < 3 || segments.some((s) => s.text.length > MAX_HEADER_WORD)) return null;
  const roles = settleLeadColumns(
    segments.map((s) => s.text),
    segments.map((s) => headerRole(s.text)),
  );
  if (roles.some((r) => r === null)) return null;
  const columns = roles as ColumnRole[];
  return isTaskTableHeader(columns) ? { columns, starts: segments.map((s) => s.column) } : null;
}

/** The column a segment stands in: the last whose start it reaches (a little to the left still counts). */
function columnOf(segment: Segment, starts: readonly number[]): number {
  let k = 0;
  while (k + 1 < starts.length && segment.column >= (starts[k + 1] as number) - 2) k++;
  return k;
}

const SENTENCE_END = /[。；;！？]$/;

/**
 * The row each taken line belongs to (its index among the rows). Top-aligned, a row is its 序号's line and the lines
 * under it. Vertically centred, a row's lines stand around its 序号's line: the lines between two rows are the first
 * row's while its widest column of text has not ended its sentence, and the next row's after; with no sentence end, they
 * are shared half and half.
 */
function rowOwners(taken: ReadonlyArray<{ segments: Segment[]; opens: boolean }>, starts: readonly number[], centred: boolean): number[] {
  const owner: number[] = [];
  let row = -1;
  for (const t of taken) {
    if (t.opens) row++;
    owner.push(Math.max(row, 0));
  }
  if (!centred) return owner;
  // The column of running text: the one most lines have a part in.
  const counts = new Map<number, number>();
  for (const t of taken) for (const g of t.segments) counts.set(columnOf(g, starts), (counts.get(columnOf(g, starts)) ?? 0) + 1);
  const text = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 1;
  const opening = taken.flatMap((t, k) => (t.opens ? [k] : []));
  for (let r = 0; r + 1 < opening.length; r++) {
    const from = (opening[r] as number) + 1;
    const to = opening[r + 1] as number;
    if (to <= from) continue;
    let written = taken
      .slice(0, from)
      .filter((_, k) => owner[k] === r)
      .map((t) => t.segments.find((g) => columnOf(g, starts) === text)?.text ?? '')
      .join('');
    let split = -1;
    for (let k = from; k < to; k++) {
      const part = taken[k]?.segments.find((g) => columnOf(g, starts) === text)?.text;
      if (part !== undefined && SENTENCE_END.test(written)) {
        split = k;
        break;
      }
      written += part ?? '';
    }
    if (split < 0) split = from + Math.ceil((to - from) / 2);
    for (let k = split; k < to; k++) owner[k] = r + 1;
  }
  return owner;
}

/**
 * The rows of a space-set task table under its header line. A row opens with its 序号 in the first column; the lines
 * after it that leave the first column empty carry on its cells. The columns start where the cells of the rows that
 * fill every column start (a header word is often centred over its column), or else where the header words do. The
 * table ends at the first line that fits neither.
 *
 * @param lines The file's lines.
 * @param header The header line.
 * @param to The line where the table must end at the latest.
 * @returns Each row's cells by column (`null` for an empty one; a wrapped cell with its parts), and the line after the table.
 */
export function readSpacedRows(
  lines: readonly SourceLine[],
  header: number,
  to: number,
): { columns: ColumnRole[]; rows: Array<{ line: number; lastLine: number; cells: Array<RowCell | null> }>; endLine: number } | null {
  const head = readSpacedHeader(lines[header]?.text ?? '');
  if (head?.columns[0] !== 'number') return null;
  const n = head.columns.length;
  const headerWords = segmentsOf(lines[header]?.text ?? '').map((g) => g.text);
  // The candidate lines: up to a long gap; a row opens with its 序号 left of the second column's header word.
  const candidates: Array<{ line: number; segments: Segment[]; opens: boolean }> = [];
  let blanks = 0;
  for (let i = header + 1; i < to && blanks < 3; i++) {
    const text = lines[i]?.text ?? '';
    if (text.trim() === '') {
      blanks++;
      continue;
    }
    blanks = 0;
    const segments = segmentsOf(text);
    // Note: a table that runs over pages repeats its header at the top of each (Word's repeated header rows, kept in a
    // PDF's text): the same header words again are no row, and the table goes on under them.
    if (segments.length === headerWords.length && segments.every((g, k) => g.text === headerWords[k])) continue;
    const opens = NUMBER_CELL.test(segments[0]?.text ?? '') && segments.length >= 2 && (segments[0]?.column ?? 0) < (head.starts[1] as number);
    candidates.push({ line: i, segments, opens });
  }
  const full = candidates.filter((t) => t.opens && t.segments.length === n);
  const starts = full.length > 0 ? head.starts.map((_, k) => Math.min(...full.map((t) => t.segments[k]?.column ?? Number.POSITIVE_INFINITY))) : head.starts;
  // Note: a line that carries cells on leaves the 序号 column empty and keeps each of its cells inside its column; a
  // paragraph after the table runs across columns.
  const fits = (segments: readonly Segment[]): boolean =>
    segments.length <= n &&
    (segments[0]?.column ?? 0) >= (starts[1] as number) - 2 &&
    segments.every((g) => {
      const next = starts[columnOf(g, starts) + 1];
      return next === undefined || g.end <= next;
    });
  // Note: a row's cells set vertically centred leave lines above its 序号's line; lines before the first row that fit
  // the columns are such lines, and say the table is set so.
  let pre = 0;
  while (pre < candidates.length && !candidates[pre]?.opens && fits(candidates[pre]?.segments ?? [])) pre++;
  const centred = pre > 0 && candidates[pre]?.opens === true;
  const taken: typeof candidates = [];
  let endLine = header + 1;
  for (const [k, c] of candidates.entries()) {
    if (!c.opens && !(centred && k < pre) && (taken.length === 0 || !fits(c.segments))) break;
    taken.push(c);
    endLine = c.line + 1;
  }
  const owner = rowOwners(taken, starts, centred);
  const rows: Array<{ line: number; lastLine: number; cells: Array<RowCell | null> }> = [];
  for (const [k, { line, opens }] of taken.entries()) {
    if (opens) rows.push({ line, lastLine: line, cells: new Array<RowCell | null>(n).fill(null) });
    const row = rows[owner[k] as number];
    if (!row) continue;
    row.line = Math.min(row.line, line);
    row.lastLine = Math.max(row.lastLine, line);
  }
  // Note: cells are filled in line order, so a cell's parts run top to bottom whichever row line opened it.
  for (const [k, { line, segments }] of taken.entries()) {
    const row = rows[owner[k] as number];
    if (!row) continue;
    for (const s of segments) {
      const c = columnOf(s, starts);
      const cell = row.cells[c];
      if (!cell) row.cells[c] = { text: s.text, from: s.from, to: s.to, line };
      else {
        cell.text += s.text;
        cell.rest = [...(cell.rest ?? []), { line, from: s.from, to: s.to }];
      }
    }
  }
  return rows.length > 0 ? { columns: head.columns, rows, endLine } : null;
}
