import { cellWidth, ELLIPSIS, graphemes, oneLine } from './text.js';

/** How a piece of text looks. Colours are Ink colour names; they are dropped when colour is off (NO_COLOR). */
export interface SpanStyle {
  color?: string | undefined;
  backgroundColor?: string | undefined;
  bold?: boolean | undefined;
  dim?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
  strikethrough?: boolean | undefined;
  inverse?: boolean | undefined;
}

/** A run of text with one style. A line is a list of spans. */
export interface Span extends SpanStyle {
  text: string;
}

const STYLE_KEYS = ['color', 'backgroundColor', 'bold', 'dim', 'italic', 'underline', 'strikethrough', 'inverse'] as const;

function styleOf(span: SpanStyle): SpanStyle {
  const style: SpanStyle = {};
  for (const key of STYLE_KEYS) if (span[key] !== undefined) (style as Record<string, unknown>)[key] = span[key];
  return style;
}

function sameStyle(a: SpanStyle, b: SpanStyle): boolean {
  return STYLE_KEYS.every((key) => (a[key] ?? undefined) === (b[key] ?? undefined));
}

/** One character of a line, with its style and width. */
interface Cell {
  text: string;
  width: number;
  style: SpanStyle;
}

function merge(cells: readonly Cell[]): Span[] {
  const spans: Span[] = [];
  for (const cell of cells) {
    const last = spans.at(-1);
    if (last && sameStyle(last, cell.style)) last.text += cell.text;
    else spans.push({ ...cell.style, text: cell.text });
  }
  return spans;
}

/**
 * The total width of a line of spans.
 *
 * @param spans The spans.
 * @returns Columns.
 */
export function spansWidth(spans: readonly Span[]): number {
  return spans.reduce((sum, s) => sum + cellWidth(s.text), 0);
}

/**
 * Turn a string or spans into spans.
 *
 * @param value A plain string or spans.
 * @returns Spans.
 */
export function toSpans(value: string | readonly Span[]): Span[] {
  return typeof value === 'string' ? [{ text: value }] : [...value];
}

/**
 * Cut a line of spans to a width, ending with `…` in the style of the span
 * that was cut. Never wider than `width`.
 *
 * @param spans The line.
 * @param width The columns available.
 * @returns The line, cut when needed.
 */
export function truncateSpans(spans: readonly Span[], width: number): Span[] {
  const clean = spans.map((s) => ({ ...s, text: oneLine(s.text) }));
  if (width <= 0) return [];
  if (spansWidth(clean) <= width) return clean;
  const cells: Cell[] = [];
  let used = 0;
  for (const span of clean) {
    for (const g of graphemes(span.text)) {
      const w = cellWidth(g);
      if (used + w > width - 1) {
        cells.push({ text: ELLIPSIS, width: 1, style: styleOf(span) });
        return merge(cells);
      }
      cells.push({ text: g, width: w, style: styleOf(span) });
      used += w;
    }
  }
  return merge(cells);
}

/**
 * Fit a line of spans to exactly `width` columns: cut with `…`, then padded with spaces.
 *
 * @param spans The line.
 * @param width The width.
 * @param padStyle The style of the padding (a selected row keeps its highlight to the edge).
 * @returns Spans exactly `width` columns wide.
 */
export function fitSpans(spans: readonly Span[], width: number, padStyle: SpanStyle = {}): Span[] {
  const cut = truncateSpans(spans, width);
  const gap = width - spansWidth(cut);
  return gap > 0 ? [...cut, { ...padStyle, text: ' '.repeat(gap) }] : cut;
}

// A Latin word or number stays whole when it fits on a line.
const WORD = /^[A-Za-z0-9_.%+\-/:@#]+$/;
// Characters that may not start a line (Chinese line-breaking rules, 避头).
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〕〉”’…·,.;:!?)]%']);

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const g of graphemes(text)) {
    const last = out.at(-1);
    if (last !== undefined && WORD.test(g) && WORD.test(last)) out[out.length - 1] = last + g;
    else out.push(g);
  }
  return out;
}

/**
 * Wrap spans to lines of at most `width` columns. Chinese text breaks between
 * any two characters (but a line does not start with closing punctuation),
 * Latin words break at spaces, and line breaks in the text are kept.
 *
 * @param spans The text, styled.
 * @param width The columns of a line.
 * @returns The lines; an empty text gives one empty line.
 */
export function wrapSpans(spans: readonly Span[], width: number): Span[][] {
  if (width <= 0) return [];
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let used = 0;
  const breakLine = (): void => {
    lines.push(line);
    line = [];
    used = 0;
  };
  const place = (text: string, style: SpanStyle): void => {
    const w = cellWidth(text);
    if (used + w <= width) {
      if (!(used === 0 && text === ' ' && lines.length > 0)) {
        line.push({ text, width: w, style });
        used += w;
      }
      return;
    }
    if (text === ' ') return breakLine();
    if (w > width) {
      const chars = graphemes(text);
      if (chars.length > 1) for (const g of chars) place(g, style);
      // Note: a wide character in a one-column line cannot be shown at all; mark it.
      else place(ELLIPSIS, style);
      return;
    }
    if (NO_LINE_START.has(text) && line.length > 1) {
      // Note: carry the last character down with the punctuation rather than start a line with it.
      const carried = line.pop() as Cell;
      breakLine();
      line.push(carried);
      used = carried.width;
      return place(text, style);
    }
    breakLine();
    place(text, style);
  };
  for (const span of spans) {
    const style = styleOf(span);
    const parts = span.text.replace(/\r\n?/g, '\n').split('\n');
    parts.forEach((part, k) => {
      if (k > 0) breakLine();
      for (const token of tokens(oneLine(part))) place(token, style);
    });
  }
  lines.push(line);
  return lines.map(merge);
}

/**
 * Wrap plain text to lines of at most `width` columns (see `wrapSpans`).
 *
 * @param text The text.
 * @param width The columns of a line.
 * @returns The lines.
 */
export function wrapText(text: string, width: number): string[] {
  return wrapSpans([{ text }], width).map((line) => line.map((s) => s.text).join(''));
}
