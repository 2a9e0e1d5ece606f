import type { Comparator } from '../model/types.js';
import { periodFromText } from '../parse/metadata.js';
import type { SourceLine } from '../parse/source-lines.js';
import { scaleDecimal } from './decimal.js';
import { findQuantities } from './quantity.js';
import { readLineTable } from './indicator-table-line.js';
import { readPipeTables } from './indicator-table-pipe.js';
import { unitAt, type UnitFamily } from './units.js';

/**
 * The 主要指标 table of a plan, as text extraction leaves it: every row has an attribute cell,
 * 约束性 (binding) or 预期性 (expected), the mark of these tables in Chinese five-year and
 * action plans. Three layouts are read, a Markdown pipe table (indicator-table-pipe.ts) and these two:
 * - one cell per line (闵行 style): 类别 / 序号 / 一级指标 / 二级指标 / 单位 / 属性 / 完成值 / 目标值,
 *   each cell on its own line, an empty cell a blank line;
 * - the whole table flattened into one line without separators (国务院 style):
 *   空气质量优良天数比率（%）76.7＞80-约束性…
 */

/** One value cell: where it is, what it says. */
export interface TableCell {
  /** Index into the plan's lines, and the span of the cell in that line's text. */
  line: number;
  from: number;
  to: number;
  /** Where the quote starts: the row's metric, on line `quoteLine`, so that the quote holds the metric and the unit. */
  quoteFrom: number;
  quoteLine: number;
  value: number;
  /** The upper bound of a range (85 in 80-85); `null` for a single value. */
  valueMax: number | null;
  comparator: Comparator | null;
  approx: boolean;
}

export interface TableRow {
  metric: string;
  unit: string | null;
  unitFamily: UnitFamily | null;
  gloss: string | null;
  /** 约束性 or 预期性; `null` when the row states neither. */
  attribute: '约束性' | '预期性' | null;
  /** The value reached (基期值, 完成值, the first year's column), as of `baseYear`. */
  baseline: TableCell | null;
  /** The value to reach (目标值, the last year's column), due `targetYear`. */
  target: TableCell | null;
  /** The five-year cumulative change (〔18〕), due `targetYear`. */
  cumulative: TableCell | null;
  baseAsOf: string | null;
  targetYear: number | null;
}

export interface IndicatorTables {
  rows: TableRow[];
  /** The lines the tables take up, which the figure recogniser leaves alone. */
  claimed: Set<number>;
}

const ATTRIBUTE = /^(约束性|预期性)$/;
const BOUND: Record<string, Comparator> = { '＞': '>', '>': '>', '≥': '>=', '＜': '<', '<': '<', '≤': '<=' };

/** A unit cell or a unit in brackets (万平方米, %, 亿立方米): scale it, and name it. */
export function readUnit(text: string): { power: number; unit: string | null; family: UnitFamily | null; gloss: string | null } | null {
  const t = text.trim();
  const scale = /^(万亿|亿|万|千)?/.exec(t)?.[1] ?? '';
  const power = { 万亿: 12, 亿: 8, 万: 4, 千: 3 }[scale] ?? 0;
  const rest = t.slice(scale.length);
  const info = unitAt(rest);
  if (!info || info.unit.length !== rest.length) return null;
  return { power, unit: info.unit, family: info.family, gloss: info.gloss };
}

const VALUE_CELL = /^([＞>≥＜<≤])?\s*(\d+(?:\.\d+)?)(?:\s*[-—–～~－至]{1,2}\s*(\d+(?:\.\d+)?))?\s*(左右|以上|以下)?$/;

/**
 * A value cell: 60, ≥10, ＞1.7, 15左右, 90以上, a range 80-85 (its lower bound with `>=`, as a range in the
 * text is read); `-` and text are no value.
 */
export function readCell(text: string, power: number): Omit<TableCell, 'line' | 'from' | 'to' | 'quoteFrom' | 'quoteLine'> | null {
  const m = VALUE_CELL.exec(text.trim());
  if (!m) return null;
  const valueMax = m[3] === undefined ? null : scaleDecimal(m[3], power);
  const comparator = m[1] ? (BOUND[m[1]] ?? null) : m[4] === '以上' ? '>=' : m[4] === '以下' ? '<=' : valueMax !== null ? '>=' : null;
  return { value: scaleDecimal(m[2] ?? '0', power), valueMax, comparator, approx: m[4] === '左右' };
}

/** The years of a table's value columns: 2015年 / 2020年, or “十四五”完成值 / “十五五”目标值. */
export function columnYears(header: string, fallback: number | null): { baseAsOf: string | null; targetYear: number | null } {
  const years = [...header.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  if (years.length >= 2) return { baseAsOf: `${years[0]}-12-31`, targetYear: years.at(-1) ?? fallback };
  const periods = [...header.matchAll(/[“"]?十[一二三四五六七八九]五[”"]?/g)].map((m) => periodFromText(m[0]));
  const base = periods[0];
  const target = periods.length >= 2 ? periods.at(-1) : null;
  return { baseAsOf: base && periods.length >= 2 ? `${base.end}-12-31` : null, targetYear: target?.end ?? fallback };
}

/**
 * Read a table laid out one cell per line: from each attribute line, the cells before it are the
 * unit and the metric, the cells after it the values, in the header's column order.
 */
export function readCellTable(lines: readonly SourceLine[], from: number, to: number, fallbackYear: number | null, out: IndicatorTables): void {
  const text = (i: number): string => lines[i]?.text.trim() ?? '';
  for (let i = from; i < to; i++) {
    if (text(i) !== '属性') continue;
    // The header: the cells from the last blank line before 属性 to the next blank line.
    let start = i;
    while (start > from && text(start - 1) !== '') start--;
    let end = i;
    while (end < to && text(end) !== '') end++;
    const before = [];
    for (let k = start; k < i; k++) before.push(text(k));
    const after: string[] = [];
    // Note: a column header split over two lines (“十四五” / 完成值) is one column.
    for (let k = i + 1; k < end; k++) {
      if (/^[“"]?十[一二三四五六七八九]五[”"]?$/.test(text(k)) && k + 1 < end) {
        after.push(`${text(k)}${text(k + 1)}`);
        k++;
      } else after.push(text(k));
    }
    const unitCol = before.lastIndexOf('单位');
    if (unitCol < 0 || unitCol !== before.length - 1 || after.length === 0 || after.length > 3) continue;
    const { baseAsOf, targetYear } = columnYears(after.join(' '), fallbackYear);
    for (let k = end; k < to; k++) {
      const attribute = ATTRIBUTE.exec(text(k))?.[1] as TableRow['attribute'] | undefined;
      if (!attribute) continue;
      const unit = readUnit(text(k - 1));
      const metric = text(k - 2);
      if (metric === '' || /^\d+$/.test(metric)) continue;
      const cells = after.map((_, c) => {
        const at = k + 1 + c;
        const line = lines[at];
        if (!line) return null;
        // Note: a cell may state its value in words (启动8个城中村整体改造项目): its first quantity is the value.
        const q = findQuantities(line.text)[0];
        const read = readCell(line.text, unit?.power ?? 0) ?? (q ? { value: q.value, valueMax: q.upTo, comparator: q.comparator, approx: q.approx } : null);
        if (!read) return null;
        const lead = line.text.length - line.text.trimStart().length;
        const metricLine = lines[k - 2];
        const quoteFrom = metricLine ? metricLine.text.length - metricLine.text.trimStart().length : 0;
        return { line: at, from: lead, to: line.text.trimEnd().length, quoteLine: k - 2, quoteFrom, ...read };
      });
      for (let c = -2; c <= after.length; c++) out.claimed.add(k + c);
      out.rows.push({
        metric,
        unit: unit?.unit ?? null,
        unitFamily: unit?.family ?? null,
        gloss: unit?.gloss ?? null,
        attribute,
        baseline: after.length >= 2 ? (cells[0] ?? null) : null,
        target: cells[after.length - 1] ?? null,
        cumulative: null,
        baseAsOf,
        targetYear,
      });
    }
    i = end;
  }
}

/**
 * Find the 主要指标 tables among a plan's lines, in either layout.
 *
 * @param lines The file's lines.
 * @param from The plan's first line.
 * @param to The plan's end (exclusive).
 * @param fallbackYear The year a target column without a year is due (the plan's last year).
 * @returns The rows, and the lines the tables take up.
 */
export function readIndicatorTables(lines: readonly SourceLine[], from: number, to: number, fallbackYear: number | null): IndicatorTables {
  const out: IndicatorTables = { rows: [], claimed: new Set() };
  readCellTable(lines, from, to, fallbackYear, out);
  readPipeTables(lines, from, to, fallbackYear, out);
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || out.claimed.has(i)) continue;
    const attributes = [...line.text.matchAll(/约束性|预期性/g)];
    if (attributes.length < 2) continue;
    readLineTable(line, i, columnYears(line.text.slice(0, attributes[0]?.index ?? 0), fallbackYear), out);
  }
  return out;
}
