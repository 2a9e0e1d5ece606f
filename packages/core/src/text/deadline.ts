import { parseChineseInteger, toHalfWidthDigits } from '../_utils/chinese-numerals.js';
import { endOfMonth, isoDate } from '../model/dates.js';

// One grammar of a deadline as plans write it (9月底, 2023年12月31日前, 第三季度, 上半年, 全年, 长期): whether a
// table cell is a deadline (`isDeadlineText`) and which day it means (`resolveDeadline`) both read it with
// `readDeadline`, so a spelling is either known to both or to neither.

const MONTH = '(?<month>\\d{1,2}|[一二三四五六七八九十]{1,3})';

/**
 * A deadline without a date: 长期, 持续推进, 常态化; and the recurring ones a task table writes in its 完成时限 column
 * (每季度, 每年, 逐年推进), which name no one day either.
 */
// Note: a recurring time may name its point in each period (每年6月底前, 每年12月, 每季度末, 每月5日前, 每半年末), as the
// 完成时限 of monitoring, reporting and assessment duties are written in every region's task lists: still no one day.
const OPEN_ENDED = new RegExp(
  String.raw`^(?:长期坚持|长期|长期推进|持续推进|持续开展|持续实施|持续|常态化|常态化推进|逐年推进|分年度推进|按年度推进|分步推进|每学期` +
    String.raw`|每年度?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:底|末|初|上旬|中旬|下旬)?(?:\d{1,2}日)?(?:前|之前)?)?` +
    String.raw`|每(?:半年|季度)(?:末|底|初)?(?:前|之前)?|每月(?:\d{1,2}日|底|末|初|上旬|中旬|下旬)?(?:前|之前)?)$`,
);

// A span of years whose work is done by the end of the last (2025—2027年, 2024-2026年, 2025年至2027年底): the column
// of a three-year plan's task table.
const YEAR_SPAN = /^(?<from>\d{4})年?\s*[—–\-~～至到]\s*(?<to>\d{4})年(?:底|末)?前?/;
// A span of months whose work is done by the end of the last (2025年1月—12月, 2025年3—6月, 2025年10月至2026年3月), as
// task lists write the time a campaign or a stage runs: the deadline is the last month's end, never the first's.
const MONTH_SPAN = /^(?:(?<fromYear>\d{4})年)?(?<from>\d{1,2})月?份?\s*[—–\-~～至到]\s*(?:(?<toYear>\d{4})年)?(?<to>\d{1,2})月份?(?:底|末)?(?:前|之前)?/;
// A date written with dots or slashes, as a spreadsheet cell gives it (2025.12, 2025/6/30), ending the text or
// before 前: never the start of a decimal (2025.5亿元).
const DOTTED = /^(?<year>\d{4})[.．/](?<month>\d{1,2})(?:[.．/](?<day>\d{1,2}))?(?=$|前|底|之前)(?:底前|底|之前|前)?/;

/**
 * The dated forms, each a named group; an explicit year (2023年) may lead any of them. `yearOnly` needs that
 * year (2023年, 2023年底前); the others stand alone too (年底前, 上半年, 第三季度, 9月底).
 */
const DATED = new RegExp(
  [
    '^(?:(?<year>\\d{4})年)?(?:',
    '(?<yearEnd>全年|年内|年底|年末|年度内)前?',
    '|(?<half>上半年|下半年)(?:末|底)?(?:前|之前)?',
    '|第?(?<quarter>[一二三四1-4])季度(?:末|底)?(?:前|之前)?',
    `|${MONTH}月份?(?<part>底前|底|末|中旬|上旬|下旬|中|前)?(?:(?<day>\\d{1,2})日)?(?:前|之前)?`,
    '|(?<yearOnly>(?:底|末|内)?前?)',
    ')',
  ].join(''),
);

/** What a deadline says: a day (in the year the text names, or `null` for the plan's), or no date (长期). */
export type DeadlineReading = { kind: 'open' } | { kind: 'day'; year: number | null; month: number; day: number | 'end' };

function number(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (parseChineseInteger(text) ?? Number.NaN);
}

/**
 * Read a deadline at the start of a text.
 *
 * @param text The text (full-width digits are read as digits).
 * @returns What the deadline says and how many characters of the trimmed, half-width text it takes; `null` when
 *   the text does not open with one. A bare year (2023年) counts only when nothing follows it.
 */
export function readDeadline(text: string): { reading: DeadlineReading; length: number } | null {
  const t = closeNumberSpaces(toHalfWidthDigits(text.trim()));
  if (OPEN_ENDED.test(t)) return { reading: { kind: 'open' }, length: t.length };
  const span = YEAR_SPAN.exec(t);
  if (span?.groups && Number(span.groups.to) > Number(span.groups.from)) return { reading: { kind: 'day', year: Number(span.groups.to), month: 12, day: 'end' }, length: span[0].length };
  const months = MONTH_SPAN.exec(t);
  if (months?.groups) {
    const { fromYear, from, toYear, to } = months.groups;
    const [first, last] = [Number(from), Number(to)];
    const later = toYear !== undefined && fromYear !== undefined ? Number(toYear) > Number(fromYear) || (toYear === fromYear && last > first) : toYear === undefined && last > first;
    if (first >= 1 && last <= 12 && later) return { reading: { kind: 'day', year: Number(toYear ?? fromYear) || null, month: last, day: 'end' }, length: months[0].length };
  }
  const dotted = DOTTED.exec(t);
  if (dotted?.groups) {
    const month = Number(dotted.groups.month);
    if (month >= 1 && month <= 12) return { reading: { kind: 'day', year: Number(dotted.groups.year), month, day: dotted.groups.day ? Number(dotted.groups.day) : 'end' }, length: dotted[0].length };
  }
  const m = DATED.exec(t);
  const g = m?.groups;
  if (!m || !g) return null;
  const year = g.year ? Number(g.year) : null;
  const day = (month: number, d: number | 'end'): { reading: DeadlineReading; length: number } => ({ reading: { kind: 'day', year, month, day: d }, length: m[0].length });
  if (g.yearEnd) return day(12, 'end');
  if (g.half) return day(g.half === '上半年' ? 6 : 12, 'end');
  if (g.quarter) return day(number(g.quarter) * 3, 'end');
  const monthText = g.month;
  if (monthText !== undefined) {
    const month = number(monthText);
    if (!(month >= 1 && month <= 12)) return null;
    if (g.day) return day(month, Number(g.day));
    if (g.part === '上旬') return day(month, 10);
    if (g.part === '中旬' || g.part === '中') return day(month, 20);
    return day(month, 'end');
  }
  // Note: a bare year is a deadline only when it is the whole text (2023年), not the start of 2023年以来; with
  // 底, 末, 内 or 前 (2023年底前完成) it is one whatever follows.
  if (year !== null && (g.yearOnly !== '' || m[0].length === t.length)) return day(12, 'end');
  return null;
}

/**
 * Whether a table cell is a deadline.
 *
 * @param text The cell's text.
 * @returns `true` for spellings such as 9月底, 全年, 第三季度, 长期: the whole cell reads as one.
 */
export function isDeadlineText(text: string): boolean {
  const found = readDeadline(text);
  return found !== null && found.length === closeNumberSpaces(toHalfWidthDigits(text.trim())).length;
}

/** A time without the spaces PDF text sets between its digits and 年, 月, 日 (2026 年 6 月底前). */
function closeNumberSpaces(text: string): string {
  return /\d[ \u3000]|[年月][ \u3000]+\d/.test(text) ? text.replace(/(?<=\d)[ \u3000]+(?=[年月日])|(?<=[年月])[ \u3000]+(?=\d)/g, '') : text;
}

/**
 * Resolve a deadline as written to an ISO date, in the given year unless the
 * text names one: 9月底 → YYYY-09-30, 全年 → YYYY-12-31, 上半年 → YYYY-06-30.
 * What follows the deadline is what is to be done by then (9月底完成).
 *
 * @param text The deadline as written.
 * @param year The year it falls in when the text does not say (the plan's year).
 * @returns The ISO date, or `null` for open-ended text (长期, 持续推进), unknown spellings, a day that does not
 *   exist (2月30日), or no year known.
 */
export function resolveDeadline(text: string, year: number | null): string | null {
  const found = readDeadline(text);
  if (!found || found.reading.kind === 'open') return null;
  const { month, day } = found.reading;
  const y = found.reading.year ?? year;
  if (y === null) return null;
  return day === 'end' ? endOfMonth(y, month) : isoDate(y, month, day);
}
