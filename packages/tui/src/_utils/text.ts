import stringWidth from 'string-width';
import { isAmbiguousWide } from './ambiguous.js';

// Note: Ink cuts text with cli-truncate, which overflows by one column when it
// cuts through a wide (CJK) character at an even width. The app never lets Ink
// cut: every line is fitted here first, measured with string-width, so it is
// never wider than its box.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Longer strings are split by code point: Intl.Segmenter is quadratic on one long string on Node 20. */
const SEGMENTER_LIMIT = 2000;

/**
 * Split text into user-perceived characters (grapheme clusters).
 *
 * @param text The text.
 * @returns The characters, in order.
 */
export function graphemes(text: string): string[] {
  if (text.length > SEGMENTER_LIMIT) return Array.from(text);
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * How many terminal columns text takes: 2 for each CJK character, 1 for ASCII.
 *
 * @param text The text (without control characters).
 * @returns The width in columns.
 */
export function cellWidth(text: string): number {
  return stringWidth(text, { ambiguousIsNarrow: !isAmbiguousWide() });
}

/**
 * Make text safe for one terminal line: tabs and line breaks become spaces,
 * other control characters go.
 *
 * @param text Text from a document or the user.
 * @returns The text on one line.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\t\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

/** The mark that shows text was cut. */
export const ELLIPSIS = '…';

/**
 * Cut text to a width, ending with `…` when it was cut. The result is never
 * wider than `width`; it is one column narrower when the last character that
 * would fit is wide.
 *
 * @param text The text (one line).
 * @param width The columns available.
 * @returns The text, or its start with `…`.
 */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (cellWidth(text) <= width) return text;
  const budget = width - 1;
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = cellWidth(g);
    if (used + w > budget) break;
    out += g;
    used += w;
  }
  return `${out}${ELLIPSIS}`;
}

/**
 * Pad text with spaces to a width (text already wider is left alone).
 *
 * @param text The text.
 * @param width The width to reach.
 * @param align Pad on the right (`left`) or on the left (`right`).
 * @returns The padded text.
 */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const gap = Math.max(0, width - cellWidth(text));
  return align === 'left' ? text + ' '.repeat(gap) : ' '.repeat(gap) + text;
}

/**
 * Fit text to exactly `width` columns: cut with `…` when too wide, padded with spaces when too narrow.
 *
 * @param text The text (one line).
 * @param width The width.
 * @param align Where the text sits.
 * @returns Text exactly `width` columns wide.
 */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  return pad(truncate(oneLine(text), width), width, align);
}
