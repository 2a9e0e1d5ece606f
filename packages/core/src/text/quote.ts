import type { Position } from '../model/types.js';
import type { Locator } from './locator.js';
import { type LineSpan, spanOf, type SourceLine } from './source-lines.js';

/** A piece of the source: its exact text and where it is. */
export interface Quote {
  text: string;
  position: Position;
  start: number;
  end: number;
}

/**
 * Quote source offsets `[start, end)`: the text is exactly the source there.
 *
 * @param locator The file's locator.
 * @param start First offset.
 * @param end Offset after the last character.
 * @returns The quote.
 */
export function quoteOffsets(locator: Locator, start: number, end: number): Quote {
  return { text: locator.text.slice(start, end), position: locator.positionOf(start, end), start, end };
}

/**
 * Quote one or more spans of lines as one stretch of the source, from the
 * first span's start to the last span's end.
 */
export function quoteSpans(lines: readonly SourceLine[], locator: Locator, spans: readonly LineSpan[]): Quote {
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return quoteOffsets(locator, 0, 0);
  const a = spanOf(lines[first.line] as SourceLine, first.from, first.to);
  const b = spanOf(lines[last.line] as SourceLine, last.from, last.to);
  return quoteOffsets(locator, a.start, b.end);
}

/** The whole trimmed text of a line as a span. */
export function lineSpan(lines: readonly SourceLine[], index: number): LineSpan {
  const text = lines[index]?.text ?? '';
  const from = text.length - text.trimStart().length;
  return { line: index, from, to: text.trimEnd().length };
}

/**
 * The text of spans as a reader sees it: one span is the source quote itself;
 * a title wrapped over two lines is joined without the line break.
 */
export function displayText(lines: readonly SourceLine[], spans: readonly LineSpan[]): string {
  return spans.map((s) => (lines[s.line]?.text ?? '').slice(s.from, s.to)).join('');
}
