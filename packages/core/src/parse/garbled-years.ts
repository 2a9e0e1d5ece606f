import type { SourceLine } from '../text/source-lines.js';

/** A year the text meant to state that OCR or a conversion damaged: where it is and what it reads. */
export interface GarbledYear {
  /** Index of the line in the parser's lines. */
  line: number;
  /** Character range in the line's text. */
  from: number;
  to: number;
  text: string;
}

// A year that lost or gained a digit (到2 0 0年, 至20255年): digits, perhaps spaced out as OCR leaves them, after a
// word that introduces a date. Three or five digits that open like a year of this era or the last cannot be a year.
const SHORT_YEAR = /(?:到|至|截至|截止|于|在|从)\s*((?:[12]\s*[09](?:\s*[0-9]){1}|[12]\s*[09](?:\s*[0-9]){3}))\s*年(?!代|一遇)/g;
const SPACE = /\s/;

/**
 * Whether some 年 in the text comes after a run of three or five digits (spaces allowed between them, as SHORT_YEAR
 * allows): every match of SHORT_YEAR ends so. Note: a cheap test first, since SHORT_YEAR opens on words as common as 在
 * and 于 and was tried at each of them; nearly every year in a text has four digits.
 */
function mayHoldShortYear(text: string): boolean {
  for (let year = text.indexOf('年'); year >= 0; year = text.indexOf('年', year + 1)) {
    let i = year - 1;
    let digits = 0;
    for (; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
      else if (!SPACE.test(text[i] ?? '')) break;
    }
    if (digits === 3 || digits === 5) return true;
  }
  return false;
}

/**
 * Years that OCR or a conversion damaged, which the parser cannot read as dates: a year with a digit lost or
 * added after 到/至/截至 (到2 0 0年). They are reported, never guessed at: the deadlines around them fall back to the
 * plan's period. (Letters read for digits, 2O25年, are read as the digits before: text/letter-digits.ts.)
 *
 * @param lines The parser's lines.
 * @returns The damaged years in order.
 */
export function findGarbledYears(lines: readonly SourceLine[]): GarbledYear[] {
  const found: GarbledYear[] = [];
  for (const line of lines) {
    const text = line.text;
    if (!text.includes('年')) continue;
    for (const m of mayHoldShortYear(text) ? text.matchAll(SHORT_YEAR) : []) {
      const digits = (m[1] ?? '').replace(/\s/g, '');
      if (digits.length === 4) continue;
      const from = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
      found.push({ line: line.index, from, to: (m.index ?? 0) + m[0].length, text: text.slice(from, (m.index ?? 0) + m[0].length) });
    }
  }
  return found.sort((a, b) => a.line - b.line || a.from - b.from);
}
