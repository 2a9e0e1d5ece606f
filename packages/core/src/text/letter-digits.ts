// OCR of a scanned document, and text taken from some PDFs, reads a digit as the letter it looks like: O or o for 0,
// l or I for 1 (2O25年, 1OO%, 4O万亩, 2Ol9年), and a dash for the stroke of 一 (-、总体目标, （-）, 第-章). Read as
// letters, the year was no year, the figure no figure and the heading no heading. The letters are read as the digits
// they stand for where nothing else can be meant: inside a run of digits that opens with a digit and touches no other
// Latin letter (H2O, O2O, 5G, B2B, 500ml stay as written).

// Note: full-width digits and letters too (２Ｏ２５), and the ideographic zero written among Arabic digits (2〇25).
const LETTER_RUN = /(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])[0-9０-９][0-9０-９OoＯｏlIｌＩ〇]*[OoＯｏlIｌＩ〇][0-9０-９OoＯｏlIｌＩ〇]*(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９〇])/g;
const HAS_LETTER_DIGIT = /[0-9０-９][OoＯｏlIｌＩ〇]/;
const AS_DIGIT: Readonly<Record<string, string>> = { O: '0', o: '0', Ｏ: '０', ｏ: '０', '〇': '0', l: '1', I: '1', ｌ: '１', Ｉ: '１' };

// A dash read for 一 where only 一 can stand: before the 、 of a heading at a line's start (-、), inside the brackets of
// a heading's number (（-）), and after the 第 of a chapter, section or article (第-章). Nothing else is written so.
const DASH_FOR_ONE = /(?<=^[ \t\u3000]*)[-－—–‐─](?=、)|(?<=^[ \t\u3000]*[（(])[-－—–‐─](?=[）)])|(?<=第)[-－—–‐─](?=[章节条篇部])/gm;
const HAS_DASH = /[-－—–‐─][、）)章节条篇部]/;
// Note: so are 二 read as an equals sign (=、, （=）, 第=章) and 1 as a lower-case l before the point or 、 of an item's
// number at a line's start (l.加强…): no text writes = or l so.
const EQUALS_FOR_TWO = /(?<=^[ \t\u3000]*)[=＝](?=、)|(?<=^[ \t\u3000]*[（(])[=＝](?=[）)])|(?<=第)[=＝](?=[章节条篇部])/gm;
const L_FOR_ONE = /(?<=^[ \t\u3000]*)[lｌ](?=[.．、]\s*[\u4e00-\u9fff“])/gm;
const HAS_OTHER = /[=＝][、）)章节条篇部]|[lｌ][.．、]/;

/** A run of letters read for digits: where it is in the text, and the digits it reads as. */
export interface LetterDigits {
  /** Letters read as digits (2O25, l.), or a dash or an equals sign read as 一 or 二 (-、, =、). */
  kind: 'digits' | 'numeral';
  start: number;
  end: number;
  read: string;
}

/**
 * The runs of digits in which OCR or a conversion read some digits as letters (2O25, 1OO, 2Ol9), and the dashes it
 * read for 一 (-、, （-）, 第-章).
 *
 * @param text A source text.
 * @returns The runs in order, each with its reading; empty for nearly every text.
 */
export function findLetterDigits(text: string): LetterDigits[] {
  const found: LetterDigits[] = [];
  if (HAS_LETTER_DIGIT.test(text)) {
    for (const m of text.matchAll(LETTER_RUN)) {
      const start = m.index ?? 0;
      found.push({ kind: 'digits', start, end: start + m[0].length, read: [...m[0]].map((c) => AS_DIGIT[c] ?? c).join('') });
    }
  }
  if (HAS_DASH.test(text)) {
    for (const m of text.matchAll(DASH_FOR_ONE)) found.push({ kind: 'numeral', start: m.index ?? 0, end: (m.index ?? 0) + 1, read: '一' });
  }
  if (HAS_OTHER.test(text)) {
    for (const m of text.matchAll(EQUALS_FOR_TWO)) found.push({ kind: 'numeral', start: m.index ?? 0, end: (m.index ?? 0) + 1, read: '二' });
    for (const m of text.matchAll(L_FOR_ONE)) found.push({ kind: 'digits', start: m.index ?? 0, end: (m.index ?? 0) + 1, read: m[0] === 'l' ? '1' : '１' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A text with the runs `findLetterDigits` found read as digits, one character for one, so every offset into the
 * result is the same offset into the text.
 *
 * @param text A source text.
 * @param runs The runs, in order.
 * @returns The text so read; the text itself when there are none.
 */
export function readLetterDigits(text: string, runs: readonly LetterDigits[]): string {
  if (runs.length === 0) return text;
  let out = '';
  let at = 0;
  for (const run of runs) {
    out += text.slice(at, run.start) + run.read;
    at = run.end;
  }
  return out + text.slice(at);
}
