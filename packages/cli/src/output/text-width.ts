import { createRequire } from 'node:module';

/** The ellipsis that marks a cut: one column wide (U+2026). */
export const ELLIPSIS = '…';

// Note: string-width and the grapheme segmenter are made on first use. The
// first Intl object costs some 10 ms (ICU loads its data) and string-width's
// emoji patterns more, while the tables plankb prints are nearly all ASCII
// and Chinese, which `simpleWidth` measures without them.
let stringWidth: ((text: string) => number) | undefined;
let segmenter: Intl.Segmenter | undefined;

/**
 * The width of a UTF-16 code unit that is a whole character and a whole
 * grapheme by itself, whatever is next to it: 1 for printable ASCII, Latin-1
 * letters and signs and general punctuation (“ ” — …, narrow as string-width
 * counts the East Asian ambiguous ones), 2 for CJK ideographs, CJK
 * punctuation and fullwidth forms. 0 for anything else: emoji, combining
 * marks, control characters, surrogates, which need the full rules. (The
 * tests compare it with string-width for every character.)
 */
function simpleWidth(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return 1;
  if (code >= 0x4e00 && code <= 0x9fff) return 2;
  if ((code >= 0x3000 && code <= 0x3029) || (code >= 0x3030 && code <= 0x303e) || (code >= 0x3400 && code <= 0x4dbf)) return 2;
  if ((code >= 0xff01 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6)) return 2;
  // Note: © ® ‼ ⁉ are emoji to string-width (2 columns), and a soft hyphen is invisible (0).
  if (code === 0xa9 || code === 0xad || code === 0xae || code === 0x203c || code === 0x2049) return 0;
  if ((code >= 0xa0 && code <= 0xff) || (code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e)) return 1;
  return 0;
}

/**
 * How many terminal columns a string takes: Chinese characters take two.
 *
 * @param text The string.
 * @returns Its width in columns, as string-width counts them.
 */
export function widthOf(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const w = simpleWidth(text.charCodeAt(i));
    if (w === 0) {
      stringWidth ??= (createRequire(import.meta.url)('string-width') as typeof import('string-width')).default;
      return stringWidth(text);
    }
    width += w;
  }
  return width;
}

/**
 * Split a string into graphemes (what a reader sees as one character).
 *
 * @param text The string.
 * @returns Its graphemes, in order.
 */
export function graphemesOf(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Cut a string to fit a width, ending it with `…`. Never returns a string
 * wider than `width`: when the cut falls inside a wide character, the
 * result is one column narrower instead of one column wider.
 *
 * @param text The string (one line).
 * @param width The columns available.
 * @returns The string, whole when it fits, else cut with `…`.
 */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (widthOf(text) <= width) return text;
  // Note: leave one column for the ellipsis, then add whole graphemes while they fit.
  const room = width - widthOf(ELLIPSIS);
  let used = 0;
  let kept = '';
  for (const segment of graphemesOf(text)) {
    const w = widthOf(segment);
    if (used + w > room) break;
    kept += segment;
    used += w;
  }
  // Note: a cut right after a space would show `work …`; drop the space.
  return kept.trimEnd() + ELLIPSIS;
}

/**
 * Pad a string with spaces to a width, counting wide characters as two.
 *
 * @param text The string, no wider than `width`.
 * @param width The width to reach.
 * @param align Which side the text sits on.
 * @returns The padded string.
 */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - widthOf(text)));
  return align === 'left' ? text + fill : fill + text;
}

/**
 * Make a value safe for one line of a table or tree: line breaks and tabs
 * become spaces, other control characters are dropped.
 *
 * @param text Any text.
 * @returns One line.
 */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\t\v\f]+\s*/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
}

/**
 * The widest of some texts, at least `least`. A loop, not `Math.max(...widths)`:
 * spreading one argument per row overflows the call stack past about 100,000
 * rows (`track list` on a 150,000-entry store).
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
