/**
 * A number in text: a run of Arabic digits (with thousands groups and a decimal part, or single digits
 * spaced apart as in `2 9 0 0`) or of Chinese numerals.
 */
export interface NumberMatch {
  /** Where it starts and ends in the text. */
  index: number;
  end: number;
  /** Arabic digits (6.5, 1,234, ２５) rather than Chinese numerals (二十三, 千). */
  arabic: boolean;
}

const DIGIT = 1;
const NUMERAL = 2;
// Note: one table look-up per character; a Set look-up per character cost more than the regular expression it replaces.
const KIND = new Uint8Array(0x10000);
for (const c of '0123456789０１２３４５６７８９') KIND[c.charCodeAt(0)] = DIGIT;
for (const c of '零〇一二两三四五六七八九十百千') KIND[c.charCodeAt(0)] = NUMERAL;

/** 0-9 and the full-width ０-９. */
function isDigit(c: number): boolean {
  return KIND[c] === DIGIT;
}

/**
 * The end of a run of single digits each followed by one space and a digit (`2 9 0 0`), as text
 * extracted from scanned or justified PDFs spaces them; `end` itself when none follows.
 * Note: only single digits are joined, so two numbers side by side (`2025 2030`, `76.7 80`) stay apart.
 */
function spacedRun(text: string, end: number): number {
  let at = end;
  while (text.charCodeAt(at) === 32 && isDigit(text.charCodeAt(at + 1)) && !isDigit(text.charCodeAt(at + 2)) && text.charCodeAt(at + 2) !== 46) at += 2;
  return at;
}

/**
 * The next number at or after `from`: digits (or single digits spaced apart, `2 9 0 0`, `6 .5`) with thousands
 * groups and a decimal part, or Chinese numerals (test/parse-speed-equivalence.test.ts holds the pattern), found
 * without a match object for each of the many numbers that are not quantities (一 in 进一步, 2025 in 2025年).
 *
 * @param text The text to search.
 * @param from Where to start.
 * @returns The number, or `null` when there is none.
 */
export function nextNumber(text: string, from: number): NumberMatch | null {
  for (let i = from; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === DIGIT) {
      let end = i + 1;
      while (isDigit(text.charCodeAt(end))) end++;
      // Thousands groups take exactly three digits after the comma (5，2025年 is a figure and a year).
      // Note: full-width digits too (１，２００项), as an input method's full-width mode types the comma and the digits alike.
      for (;;) {
        const comma = text.charCodeAt(end);
        if ((comma !== 44 && comma !== 0xff0c) || !isDigit(text.charCodeAt(end + 1)) || !isDigit(text.charCodeAt(end + 2)) || !isDigit(text.charCodeAt(end + 3)) || isDigit(text.charCodeAt(end + 4))) break;
        end += 4;
      }
      const spacedInteger = end === i + 1 ? spacedRun(text, end) : end;
      end = spacedInteger;
      const point = text.charCodeAt(end);
      if ((point === 46 || point === 0xff0e) && isDigit(text.charCodeAt(end + 1))) {
        end += 2;
        while (isDigit(text.charCodeAt(end))) end++;
      } else if (point === 32 && (text.charCodeAt(end + 1) === 46 || text.charCodeAt(end + 1) === 0xff0e)) {
        // Note: text extracted from scanned or justified PDFs spaces the point too (增长6 .5 %).
        const after = text.charCodeAt(end + 2) === 32 ? end + 3 : end + 2;
        if (isDigit(text.charCodeAt(after))) {
          end = after + 1;
          while (isDigit(text.charCodeAt(end))) end++;
          if (end === after + 1) end = spacedRun(text, end);
        }
      }
      return { index: i, end, arabic: true };
    }
    if (kind === NUMERAL) {
      let end = i + 1;
      while (KIND[text.charCodeAt(end)] === NUMERAL) end++;
      return { index: i, end, arabic: false };
    }
  }
  return null;
}
