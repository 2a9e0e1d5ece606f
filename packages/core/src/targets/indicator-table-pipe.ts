import type { SourceLine } from '../text/source-lines.js';
import { scaleDecimal } from './decimal.js';
import { columnYears, readCell, readUnit, type IndicatorTables, type TableCell, type TableRow } from './indicator-cells.js';

/**
 * The 主要指标 table of a plan written as a Markdown pipe table (or as rows of TAB-separated cells, as a table copied
 * from a web page or a spreadsheet comes):
 *
 *     | 序号 | 指标 | 单位 | 2025年 | 2030年 | 属性 |
 *     |---|---|---|---|---|---|
 *     | 1 | 森林覆盖率 | % | 21.66 | 23.04 | 约束性 |
 *
 * The header names the columns: the metric (指标, 指标名称, 二级指标), the unit (单位, or a unit in brackets after
 * the name: 空气质量优良天数比率（%）), the value columns (2025年 / 2030年, “十四五”完成值 / “十五五”目标值,
 * 基期值 / 目标值; a 累计 or 〔 〕 column for five-year cumulative changes) and the 属性.
 */

interface Cell {
  text: string;
  /** The trimmed text's span in the line. */
  from: number;
  to: number;
}

/** The cells of a TAB-separated row (a table copied from a web page or a spreadsheet), with their spans. */
function tabCells(text: string, fewest = 2): Cell[] | null {
  if ((text.match(/\t/g)?.length ?? 0) < fewest) return null;
  const cells: Cell[] = [];
  let from = 0;
  for (const raw of text.split('\t')) {
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), from: from + lead, to: from + lead + raw.trim().length });
    from += raw.length + 1;
  }
  return cells;
}

/**
 * The cells of a row whose cells are set apart by spaces (a table as PDF or OCR text gives it: 1 政务数据共享率 % 70 95
 * 约束性), with their spans; only read where a header row in the same layout has opened a table.
 */
function spaceCells(text: string): Cell[] | null {
  const cells: Cell[] = [];
  for (const m of text.matchAll(/[^ \t\u3000\u00a0]+/g)) {
    const last = cells.at(-1);
    // Note: PDF text spaces a year from its 年 (2020 年, 2025 年目标): one header cell, not two.
    if (last && /^\d{4}$/.test(last.text) && /^年/.test(m[0])) {
      last.text = `${last.text}${text.slice(last.to, m.index)}${m[0]}`;
      last.to = m.index + m[0].length;
      continue;
    }
    cells.push({ text: m[0], from: m.index, to: m.index + m[0].length });
  }
  return cells.length >= 3 ? cells : null;
}

/**
 * A header's cells with the letters of its two-character names spaced out put back together (序  号   指   标, 单  位,
 * 属  性): Word spreads a two-character header cell over its column's width, and PDF text keeps the spaces, so each
 * character would be a cell of its own and the header would not line up with its rows. Single characters side by side
 * are joined in pairs, as those names are two characters long.
 */
function joinSpacedLetters(cells: Cell[]): Cell[] {
  const single = (c: Cell | undefined): boolean => c !== undefined && c.text.length === 1 && c.text >= '\u4e00' && c.text <= '\u9fff';
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as Cell;
    const next = cells[i + 1];
    if (!single(cell) || !next || !single(next)) {
      out.push(cell);
      continue;
    }
    out.push({ text: `${cell.text}${next.text}`, from: cell.from, to: next.to });
    i++;
  }
  return out;
}

// The second line of a header whose value columns are named over two lines (2020 年 / 现状值, 2025 年 / 目标值).
const HEADER_CONTINUATION = /^(?:\s*(?:现状值|基期值|基准值|目标值|完成值|预期值|规划值|基数|现状|目标|实际值))+\s*$/;

/**
 * A space-set row whose first cells are blank (其中：高速铁路营业里程 under 基础设施): the category cell is merged
 * over the group's rows (rowspan), and PDF text leaves its place empty, so the row starts with spaces and has one or
 * two cells fewer than the header. Blank cells are put back in front so that the rest line up.
 */
function withMergedCells(cells: Cell[] | null, text: string, columns: number): Cell[] | null {
  if (!cells || cells.length >= columns || cells.length < columns - 2 || !/^[ \t\u3000\u00a0]/.test(text)) return cells;
  const blank: Cell[] = Array.from({ length: columns - cells.length }, () => ({ text: '', from: cells[0]?.from ?? 0, to: cells[0]?.from ?? 0 }));
  return [...blank, ...cells];
}

/**
 * The rest of a wrapped name: a line holding only a few Chinese characters, set where the name of the row just read
 * starts (within a few columns), as a PDF's column layout leaves the end of a long cell; `null` otherwise.
 */
function wrappedNameTail(text: string, last: TableRow | undefined, name: { from: number; row: TableRow } | null): string | null {
  if (!last || !name || name.row !== last) return null;
  const m = /^([ \u3000]+)([\u4e00-\u9fff（）()]{1,12})\s*$/.exec(text);
  if (!m || Math.abs((m[1] ?? '').length - name.from) > 3) return null;
  return m[2] ?? null;
}

/** The cells of a pipe-table or TAB-separated line, with their spans; `null` when the line is no table row. */
function cellsOf(text: string, fewestTabs = 2): Cell[] | null {
  if (!/^\s*\|.*\|\s*$/.test(text)) return tabCells(text, fewestTabs);
  const cells: Cell[] = [];
  const first = text.indexOf('|');
  const last = text.lastIndexOf('|');
  let from = first + 1;
  for (let i = from; i <= last; i++) {
    if (text[i] !== '|' || text[i - 1] === '\\') continue;
    const raw = text.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), from: from + lead, to: from + lead + raw.trim().length });
    from = i + 1;
  }
  return cells;
}

const DELIMITER = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;
const VALUE_HEADER = /\d{4}\s*年|十[一二三四五六七八九]五|完成值|基期|基准|现状|目标值|目标|累计|〔|年均/;
const METRIC_HEADER = /指标|名称|项目/;
const YEAR_HEADER = /(\d{4})\s*年/;
const REPORTED_HEADER = /现状|完成|实际|基期|基准/;
const TARGET_HEADER = /目标|预期值|规划值/;

/** The columns a header names; `null` when it is no 主要指标 header (no 属性, no value column or no metric). */
function readHeader(header: readonly Cell[]) {
  const names = header.map((c) => c.text.replace(/\*\*/g, ''));
  // Note: some plans call the column 指标性质 or 性质; its cells are 约束性 and 预期性 all the same.
  const attribute = names.findIndex((n) => /^(?:指标)?(?:属性|性质)$/.test(n));
  const values = names.map((n, i) => (VALUE_HEADER.test(n) && i !== attribute ? i : -1)).filter((i) => i >= 0);
  // Note: a 年均 column alone (年均增长（%）, 年均增速（%）), as city and sector plans head it, holds the same as 年均/累计: a
  // yearly growth as a plain value and a cumulative change in brackets, no level of its own.
  const cumulative = values.filter((i) => /累计|〔|年均/.test(names[i] ?? ''));
  const levels = values.filter((i) => !cumulative.includes(i));
  const unit = names.findIndex((n) => n === '单位' || n === '计量单位');
  const metric = names.map((n, i) => (METRIC_HEADER.test(n) && !values.includes(i) && i !== attribute ? i : -1)).filter((i) => i >= 0).at(-1) ?? -1;
  // Note: many a sector or city plan leaves the 属性 column out (序号 | 指标 | 单位 | 2020年 | 2025年): a header that
  // names a 单位 column and two value columns, one dated by its year, is a 主要指标 header too. A task table
  // (任务 | 牵头单位 | 完成时限) names no 单位 column and dates no column.
  // Note: 现状值 | 目标值 (or 基期值 | 目标值) dates its columns by what they hold, as years do.
  const dated = levels.some((i) => YEAR_HEADER.test(names[i] ?? '')) || (levels.some((i) => REPORTED_HEADER.test(names[i] ?? '')) && levels.some((i) => /目标/.test(names[i] ?? '')));
  // Note: a 专栏 of goals may be a table of two columns, 指标名称 | 2025年目标值, its units in brackets after the names:
  // a header that names 指标 and one target column is one too, read only while its rows give values (strict).
  const targetsOnly = attribute < 0 && levels.length === 1 && /指标/.test(names[metric] ?? '') && /目标|\d{4}\s*年/.test(names[levels[0] ?? -1] ?? '') && !/现状|完成|实际|基期|基准/.test(names[levels[0] ?? -1] ?? '');
  if (levels.length === 0 || metric < 0 || (attribute < 0 && !(unit >= 0 && levels.length >= 2 && dated) && !targetsOnly)) return null;
  // Note: the columns between the first (the base year) and the last are the plan's yearly stages (2024年 | 2025年 |
  // 2026年): each is a target due in its year, unless its header says it reports a value reached (现状, 完成, 实际).
  // Note: a first column that names itself a target (2027年目标 | 2030年目标, 2026年目标值 | 2028年目标值) is a stage too,
  // not a base: a plan's table may set two targets and report no base.
  const firstIsTarget = levels.length >= 2 && TARGET_HEADER.test(names[levels[0] ?? -1] ?? '') && !REPORTED_HEADER.test(names[levels[0] ?? -1] ?? '');
  const stages = levels.slice(firstIsTarget ? 0 : 1, -1).flatMap((i) => {
    const year = YEAR_HEADER.exec(names[i] ?? '')?.[1];
    return year && !REPORTED_HEADER.test(names[i] ?? '') ? [{ column: i, year: Number(year) }] : [];
  });
  return {
    stages,
    attribute,
    unit,
    metric,
    baseline: levels.length >= 2 && !firstIsTarget ? (levels[0] ?? -1) : -1,
    target: levels.at(-1) ?? -1,
    cumulative: cumulative[0] ?? -1,
    years: levels.map((i) => names[i]).join(' '),
    strict: attribute < 0 && levels.length === 1,
  };
}

/**
 * Read the Markdown pipe 主要指标 tables of a plan.
 *
 * @param lines The file's lines.
 * @param from The plan's first line.
 * @param to The plan's end (exclusive).
 * @param fallbackYear The year a target column without a year is due.
 * @param out Where the rows and the claimed lines go.
 */
export function readPipeTables(lines: readonly SourceLine[], from: number, to: number, fallbackYear: number | null, out: IndicatorTables): void {
  for (let i = from; i + 1 < to; i++) {
    const text = lines[i]?.text ?? '';
    // Note: a Markdown table has a delimiter row under its header; TAB- or space-separated rows start right under it.
    const piped = /^\s*\|/.test(text);
    // Note: a Word 97 table converts to pipe rows with no delimiter row under the header (formats/doc.ts): a header
    // with a pipe row under it opens a table too, when it names the columns of a 主要指标 table (readHeader).
    const delimited = piped && DELIMITER.test(lines[i + 1]?.text ?? '');
    if (piped && !delimited && !/^\s*\|.*\|\s*$/.test(lines[i + 1]?.text ?? '')) continue;
    // Note: a two-column table (指标名称 | 2025年目标值) has one TAB a row; its header must then be a strict one (readHeader).
    const separated = cellsOf(text, 1);
    // Note: a header set apart by spaces must name 属性, as every row's attribute cell does, or a 单位 column and end
    // on a year's column (序号 指标 单位 2020年 2025年); a sentence does neither.
    // Note: PDF text may space out the letters of the header's short names (属  性, 单  位) and a year from its 年 (2025 年).
    const spacedHead = /(?:属\s*性|性\s*质)\s*$/.test(text) || /(?:^|\s)单\s*位\s.*\d{4}\s*年\s*$/.test(text) ? spaceCells(text) : null;
    const head = separated ?? (spacedHead ? joinSpacedLetters(spacedHead) : null);
    if (!head) continue;
    const spaced = separated === null;
    const columns = readHeader(head);
    if (!columns || (!columns.strict && separated !== null && head.length < 3)) continue;
    const { baseAsOf, targetYear } = columnYears(columns.years, fallbackYear);
    out.claimed.add(i);
    if (delimited) out.claimed.add(i + 1);
    let lastAttribute: TableRow['attribute'] = null;
    let lastName: { from: number; row: TableRow } | null = null;
    let k = delimited ? i + 2 : i + 1;
    if (spaced && HEADER_CONTINUATION.test(lines[k]?.text ?? '')) out.claimed.add(k++);
    for (; k < to; k++) {
      const line = lines[k];
      // Note: PDF text set out in columns (pdftotext -layout) wraps a long name inside its column: the rest of the name is
      // alone on the next line, under the name (城市生活垃圾资源化利用 / 率). It ends the name of the row above.
      const tail = spaced && line ? wrappedNameTail(line.text, out.rows.at(-1), lastName) : null;
      if (tail && line) {
        const last = out.rows.at(-1);
        if (last) last.metric = `${last.metric}${tail}`;
        out.claimed.add(k);
        lastName = null;
        continue;
      }
      const cells = line ? (spaced ? withMergedCells(spaceCells(line.text), line.text, head.length) : cellsOf(line.text, columns.strict ? 1 : 2)) : null;
      // Note: a row set apart by spaces is read only when its cells line up with the header's (a name with a space in it does not).
      if (!line || !cells || (spaced && cells.length !== head.length)) break;
      if (columns.strict && !readCell(cells[columns.target]?.text ?? '', 0)) break;
      out.claimed.add(k);
      const name = cells[columns.metric];
      const bracket = /[（(]([^（）()]{1,8})[）)]$/.exec(name?.text ?? '');
      const percent = [columns.baseline, columns.target].some((c) => /\d\s*[%％]/.test(cells[c]?.text ?? '')) ? readUnit('%') : null;
      const unit = readUnit(cells[columns.unit]?.text ?? '') ?? (bracket ? readUnit(bracket[1] ?? '') : null) ?? percent;
      // Note: a sub-row (其中：高速铁路营业里程) names its own metric after 其中.
      const metric = (name?.text ?? '').replace(/\*\*/g, '').replace(bracket && unit ? bracket[0] : /$^/, '').replace(/^其中[:：]\s*/, '').trim();
      const attributeText = cells[columns.attribute]?.text ?? '';
      // Note: an empty 属性 cell under a stated one is a merged cell (rowspan) that the conversion to Markdown left
      // empty on the group's later rows; `-` or other text states none.
      const stated = /约束性|预期性/.exec(attributeText)?.[0] as TableRow['attribute'] | undefined;
      const attribute: TableRow['attribute'] = stated ?? (attributeText === '' ? lastAttribute : null);
      lastAttribute = attribute;
      const power = unit?.power ?? 0;
      const cell = (column: number, scale = power): { level: TableCell | null; cumulative: TableCell | null } => {
        const c = cells[column];
        if (!c || column < 0) return { level: null, cumulative: null };
        // A cell may hold the level and the five-year change: 23.04〔1.38〕, or the change alone: 〔18〕.
        // Note: web pages and converted text write the brackets as square ones ([13.5], ［13.5］), 〔〕 being rare in fonts.
        const m = /^(.*?)\s*(?:[〔\[［]\s*(\d+(?:\.\d+)?)\s*[〕\]］])?$/.exec(c.text);
        const levelText = m?.[1] ?? '';
        const place = { line: k, quoteLine: k, quoteFrom: name?.from ?? c.from };
        const read = levelText === '' ? null : readCell(levelText, scale);
        const change = m?.[2];
        const changeAt = change === undefined ? -1 : c.text.lastIndexOf(change);
        return {
          level: read ? { ...place, from: c.from, to: c.from + levelText.length, ...read } : null,
          cumulative: change === undefined ? null : { ...place, from: c.from + changeAt, to: c.from + changeAt + change.length, value: scaleDecimal(change, power), valueMax: null, comparator: null, approx: false },
        };
      };
      // Note: a 年均/累计 column (国民经济和社会发展规划纲要) holds a yearly average as a plain value (6.5左右, ＞6.5) and a
      // cumulative change in brackets (〔13.5〕): a plain value there is the row's target when its year column gives none.
      const yearly = columns.cumulative >= 0 && /年均/.test(head[columns.cumulative]?.text ?? '') ? cell(columns.cumulative).level : null;
      const inYear = cell(columns.target);
      const target = inYear.level === null && yearly ? { level: yearly, cumulative: inYear.cumulative } : inYear;
      // Note: beside a level to reach (地区生产总值 | 152.3 | 220 | 7.5%), the column's plain value is a target of its own:
      // the level's yearly average growth.
      // Note: the growth is in percent whatever the row's unit (农林牧渔业总产值 | 亿元 | 820 | 1050 | 5.1): unscaled by its 亿.
      const growth = inYear.level !== null && yearly ? cell(columns.cumulative, 0).level : null;
      const row: TableRow = {
        metric,
        unit: unit?.unit ?? null,
        unitFamily: unit?.family ?? null,
        gloss: unit?.gloss ?? null,
        attribute,
        baseline: cell(columns.baseline).level,
        target: target.level,
        cumulative: cell(columns.cumulative).cumulative ?? target.cumulative,
        ...(growth ? { growth } : {}),
        // Note: a stage's column may hold the cumulative change alone (化学需氧量重点工程减排量 | — | 〔1200〕 | 〔2500〕), as
        // environmental tables state their cuts: the change due in the stage's year.
        stages: columns.stages.flatMap((s) => {
          const { level, cumulative } = cell(s.column);
          return level ? [{ cell: level, year: s.year }] : cumulative ? [{ cell: cumulative, year: s.year, cumulative: true }] : [];
        }),
        baseAsOf,
        targetYear,
      };
      if (metric.length >= 2 && (row.baseline || row.target || row.cumulative)) {
        out.rows.push(row);
        lastName = { from: name?.from ?? -1, row };
      } else lastName = null;
    }
    // Note: a strict header with no row of values under it is no table: its lines stay the text's.
    if (columns.strict && k === (delimited ? i + 2 : i + 1)) {
      out.claimed.delete(i);
      if (delimited) out.claimed.delete(i + 1);
      continue;
    }
    i = k - 1;
  }
}
