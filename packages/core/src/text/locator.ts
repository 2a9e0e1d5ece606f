import type { Point, Position } from '../model/types.js';

/** Turns 0-based offsets into the model's points (1-based line and column). */
export interface Locator {
  readonly text: string;
  pointAt(offset: number): Point;
  positionOf(start: number, end: number): Position;
}

/**
 * Index the line starts of `text` once, so each lookup is a binary search.
 *
 * @param text The whole source file, as read.
 * @param source The source the text was read from, one character for one, whose lines the points count (by default
 * the text): the parser reads Word's manual line breaks and Unicode's line separators as line ends, but an editor
 * shows the source's lines, ended by \n, \r\n and \r.
 * @returns A locator for offsets into `text`.
 */
export function createLocator(text: string, source: string = text): Locator {
  // Note: a byte-order mark is not content; line 1's columns count from the character after it, as an editor
  // shows them. Offsets still count it: they index the text, which keeps the mark.
  const lineStarts = [source.charCodeAt(0) === 0xfeff ? 1 : 0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    // Note: "\r\n" counts as one line end, so the next line starts after "\n".
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13 && source.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
  }
  function pointAt(offset: number): Point {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: Math.max(1, offset - (lineStarts[lo] ?? 0) + 1), offset };
  }
  return {
    text,
    pointAt,
    positionOf: (start, end) => ({ start: pointAt(start), end: pointAt(end) }),
  };
}
