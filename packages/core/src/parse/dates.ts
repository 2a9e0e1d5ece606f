import { parseChineseInteger, toHalfWidthDigits } from '../_utils/chinese-numerals.js';

/** Days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Format a date as ISO `YYYY-MM-DD`, or `null` when it does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const YEAR_NUM = '(\\d{4}|[零〇○一二三四五六七八九]{4})';
const SMALL_NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';

const DATE_PATTERNS: RegExp[] = [
  new RegExp(`${YEAR_NUM}\\s*年\\s*${SMALL_NUM}\\s*月\\s*${SMALL_NUM}\\s*日`),
  /(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})(?!\d)/,
];

function num(text: string | undefined): number {
  if (text === undefined) return NaN;
  const half = toHalfWidthDigits(text);
  return /^\d+$/.test(half) ? Number(half) : (parseChineseInteger(half) ?? NaN);
}

export interface DateMatch {
  iso: string;
  /** Character range of the match in the searched text. */
  from: number;
  to: number;
}

/**
 * Find the first full date in text, in the spellings official documents use:
 * 2025年3月31日, 2025.03.31, 2025-03-31, 二〇二五年三月三十一日.
 *
 * @param text Any text.
 * @returns The date in ISO form with where it was found, or `null`.
 */
export function findDate(text: string): DateMatch | null {
  const half = toHalfWidthDigits(text);
  let best: DateMatch | null = null;
  for (const re of DATE_PATTERNS) {
    const m = re.exec(half);
    if (!m) continue;
    const iso = isoDate(num(m[1]), num(m[2]), num(m[3]));
    if (iso && (best === null || m.index < best.from)) best = { iso, from: m.index, to: m.index + m[0].length };
  }
  return best;
}

/**
 * Whether a whole line is a date, as in a signature block (2025年3月31日,
 * 2025.03.31, 2025年3月10日印).
 *
 * @param text One line.
 * @returns The match, or `null` when the line holds more than a date.
 */
export function dateLine(text: string): DateMatch | null {
  const t = text.trim();
  const lead = text.indexOf(t);
  const m = findDate(t);
  if (!m || m.from !== 0) return null;
  const tail = t.slice(m.to).trim();
  if (tail !== '' && !/^(?:印发?|发布|制发|印)$/.test(tail)) return null;
  return { iso: m.iso, from: lead + m.from, to: lead + m.to };
}
