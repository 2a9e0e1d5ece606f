import { isDeadlineText } from '../text/deadline.js';
import { BODY_END } from './duty-clause.js';
import { splitUnits } from './table-units.js';
import { offsetAt, type LineSpan, type SourceLine } from '../text/source-lines.js';
import { headerRole, isTaskTableHeader, NUMBER_CELL, settleLeadColumns, type ColumnRole } from './table-header.js';
import { type CellPart, readRowHeader, readRowLines, type RowCell, type RowSeparator } from './table-rows.js';
import { readSpacedHeader, readSpacedRows } from './table-spaced.js';


/** One cell; an empty cell (a missing line, or `-`) has `line` null. */
export interface Cell {
  text: string;
  /** Index of the cell's line, or `null` for an empty cell. */
  line: number | null;
  /** The cell's span in its line's text, when the line holds several cells (a pipe or TAB row); the whole trimmed line otherwise. */
  from?: number;
  to?: number;
  /** The cell's parts on the lines after `line`, when it holds line breaks (a wrapped TAB row); `text` joins all parts. */
  rest?: CellPart[];
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
  /** Index of the header's first line. */
  startLine: number;
  /** Index of the line after the table's last cell. */
  endLine: number;
  /** How its rows separate their cells, when one row is a line (pipe, TAB, spaces). */
  separator?: RowSeparator;
}

/**
 * The spans of `[skip, skip + length)` of a cell's text in its lines: one span, or one per line the stretch crosses
 * when the cell holds line breaks.
 *
 * @param lines The file's lines.
 * @param cell A cell with a line.
 * @param skip Where the stretch starts in the cell's text.
 * @param length Its length.
 * @returns The spans, in order.
 */
export function cellSpans(lines: readonly SourceLine[], cell: Cell, skip = 0, length = cell.text.length - skip): LineSpan[] {
  const line = cell.line as number;
  const text = lines[line]?.text ?? '';
  const from = cell.from ?? text.length - text.trimStart().length;
  const to = cell.to ?? text.trimEnd().length;
  const parts: CellPart[] = [{ line, from, to }, ...(cell.rest ?? [])];
  const spans: LineSpan[] = [];
  let at = 0;
  for (const part of parts) {
    const size = part.to - part.from;
    const a = Math.max(skip, at);
    const b = Math.min(skip + length, at + size);
    if (b > a || (length === 0 && spans.length === 0 && skip <= at + size)) spans.push({ line: part.line, from: part.from + a - at, to: part.from + Math.max(a, b) - at });
    at += size;
  }
  return spans;
}

/**
 * The cell as far as one stretch of the source quotes it exactly. A cell that wraps at the end of its line onto the
 * start of the next (the last cell of a TAB row with a line break in it) is one stretch, whatever blanks the break
 * holds; a cell wrapped inside its column of a laid-out table has other cells between its parts, so only its first
 * part can be quoted (its text, joined, still gives the units: `cellUnitsText`).
 *
 * @param lines The file's lines.
 * @param cell The cell.
 * @returns The cell, or its first part alone.
 */
export function quotableCell(lines: readonly SourceLine[], cell: Cell): Cell {
  if (!cell.rest || cell.line === null) return cell;
  const spans = cellSpans(lines, cell);
  const joins = spans.every((s, k) => {
    const next = spans[k + 1];
    if (!next) return true;
    const here = lines[s.line]?.text ?? '';
    const there = lines[next.line]?.text ?? '';
    return next.line === s.line + 1 && here.slice(s.to).trim() === '' && there.slice(0, next.from).trim() === '';
  });
  if (joins) return cell;
  const first = spans[0] as LineSpan;
  const { rest: _rest, ...only } = cell;
  return { ...only, text: (lines[first.line]?.text ?? '').slice(first.from, first.to) };
}

/**
 * The text of a units cell whose names stand on lines of their own (市住房城乡建委 / 各区县政府, a column of a laid-out
 * table): a part that ends as a body's name does ends that name, so the parts are listed with 、; a part that does not
 * (市规划自然资源 / 局) was a name wrapped, and runs on.
 *
 * @param lines The file's lines.
 * @param cell The cell.
 * @returns The units as one list.
 */
export function cellUnitsText(lines: readonly SourceLine[], cell: Cell): string {
  if (cell.line === null) return cell.text;
  if (!cell.rest) return listed(hiddenBreakParts(lines[cell.line], cell));
  return listed(cellSpans(lines, cell).map((s) => lines[s.line]?.text.slice(s.from, s.to) ?? ''));
}

/** A cell's parts as one list: a part after one that ends as a body's name is a name of its own, listed with 、. */
function listed(parts: readonly string[]): string {
  return parts.reduce((text, part) => (text === '' ? part : BODY_END.test(text) && !/^[、，,；;（(]/.test(part) ? `${text}、${part}` : text + part), '');
}

/**
 * A one-line cell cut where markup was hidden inside it: a Markdown table breaks a cell's lines with <br> (市公安局<br>
 * 市税务局), which the line hides, so the names ran together. The cut parts are read as a cell's lines are.
 */
function hiddenBreakParts(line: SourceLine | undefined, cell: Cell): string[] {
  if (!line?.map || cell.from === undefined || cell.to === undefined) return [cell.text];
  const parts: string[] = [];
  let from = cell.from;
  for (let k = cell.from + 1; k < cell.to; k++) {
    if (offsetAt(line, k) - offsetAt(line, k - 1) <= 1) continue;
    parts.push(line.text.slice(from, k));
    from = k;
  }
  return from === cell.from ? [cell.text] : [...parts, line.text.slice(from, cell.to)];
}

// Note: a dash or a slash in a cell means "none", like an empty cell.
const EMPTY_MARK = /^[-—–/／无]$/;
// Carried down into a row whose cell is empty: a merged 领域 or 重点任务 cell spans the rows under it.
const CARRIED: readonly ColumnRole[] = ['field', 'task'];

/**
 * Flattened tables put one cell per line. Either a blank line separates cells
 * and an empty cell shows up as one more blank line (`gap` 1), or cells stand
 * on consecutive lines and a blank line inside a row is an empty cell (`gap`
 * 0). Either way `-` is an empty cell too. Cells are read on demand: `cell(k)`
 * reads lines until cell `k` exists.
 */
function cellReader(lines: readonly SourceLine[], from: number, to: number, gap: 0 | 1): { cells: Cell[]; cell: (k: number) => Cell | undefined } {
  // Note: lazily, not to the end of the file: a file with many tables (a long file of repeated decision files) would read it once per table.
  const cells: Cell[] = [];
  let i = from;
  let blanks = 0;
  const cell = (k: number): Cell | undefined => {
    while (cells.length <= k && i < to) {
      const text = lines[i]?.text.trim() ?? '';
      const at = i++;
      if (text === '') {
        blanks++;
        continue;
      }
      if (cells.length > 0) for (let b = gap; b < blanks; b++) cells.push({ text: '', line: null });
      blanks = 0;
      cells.push(EMPTY_MARK.test(text) ? { text: '', line: at } : { text, line: at });
    }
    return cells[k];
  };
  return { cells, cell };
}

/** Right-align cells into columns: cells missing at the start were covered by merged cells above. */
function alignRight(cells: readonly Cell[], columns: readonly ColumnRole[], into: Partial<Record<ColumnRole, Cell>>): boolean {
  if (cells.length > columns.length) return false;
  const roles = columns.slice(columns.length - cells.length);
  roles.forEach((role, k) => {
    const cell = cells[k];
    if (cell && !(role in into)) into[role] = cell;
  });
  return true;
}

/**
 * Place a row's cells in the table's columns. A row with all its cells maps one to one; a row with fewer lost its
 * leading cells to merged cells above: when it has a 序号 cell, the cells before it fill the columns before the 序号
 * column and the cells after it the columns after, each aligned to the right; otherwise all are aligned to the right.
 */
function placeCells(rowCells: readonly Cell[], columns: readonly ColumnRole[]): Partial<Record<ColumnRole, Cell>> | null {
  const placed: Partial<Record<ColumnRole, Cell>> = {};
  if (rowCells.length === columns.length) {
    columns.forEach((role, k) => {
      const cell = rowCells[k];
      if (cell && !(role in placed)) placed[role] = cell;
    });
    return placed;
  }
  const numberAt = columns.indexOf('number');
  let split = -1;
  for (let k = 0; numberAt >= 0 && k <= numberAt && k < rowCells.length; k++) {
    if (NUMBER_CELL.test(rowCells[k]?.text ?? '')) {
      split = k;
      break;
    }
  }
  if (split < 0) return alignRight(rowCells, columns, placed) ? placed : null;
  placed.number = rowCells[split] as Cell;
  const ok = alignRight(rowCells.slice(0, split), columns.slice(0, numberAt), placed) && alignRight(rowCells.slice(split + 1), columns.slice(numberAt + 1), placed);
  return ok ? placed : null;
}

/** Build a row from its placed cells, carrying merged cells down from the rows above; `null` when it has nothing to do. */
function makeRow(placed: Partial<Record<ColumnRole, Cell>>, columns: readonly ColumnRole[], above: Partial<Record<ColumnRole, Cell>>, firstLine: number, lastLine: number): AllocationRow | null {
  const doing = columns.includes('content') ? 'content' : 'task';
  if (!(doing in placed)) return null;
  const row: AllocationRow = { cells: placed, inherited: {}, firstLine, lastLine };
  // Note: a row heading the rows under it (| 一 | 数字基础设施 | | |) gives them a 领域 even when no column is one.
  for (const role of columns.includes('field') ? columns : [...columns, 'field' as const]) {
    if (role === 'number' || role === 'other') continue;
    const cell = placed[role];
    const carried = above[role];
    if (carried && (cell === undefined || (cell.text === '' && CARRIED.includes(role)))) row.inherited[role] = carried;
  }
  if (!(row.cells[doing]?.text || row.inherited[doing]?.text)) return null;
  return row;
}

/** What a row passes down to the rows under it: its cells, and the carried ones it did not replace. */
const passDown = (above: Partial<Record<ColumnRole, Cell>>, row: AllocationRow): Partial<Record<ColumnRole, Cell>> => {
  const next = { ...above, ...row.inherited };
  for (const [role, cell] of Object.entries(row.cells) as Array<[ColumnRole, Cell]>) if (cell.text !== '' || !CARRIED.includes(role)) next[role] = cell;
  return next;
};

/** A table written one cell per line, its header cells each on a line of their own. */
function readCellTable(lines: readonly SourceLine[], from: number, to: number): AllocationTable | null {
  let first = from;
  while (first < to && (lines[first]?.text.trim() ?? '') === '') first++;
  let second = first + 1;
  while (second < to && (lines[second]?.text.trim() ?? '') === '') second++;
  const gap = second - first - 1 === 0 ? 0 : 1;
  const { cells, cell } = cellReader(lines, from, to, gap);
  const columns: ColumnRole[] = [];
  const words: string[] = [];
  let pos = 0;
  while (cell(pos) !== undefined) {
    const word = cell(pos)?.text ?? '';
    // Note: a second unit column after 牵头单位 (责任单位) holds supporting units (see settleLeadColumns).
    const role = settleLeadColumns([...words, word], [...columns, headerRole(word)])[pos] ?? null;
    if (!role || (role !== 'other' && columns.includes(role))) break;
    columns.push(role);
    words.push(word);
    pos++;
  }
  if (!isTaskTableHeader(columns)) return null;
  const n = columns.length;
  const numberAt = columns.indexOf('number');
  const dueLast = columns[n - 1] === 'due';
  const rows: AllocationRow[] = [];
  let above: Partial<Record<ColumnRole, Cell>> = {};
  let lastLine = cells[pos - 1]?.line ?? from;
  // The cell that ends the row starting at `pos`: its deadline (when the deadline is the last column), else the cell before the next 序号.
  const rowEnd = (start: number): number => {
    // Note: a full row ends at its deadline column, before the next 序号 or the table's end, though a cell before it reads as
    // a time (a project table's 建设年限 2024—2025年 before its 完成时限).
    const full = start + n - 1;
    // Note: what follows the last row ends it as well: the end of the text, or a line after a blank one (三、保障措施).
    const after = cell(full + 1);
    const ends = after === undefined || NUMBER_CELL.test(after.text) || (gap === 0 && after.line === null);
    if (dueLast && numberAt === 0 && NUMBER_CELL.test(cell(start)?.text ?? '') && isDeadlineText(cell(full)?.text ?? '') && ends) return full;
    if (dueLast) for (let k = start; k < start + n && cell(k) !== undefined; k++) if (isDeadlineText(cell(k)?.text ?? '')) return k;
    // Note: a row of all its cells followed by the next row's 序号 (its number plus one) ends there, though a cell of it
    // reads as a number (an indicator's target 5 in 序号 | 指标名称 | 单位 | 2025年目标 | 牵头单位).
    const ordinal = (k: number): number => Number.parseInt(cell(k)?.text ?? '', 10);
    if (numberAt === 0 && NUMBER_CELL.test(cell(start)?.text ?? '') && NUMBER_CELL.test(cell(start + n)?.text ?? '') && ordinal(start + n) === ordinal(start) + 1) return start + n - 1;
    // Note: the last row of a table without a deadline column has no next 序号: it ends where the cells do, all there.
    // Note: nor does one followed by a blank line and the text after the table (…各区人民政府 / (blank) / 各单位要抓好落实。),
    // when its cells stand on consecutive lines, all there.
    const blankAfter = gap === 0 && cell(start + n)?.line === null;
    let whole = true;
    for (let k = start; k < start + n; k++) if (cell(k) === undefined || (gap === 0 && cell(k)?.line === null)) whole = false;
    if (numberAt >= 0 && !dueLast && NUMBER_CELL.test(cell(start)?.text ?? '') && whole && (cell(start + n) === undefined || blankAfter)) return start + n - 1;
    if (numberAt >= 0) for (let k = start + 1; k <= start + n && cell(k) !== undefined; k++) if (NUMBER_CELL.test(cell(k)?.text ?? '') && k - start >= 2) return k - 1;
    // Note: a cell of several paragraphs (a page's <p>s in one cell) gives a line each: the row runs on past its columns
    // to its deadline or the next 序号; `joinParagraphs` must then read it.
    for (let k = start + n; k < start + n + MAX_EXTRA_LINES && cell(k) !== undefined; k++) {
      const text = cell(k)?.text ?? '';
      if (numberAt >= 0 && NUMBER_CELL.test(text)) return k - 1;
      if (dueLast && isDeadlineText(text)) return k;
    }
    return -1;
  };
  while (cell(pos) !== undefined) {
    // Note: with cells on consecutive lines, blank lines between rows are no empty cells.
    while (gap === 0 && cell(pos)?.line === null) pos++;
    if (cell(pos) === undefined) break;
    const end = rowEnd(pos);
    if (end < 0) break;
    const rowCells = cells.slice(pos, end + 1);
    const fitted = rowCells.length > n ? joinParagraphs(lines, rowCells, columns) : rowCells;
    const placed = fitted ? placeCells(fitted, columns) : null;
    if (!placed) break;
    const lined = rowCells.filter((c) => c.line !== null);
    const row = makeRow(placed, columns, above, lined[0]?.line ?? lastLine, lined[lined.length - 1]?.line ?? lastLine);
    if (!row) break;
    above = passDown(above, row);
    rows.push(row);
    lastLine = row.lastLine;
    pos = end + 1;
  }
  if (rows.length === 0) return null;
  return { columns, rows, startLine: first, endLine: lastLine + 1 };
}

// A field of a table set out as records, one field a line: a header word, its colon, its value (重点任务：推进老旧小区改造).
const RECORD_FIELD = /^[\s\u3000]*([^：:\s\u3000]{1,12})[\s\u3000]*[：:][\s\u3000]*(\S.*?)?[\s\u3000]*$/;
/** Fewer records than this are no table: one item's fields (责任单位：…) stand under it as often. */
const MIN_RECORDS = 2;

/** A record's field at a line: its column, and its value's span; `null` for a line that is none. */
function recordField(line: SourceLine | undefined): { role: ColumnRole; word: string; cell: Cell } | null {
  const m = RECORD_FIELD.exec(line?.text ?? '');
  if (!line || !m) return null;
  const word = m[1] ?? '';
  const role = headerRole(word);
  if (!role) return null;
  const value = m[2] ?? '';
  const from = value === '' ? line.text.length : line.text.indexOf(value, (m.index ?? 0) + word.length);
  return { role, word, cell: value === '' ? { text: '', line: null } : { text: value, line: line.index, from, to: from + value.length } };
}

/**
 * A table set out as records (a web page's table shown as cards, a spreadsheet copied a field a line): each row a run of
 * fields under the same header words, in the same order, opened by its 序号 or its first field (序号：1 / 重点任务：推进
 * 老旧小区改造 / 主要内容：… / 责任单位：区住建局 / 完成时限：2025年12月底), a blank line or none between records.
 */
function readRecordTable(lines: readonly SourceLine[], from: number, to: number): AllocationTable | null {
  const first = recordField(lines[from]);
  if (!first) return null;
  const columns: ColumnRole[] = [];
  const words: string[] = [];
  let i = from;
  for (let f = recordField(lines[i]); f && i < to && !(columns.length > 0 && f.word === words[0]); f = recordField(lines[++i])) {
    columns.push(f.role);
    words.push(f.word);
  }
  const settled = settleLeadColumns(words, columns) as ColumnRole[];
  if (!isTaskTableHeader(settled)) return null;
  const rows: AllocationRow[] = [];
  let above: Partial<Record<ColumnRole, Cell>> = {};
  let at = from;
  let endLine = from;
  while (at < to) {
    const placed: Partial<Record<ColumnRole, Cell>> = {};
    let k = 0;
    let line = at;
    for (; k < words.length && line < to; k++, line++) {
      const f = recordField(lines[line]);
      if (!f || f.word !== words[k]) break;
      placed[settled[k] as ColumnRole] = f.cell;
    }
    if (k < words.length) break;
    const row = makeRow(placed, settled, above, at, line - 1);
    if (!row) break;
    above = passDown(above, row);
    rows.push(row);
    endLine = line;
    at = line;
    while (at < to && (lines[at]?.text.trim() ?? '') === '') at++;
  }
  if (rows.length < MIN_RECORDS) return null;
  return { columns: settled, rows, startLine: from, endLine };
}

// A cell holds a few paragraphs at most; a longer run is no row.
const MAX_EXTRA_LINES = 6;

/** Whether a line names units only (区民政局、区财政局; 各县（市、区）人民政府): each piece ends as a body's name does. */
function isUnitLine(text: string): boolean {
  const pieces = splitUnits(text.replace(/[、，,；;]$/, ''));
  return pieces.length > 0 && pieces.every((p) => BODY_END.test(p.replace(/[（(][^（）()]*[）)]$/, '')) || /^(?:各|有关|相关)/.test(p));
}

/**
 * A row of a table set one cell per line whose cells hold several paragraphs, a line each, put back into the
 * table's columns. The columns of text (重点任务, 具体措施) come before those of units (牵头单位, 配合单位), so the lines
 * of text fill the first and the lines of units the second: the first text column and the first units column take
 * one line each and the last of each kind the rest. When the lines are not text then units in that order, or too few
 * of a kind, the row is not read.
 *
 * @param lines The file's lines.
 * @param rowCells The row's cells, more than the table's columns.
 * @param columns The table's columns.
 * @returns One cell a column, or `null`.
 */
function joinParagraphs(lines: readonly SourceLine[], rowCells: readonly Cell[], columns: readonly ColumnRole[]): Cell[] | null {
  const head = columns[0] === 'number' && NUMBER_CELL.test(rowCells[0]?.text ?? '') ? 1 : 0;
  const tail = columns[columns.length - 1] === 'due' && isDeadlineText(rowCells[rowCells.length - 1]?.text ?? '') ? 1 : 0;
  const middle = columns.slice(head, columns.length - tail);
  const cells = rowCells.slice(head, rowCells.length - tail);
  const isUnitColumn = (r: ColumnRole): boolean => r === 'lead' || r === 'support';
  const textColumns = middle.findIndex(isUnitColumn);
  if (textColumns < 0 || !middle.slice(textColumns).every(isUnitColumn)) return null;
  // Note: an empty units cell (配合单位 -) is a line of its own among the units; no line of text is empty.
  const firstUnit = cells.findIndex((c) => isUnitLine(c.text));
  if (firstUnit < 0 || cells.slice(0, firstUnit).some((c) => c.line === null || c.text === '') || !cells.slice(firstUnit).every((c) => c.text === '' || isUnitLine(c.text))) return null;
  const spread = (group: readonly Cell[], count: number): Cell[] | null => {
    if (group.length < count || count === 0) return count === group.length ? [] : null;
    const out = group.slice(0, count - 1).map((c) => ({ ...c }));
    const rest = group.slice(count - 1);
    out.push(rest.length === 1 || rest.some((c) => c.line === null || c.text === '') ? { ...(rest[0] as Cell) } : joinedCell(lines, rest));
    if (rest.length > 1 && rest.some((c) => c.line === null || c.text === '')) return null;
    return out;
  };
  const texts = spread(cells.slice(0, firstUnit), textColumns);
  const units = spread(cells.slice(firstUnit), middle.length - textColumns);
  if (!texts || !units) return null;
  return [...rowCells.slice(0, head), ...texts, ...units, ...rowCells.slice(rowCells.length - tail)];
}

/** Cells on consecutive lines as one cell of several parts. */
function joinedCell(lines: readonly SourceLine[], group: readonly Cell[]): Cell {
  const parts = group.map((c) => {
    const text = lines[c.line as number]?.text ?? '';
    const from = text.length - text.trimStart().length;
    return { line: c.line as number, from, to: text.trimEnd().length };
  });
  const first = parts[0] as CellPart;
  return { text: group.map((c) => c.text).join(''), line: first.line, from: first.from, to: first.to, rest: parts.slice(1) };
}

const LABEL_ONLY = /^(?:[一二三四五六七八九十]+[、.．]?|[（(][一二三四五六七八九十]+[)）]|\d{1,3}[.．、]?)$/;

/** A table written one row per line (pipe or TAB separated), its header row at line `header`. */
function readRowTable(lines: readonly SourceLine[], header: number, to: number): AllocationTable | null {
  const head = readRowHeader(lines[header]?.text ?? '');
  if (!head) return null;
  const { columns, separator } = head;
  const { rows: raw, endLine } = readRowLines(lines, header, separator, to);
  const rows: AllocationRow[] = [];
  let above: Partial<Record<ColumnRole, Cell>> = {};
  const toCell = (line: number, c: RowCell): Cell =>
    c.text === '' || EMPTY_MARK.test(c.text) ? { text: '', line: null } : { text: c.text, line: c.line ?? line, from: c.from, to: c.to, ...(c.rest ? { rest: c.rest } : {}) };
  for (const { line, lastLine, cells: rowCells } of raw) {
    let cells = rowCells.map((c) => toCell(line, c));
    // Note: a row copied with a TAB at either end has more cells than the header; those outer cells are empty.
    while (cells.length > columns.length && cells[cells.length - 1]?.text === '') cells = cells.slice(0, -1);
    while (cells.length > columns.length && cells[0]?.text === '') cells = cells.slice(1);
    const filled = cells.filter((c) => c.text !== '');
    // A row with one cell of text under a wide header heads the rows under it (| 一 | 数据治理 | | | |): their 领域.
    const words = filled.filter((c) => !LABEL_ONLY.test(c.text));
    if (words.length === 1 && filled.length <= 2 && columns.length >= 4 && !filled.some((c) => isDeadlineText(c.text))) {
      above = { field: words[0] as Cell };
      continue;
    }
    const placed = placeCells(cells, columns);
    const row = placed ? makeRow(placed, columns, above, line, lastLine) : null;
    if (!row) continue;
    above = passDown(above, row);
    rows.push(row);
  }
  if (rows.length === 0) return null;
  return { columns, rows, startLine: header, endLine, separator };
}

/**
 * The lines with the spaces that part the cells of a table copied with one space between cells turned into TABs, for
 * the readers of figures: a TAB bounds a figure's clause as a cell's edge, a space does not. Lengths and offsets stay.
 *
 * @param lines The file's lines.
 * @param tables Tables read from them.
 * @returns The lines, those of `space` tables' rows changed.
 */
export function withCellEdges(lines: readonly SourceLine[], tables: readonly AllocationTable[]): SourceLine[] {
  const spaced = tables.filter((t) => t.separator === 'space');
  if (spaced.length === 0) return [...lines];
  const out = [...lines];
  for (const table of spaced) {
    for (let i = table.startLine + 1; i < table.endLine; i++) {
      const line = out[i];
      if (line) out[i] = { ...line, text: line.text.replace(/[ \u3000]+/g, (m) => '\t'.repeat(m.length)) };
    }
  }
  return out;
}

/** A table set out in columns of spaces (pdftotext -layout), its header row at line `header`; its cells may wrap. */
function readSpacedTable(lines: readonly SourceLine[], header: number, to: number): AllocationTable | null {
  const read = readSpacedRows(lines, header, to);
  if (!read) return null;
  const { columns } = read;
  const rows: AllocationRow[] = [];
  let above: Partial<Record<ColumnRole, Cell>> = {};
  for (const { line, lastLine, cells: rowCells } of read.rows) {
    const cells = rowCells.map((c): Cell => (!c || EMPTY_MARK.test(c.text) ? { text: '', line: null } : { text: c.text, line: c.line ?? line, from: c.from, to: c.to, ...(c.rest ? { rest: c.rest } : {}) }));
    const placed = placeCells(cells, columns);
    const row = placed ? makeRow(placed, columns, above, line, lastLine) : null;
    if (!row) continue;
    above = passDown(above, row);
    rows.push(row);
  }
  return rows.length > 0 ? { columns, rows, startLine: header, endLine: read.endLine } : null;
}

/**
 * Recover a task-allocation table from the lines at `from`, in whichever
 * layout it arrives: one row per line (a Markdown pipe table, `|`-separated
 * text, TAB-separated cells), or flattened to one cell per line, cells
 * separated by blank lines or not (序号/领域/重点任务/主要内容/牵头单位/配合单位/完成时间,
 * 序号/重点工作/具体措施/责任单位/完成时限). One cell per line, rows end at their
 * deadline cell, or before the next 序号. A row with fewer cells than the
 * header lost cells to merged cells above, which are carried down; a row
 * whose 序号 is empty is a continuation row of the task above.
 *
 * @param lines The file's lines.
 * @param from The line after the table's title (blank lines may come first).
 * @param to The line where the table must end at the latest.
 * @returns The table, or `null` when no header row starts there.
 */
export function parseAllocationTable(lines: readonly SourceLine[], from: number, to: number = lines.length): AllocationTable | null {
  let first = from;
  while (first < to && (lines[first]?.text.trim() ?? '') === '') first++;
  if (first >= to) return null;
  const text = lines[first]?.text ?? '';
  if (readRowHeader(text)) return readRowTable(lines, first, to);
  if (recordField(lines[first])) return readRecordTable(lines, first, to);
  return readSpacedHeader(text) ? readSpacedTable(lines, first, to) : readCellTable(lines, from, to);
}

/**
 * Find the task tables inside a stretch of lines (a plan's body that holds its
 * task table, or states its tasks only in one): a header row of a pipe or TAB
 * table, or a run of header cells one per line.
 *
 * @param lines The file's lines.
 * @param from The first line to look at.
 * @param to The line after the last.
 * @returns The tables in order.
 */
export function findAllocationTables(lines: readonly SourceLine[], from: number, to: number): AllocationTable[] {
  const tables: AllocationTable[] = [];
  for (let i = from; i < to; i++) {
    const text = lines[i]?.text ?? '';
    const starts = readRowHeader(text) !== null || (text.trim().length <= 14 && headerRole(text.trim()) !== null) || readSpacedHeader(text) !== null || recordField(lines[i]) !== null;
    if (!starts) continue;
    const table = parseAllocationTable(lines, i, to);
    if (!table) continue;
    tables.push(table);
    i = Math.max(i, table.endLine - 1);
  }
  return tables;
}

/**
 * The lines with the tables' lines emptied, for readers that must not take table cells for text (a row `1\t建设…`
 * for an item). Indexes and offsets stay as they were.
 *
 * @param lines The file's lines.
 * @param tables Tables read from them.
 * @returns A copy of the lines, each table's lines (header to last row) empty.
 */
export function withoutTables(lines: readonly SourceLine[], tables: readonly AllocationTable[]): SourceLine[] {
  const out = [...lines];
  for (const table of tables) {
    for (let i = table.startLine; i < table.endLine; i++) {
      const line = out[i];
      if (line) out[i] = { index: line.index, text: '', start: line.start, map: null };
    }
  }
  return out;
}
