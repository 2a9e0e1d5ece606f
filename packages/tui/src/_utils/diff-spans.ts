import type { DiffSegment } from '@plankb/core/align';
import type { Span, SpanStyle } from './spans.js';

/**
 * How deleted and inserted text look. With colour: red struck-through and
 * green underlined. Without (NO_COLOR): reversed, so changes still stand out.
 *
 * @param color Whether colour is on.
 * @returns The styles for each side's changed text.
 */
export function diffStyles(color: boolean): { delete: SpanStyle; insert: SpanStyle } {
  return color
    ? { delete: { color: 'red', strikethrough: true }, insert: { color: 'green', underline: true } }
    : { delete: { inverse: true, strikethrough: true }, insert: { inverse: true, underline: true } };
}

/**
 * Text with full-width forms folded to half-width ones (NFKC), and curly quotes to straight ones.
 *
 * @param text The text.
 * @returns The folded text.
 */
export function foldWidth(text: string): string {
  return text.normalize('NFKC').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
}

/**
 * One side of a character diff as spans: side `a` shows the equal and deleted
 * text (deletions marked), side `b` the equal and inserted text (insertions marked).
 *
 * @param segments The diff from `diffPlans` (`titleDiff`, `bodyDiff`).
 * @param side Which side to show.
 * @param color Whether colour is on.
 * @returns The spans of that side's text.
 */
export function diffSideSpans(segments: readonly DiffSegment[], side: 'a' | 'b', color: boolean): Span[] {
  const styles = diffStyles(color);
  const spans: Span[] = [];
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k] as DiffSegment;
    const next = segments[k + 1];
    // Note: the full-width and half-width forms of one character (，and , ；and ; （and ( “and ") are no change: each side shows its own, unmarked.
    if (s.op !== 'equal' && next && next.op !== 'equal' && next.op !== s.op && foldWidth(s.text) === foldWidth(next.text)) {
      spans.push({ text: (s.op === 'delete') === (side === 'a') ? s.text : next.text });
      k += 1;
      continue;
    }
    if (s.op === 'equal') spans.push({ text: s.text });
    else if (s.op === 'delete' && side === 'a') spans.push({ ...styles.delete, text: s.text });
    else if (s.op === 'insert' && side === 'b') spans.push({ ...styles.insert, text: s.text });
  }
  return spans;
}

/**
 * Text with one range marked, as spans (a search hit, say).
 *
 * @param text The text.
 * @param range The characters to mark, or `null`.
 * @param style How the marked text looks.
 * @param base How the rest looks.
 * @returns The spans.
 */
export function markRange(text: string, range: { start: number; end: number } | null, style: SpanStyle, base: SpanStyle = {}): Span[] {
  if (!range || range.start >= range.end) return [{ ...base, text }];
  return [
    { ...base, text: text.slice(0, range.start) },
    { ...base, ...style, text: text.slice(range.start, range.end) },
    { ...base, text: text.slice(range.end) },
  ].filter((s) => s.text !== '');
}
