import { createRequire } from 'node:module';

// How many columns text takes on a terminal, and fitting it to a width: one set of rules for the CLI's tables and
// wrapped text and for the app's panes, so that both measure a line alike.

/** The mark that shows text was cut: one column wide (U+2026), two in ambiguous-wide mode. */
export const ELLIPSIS = '…';

// Note: string-width and the grapheme segmenter are made on first use. The first Intl object costs some 10 ms
// (ICU loads its data) and string-width's emoji patterns more, while what plankb prints is nearly all ASCII and
// Chinese, which `simpleWidth` measures without them (the CLI's start time, docs/benchmarks.md).
let stringWidth: typeof import('string-width').default | undefined;
let segmenter: Intl.Segmenter | undefined;
let ambiguousWide = false;

/**
 * Measure East Asian "ambiguous" characters (“ ” · … — ─ │) as two columns, as terminals in a CJK setting draw
 * them (iTerm2's "ambiguous characters are double-width", VTE's cjk-width), or as one, the default. A process-wide
 * setting: the app turns it on for `--ambiguous-wide`; the CLI never does.
 *
 * @param on Whether the terminal draws them two columns wide.
 */
export function setAmbiguousWide(on: boolean): void {
  ambiguousWide = on;
}

/**
 * Whether ambiguous-width characters are measured as two columns.
 *
 * @returns The setting.
 */
export function isAmbiguousWide(): boolean {
  return ambiguousWide;
}

/**
 * The width of a UTF-16 code unit that is a whole character and a whole grapheme by itself, whatever is next to
 * it: 1 for printable ASCII, 2 for CJK ideographs, CJK punctuation and fullwidth forms, 1 for Latin-1 and general
 * punctuation unless they are ambiguous and the mode is on. 0 for anything else (emoji, combining marks, control
 * characters, surrogates), which needs string-width's full rules. The tests compare it with string-width for every
 * character it measures.
 */
function simpleWidth(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return 1;
  if (code >= 0x4e00 && code <= 0x9fff) return 2;
  if ((code >= 0x3000 && code <= 0x3029) || (code >= 0x3030 && code <= 0x303e) || (code >= 0x3400 && code <= 0x4dbf)) return 2;
  if ((code >= 0xff01 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6)) return 2;
  // Note: © ® ‼ ⁉ are emoji to string-width (2 columns), and a soft hyphen is invisible (0).
  if (code === 0xa9 || code === 0xad || code === 0xae || code === 0x203c || code === 0x2049) return 0;
  // Note: Latin-1, general punctuation, and the arrows, box drawing and blocks the app draws its rules, gutters and bars
  // with (← ↑ → ↓ ↺ ─ │ █ ░) take one column; in ambiguous-wide mode some take two, and string-width knows which. The
  // arrows ↔ ↕ ↖ … are emoji to string-width, and are left to it.
  if (!ambiguousWide && ((code >= 0xa0 && code <= 0xff) || (code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e))) return 1;
  if (!ambiguousWide && ((code >= 0x2190 && code <= 0x2193) || code === 0x21ba || (code >= 0x2500 && code <= 0x259f))) return 1;
  return 0;
}

/**
 * How many terminal columns text takes: Chinese characters take two.
 *
 * @param text The text (one line, without control characters).
 * @returns Its width in columns, as string-width counts them.
 */
export function widthOf(text: string): number {
  const width = simpleWidthOf(text);
  if (width >= 0) return width;
  stringWidth ??= (createRequire(import.meta.url)('string-width') as typeof import('string-width')).default;
  return stringWidth(text, { ambiguousIsNarrow: !ambiguousWide });
}

/**
 * The width of text made only of characters measured without string-width (ASCII, Chinese, CJK punctuation …),
 * or -1 when one needs its full rules (emoji, combining marks, control characters, ANSI escapes). The app's
 * bundle measures Ink's text with it before string-width (packages/tui/build/string-width-shim.js).
 *
 * @param text Any text.
 * @returns Its width in columns, as string-width counts them, or -1.
 */
export function simpleWidthOf(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const w = simpleWidth(text.charCodeAt(i));
    if (w === 0) return -1;
    width += w;
  }
  return width;
}

/** Longer strings are split by code point: Intl.Segmenter is quadratic on one long string on Node 20. */
const SEGMENTER_LIMIT = 2000;

/**
 * Split text into graphemes (what a reader sees as one character).
 *
 * @param text The text.
 * @returns Its graphemes, in order.
 */
export function graphemesOf(text: string): string[] {
  if (text.length > SEGMENTER_LIMIT) return Array.from(text);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Make text safe for one terminal line: line breaks and tabs (with the spaces around them) become one space,
 * other control characters (C0, DEL, C1) go.
 *
 * @param text Text from a document or the user.
 * @returns The text on one line.
 */
export function oneLine(text: string): string {
  return text.replace(/[ \u3000]*[\r\n\t\v\f\u2028\u2029]+[ \u3000]*/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

/**
 * Cut text to fit a width, ending it with `…`. Never returns text wider than `width`: when the cut falls inside a
 * wide character, the result is one column narrower instead of one column wider.
 *
 * @param text The text (one line).
 * @param width The columns available.
 * @returns The text, whole when it fits, else cut with `…` (a space before the cut is dropped).
 */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (widthOf(text) <= width) return text;
  const room = width - widthOf(ELLIPSIS);
  let used = 0;
  let kept = '';
  for (const g of graphemesOf(text)) {
    const w = widthOf(g);
    if (used + w > room) break;
    kept += g;
    used += w;
  }
  // Note: a cut right after a space would show `work …`; drop the space.
  return kept.trimEnd() + ELLIPSIS;
}

/**
 * Pad text with spaces to a width, counting wide characters as two (text already as wide is left alone).
 *
 * @param text The text.
 * @param width The width to reach.
 * @param align Which side the text sits on.
 * @returns The padded text.
 */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - widthOf(text)));
  return align === 'left' ? text + fill : fill + text;
}

/**
 * Fit text to exactly `width` columns: on one line, cut with `…` when too wide, padded when too narrow.
 *
 * @param text The text.
 * @param width The width.
 * @param align Where the text sits.
 * @returns Text exactly `width` columns wide.
 */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  return pad(truncate(oneLine(text), width), width, align);
}

/**
 * The widest of some texts, at least `least`. A loop, not `Math.max(...widths)`: spreading one argument per row
 * overflows the call stack past about 100,000 rows.
 *
 * @param texts The texts.
 * @param least The width to start from (a header's).
 * @returns The largest display width.
 */
export function widest(texts: Iterable<string>, least = 0): number {
  let most = least;
  for (const text of texts) {
    const width = widthOf(text);
    if (width > most) most = width;
  }
  return most;
}
