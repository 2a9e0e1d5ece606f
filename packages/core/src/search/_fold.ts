// Note: search compares folded text: lower case, and full-width ASCII (ＩＰｖ６, common in Chinese documents)
// as ASCII. Folding keeps the length, so that a range found in the folded text is the range in the original.

const FULL_WIDTH = /[\uff01-\uff5e]/g;
const BLANKS = /[\s\u3000]+/g;

function halfWidth(c: string): string {
  return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
}

/**
 * Text folded for comparison, character for character: lower case, full-width ASCII as ASCII.
 *
 * @param text Any text.
 * @returns The folded text, of the same length.
 */
export function foldText(text: string): string {
  const folded = text.replace(FULL_WIDTH, halfWidth).toLowerCase();
  if (folded.length === text.length) return folded;
  // Note: a few characters lower-case to two (İ to i̇); those stay as they are.
  let out = '';
  for (const c of text.replace(FULL_WIDTH, halfWidth)) {
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

/**
 * A query folded for comparison, without its blanks.
 *
 * @param query What the user typed.
 * @returns The folded query; empty if it holds no letter, digit or Chinese character.
 */
export function foldQuery(query: string): string {
  const q = foldText(query.replace(BLANKS, ''));
  // Note: punctuation alone would find every text; it is a query only next to words.
  return /[\p{L}\p{N}]/u.test(q) ? q : '';
}

/**
 * Whether a UTF-16 code unit is a Chinese character (CJK unified ideographs, extension A, compatibility, 〇).
 *
 * @param code The code unit.
 * @returns Whether it is one, so has readings in pinyin.
 */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007;
}
