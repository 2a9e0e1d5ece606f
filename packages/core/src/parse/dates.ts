import { parseChineseInteger, toHalfWidthDigits } from '../_utils/chinese-numerals.js';
import { isoDate } from '../model/dates.js';
import { SEAL_NOTE } from './issuer.js';

// Note: digits may be spaced out by OCR (2 0 0 1年2月1 6日), and a year in Chinese numerals uses 〇, ○, 零 or a
// letter O for zero (二○二三年, 二O二三年).
// Note: a year typed in Chinese numerals may take an Arabic zero (二0二五年), and January may be 元月.
const YEAR_NUM = '(\\d(?: ?\\d){3}|(?=[0０]*[零〇○OＯ一二三四五六七八九])[零〇○OＯ0０一二三四五六七八九]{4})';
const SMALL_NUM = '(\\d(?: ?\\d)?|[一二三四五六七八九十]{1,3}|元(?=\\s*月))';

const DATE_PATTERNS: RegExp[] = [
  new RegExp(`${YEAR_NUM}\\s*年\\s*${SMALL_NUM}\\s*月\\s*${SMALL_NUM}\\s*日`),
  /(?<!\d)(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})(?!\d)/,
];

function num(text: string | undefined): number {
  if (text === undefined) return NaN;
  const half = toHalfWidthDigits(text).replace(/ /g, '').replace(/[OＯ]/g, '〇');
  if (half === '元') return 1;
  if (/^\d+$/.test(half)) return Number(half);
  return parseChineseInteger(half.replace(/0/g, '〇')) ?? NaN;
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

const SIGNED_DATE_LABEL = /^(?:成文|印发|签发|发文)?日\s*期\s*[:：]\s*/;
const LABEL_BEFORE_DATE = /(?<=[\s\u3000])(?:成文|印发|签发|发文)?日\s*期\s*[:：]\s*$/;

// The day of the week a date may carry in brackets right after it (2025年3月3日（星期一）印发, 2025年3月10日(周一)):
// offices print it on signatures and print lines alike, and it says nothing the date does not.
const WEEKDAY = /^\s*[(（]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]/;

/**
 * Whether a whole line is a date, as in a signature block (2025年3月31日,
 * 2025.03.31, 2025年3月10日印).
 *
 * @param text One line.
 * @returns The match, or `null` when the line holds more than a date.
 */
export function dateLine(text: string): DateMatch | null {
  let t = text.trim();
  let lead = text.indexOf(t);
  // Note: a date in brackets alone under a title, （2024年8月26日）, dates work points, speeches and reports as a
  // signature would.
  const bracketed = /^[(（]\s*([^()（）]{6,24}?)\s*[)）]$/.exec(t);
  if (bracketed?.[1] && findDate(bracketed[1])?.from === 0) {
    lead += t.indexOf(bracketed[1]);
    t = bracketed[1];
  }
  // Note: a signature copied from a page or a form may label its date (成文日期：2025年4月1日, 印发日期：…, 日期：…); the
  // publication date (发布日期) is the site's, not the signature's.
  const label = SIGNED_DATE_LABEL.exec(t);
  if (label) {
    lead += label[0].length;
    t = t.slice(label[0].length);
  }
  const m = findDate(t);
  if (m?.from !== 0) return null;
  const tail = t.slice(m.to).trim();
  // Note: a signature's date may carry a print mark or a note on how it was published: （此件有删改）, (此件公开发布).
  if (tail !== '' && !/^(?:印发?|发布|制发)?\s*(?:[（(][^（）()]{1,12}[）)])?$/.test(tail.replace(WEEKDAY, ''))) return null;
  return { iso: m.iso, from: lead + m.from, to: lead + m.to };
}

/** A year and month with no day (2024年5月, 二〇二五年十一月). */
const MONTH_PATTERN = new RegExp(`^${YEAR_NUM}\\s*年\\s*${SMALL_NUM}\\s*月`);

export interface MonthMatch {
  year: number;
  month: number;
  /** Character range of the match in the searched text. */
  from: number;
  to: number;
}

/**
 * Whether a whole line is a year and month with no day (2024年5月, 二零二五年十一月): how a cover page under a plan's
 * title, or the signature of a draft or a plan (规划, 方案 submitted for review), dates the text when the day is not
 * settled yet. The model's date is a day, so a caller keeps the year only; the line still marks the signature.
 *
 * @param text One line.
 * @returns The year and month with their range, or `null` when the line holds more (or a full date).
 */
export function monthLine(text: string): MonthMatch | null {
  let t = toHalfWidthDigits(text.trim());
  let lead = text.indexOf(text.trim());
  // Note: a cover may set the month in brackets alone under the title, （2025年12月）, as a full date is (dateLine).
  const bracketed = /^[(（]\s*([^()（）]{5,16}?)\s*[)）]$/.exec(t);
  if (bracketed?.[1] && MONTH_PATTERN.test(bracketed[1])) {
    lead += t.indexOf(bracketed[1]);
    t = bracketed[1];
  }
  const m = MONTH_PATTERN.exec(t);
  if (!m) return null;
  // Note: the same tail a full date's line may carry (印发, a note in brackets); a day after the month is a full date.
  if (!/^\s*(?:印发?|发布|制发)?\s*(?:[（(][^（）()]{1,12}[）)])?$/.test(t.slice(m[0].length))) return null;
  const year = num(m[1]);
  const month = num(m[2]);
  if (!Number.isInteger(year) || year < 1900 || year > 2100 || !Number.isInteger(month) || month < 1 || month > 12) return null;
  return { year, month, from: lead, to: lead + m[0].length };
}

/**
 * A signature on one line dated by year and month only: the issuer, spaces, then the month
 * (某市交通运输局　　2024年5月), as PDF text and pages padded to the right set it. The caller checks that the words
 * before name an issuer.
 *
 * @param text One line.
 * @returns The year and month with their range and the issuer's range, or `null`.
 */
export function monthSignatureLine(text: string): (MonthMatch & { issuer: { from: number; to: number } }) | null {
  const m = /^([\s\u3000\u00a0]*)([\u4e00-\u9fff（）()、]{3,40}?)[\s\u3000\u00a0]+(?=\S)/.exec(text);
  if (!m) return null;
  const month = monthLine(text.slice(m[0].length));
  if (!month) return null;
  const from = m[1]?.length ?? 0;
  return { ...month, from: month.from + m[0].length, to: month.to + m[0].length, issuer: { from, to: from + (m[2]?.length ?? 0) } };
}

/**
 * A date line that is not a bare signature date but says what happened that day:
 * `——2024年3月5日在第十四届全国人民代表大会第二次会议上` (a report's delivery),
 * `(2001年2月16日云南省第九届人民代表大会第四次会议通过)` (adoption), the print line closing a document,
 * `山东省人民政府办公厅2019年3月15日印发`, or a signature on one line, `上海市青浦区数据局　2025年3月31日` (these two
 * with the issuer's range).
 *
 * @param text One line.
 * @returns The date, and the issuer's range when the line names one, or `null`.
 */
export function eventDateLine(text: string): (DateMatch & { issuer: { from: number; to: number } | null }) | null {
  const t = text.trim();
  const lead = text.indexOf(t);
  const m = findDate(t);
  if (!m) return null;
  const before = t.slice(0, m.from);
  const after = t.slice(m.to);
  const at = { iso: m.iso, from: lead + m.from, to: lead + m.to };
  // A speech or an adoption: the date opens the line after a dash or a bracket; the meeting closes it.
  if (/^(?:——|—|--|[(（])\s*$/.test(before) && /(?:会议|大会)[^。；]{0,12}(?:上|通过|审议通过|批准)[)）]?$/.test(after)) return { ...at, issuer: null };
  // The print line (an issuer, the date, 印发), or a signature on one line (an issuer, spaces, the date). The caller
  // checks that the words before the date name an issuer.
  // Note: the date may carry its label after the issuer's spaces (某局　　　印发日期：2025年4月1日).
  const print = /^([\u4e00-\u9fff（）()、]{3,40}?)(\s*)$/.exec(before.replace(LABEL_BEFORE_DATE, ''));
  if (print && (/^\s*印发$/.test(after.replace(WEEKDAY, '')) || ((print[2] ?? '') !== '' && /^\s*(?:[（(][^（）()]{1,12}[）)])?$/.test(after)))) {
    return { ...at, issuer: { from: lead, to: lead + (print[1] ?? '').replace(SEAL_NOTE, '').length } };
  }
  return bracketedIssue(t, lead);
}

// The date, then the body that issued the text and its verb: 2024年3月1日中共某市委办公室印发.
const DATE_THEN_ISSUER = /^\s*([\u4e00-\u9fff（）()、]{3,40}?)\s*(?:印发|发布|公布)$/;

/**
 * A note in brackets under a title saying who issued the text and when, as pages print work points and party and
 * government documents that carry no signature: the issuer and the date apart by spaces (（某镇人民政府　2024年3月1日）),
 * or the date, the issuer and its verb (（2024年3月1日中共某市委办公室印发）).
 */
function bracketedIssue(t: string, lead: number): (DateMatch & { issuer: { from: number; to: number } }) | null {
  const inner = /^[(（]([^()（）]{8,60})[)）]$/.exec(t)?.[1];
  if (!inner) return null;
  const shift = lead + 1;
  const signed = eventDateLine(inner);
  if (signed?.issuer) return { ...signed, from: signed.from + shift, to: signed.to + shift, issuer: { from: signed.issuer.from + shift, to: signed.issuer.to + shift } };
  const m = findDate(inner);
  const issued = m?.from === 0 ? DATE_THEN_ISSUER.exec(inner.slice(m.to)) : null;
  if (!m || !issued) return null;
  const from = shift + m.to + inner.slice(m.to).indexOf(issued[1] ?? '');
  return { iso: m.iso, from: shift + m.from, to: shift + m.to, issuer: { from, to: from + (issued[1]?.length ?? 0) } };
}
