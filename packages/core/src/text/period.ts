import { parseChineseInteger, toHalfWidthDigits } from '../_utils/chinese-numerals.js';
import type { Period } from '../model/types.js';

// The five-year plans: the first ran 1953–1957, the second 1958–1962; after three years of adjustment the third
// began in 1966, and the series has been unbroken since (the 10th is 2001–2005, the 14th 2021–2025).
function fiveYearPlan(n: number): Period | null {
  if (!Number.isInteger(n) || n < 1 || n > 30) return null;
  const start = n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3);
  return { start, end: start + 4 };
}

// Note: a school's programme covers a school year (2024—2025学年, 2024-2025学年度), a range like any other.
const RANGE = /((?:19|20)\d{2})\s*(?:学?年)?\s*(?:[-—–~～至到－]+|——)\s*((?:19|20)\d{2})\s*学?年/;
// “十四五”, 十三五, 十五五 …; the 10th plan is written “十五” (in quotes, or before 计划/规划/时期).
const SHORT_NAME = /十([一二三四五六七八九])五/;
const TENTH = /[“"「]十五[”"」]|十五(?=\s*(?:计划|规划|时期|期间))/;
const ORDINAL = /第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)/;

/**
 * The period a title names: a year range (（2021—2025年）, (2023-2025年), 2025年—2027年), a five-year plan by its
 * short name (十四五 → 2021–2025, “十五” → 2001–2005) or in full (第十个五年计划 → 2001–2005).
 *
 * @param text A title.
 * @returns The period, or `null`.
 */
export function periodOfTitle(title: string): Period | null {
  // Note: full-width digits (２０２５年) are the same years, and so are years in Chinese numerals
  // (（二〇二四—二〇二六年）, as party documents write them); both mappings keep every offset.
  const text = withArabicYears(toHalfWidthDigits(title));
  const range = RANGE.exec(text);
  if (range) {
    const start = Number(range[1]);
    const end = Number(range[2]);
    if (end >= start && end - start <= 15) return { start, end };
  }
  const short = SHORT_NAME.exec(text);
  if (short) return fiveYearPlan(10 + (parseChineseInteger(short[1] ?? '') ?? NaN));
  if (TENTH.test(text)) return fiveYearPlan(10);
  const ordinal = ORDINAL.exec(text);
  if (ordinal) return fiveYearPlan(parseChineseInteger(ordinal[1] ?? '') ?? NaN);
  return null;
}

// A year's programme: work points, a work plan, an annual plan (2022年…工作要点, 2025年度…工作计划).
const ANNUAL_KIND = /(?:工作要点|要点|工作计划|年度计划|工作安排|重点工作|工作任务|重点任务)(?:[（(][^（）()]*[）)])*$/;

// A year in Chinese numerals (二〇二五年, 二零二五年度), as party and government titles sometimes write it; the first
// year of a span has no 年 of its own (二〇二四—二〇二六年).
const CHINESE_YEAR = /[一二][〇零○O][〇零○O一二三四五六七八九]{2}(?=\s*(?:年|(?:[-—–~～至到－]+|——)\s*[一二][〇零○O]))/g;
const CHINESE_DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** A text with each year in Chinese numerals written in digits, character for character (offsets are kept). */
function withArabicYears(text: string): string {
  // Note: every year the pattern reads has a zero for its second digit (二〇二五, 二零二五); most texts have none.
  if (!/[〇零○O]/.test(text)) return text;
  return text.replace(CHINESE_YEAR, (year) => [...year].map((c) => CHINESE_DIGIT[c] ?? c).join(''));
}

/**
 * The single year a title names (2025年…工作要点, 2023年度…分工表), or `null` when it names none or a range.
 *
 * @param text A title.
 * @returns The year.
 */
export function yearOfTitle(title: string): number | null {
  const text = withArabicYears(toHalfWidthDigits(title));
  if (RANGE.test(text)) return null;
  const m = /((?:19|20)\d{2})\s*年(?:度)?/.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * The one-year period of a year's programme: 2022年推进智慧水利建设水资源管理工作要点 covers 2022. Titles of other
 * kinds that name a year (包头市2022年数字政府建设考评办法) do not make it a period.
 *
 * @param text A title.
 * @returns The period, or `null`.
 */
export function annualPeriod(text: string): Period | null {
  const year = yearOfTitle(text);
  return year !== null && ANNUAL_KIND.test(text.trim()) ? { start: year, end: year } : null;
}
