import { ELLIPSIS, graphemesOf, isWordChar, mayEndLine, mayStartLine, oneLine, simpleWidthOf, widthOf } from '@plankb/terminal-text';

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
  return spans.reduce((sum, s) => sum + widthOf(s.text), 0);
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
    const style = styleOf(span);
    // Note: text that simpleWidthOf measures (ASCII, Chinese …) is made of code units that are each a grapheme,
    // whatever their neighbours: it is walked as it is, without Intl.Segmenter cutting a whole long title into
    // graphemes first (most of the Library's cost per row at its first frame).
    const graphemes = simpleWidthOf(span.text) >= 0 ? span.text : graphemesOf(span.text);
    for (let k = 0; k < graphemes.length; k++) {
      const g = graphemes[k] as string;
      const w = widthOf(g);
      if (used + w > width - 1) {
        cells.push({ text: ELLIPSIS, width: 1, style });
        return merge(cells);
      }
      cells.push({ text: g, width: w, style });
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

// Note: where a line may break (避头尾, words and numbers kept whole) is terminal-text's rule, shared with the CLI.
const CJK = /^[\p{Script=Han}]$/u;
const DIGIT_END = /[0-9%‰]$/;
// Magnitudes that are part of a Chinese number (6.5万架 keeps 万 and 架 with 6.5).
const MAGNITUDE = new Set([...'十百千万亿']);

/** A piece of text a line does not break inside, and the smaller pieces to use when it is wider than a line. */
interface Token {
  text: string;
  parts?: Token[];
}

const isNumber = (t: string): boolean => /^[0-9]/.test(t) && DIGIT_END.test(t);

/**
 * Split text into the pieces a line may break between: a Chinese character,
 * a Latin word or number, a space. A number keeps its unit (`65,000 架`,
 * `6.5万架`, `100 MW`, `35%`), and a label keeps the number after it
 * (`Latest: 63,000 架`), so neither is split over two lines when it fits on one.
 */
function tokens(text: string): Token[] {
  const out: string[] = [];
  for (const g of graphemesOf(text)) {
    const last = out.at(-1);
    if (last !== undefined && isWordChar(g) && isWordChar(last.slice(-1))) out[out.length - 1] = last + g;
    else out.push(g);
  }
  /** The number at `k` with its unit, and the index after them. */
  const numberAt = (k: number): [Token, number] => {
    const number = out[k] as string;
    const next = out[k + 1];
    const after = out[k + 2];
    if (next !== undefined && CJK.test(next)) {
      // A magnitude (万, 亿) takes the unit after it too.
      if (MAGNITUDE.has(next) && after !== undefined && CJK.test(after)) return [{ text: number + next + after }, k + 3];
      return [{ text: number + next }, k + 2];
    }
    if (next === ' ' && after !== undefined && (/^[A-Za-z%‰]+$/.test(after) || CJK.test(after))) return [{ text: `${number} ${after}`, parts: [{ text: number }, { text: ' ' }, { text: after }] }, k + 3];
    return [{ text: number }, k + 1];
  };
  const glued: Token[] = [];
  for (let k = 0; k < out.length; ) {
    const token = out[k] as string;
    if (isNumber(token)) {
      const [number, next] = numberAt(k);
      glued.push(number);
      k = next;
    } else if (/^[A-Za-z]+:$/.test(token) && out[k + 1] === ' ' && isNumber(out[k + 2] ?? '')) {
      const [number, next] = numberAt(k + 2);
      glued.push({ text: `${token} ${number.text}`, parts: [{ text: token }, { text: ' ' }, number] });
      k = next;
    } else {
      glued.push({ text: token });
      k += 1;
    }
  }
  return glued;
}

const firstChar = (cell: Cell | undefined): string => (cell ? (Array.from(cell.text)[0] ?? '') : '');
const lastChar = (cell: Cell | undefined): string => (cell ? (Array.from(cell.text).at(-1) ?? '') : '');

/**
 * Wrap spans to lines of at most `width` columns. Chinese text breaks between
 * any two characters but follows the line-breaking rules (避头尾): no line
 * starts with closing punctuation (，。、；：？！）》」』】〕…) and none ends with
 * opening punctuation (《（“「『【〔). Latin words break at spaces, a number
 * stays with its unit, and line breaks in the text are kept.
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
  const lineWidth = (cells: readonly Cell[]): number => cells.reduce((sum, c) => sum + c.width, 0);
  /** End the line; `carry` cells from its end start the next one. */
  const breakLine = (carry: Cell[] = []): void => {
    while (line.length > 0 && line.at(-1)?.text === ' ') line.pop();
    lines.push(line);
    line = carry;
    used = lineWidth(carry);
  };
  /** Break before a token that does not fit, moving down what may not end (or the word before what may not start) a line. */
  const breakBefore = (text: string): void => {
    let keep = line.length;
    // Note: closing punctuation takes the character before it down with it (and any closing punctuation between).
    if (!mayStartLine(firstChar({ text, width: 0, style: {} }))) {
      while (keep > 0 && !mayStartLine(firstChar(line[keep - 1]))) keep -= 1;
      if (keep > 0) keep -= 1;
    }
    while (keep > 0 && !mayEndLine(lastChar(line[keep - 1]))) keep -= 1;
    // Note: a line of nothing but punctuation would never end; keep it as it is then.
    if (keep === 0 || line.slice(keep).reduce((sum, c) => sum + c.width, 0) + widthOf(text) > width) keep = line.length;
    breakLine(line.splice(keep));
  };
  const place = (token: Token, style: SpanStyle): void => {
    const { text } = token;
    const w = widthOf(text);
    if (used + w <= width) {
      if (!(used === 0 && text === ' ' && lines.length > 0)) {
        line.push({ text, width: w, style });
        used += w;
      }
      return;
    }
    if (text === ' ') return breakLine();
    if (w > width && token.parts) {
      for (const part of token.parts) place(part, style);
      return;
    }
    if (w > width) {
      const chars = graphemesOf(text);
      if (chars.length > 1) for (const g of chars) place({ text: g }, style);
      // Note: a wide character in a one-column line cannot be shown at all; mark it.
      else place({ text: ELLIPSIS }, style);
      return;
    }
    breakBefore(text);
    place(token, style);
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
