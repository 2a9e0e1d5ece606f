import { oneLine, pad, truncate, widest, widthOf } from '@plankb/terminal-text';

/** A column of a text table. */
export interface Column {
  header: string;
  /** @default 'left' */
  align?: 'left' | 'right';
  /**
   * Whether the column's cells may be cut with `…` to fit the width; spare
   * room goes to the narrowest flexible column, and to the lowest `flex` on
   * a tie. Columns without `flex` (ids, numbers, dates) are never cut.
   */
  flex?: number;
  /** The narrowest a flexible column gets. @default 8 */
  min?: number;
  /** When the table cannot fit even with cut cells, columns with `hide` are left out, lowest first. */
  hide?: number;
  /** A shorter form for a cell that does not fit, tried before cutting it (a region without its parent). */
  short?: (cell: string) => string;
}

export interface TableOptions {
  /** The columns available; `undefined` for no limit (output that is not a terminal). */
  width?: number | undefined;
  /** Spaces between columns. @default 2 */
  gap?: number;
}

export interface RenderedTable {
  /** The table, one line per row after a header and a rule, ending with a newline. */
  text: string;
  /** Headers of the columns left out to fit the width. */
  hidden: string[];
}

const DEFAULT_MIN = 8;

interface Layout {
  visible: number[];
  widths: number[];
}

function layout(columns: readonly Column[], natural: readonly number[], width: number | undefined, gap: number): Layout {
  let visible = columns.map((_, i) => i);
  if (width === undefined) return { visible, widths: [...natural] };
  const floor = (i: number): number => {
    const column = columns[i] as Column;
    return column.flex === undefined ? (natural[i] ?? 0) : Math.min(natural[i] ?? 0, column.min ?? DEFAULT_MIN);
  };
  const need = (cols: readonly number[]): number => cols.reduce((sum, i) => sum + floor(i), 0) + gap * (cols.length - 1);
  // Note: leave columns out only when cutting every flexible column to its minimum is not enough.
  while (need(visible) > width) {
    const hideable = visible.filter((i) => columns[i]?.hide !== undefined);
    if (hideable.length === 0) break;
    const drop = hideable.reduce((a, b) => ((columns[b]?.hide ?? 0) < (columns[a]?.hide ?? 0) ? b : a));
    visible = visible.filter((i) => i !== drop);
  }
  const widths = columns.map((_, i) => floor(i));
  // Note: share the spare room fairly: widen the narrowest flexible column that is still cut, one column at a time
  // (ties go to the lower `flex`), so one long cell cannot take all the room from its neighbours.
  // A column with a short form gains nothing from a width between it and the whole text: it grows last, all at once.
  const flexible = visible.filter((i) => columns[i]?.flex !== undefined && columns[i]?.short === undefined);
  let spare = width - need(visible);
  for (; spare > 0; spare--) {
    const cut = flexible.filter((i) => (widths[i] ?? 0) < (natural[i] ?? 0));
    if (cut.length === 0) break;
    const next = cut.reduce((a, b) => {
      const byWidth = (widths[b] ?? 0) - (widths[a] ?? 0);
      return byWidth < 0 || (byWidth === 0 && (columns[b]?.flex ?? 0) < (columns[a]?.flex ?? 0)) ? b : a;
    });
    widths[next] = (widths[next] ?? 0) + 1;
  }
  for (const i of visible.filter((c) => columns[c]?.short !== undefined)) {
    const grow = (natural[i] ?? 0) - (widths[i] ?? 0);
    if (grow <= spare) {
      widths[i] = natural[i] ?? 0;
      spare -= grow;
    }
  }
  return { visible, widths };
}

/**
 * Render rows as an aligned plain-text table. Widths count Chinese
 * characters as two columns. When a width is given, flexible columns are
 * cut with `…` to fit it, and optional columns are left out when cutting is
 * not enough.
 *
 * @param columns The columns.
 * @param rows The cells, one array per row, in column order.
 * @param options The width to fit and the gap between columns.
 * @returns The table and the headers of any columns left out.
 */
export function renderTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, options: TableOptions = {}): RenderedTable {
  const gap = options.gap ?? 2;
  const cells = rows.map((row) => columns.map((_, i) => oneLine(row[i] ?? '')));
  const headers = columns.map((c) => oneLine(c.header));
  const natural = columns.map((_, i) => widest(cells.map((row) => row[i] ?? ''), widthOf(headers[i] ?? '')));
  const { visible, widths } = layout(columns, natural, options.width, gap);
  const fit = (cell: string, i: number): string => {
    const width = widths[i] ?? 0;
    const short = columns[i]?.short;
    return truncate(short !== undefined && widthOf(cell) > width ? short(cell) : cell, width);
  };
  const line = (row: readonly string[]): string =>
    visible
      .map((i) => pad(fit(row[i] ?? '', i), widths[i] ?? 0, columns[i]?.align))
      .join(' '.repeat(gap))
      .trimEnd();
  const rule = visible.map((i) => '-'.repeat(widths[i] ?? 0)).join(' '.repeat(gap));
  const text = [line(headers), rule, ...cells.map(line)].join('\n') + '\n';
  const hidden = columns.flatMap((c, i) => (visible.includes(i) ? [] : [c.header]));
  return { text, hidden };
}
