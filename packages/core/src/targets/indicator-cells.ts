// The pieces of a 主要指标 table that every layout reads alike: its rows and cells, a unit
// cell, a value cell and the years of the value columns. In a module of their own so that
// the layout readers (indicator-table-line.ts, indicator-table-pipe.ts) and indicator-table.ts,
// which calls them, do not import each other.
import type { Comparator } from '../model/types.js';
import { periodOfTitle } from '../text/period.js';
import { scaleDecimal } from './decimal.js';
import { perUnitAt, unitAt, type UnitFamily } from './units.js';

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
  /** A change word the cell writes before its value (下降15, 提高2): the value is a change of the row's measure. */
  change?: string;
  /** The percent sign the cell writes after its value (下降14%), which is its unit whatever the row's unit column says. */
  percent?: string;
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
  /** The yearly average growth a 年均增长 column gives beside the level to reach (地区生产总值 | 152.3 | 220 | 7.5%), in percent. */
  growth?: TableCell | null;
  /** The values of the columns between the base year and the last (2024年 | 2025年 in a 2023–2026 table), each due in its year. */
  /** A stage's cell may hold only the change to its year (〔1200〕 in a 2027年 column): `cumulative` says so. */
  stages?: ReadonlyArray<{ cell: TableCell; year: number; cumulative?: boolean }>;
  baseAsOf: string | null;
  targetYear: number | null;
}

export interface IndicatorTables {
  rows: TableRow[];
  /** The lines the tables take up, which the figure recogniser leaves alone. */
  claimed: Set<number>;
}

const BOUND: Record<string, Comparator> = { '＞': '>', '>': '>', '≥': '>=', '＜': '<', '<': '<', '≤': '<=' };

/** A unit cell or a unit in brackets (万平方米, %, 亿立方米): scale it, and name it. */
export function readUnit(text: string): { power: number; unit: string | null; family: UnitFamily | null; gloss: string | null } | null {
  const t = text.trim();
  const scale = /^(万亿|亿|万|千)?/.exec(t)?.[1] ?? '';
  const power = { 万亿: 12, 亿: 8, 万: 4, 千: 3 }[scale] ?? 0;
  const rest = t.slice(scale.length);
  // Note: a table's unit in years (平均受教育年限（年）) is a duration; in prose 年 after a number is a year, so it is no unit there.
  const info = rest === '年' ? { unit: '年', family: 'duration' as const, gloss: 'years' } : unitAt(rest);
  // Note: a rate's unit cell names its denominator (万立方米/日, 吨标准煤/万元).
  const per = info ? perUnitAt(rest, info.unit.length) : null;
  if (!info || info.unit.length + (per?.length ?? 0) !== rest.length) return null;
  return { power, unit: rest, family: info.family, gloss: per ? `${info.gloss} per ${per.gloss}` : info.gloss };
}

// Note: a change row of a safety or energy table writes its change word in the value cell (生产安全事故死亡人数 | % |
// - | 下降15), as national and provincial 应急体系 and 节能 plans do; the value is the change.
// Note: a cell may repeat the row's percent sign (85%, ≥90%), as tables without a unit column do.
const VALUE_CELL = /^(下降|降低|减少|提高|提升|增长|增加)?\s*([＞>≥＜<≤])?\s*(\d+(?:\.\d+)?)(?:\s*[%％]?\s*[-—–～~－至]{1,2}\s*(\d+(?:\.\d+)?))?\s*[%％]?\s*(左右|以上|以下)?$/;

/**
 * A value cell: 60, ≥10, ＞1.7, 15左右, 90以上, a range 80-85 (its lower bound with `>=`, as a range in the
 * text is read), a change 下降15; `-` and text are no value.
 */
export function readCell(text: string, power: number): Omit<TableCell, 'line' | 'from' | 'to' | 'quoteFrom' | 'quoteLine'> | null {
  const m = VALUE_CELL.exec(text.trim());
  if (!m) return null;
  // Note: a percent written in the cell is the value's unit: a change of a measure in 吨标准煤/万元 written 下降14% is 14
  // percent, not 14 of the row's unit, nor scaled by its 万.
  const percent = /[%％]/.exec(text)?.[0];
  if (percent) power = 0;
  const valueMax = m[4] === undefined ? null : scaleDecimal(m[4], power);
  const comparator = m[2] ? (BOUND[m[2]] ?? null) : m[5] === '以上' ? '>=' : m[5] === '以下' ? '<=' : valueMax !== null ? '>=' : null;
  return { value: scaleDecimal(m[3] ?? '0', power), valueMax, comparator, approx: m[5] === '左右', ...(m[1] ? { change: m[1] } : {}), ...(percent ? { percent } : {}) };
}

/** The years of a table's value columns: 2015年 / 2020年, or “十四五”完成值 / “十五五”目标值. */
export function columnYears(header: string, fallback: number | null): { baseAsOf: string | null; targetYear: number | null } {
  const years = [...header.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  if (years.length >= 2) return { baseAsOf: `${years[0]}-12-31`, targetYear: years.at(-1) ?? fallback };
  const periods = [...header.matchAll(/[“"]?十[一二三四五六七八九]五[”"]?/g)].map((m) => periodOfTitle(m[0]));
  const base = periods[0];
  const target = periods.length >= 2 ? periods.at(-1) : null;
  return { baseAsOf: base && periods.length >= 2 ? `${base.end}-12-31` : null, targetYear: target?.end ?? fallback };
}
