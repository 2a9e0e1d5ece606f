import { toHalfWidthDigits } from '../_utils/chinese-numerals.js';
// Document numbers (发文字号): an issuer's abbreviation, the year in brackets, a serial and 号, in every bracket
// style documents use: 国发〔2019〕4号, 国办发〔2020〕43号, 皖政办秘〔2021〕82号, 沪规划资源数[2026]141号,
// 奉头街【2024】13号, 工信部规(2021)5号, 闵府发［2026］26号, and the small brackets ﹝﹞ and 〖〗 of fonts without 〔〕
// (信政办﹝2024﹞14号). Some offices write the year with 年 (〔2024年〕12号).

const NUMBER_BODY = '([\\u4e00-\\u9fff]{1,14})\\s*[〔［[【(（﹝〖]\\s*((?:19|20)\\d{2})\\s*年?\\s*[〕］\\]】)）﹞〗]\\s*第?\\s*(\\d{1,5})';
const NUMBER_SOURCE = `${NUMBER_BODY}\\s*号`;
const NUMBER = new RegExp(NUMBER_SOURCE, 'g');
// A number whose 号 was dropped (湘水发〔2023〕15), as pages and PDF text copy it now and then: read only where the text
// is the number itself and ends with it (a line of its own, a 文号 field), never inside a sentence.
const BARE_NUMBER = new RegExp(`${NUMBER_BODY}\\s*$`);

/** A document number in brackets closing a title line (…的通知（阿署办发〔2024〕9号）), as legal databases list titles. */
export const NUMBER_TAIL = new RegExp(`[ \\t\\u3000]*[(（]\\s*${NUMBER_SOURCE}\\s*[)）][ \\t\\u3000]*$`);

// Note: what may stand before a number on the same line without being its issuer part: the notice's title
// (…的通知国办发〔2020〕43号, as a flattened page writes it), a label (文号：, 发文字号：).
const LEAD = /^.*?(?:的通知|的意见|的决定|的批复|的函|通知|文号|字号)/;

export interface DocNumberMatch {
  /** Range of the whole number in the searched text. */
  from: number;
  to: number;
  /** The issuer part before the year (皖政办秘). */
  prefix: string;
  year: number;
}

/**
 * Find the document numbers a text holds.
 *
 * @param text One line.
 * @param bare Whether a number without its 号 closing the text counts too (for a number's own line or field).
 * @returns Each number with its range and issuer part, in text order.
 */
export function findDocNumbers(text: string, bare = false): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  // Note: the pattern opens on a run of up to 14 Han characters, which V8 tries at every character of a line; a
  // number ends in 号, and most lines have none; a bare number ends the text in a digit.
  const matches = text.includes('号') ? toHalfWidthDigits(text).matchAll(NUMBER) : bare && /\d\s*$/.test(toHalfWidthDigits(text)) ? bareNumber(text) : [];
  // Note: Word files may set the year and serial in full-width digits (〔２０２５〕１２号); one character each, so the
  // offsets hold.
  for (const m of matches) {
    let prefix = m[1] ?? '';
    const cut = LEAD.exec(prefix);
    if (cut) prefix = prefix.slice(cut[0].length);
    // Note: abbreviations run to eight characters (沪规划资源数, 皖政办秘); more is a sentence running into a number,
    // which a number without its 号 never is taken from.
    if (prefix.length > 8 && !text.includes('号')) continue;
    if (prefix.length > 8) prefix = prefix.slice(prefix.length - 8);
    if (prefix === '') continue;
    const from = (m.index ?? 0) + (m[1] ?? '').length - prefix.length;
    found.push({ from, to: (m.index ?? 0) + m[0].length, prefix, year: Number(m[2]) });
  }
  return found;
}

/**
 * Whether a line is a document number and nothing else (黔卫健发〔2025〕11 号, 通办发〔2024年〕第3号, 湘水发〔2023〕15).
 *
 * @param text One line.
 * @returns Whether the number is the whole line, spaces aside.
 */
export function isDocNumberLine(text: string): boolean {
  const t = text.trim();
  if (announcementNumber(t) !== null) return true;
  const [m, more] = findDocNumbers(t, true);
  return m !== undefined && more === undefined && m.from === 0 && m.to === t.length;
}

function bareNumber(text: string): RegExpExecArray[] {
  const m = BARE_NUMBER.exec(toHalfWidthDigits(text));
  return m ? [m] : [];
}

/**
 * The document number a line states as its own document's: alone on the line (perhaps in brackets, perhaps after a
 * label such as 文号：), or right after the notice's title. A number cited inside a sentence
 * (…的通知》（包府办发〔2022〕10号）要求) is not one.
 *
 * @param text One line.
 * @returns The number's range and issuer part, or `null`.
 */
export function ownDocNumber(text: string): DocNumberMatch | null {
  const t = text.trim();
  const lead = text.indexOf(t);
  const announced = announcementNumber(t);
  if (announced) return { ...announced, from: lead + announced.from, to: lead + announced.to };
  const [m] = findDocNumbers(t, true);
  if (!m) return null;
  const before = t.slice(0, m.from);
  const after = t.slice(m.to).trim();
  // Note: a Markdown quote may hold the number (> 闽应急〔2025〕9号).
  // Note: gazettes and legal databases set the date before the number in brackets under the title
  // (（2024年3月5日　某府发〔2024〕3号）).
  const labelled = /^(?:>?[(（[【]?\s*|>?(?:发文字号|文号|发文号|字号)\s*[:：]?\s*|[(（](?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$/.test(toHalfWidthDigits(before).replace(/[\s\u3000]/g, ''));
  // Note: a title line may carry its number in brackets (…的通知（阿署办发〔2024〕9号）), as legal databases list them.
  const afterTitle = /(?:的通知|的意见|的决定)[(（]?$/.test(before.trim());
  // Note: the date may share the number's line, set apart by spaces, and the page's other fields after it (闽应急〔2025〕9号
  // 2025年2月27日, …9号　发布日期：2025-02-28　来源：…).
  const dated = /^[\s\u3000]*(?:(?:发布|成文|印发)?(?:日期|时间)\s*[:：]\s*)?[0-9]{4}\s*[-年./]\s*[0-9]{1,2}\s*[-月./]\s*[0-9]{1,2}\s*日?(?:[\s\u3000]+[\u4e00-\u9fff]{2,6}[:：]\S*)*$/.test(after) && /[\s\u3000]$/.test(t.slice(0, t.indexOf(after)));
  // Note: a 上行文 sets its 签发人 (the signing leader) on the number's line, to the right (GB/T 9704 7.2.4):
  // 某政发〔2025〕6号　　　　签发人：张三.
  const signed = /^签\s*发\s*人\s*[:：]\s*[\u4e00-\u9fff·\s\u3000、]{2,24}$/.test(after) && /[\s\u3000]{2,}$/.test(t.slice(0, t.indexOf(after)));
  if ((!labelled && !afterTitle) || !(/^[)）\]】]?$/.test(after) || dated || signed)) return null;
  return { ...m, from: lead + m.from, to: lead + m.to };
}

// The number of an announcement (公告) or an order (令), counted by year with no issuer's abbreviation, on a line of its
// own under the body's name (某市人民政府公告 / 2024年第3号, （2024年第3号）, 〔2024〕第5号): GB/T 9704 numbers these
// genres so, and a plan published as an announcement carries it.
const ANNOUNCEMENT_NUMBER = /^([(（]?\s*)((?:[〔［[【]\s*)?((?:19|20)\d{2})\s*年?\s*(?:[〕］\]】]\s*)?第\s*\d{1,4}\s*号)\s*[)）]?$/;

/**
 * An announcement's number alone on a line (2024年第3号, （2024年第3号）, 〔2024〕第5号).
 *
 * @param text One line, trimmed.
 * @returns The number's range (without the brackets around it), its year and an empty issuer part, or `null`.
 */
export function announcementNumber(text: string): DocNumberMatch | null {
  const m = text.includes('第') ? ANNOUNCEMENT_NUMBER.exec(toHalfWidthDigits(text)) : null;
  if (!m) return null;
  // Note: a bracket that opens the line closes it too.
  if ((m[1] ?? '').trim() !== '' && !/[)）]$/.test(text)) return null;
  const from = (m[1] ?? '').length;
  return { from, to: from + (m[2] ?? '').length, prefix: '', year: Number(m[3]) };
}

