// Where a line of text may break, after the usual Chinese line-breaking rules (避头尾): closing punctuation does
// not start a line and opening punctuation does not end one; a Latin word or a number (32,321, 2025-07-01) is not
// split when it fits on a line. The CLI's wrapping (ANSI-styled text) and the app's (Ink-styled panes) both break
// by these rules.

/** Characters that must not start a line: closing punctuation, Chinese and Latin, and the signs that follow a number. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’】〕〉…—·,.;:?!)]}%‰']);
/** Characters that must not end a line: opening punctuation. */
const NO_LINE_END = new Set([...'（《「『“‘【〔〈([{']);
/** A character of a Latin word or a number. */
const WORD = /^[\p{Script=Latin}\p{Nd}_.,%‰+\-/:@#]$/u;

/**
 * Whether a line may start with a character.
 *
 * @param char One grapheme.
 * @returns `false` for closing punctuation (，。）》” …).
 */
export function mayStartLine(char: string): boolean {
  return !NO_LINE_START.has(char);
}

/**
 * Whether a line may end with a character.
 *
 * @param char One grapheme.
 * @returns `false` for opening punctuation (（《“ …).
 */
export function mayEndLine(char: string): boolean {
  return !NO_LINE_END.has(char);
}

/**
 * Whether a character belongs to a Latin word or a number, which a line does not break inside when it can help it.
 *
 * @param char One grapheme.
 * @returns `true` for Latin letters, digits and the signs inside numbers and identifiers (. , % - / :).
 */
export function isWordChar(char: string): boolean {
  return WORD.test(char);
}
