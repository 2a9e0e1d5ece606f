// Note: search compares folded text: lower case, and full-width ASCII (ＩＰｖ６, common in Chinese documents)
// as ASCII. Folding keeps the length, so that a range found in the folded text is the range in the original.

const FULL_WIDTH = /[\uff01-\uff5e]/g;
const BLANKS = /[\s\u3000]+/g;

function halfWidth(c: string): string {
  return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
}

// Whether each UTF-16 code unit changes when folded: 0 not yet known, 1 no, 2 yes. Filled as characters
// are met (a few thousand in a corpus).
const changes = new Uint8Array(65536);

function changesWhenFolded(code: number): boolean {
  let known = changes[code]!;
  if (known === 0) {
    const c = String.fromCharCode(code);
    // Note: surrogates stand for characters outside the BMP, some of which have a lower case (𐐀): the slow path.
    known = (code >= 0xd800 && code <= 0xdfff) || (code >= 0xff01 && code <= 0xff5e) || c.toLowerCase() !== c ? 2 : 1;
    changes[code] = known;
  }
  return known === 2;
}

/**
 * Whether folding changes a text. Most plan text (Chinese, digits, punctuation) folds to itself, and a
 * look-up per character is some five times faster than `replace` and `toLowerCase` over 60 million
 * characters (500,000 items).
 */
function needsFolding(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (changesWhenFolded(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Text folded for comparison, character for character: lower case, full-width ASCII as ASCII.
 *
 * @param text Any text.
 * @returns The folded text, of the same length.
 */
export function foldText(text: string): string {
  if (!needsFolding(text)) return text;
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
