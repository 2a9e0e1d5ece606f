import type { SourceLine } from '../text/source-lines.js';
import { columnYears, readCell, readUnit, type IndicatorTables, type TableCell, type TableRow } from './indicator-cells.js';
import { scaleDecimal } from './decimal.js';
import { findQuantities } from './quantity.js';
import { readLineTable } from './indicator-table-line.js';
import { readPipeTables } from './indicator-table-pipe.js';

/**
 * The 主要指标 table of a plan, as text extraction leaves it: every row has an attribute cell,
 * 约束性 (binding) or 预期性 (expected), the mark of these tables in Chinese five-year and
 * action plans. Three layouts are read, a Markdown pipe table (indicator-table-pipe.ts) and these two:
 * - one cell per line (闵行 style): 类别 / 序号 / 一级指标 / 二级指标 / 单位 / 属性 / 完成值 / 目标值,
 *   each cell on its own line, an empty cell a blank line;
 * - the whole table flattened into one line without separators (国务院 style):
 *   空气质量优良天数比率（%）76.7＞80-约束性…
 */

const ATTRIBUTE = /^(约束性|预期性)$/;

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

// The header cells of a table written one cell per line in its columns' order (序号 / 指标 / 单位 / 2025年 / 2030年 / 属性).
const ATTRIBUTE_HEADER = /^(?:指标)?(?:属性|性质)$/;
const VALUE_HEADER = /^(?:[“"]?十[一二三四五六七八九]五[”"]?.{0,4}|\d{4}\s*年.{0,4}|现状值|基期值|目标值|基准值|完成值|预期值)$/;
// The header of a yearly growth or five-year change column after the values: 年均增速/累计, 年均增长（%）, 累计, 〔累计〕.
const CHANGE_HEADER = /^[〔［\[]?(?:年均|累计)[^，。]{0,10}$/;
// Note: the metric column is named 指标, 指标名称, or 主要指标, 具体指标, 二级指标 where a category column (类别, 领域,
// 一级指标) stands before it, as the tables of five-year plans group their rows.
const METRIC_HEADER = /^(?:主要|具体|二级|三级)?指标(?:名称)?$/;
const CATEGORY_HEADER = /^(?:类别|类型|分类|领域|维度|方面|一级指标)$/;

/**
 * Read a table laid out one cell per line in the order of its columns, the attribute last (Word's save as text, pdf.js
 * text): 序号 / 指标 / 单位 / 2025年 / 2030年 / 属性, then each row's cells in that order. A row must end with
 * 约束性 or 预期性 and give a figure in its last value column; the table ends at the first row that does not.
 */
function readCellRows(lines: readonly SourceLine[], from: number, to: number, fallbackYear: number | null, out: IndicatorTables): void {
  const text = (i: number): string => lines[i]?.text.trim() ?? '';
  for (let i = from; i < to; i++) {
    if (out.claimed.has(i)) continue;
    // Note: a city or sector plan's table may have no 属性 column (序号 / 指标名称 / 单位 / 2020年 / 2025年): its 单位
    // header, with dated value columns right after it, anchors it instead (unattributedHeader).
    const attributed = ATTRIBUTE_HEADER.test(text(i));
    if (!attributed && !unattributedHeader(text, i, to)) continue;
    // The header: the short lines up to the attribute's, back to 序号 or 指标.
    let start = i;
    while (start > from && start > i - 8 && text(start - 1) !== '' && !/^序号$/.test(text(start)) && !METRIC_HEADER.test(text(start))) start--;
    if (METRIC_HEADER.test(text(start)) && CATEGORY_HEADER.test(text(start - 1))) start--;
    if (text(start - 1) === '序号' && (METRIC_HEADER.test(text(start)) || CATEGORY_HEADER.test(text(start)))) start--;
    // Note: the 属性 column may stand before the unit and the values (序号 / 指标 / 属性 / 单位 / 2020年 / 2025年): the
    // header then runs on past it through the unit and value columns.
    let end = i;
    while (end + 1 < to && end < i + 5 && (text(end + 1) === '单位' || VALUE_HEADER.test(text(end + 1)))) end++;
    const header: string[] = [];
    for (let k = start; k <= end; k++) header.push(text(k));
    const metricCol = header.findLastIndex((h) => METRIC_HEADER.test(h));
    const categoryCol = attributed ? header.findIndex((h) => CATEGORY_HEADER.test(h)) : -1;
    const attributeCol = attributed ? i - start : -1;
    const unitCol = header.indexOf('单位');
    const valueCols = header.flatMap((h, c) => (VALUE_HEADER.test(h) ? [c] : []));
    // Note: a 年均/累计 column (年均增速/累计, 年均增长（%）, 累计) between the values and the attribute holds a yearly growth as a
    // plain value and a five-year change in brackets (8.6, 〔0.8〕), as the pipe and TAB tables of the same plans do.
    const changeCol = header.findIndex((h, c) => c > (valueCols.at(-1) ?? Infinity) && CHANGE_HEADER.test(h));
    const n = header.length;
    if (metricCol < 0 || valueCols.length === 0 || valueCols.length > 3 || (end === i && header.at(-1) !== text(i))) continue;
    const { baseAsOf, targetYear } = columnYears(valueCols.map((c) => header[c]).join(' '), fallbackYear);
    // Note: a first value column that names itself a target (2027年目标 | 2030年目标) is a stage, not a base (as in pipe tables).
    const firstIsTarget = valueCols.length >= 2 && /目标|预期值|规划值/.test(header[valueCols[0] ?? -1] ?? '') && !/现状|完成|实际|基期|基准/.test(header[valueCols[0] ?? -1] ?? '');
    let row = end + 1;
    while (row + n - 2 < to) {
      // Note: a category cell merged over a group of rows (rowspan) is written once, on the group's first row: the
      // rows after it have one cell fewer, the category's, and their cells shift back by one from there.
      const merged = categoryCol >= 0 && categoryCol < metricCol && !ATTRIBUTE.test(text(row + attributeCol)) && ATTRIBUTE.test(text(row + attributeCol - 1));
      const width = merged ? n - 1 : n;
      const cell = (c: number): string => (merged && c === categoryCol ? '' : text(row + (merged && c > categoryCol ? c - 1 : c)));
      const at = (c: number): number => row + (merged && c > categoryCol ? c - 1 : c);
      const attribute = attributed ? (ATTRIBUTE.exec(cell(attributeCol))?.[1] as TableRow['attribute'] | undefined) : null;
      if (attribute === undefined || cell(metricCol) === '') break;
      if (!attributed && !unattributedRow(header, cell, metricCol, unitCol, valueCols)) break;
      // Note: without a 单位 column the unit is written in brackets after the name (水利工程供水能力（亿立方米）), as in
      // pipe tables; the name is read without it.
      const bracket = /[（(]([^（）()]{1,8})[）)]$/.exec(cell(metricCol));
      const bracketUnit = unitCol < 0 && bracket ? readUnit(bracket[1] ?? '') : null;
      const unit = unitCol >= 0 ? readUnit(cell(unitCol)) : bracketUnit;
      const name = bracketUnit && bracket ? cell(metricCol).slice(0, bracket.index).trim() : cell(metricCol);
      const metricLine = lines[at(metricCol)];
      const quoteFrom = metricLine ? metricLine.text.length - metricLine.text.trimStart().length : 0;
      // A cell's level, and the five-year change in brackets after it or alone (23.04〔1.38〕, 〔3.5〕).
      const split = (c: number, scale = unit?.power ?? 0): { level: TableCell | null; change: TableCell | null } => {
        const line = lines[at(c)];
        if (!line || c < 0) return { level: null, change: null };
        const lead = line.text.length - line.text.trimStart().length;
        const m = /^(.*?)\s*(?:[〔［\[]\s*(\d+(?:\.\d+)?)\s*[〕］\]])?$/.exec(line.text.trim());
        const levelText = m?.[1] ?? '';
        const read = levelText === '' ? null : readCell(levelText, scale);
        const change = m?.[2];
        const changeAt = change === undefined ? -1 : line.text.lastIndexOf(change);
        const place = { line: at(c), quoteLine: at(metricCol), quoteFrom };
        return {
          level: read ? { ...place, from: lead, to: lead + levelText.length, ...read } : null,
          change: change === undefined ? null : { ...place, from: changeAt, to: changeAt + change.length, value: scaleDecimal(change, unit?.power ?? 0), valueMax: null, comparator: null, approx: false },
        };
      };
      const cells = valueCols.map((c) => split(c).level);
      const last = split(valueCols.at(-1) ?? -1);
      // Note: the growth is in percent whatever the row's unit (地区生产总值 | 亿元 | 860 | 1300 | 8.6): read unscaled.
      const yearly = changeCol >= 0 && /年均/.test(header[changeCol] ?? '') ? split(changeCol, 0).level : null;
      const change = changeCol >= 0 ? (split(changeCol).change ?? last.change) : last.change;
      if (!cells.at(-1) && !change) {
        // Note: a row closed by its attribute may state no figure (单位GDP能耗降低 | — | — | 完成省下达任务 | 约束性): it is
        // still a row of the table, whose rows after it go on.
        if (!attributed) break;
        for (let k = row; k < row + width; k++) out.claimed.add(k);
        row += width;
        continue;
      }
      for (let k = row; k < row + width; k++) out.claimed.add(k);
      out.rows.push({
        metric: name,
        unit: unit?.unit ?? null,
        unitFamily: unit?.family ?? null,
        gloss: unit?.gloss ?? null,
        attribute,
        baseline: cells.length >= 2 && !firstIsTarget ? (cells[0] ?? null) : null,
        target: cells.at(-1) ?? null,
        cumulative: change,
        ...(yearly && cells.at(-1) ? { growth: yearly } : {}),
        // Note: a column between the base year's and the last (2022年 / 2025年 / 2027年) is a stage due in its year,
        // unless its header says it reports (现状, 完成), as in the pipe reader.
        stages: valueCols.slice(firstIsTarget ? 0 : 1, -1).flatMap((c, k) => {
          const year = /(\d{4})\s*年/.exec(header[c] ?? '')?.[1];
          const cell = cells[k + (firstIsTarget ? 0 : 1)];
          return year && cell && !/现状|完成|实际|基期|基准/.test(header[c] ?? '') ? [{ cell, year: Number(year) }] : [];
        }),
        baseAsOf,
        targetYear,
      });
      row += width;
    }
    if (row > end + 1) for (let k = start; k <= end; k++) out.claimed.add(k);
    i = Math.max(i, row - 1);
  }
}

/**
 * Whether line `i` is the 单位 header of a table set one cell per line with no 属性 column: dated value columns right
 * after it (2020年 / 2025年, 现状值 / 目标值), two or three of them, and no 属性 after those (that table is read from its
 * 属性 line).
 */
function unattributedHeader(text: (i: number) => string, i: number, to: number): boolean {
  if (text(i) !== '单位') return false;
  const values: string[] = [];
  for (let k = i + 1; k < to && k <= i + 3 && VALUE_HEADER.test(text(k)); k++) values.push(text(k));
  if (values.length < 2 || ATTRIBUTE_HEADER.test(text(i + values.length + 1))) return false;
  return values.some((v) => /\d{4}\s*年/.test(v)) || (values.some((v) => /现状|基期|基准|完成/.test(v)) && values.some((v) => /目标|预期/.test(v)));
}

// A value cell left empty or dashed (no base value: —, -, ／).
const NO_VALUE = /^[—–\-－/／]*$/;

/**
 * Whether a row of a table with no 属性 column has the cells of one: its 序号 a number, its name words, its unit a unit and
 * each value a value or a dash. Without the 属性 cell that closes each row, this is what tells a row from the text after
 * the table.
 */
function unattributedRow(header: readonly string[], cell: (c: number) => string, metricCol: number, unitCol: number, valueCols: readonly number[]): boolean {
  if (header[0] === '序号' && !/^\d{1,3}$/.test(cell(0))) return false;
  if (!/[\u4e00-\u9fff]/.test(cell(metricCol)) || readCell(cell(metricCol), 0)) return false;
  if (unitCol >= 0 && !readUnit(cell(unitCol))) return false;
  return valueCols.every((c) => NO_VALUE.test(cell(c)) || readCell(cell(c), 0) !== null);
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
  readCellRows(lines, from, to, fallbackYear, out);
  readPipeTables(lines, from, to, fallbackYear, out);
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || out.claimed.has(i)) continue;
    const attributes = [...line.text.matchAll(/约束性|预期性/g)];
    if (attributes.length < 2) continue;
    readLineTable(line, i, columnYears(line.text.slice(0, attributes[0]?.index ?? 0), fallbackYear), out);
  }
  claimCaptions(lines, from, out);
  return out;
}

/**
 * The lines with the rows of a plan's 主要指标 tables set apart by TABs or pipes blanked, for the outline: a row that
 * opens with its 序号 (1	城市建成区绿化覆盖率	%	41.5	43) is no numbered item. Other layouts are left as they are.
 */
export function withoutIndicatorRows(lines: readonly SourceLine[], from: number, to: number): readonly SourceLine[] {
  const separated = (i: number): boolean => /\t|^\s*\|/.test(lines[i]?.text ?? '');
  // Note: most plans have no such row; they are not read for tables twice.
  let any = false;
  for (let i = from; i < to && !any; i++) any = separated(i);
  if (!any) return lines;
  const rows = [...readIndicatorTables(lines, from, to, null).claimed].filter(separated);
  if (rows.length === 0) return lines;
  const out = [...lines];
  for (const i of rows) {
    const line = out[i];
    if (line) out[i] = { ...line, text: '', map: null };
  }
  return out;
}

// A table's caption: 表1　株洲市“十四五”园林绿化主要指标, 附表2：…, 表 3-1 …
const CAPTION = /^\s*(?:附)?表\s*[0-9０-９一二三四五六七八九十]+(?:[-－.．][0-9]+)?(?:[\s\u3000:：]|$)/;

/**
 * Claim the caption above each table (表1　株洲市…主要指标) with it: official documents number their tables this
 * way, and a caption names the table; it states no figure (its 1 is no count of 株) and is no goal.
 */
function claimCaptions(lines: readonly SourceLine[], from: number, out: IndicatorTables): void {
  for (const i of [...out.claimed]) {
    if (out.claimed.has(i - 1)) continue;
    let k = i - 1;
    while (k > from && (lines[k]?.text.trim() ?? '') === '') k--;
    if (k >= from && i - k <= 2 && CAPTION.test(lines[k]?.text ?? '')) out.claimed.add(k);
  }
}
