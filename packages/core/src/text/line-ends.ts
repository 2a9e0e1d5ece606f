// Line ends other than \n and \r that a reader sees as line breaks: Word's manual line break (U+000B, Shift+Enter, as
// a copy of a Word document or Word's object model gives it) and Unicode's line and paragraph separators (U+2028,
// U+2029, which JSON strings of a page's text and some editors keep). Read as characters, they ran a signature's name
// into its date, a title into the preamble and one item into the next.
const OTHER_LINE_END = /[\u000b\u2028\u2029]/;
const OTHER_LINE_ENDS = /[\u000b\u2028\u2029]/g;

/**
 * A text with its other line ends (U+000B, U+2028, U+2029) read as \n, one for one, so every offset into the result
 * is the same offset into the text and every rule that ends a line at \n ends it there too.
 *
 * @param text A source text.
 * @returns The text so read; the text itself when it holds none (most texts, which one native search tells).
 */
export function readOtherLineEnds(text: string): string {
  if (!OTHER_LINE_END.test(text)) return text;
  return text.replace(OTHER_LINE_ENDS, '\n');
}
