import { parseChineseInteger, toHalfWidthDigits } from '../_utils/chinese-numerals.js';
import { daysInMonth, isoDate } from './dates.js';

const MONTH = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';

/** A deadline cell of a task table: 9月底, 全年, 2023年12月31日前, 第三季度, 长期. */
const DEADLINE_CELL = new RegExp(
  [
    '^(?:全年|年内|年底|年底前|年末|年度内|长期|持续推进|持续|常态化|长期坚持)$',
    `^(?:(\\d{4})年)?(?:${MONTH}月(?:份)?(底|末|中旬|上旬|下旬|中|前|底前)?(?:(\\d{1,2})日)?(?:前|之前)?)$`,
    '^(?:(\\d{4})年)?(上半年|下半年|第?[一二三四1-4]季度)(?:末|底)?$',
    '^(\\d{4})年(?:底|末|内|年底)?(?:前)?$',
  ].join('|'),
);

/**
 * Whether a table cell is a deadline.
 *
 * @param text The cell's text.
 * @returns `true` for spellings such as 9月底, 全年, 第三季度, 长期.
 */
export function isDeadlineText(text: string): boolean {
  return DEADLINE_CELL.test(toHalfWidthDigits(text.trim()));
}

function monthNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (parseChineseInteger(text) ?? NaN);
}

/**
 * Resolve a deadline as written to an ISO date, in the given year unless the
 * text names one: 9月底 → YYYY-09-30, 全年 → YYYY-12-31, 上半年 → YYYY-06-30.
 *
 * @param text The deadline as written.
 * @param year The year it falls in when the text does not say (the plan's year).
 * @returns The ISO date, or `null` for open-ended text (长期, 持续推进) or unknown spellings.
 */
export function resolveDeadline(text: string, year: number | null): string | null {
  const t = toHalfWidthDigits(text.trim());
  const explicitYear = /^(\d{4})年/.exec(t);
  const y = explicitYear ? Number(explicitYear[1]) : year;
  if (y === null) return null;
  const rest = explicitYear ? t.slice(explicitYear[0].length) : t;
  // Note: 2022年底前 leaves 底前 after the year, as 2022年年底前 leaves 年底前.
  if (/^(?:全年|年内|年底|年底前|年末|年末前|年度内|底|末|底前|末前|内|前)$/.test(rest)) return isoDate(y, 12, 31);
  if (explicitYear && rest === '') return isoDate(y, 12, 31);
  if (rest === '上半年') return isoDate(y, 6, 30);
  if (rest === '下半年') return isoDate(y, 12, 31);
  const quarter = /^第?([一二三四1-4])季度/.exec(rest);
  if (quarter) {
    const q = monthNumber(quarter[1] ?? '');
    return isoDate(y, q * 3, daysInMonth(y, q * 3));
  }
  const m = new RegExp(`^${MONTH}月(?:份)?(底|末|中旬|上旬|下旬|中|前|底前)?(?:(\\d{1,2})日)?`).exec(rest);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    if (!(month >= 1 && month <= 12)) return null;
    if (m[3]) return isoDate(y, month, Number(m[3]));
    if (m[2] === '上旬') return isoDate(y, month, 10);
    if (m[2] === '中旬' || m[2] === '中') return isoDate(y, month, 20);
    return isoDate(y, month, daysInMonth(y, month));
  }
  return null;
}
