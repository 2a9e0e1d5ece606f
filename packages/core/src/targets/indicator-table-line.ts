import type { Comparator } from '../model/types.js';
import type { SourceLine } from '../text/source-lines.js';
import { scaleDecimal } from './decimal.js';
import { readUnit, type IndicatorTables, type TableCell, type TableRow } from './indicator-cells.js';

const BOUND: Record<string, Comparator> = { '＞': '>', '>': '>', '≥': '>=', '＜': '<', '<': '<', '≤': '<=' };
// A run of value characters: digits, points, dashes, bounds, 〔cumulative〕 brackets, 左右 and 以上.
const CLUSTER = /(?:[0-9.\-－＞＜≥≤〔〕]|左右|以上)+/g;
const NUM = String.raw`\d+(?:\.\d+)?`;
// 76.7＞80-〔1.38〕: baseline, bound, target, and maybe the cumulative change.
const BOUNDED = new RegExp(String.raw`^(-|${NUM})([＞＜≥≤])(${NUM})(左右|以上)?-?(?:〔(${NUM})〕)?$`);
// -90以上- / -≥8-: no baseline, a target.
const TARGET_ONLY = new RegExp(String.raw`^-([＞＜≥≤])?(${NUM})(左右|以上)?-?$`);
// --〔18〕: only the cumulative change. A digit before it is a footnote mark glued to the row's name
// (重点地区总氮6--〔10〕 with note 6 under the table), as in the table's header (〔累计〕1) and names (城市2):
// a row with a cumulative change states no baseline, so the digit is no value.
const CUMULATIVE_ONLY = new RegExp(String.raw`^\d?--〔(${NUM})〕$`);
// A list number glued after a row's last cell when the row states no attribute (氨氮--〔10〕 / 氮氧化物--〔15〕6.区域性…):
// it numbers the next group of rows.
const TRAILING_NUMBER = /(?<=[-〕])\d{1,2}\.$/;

interface Parsed {
  baseline: [number, number] | null;
  target: [number, number, Comparator | null, boolean] | null;
  cumulative: [number, number] | null;
}

/** Split a value cluster into its cells, as offsets in the cluster; `null` when it is ambiguous (151165) or a footnote. */
function parseCluster(c: string, endsRow = false): Parsed | null {
  let m = BOUNDED.exec(c);
  if (m) {
    const baseEnd = (m[1] ?? '').length;
    const targetFrom = baseEnd + 1;
    const targetTo = targetFrom + (m[3] ?? '').length + (m[4] ?? '').length;
    const cum = m[5] ? c.lastIndexOf(m[5]) : -1;
    return {
      baseline: m[1] === '-' ? null : [0, baseEnd],
      target: [targetFrom, targetTo, BOUND[m[2] ?? ''] ?? null, m[4] === '左右'],
      cumulative: cum >= 0 ? [cum, cum + (m[5] ?? '').length] : null,
    };
  }
  m = TARGET_ONLY.exec(c);
  if (m) {
    const from = 1 + (m[1] ?? '').length;
    const comparator = m[1] ? (BOUND[m[1]] ?? null) : m[3] === '以上' ? '>=' : null;
    return { baseline: null, target: [1, from + (m[2] ?? '').length + (m[3] ?? '').length, comparator, m[3] === '左右'], cumulative: null };
  }
  m = CUMULATIVE_ONLY.exec(c);
  if (m) {
    const from = c.indexOf('〔') + 1;
    return { baseline: null, target: null, cumulative: [from, from + (m[1] ?? '').length] };
  }
  // Two decimals with as many places glued together: 21.6623.04 is 21.66 and 23.04.
  for (let places = 1; places <= 3; places++) {
    const glued = new RegExp(String.raw`^(\d+\.\d{${places}})(\d+\.\d{${places}})-?(?:〔(${NUM})〕)?$`).exec(c);
    if (!glued) continue;
    const a = (glued[1] ?? '').length;
    const b = a + (glued[2] ?? '').length;
    const cum = glued[3] ? c.lastIndexOf(glued[3]) : -1;
    return { baseline: [0, a], target: [a, b, null, false], cumulative: cum >= 0 ? [cum, cum + (glued[3] ?? '').length] : null };
  }
  return endsRow ? splitGlued(c) : null;
}

/**
 * A baseline and a target glued with nothing between them, in a row that ends here: split where both halves
 * have as many integer digits (5456 → 54 | 56, 151165 → 151 | 165, 70.570左右 → 70.5 | 70左右), as a table's
 * two columns of one indicator do; `null` when no such split is within a factor of two.
 */
function splitGlued(c: string): Parsed | null {
  const m = new RegExp(String.raw`^([\d.]+?)(左右|以上)?-?(?:〔(${NUM})〕)?$`).exec(c);
  const digits = m?.[1] ?? '';
  if (!m || digits.split('.').length > 2) return null;
  for (let cut = 1; cut < digits.length; cut++) {
    const a = digits.slice(0, cut);
    const b = digits.slice(cut);
    if (!/^\d+(?:\.\d+)?$/.test(a) || !/^\d+(?:\.\d+)?$/.test(b) || a.split('.')[0]?.length !== b.split('.')[0]?.length) continue;
    const ratio = Number(b) / Number(a);
    if (!(ratio >= 0.5 && ratio <= 2)) continue;
    const suffix = (m[2] ?? '').length;
    const cum = m[3] ? c.lastIndexOf(m[3]) : -1;
    return { baseline: [0, cut], target: [cut, digits.length + suffix, m[2] === '以上' ? '>=' : null, m[2] === '左右'], cumulative: cum >= 0 ? [cum, cum + (m[3] ?? '').length] : null };
  }
  return null;
}

/**
 * The metric a label names: the words after the last footnote mark, list number or bracketed unit; a bracket that
 * is no unit (近岸海域水质优良（一、二类）比例) is part of the name.
 */
function metricOf(label: string): string {
  const units = label.replace(/（[^（）]*）$/, '').replace(/（([^（）]*)）/g, (b, inner: string) => (readUnit(inner) ? '\u0000' : b));
  const parts = units.split(/约束性|预期性|属性|\d+\.|\d|\u0000/);
  return (parts.filter((s) => s.trim() !== '').at(-1) ?? '').trim();
}

/**
 * Read a 主要指标 table flattened into one line (its rows glued, 约束性/预期性 ending each).
 *
 * @param line The line, holding two attribute words or more.
 * @param index Its index in the plan's lines.
 * @param years The baseline's as-of date and the target year, from the header in the line.
 * @param out Where the rows go.
 */
export function readLineTable(line: SourceLine, index: number, years: { baseAsOf: string | null; targetYear: number | null }, out: IndicatorTables): void {
  const text = line.text;
  const before = out.rows.length;
  let unit: ReturnType<typeof readUnit> = null;
  // Where the bracket that gave the unit stands, so that a row's quote holds its unit.
  let unitFrom = 0;
  let labelFrom = 0;
  let lastAttribute: TableRow['attribute'] = null;
  for (const m of text.matchAll(CLUSTER)) {
    const at = m.index ?? 0;
    const cluster = m[0].replace(TRAILING_NUMBER, '');
    const label = text.slice(labelFrom, at);
    const brackets = [...label.matchAll(/（([^（）]{1,8})）/g)].map((b) => ({ unit: readUnit(b[1] ?? ''), at: labelFrom + (b.index ?? 0) }));
    const last = brackets.filter((b) => b.unit !== null).at(-1);
    const bracket = last?.unit ?? null;
    if (last) unitFrom = last.at;
    // Note: a row without a unit of its own takes its group's (主要污染物排放总量减少（%）化学需氧量 / 氨氮) only when
    // its name is short, as a group's sub-rows are; a full indicator name without a unit has none (…状况指数).
    if (bracket) unit = bracket;
    else if (metricOf(label).length > 6) unit = null;
    const endsRow = /^\s?(?:约束性|预期性)/.test(text.slice(at + m[0].length));
    const parsed = parseCluster(cluster, endsRow);
    const stated = /^\s?(约束性|预期性)/.exec(text.slice(at + m[0].length))?.[1] as TableRow['attribute'] | undefined;
    // Note: a row that states no attribute shares the one of the row above: the 属性 cell is merged over a group of
    // rows (主要污染物排放总量减少: 化学需氧量 / 氨氮 / 二氧化硫 / 氮氧化物), and flattening writes it once, on the first.
    const attribute: TableRow['attribute'] = stated ?? lastAttribute;
    if (!parsed) {
      // A row this reader cannot split (151165) still ends where its attribute stands.
      if (endsRow) {
        labelFrom = at + m[0].length;
        lastAttribute = attribute;
      }
      continue;
    }
    lastAttribute = attribute;
    const metric = metricOf(label);
    const metricAt = Math.min(metric ? text.lastIndexOf(metric, at) : at, unit ? unitFrom : at);
    const cell = (span: [number, number] | null, comparator: Comparator | null = null, approx = false): TableCell | null => {
      if (!span) return null;
      const raw = text.slice(at + span[0], at + span[1]).replace(/左右|以上/, '');
      return { line: index, from: at + span[0], to: at + span[1], quoteLine: index, quoteFrom: metricAt >= 0 ? metricAt : at + span[0], value: scaleDecimal(raw, unit?.power ?? 0), valueMax: null, comparator, approx };
    };
    const row: TableRow = {
      metric,
      unit: unit?.unit ?? null,
      unitFamily: unit?.family ?? null,
      gloss: unit?.gloss ?? null,
      attribute,
      baseline: cell(parsed.baseline),
      target: parsed.target ? cell([parsed.target[0], parsed.target[1]], parsed.target[2], parsed.target[3]) : null,
      cumulative: cell(parsed.cumulative),
      ...years,
    };
    if (metric.length >= 2) out.rows.push(row);
    labelFrom = at + m[0].length;
  }
  // Note: a line of prose that marks its goals 约束性 and 预期性 (森林覆盖率达到68.5%（预期性）；…（约束性）) gives no row: it
  // stays the text's, for its figures to be read as statements.
  if (out.rows.length > before) out.claimed.add(index);
}
