const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/**
 * Read a Chinese integer: 十七 → 17, 二十三 → 23, 一百零五 → 105, 两千 → 2000,
 * and digit-by-digit forms such as 二〇三〇 → 2030.
 *
 * @param text Chinese numerals only.
 * @returns The value, or `null` when the text is not a well-formed numeral.
 */
export function parseChineseInteger(text: string): number | null {
  if (text.length === 0) return null;
  for (const ch of text) if (!(ch in DIGITS) && !(ch in SMALL_UNITS) && !(ch in BIG_UNITS)) return null;
  // Note: with no unit characters it is read digit by digit (二〇三〇, 一九九八).
  if (![...text].some((ch) => ch in SMALL_UNITS || ch in BIG_UNITS)) {
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      // A bare 十 at the start means 一十.
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const big = BIG_UNITS[ch] ?? 1;
    total = (total + section + (digit ?? 0)) * big;
    section = 0;
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/**
 * Convert full-width digits and the full-width point to ASCII, one character
 * for one, so offsets into the text are unchanged.
 *
 * @param text Any text.
 * @returns The text with ０-９ and ． replaced by 0-9 and `.`.
 */
export function toHalfWidthDigits(text: string): string {
  // Note: nearly every text has no full-width digit; a look at its code units is cheaper than a replace that finds none.
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || c === 0xff0e) break;
  }
  if (i === text.length) return text;
  return text.replace(/[０-９．]/g, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
