import { graphemesOf, isWordChar, mayEndLine, mayStartLine, widthOf } from '@plankb/terminal-text';

/** How a run of text is shown on a terminal that takes colour. */
export type Style = 'del' | 'ins' | 'dim' | 'bold' | 'red' | 'green' | 'yellow' | 'cyan' | 'magenta';

/** A run of text in one style (or none). */
export interface Span {
  text: string;
  style?: Style | undefined;
}

/** One wrapped line: its spans and its width in columns. */
export interface WrappedLine {
  spans: Span[];
  width: number;
}

const ESC = '\u001b[';
const CODES: Record<Style, string> = {
  // Note: deleted text on red and inserted text on green, with a foreground that reads on both.
  del: '97;41',
  ins: '30;42',
  dim: '2',
  bold: '1',
  red: '31',
  green: '32',
  yellow: '33',
  cyan: '36',
  magenta: '35',
};


interface Cell {
  g: string;
  w: number;
  style: Style | undefined;
}

function cellsOf(spans: readonly Span[]): Cell[] {
  const cells: Cell[] = [];
  for (const span of spans) {
    // Note: line breaks and tabs become spaces; other control characters (and escapes) are dropped, so widths stay true.
    const text = span.text.replace(/[\r\n\t\v\f]/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    for (const segment of graphemesOf(text)) cells.push({ g: segment, w: widthOf(segment), style: span.style });
  }
  return cells;
}

function widthOfCells(cells: readonly Cell[]): number {
  return cells.reduce((sum, c) => sum + c.w, 0);
}

function trimSpaces(cells: Cell[]): Cell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]?.g === ' ') end--;
  return cells.slice(0, end);
}

function toLine(cells: readonly Cell[]): WrappedLine {
  const spans: Span[] = [];
  for (const cell of cells) {
    const last = spans[spans.length - 1];
    if (last && last.style === cell.style) last.text += cell.g;
    else spans.push({ text: cell.g, style: cell.style });
  }
  return { spans, width: widthOfCells(cells) };
}

/** Whether a cell may not start a line: closing punctuation, or the `+`/`-` of a closing `+}`/`-]` mark. */
function noStart(cell: Cell | undefined, after: Cell | undefined): boolean {
  if (!cell) return false;
  return !mayStartLine(cell.g) || ((cell.g === '+' || cell.g === '-') && (after?.g === '}' || after?.g === ']'));
}

/** Whether a cell may not end a line: opening punctuation, or the `+`/`-` of an opening `{+`/`[-` mark. */
function noEnd(cell: Cell | undefined, before: Cell | undefined): boolean {
  if (!cell) return false;
  return !mayEndLine(cell.g) || ((cell.g === '+' || cell.g === '-') && (before?.g === '{' || before?.g === '['));
}

/** Where to break a full line before `next`: how many of its cells move down to the next line. */
function carryCount(line: readonly Cell[], next: Cell, width: number): number {
  const last = line[line.length - 1];
  if (!last) return 0;
  // A Latin word or a number (2025) is not split: it goes down whole, unless it would take half the width.
  if (isWordChar(next.g) && isWordChar(last.g)) {
    let k = line.length - 1;
    while (k >= 0 && isWordChar(line[k]?.g ?? '')) k--;
    return k >= 0 && widthOfCells(line.slice(k + 1)) + next.w <= width / 2 ? line.length - 1 - k : 0;
  }
  // Closing punctuation does not start a line and opening punctuation does not end one: take characters down with it.
  const at = (k: number): Cell | undefined => (k === line.length ? next : line[k]);
  let start = line.length;
  while (start > 0 && noStart(at(start), at(start + 1))) start--;
  while (start > 1 && noEnd(line[start - 1], line[start - 2])) start--;
  const carry = line.length - start;
  // Note: never carry the whole line (a line of nothing but punctuation), nor more than the next line holds.
  return carry < line.length && widthOfCells(line.slice(start)) + next.w <= width ? carry : 0;
}

/**
 * Wrap styled text to a display width. Widths are terminal columns (Chinese
 * characters take two, via string-width); breaks fall between grapheme
 * clusters, so a surrogate pair or an emoji sequence is never split. Latin
 * words are kept whole when a space allows it, and Chinese closing
 * punctuation never starts a line.
 *
 * @param spans The text, in styled runs.
 * @param width The columns available (at least 2, the width of one Chinese character).
 * @returns The lines, none wider than `width`; at least one, empty for empty text.
 */
export function wrapSpans(spans: readonly Span[], width: number): WrappedLine[] {
  const room = Math.max(2, Math.floor(width));
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let used = 0;
  for (const cell of cellsOf(spans)) {
    if (used + cell.w > room && line.length > 0) {
      const carried = line.splice(line.length - carryCount(line, cell, room));
      lines.push(trimSpaces(line));
      line = carried;
      while (line[0]?.g === ' ') line.shift();
      used = widthOfCells(line);
    }
    // A space that would open a line is dropped: the break stands for it.
    if (cell.g === ' ' && line.length === 0 && lines.length > 0) continue;
    line.push(cell);
    used += cell.w;
  }
  lines.push(trimSpaces(line));
  return lines.map(toLine);
}

/**
 * Wrap plain text to a display width (see `wrapSpans`).
 *
 * @param text The text.
 * @param width The columns available.
 * @returns The lines, none wider than `width`.
 */
export function wrap(text: string, width: number): string[] {
  return wrapSpans([{ text }], width).map((l) => l.spans.map((s) => s.text).join(''));
}

/**
 * Render styled spans as a string: ANSI escapes around each styled run when
 * `color` is on, the bare text when it is off. Every run is reset, so a
 * style never leaks into padding or the next column.
 *
 * @param spans The runs.
 * @param color Whether to emit escapes.
 * @returns The string.
 */
export function paint(spans: readonly Span[], color: boolean): string {
  return spans.map((s) => (color && s.style && s.text !== '' ? `${ESC}${CODES[s.style]}m${s.text}${ESC}0m` : s.text)).join('');
}

/**
 * Put two columns of styled text side by side, each wrapped to its width
 * and padded to it, so the separator lands on the same column on every line
 * whatever the mix of Chinese and Latin text.
 *
 * @param left The left column's text.
 * @param right The right column's text.
 * @param layout The indent before the left column, the widths, the separator, and whether to colour.
 * @returns The lines.
 */
export function sideBySide(
  left: readonly Span[],
  right: readonly Span[],
  layout: { indent: string; leftWidth: number; rightWidth: number; separator: string; color: boolean },
): string[] {
  const l = wrapSpans(left, layout.leftWidth);
  const r = wrapSpans(right, layout.rightWidth);
  const rows = Math.max(l.length, r.length);
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const a = l[i] ?? { spans: [], width: 0 };
    const b = r[i] ?? { spans: [], width: 0 };
    const fill = ' '.repeat(Math.max(0, layout.leftWidth - a.width));
    lines.push(`${layout.indent}${paint(a.spans, layout.color)}${fill}${layout.separator}${paint(b.spans, layout.color)}`.trimEnd());
  }
  return lines;
}

/**
 * Whether output may be coloured: only on a terminal, and never when
 * `NO_COLOR` is set to anything but the empty string (no-color.org).
 *
 * @param io The terminal width (`undefined` when stdout is not a terminal) and the environment.
 * @param toFile Whether the output goes to a file (`--output`).
 * @returns Whether to emit ANSI escapes.
 */
export function colorEnabled(io: { columns: number | undefined; env: Readonly<Record<string, string | undefined>> }, toFile = false): boolean {
  const noColor = io.env.NO_COLOR;
  return !toFile && io.columns !== undefined && (noColor === undefined || noColor === '');
}
