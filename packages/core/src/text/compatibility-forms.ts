import { compatibilityIdeograph } from '../_utils/cjk-radicals.js';

// Characters that stand for a common ideograph: the CJK Radicals Supplement and the Kangxi radicals (U+2E80–U+2FDF),
// and the CJK compatibility ideographs (U+F900–U+FAFF).
const COMPATIBILITY_FORM = /[\u2e80-\u2fdf\uf900-\ufaff]/;
const COMPATIBILITY_FORMS = /[\u2e80-\u2fdf\uf900-\ufaff]/g;

/** The ideograph a compatibility character stands for, when it is one code unit as the character is; else the character. */
function sameLengthIdeograph(c: string): string {
  const read = compatibilityIdeograph(c);
  return read.length === 1 ? read : c;
}

/**
 * A text with its compatibility characters read as the ideographs they stand for: text taken from a PDF by another
 * tool prints common characters as Kangxi radicals or radical forms when the PDF's font maps them so (⼀⼆⼈⼯⽅⽇⽉ for
 * 一二人工方日月, ⻔ for 门), which no rule reads (⼀、 is no label, ⽅案 no kind of plan, 3⽉18⽇ no date). Each is
 * replaced by one code unit, so every offset into the result is the same offset into the text.
 *
 * @param text A source text.
 * @returns The text so read; the text itself when it holds none (most texts, which one native search tells).
 */
export function readCompatibilityForms(text: string): string {
  if (!COMPATIBILITY_FORM.test(text)) return text;
  return text.replace(COMPATIBILITY_FORMS, sameLengthIdeograph);
}
