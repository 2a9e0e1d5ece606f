import stringWidth from 'string-width';

/** The ellipsis that marks a cut: one column wide (U+2026). */
export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * How many terminal columns a string takes: Chinese characters take two.
 *
 * @param text The string.
 * @returns Its width in columns.
 */
export function widthOf(text: string): number {
  return stringWidth(text);
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
  for (const { segment } of graphemes.segment(text)) {
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
