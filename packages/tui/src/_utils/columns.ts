import { fitSpans, toSpans, type Span, type SpanStyle } from './spans.js';

/** A column of a table row. */
export interface ColumnSpec {
  key: string;
  /** Fixed width in columns; the flexible column has none and takes what is left. */
  width?: number;
  /** The least width of the flexible column before other columns give way. */
  min?: number;
  /** Columns with a higher number are hidden first when the table is too narrow; 0 never hides. */
  hide?: number;
  align?: 'left' | 'right';
}

/** A column with the width it got. */
export interface LaidColumn extends ColumnSpec {
  width: number;
}

/**
 * Decide which columns fit in a width and how wide the flexible one is:
 * columns give way by their `hide` rank until the flexible column has its
 * minimum; the flexible column takes what is left once every column shows.
 * As the width grows, columns only appear and the flexible one only widens.
 *
 * @param columns The columns, in order; at most one without a `width`.
 * @param total The width of the table.
 * @param gap Spaces between columns.
 * @returns The visible columns with their widths.
 */
export function layoutColumns(columns: readonly ColumnSpec[], total: number, gap = 1): LaidColumn[] {
  let visible = [...columns];
  const need = (cols: readonly ColumnSpec[]): number =>
    cols.reduce((sum, c) => sum + (c.width ?? c.min ?? 0), 0) + gap * Math.max(0, cols.length - 1);
  while (need(visible) > total) {
    const ranks = visible.map((c) => c.hide ?? 0);
    const top = Math.max(...ranks);
    if (top <= 0) break;
    const at = ranks.lastIndexOf(top);
    visible = visible.filter((_, k) => k !== at);
  }
  const fixed = visible.reduce((sum, c) => sum + (c.width ?? 0), 0) + gap * Math.max(0, visible.length - 1);
  const rest = Math.max(0, total - fixed);
  // Note: while a column is hidden, the flexible one keeps its minimum and the rest stays blank. Given
  // the room instead, it would shrink when the terminal grows enough to show the hidden column: a
  // wider terminal must never show a narrower name, nor fewer columns.
  const hidden = visible.length < columns.length;
  return visible.map((c) => ({ ...c, width: c.width ?? (hidden ? Math.min(rest, c.min ?? rest) : rest) }));
}

/**
 * Lay out one row: each cell fitted to its column, columns separated by spaces.
 *
 * @param columns The laid-out columns.
 * @param cells The cell contents by column key.
 * @param gap Spaces between columns.
 * @param padStyle The style of padding (a selected row).
 * @returns The row as spans.
 */
export function rowSpans(columns: readonly LaidColumn[], cells: Readonly<Record<string, string | readonly Span[]>>, gap = 1, padStyle: SpanStyle = {}): Span[] {
  const out: Span[] = [];
  columns.forEach((column, k) => {
    if (k > 0) out.push({ ...padStyle, text: ' '.repeat(gap) });
    const spans = toSpans(cells[column.key] ?? '');
    const fitted = fitSpans(spans, column.width, padStyle);
    if (column.align === 'right') {
      // Note: right-aligned cells move their padding to the front.
      const last = fitted.at(-1);
      const padding = last && last.text.trim() === '' && fitted.length > 1 ? (fitted.pop() as Span) : null;
      if (padding) fitted.unshift(padding);
    }
    out.push(...fitted);
  });
  return out;
}
