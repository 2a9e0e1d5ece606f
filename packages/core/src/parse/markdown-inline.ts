// The inline half of the line-based Markdown reader: emphasis, strong, links,
// escapes and hard breaks, hidden exactly where remark (with remark-cjk-friendly)
// would hide them. Anything else returns `false`, and the caller asks remark.

/** A source range `[start, end)` of markup to hide. */
export type Range = readonly [number, number];

// Character classes as micromark-extension-cjk-friendly computes them (its `classifyCharacter`).
const WHITESPACE = 1;
const PUNCTUATION = 2;
const CJK = 4096;
const CJK_PUNCTUATION = CJK | PUNCTUATION;

const PUNCTUATION_RE = /\p{P}|\p{S}/u;
const WHITESPACE_RE = /\s/;

/**
 * Classify a code point next to a `*` or `_` run, or `null` for one whose
 * class needs the East Asian Width tables, which this reader does not carry.
 *
 * Note: only the ranges plan text uses are known here: ASCII and Latin, CJK
 * ideographs, CJK and full-width punctuation, and general punctuation such as
 * “ ” — …, which remark-cjk-friendly treats as non-CJK (its width is ambiguous).
 * test/markdown-inline.test.ts checks every one against the real classifier.
 */
export function classifyCodePoint(cp: number | undefined): number | null {
  if (cp === undefined) return WHITESPACE;
  const ch = String.fromCodePoint(cp);
  if (WHITESPACE_RE.test(ch)) return WHITESPACE;
  const punctuation = PUNCTUATION_RE.test(ch) ? PUNCTUATION : 0;
  if (cp < 0x1100) return punctuation;
  // Wide and full-width: CJK ideographs, CJK symbols and punctuation (、。《》【】), full-width forms (，：（）).
  if ((cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff)) return CJK | punctuation;
  if ((cp >= 0x3001 && cp <= 0x303e) || (cp >= 0xff01 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6)) return CJK | punctuation;
  // Narrow, neutral or ambiguous width, none of them Hangul or a variation selector: general punctuation
  // (“ ” ‘ ’ — …), letter-like symbols and arrows (℃ №), mathematical operators, circled numbers (①), shapes (■ ○).
  if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x2100 && cp <= 0x22ff) || (cp >= 0x2460 && cp <= 0x25fc)) return punctuation;
  return null;
}

function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** A run of `*` or `_`: the part not yet used by a pair, and whether it can open or close. */
interface Run {
  marker: number;
  start: number;
  end: number;
  open: boolean;
  close: boolean;
}

const ASTERISK = 42;
const UNDERSCORE = 95;

/**
 * Whether a run can open and close emphasis, by remark-cjk-friendly's rules
 * (micromark-extension-cjk-friendly, `tokenizeAttention`), or `null` when a
 * neighbour cannot be classified here.
 */
function flank(text: string, start: number, end: number): { open: boolean; close: boolean } | null {
  const marker = text.charCodeAt(start);
  const previous = codePointBefore(text, start);
  const next = end < text.length ? text.codePointAt(end) : undefined;
  const before = classifyCodePoint(previous);
  const after = classifyCodePoint(next);
  if (before === null || after === null) return null;
  const isMarker = (c: number | undefined): boolean => c === ASTERISK || c === UNDERSCORE;
  const beforeNonCjkPunctuation = (before & CJK_PUNCTUATION) === PUNCTUATION;
  const afterNonCjkPunctuation = (after & CJK_PUNCTUATION) === PUNCTUATION;
  const beforeSpaceOrNonCjkPunctuation = beforeNonCjkPunctuation || (before & WHITESPACE) !== 0 || isMarker(previous);
  const afterSpaceOrNonCjkPunctuation = afterNonCjkPunctuation || (after & WHITESPACE) !== 0 || isMarker(next);
  const open = !afterSpaceOrNonCjkPunctuation || (afterNonCjkPunctuation && (beforeSpaceOrNonCjkPunctuation || (before & CJK) !== 0));
  const close = !beforeSpaceOrNonCjkPunctuation || (beforeNonCjkPunctuation && (afterSpaceOrNonCjkPunctuation || (after & CJK) !== 0));
  if (marker === ASTERISK) return { open, close };
  const spaceOrPunctuation = (c: number): boolean => (c & (WHITESPACE | PUNCTUATION)) !== 0;
  return { open: open && (spaceOrPunctuation(before) || !close), close: close && (spaceOrPunctuation(after) || !open) };
}

/**
 * Pair up runs into emphasis and strong, and hide the markers each pair uses.
 * A port of micromark's `resolveAllAttention`: closers are taken left to
 * right, each pairs with the nearest opener of the same marker before it, and
 * the runs between a pair are paired among themselves and then become text.
 */
function resolveRuns(runs: Run[], hidden: Range[]): void {
  let i = 0;
  while (i < runs.length) {
    const closer = runs[i] as Run;
    let paired = false;
    if (closer.close) {
      for (let j = i - 1; j >= 0; j--) {
        const opener = runs[j] as Run;
        if (!opener.open || opener.marker !== closer.marker) continue;
        const openLength = opener.end - opener.start;
        const closeLength = closer.end - closer.start;
        // Note: the rule of three, as micromark writes it.
        if ((opener.close || closer.open) && closeLength % 3 && !((openLength + closeLength) % 3)) continue;
        const use = openLength > 1 && closeLength > 1 ? 2 : 1;
        hidden.push([opener.end - use, opener.end], [closer.start, closer.start + use]);
        opener.end -= use;
        closer.start += use;
        // Note: the runs between pair up among themselves (micromark resolves them as a span of their own), then become text.
        resolveRuns(runs.splice(j + 1, i - j - 1), hidden);
        i = j + 1;
        if (opener.end === opener.start) {
          runs.splice(j, 1);
          i = j;
        }
        if (closer.end === closer.start) runs.splice(i, 1);
        paired = true;
        break;
      }
    }
    if (!paired) i++;
  }
}

/** An opening `[` waiting for its `]`. */
interface Bracket {
  at: number;
  /** Index in `runs` of the first run after the bracket. */
  runs: number;
  inactive: boolean;
}

// Note: link destinations this reader takes: no spaces, parentheses, angle brackets or escapes; anything else goes to remark.
const SIMPLE_RESOURCE = /\((?:[^\x00-\x20()<>\\\x7f]*)\)/y;
const SPECIAL = /[*_[\]\\\r\n]/g;

/**
 * Hide the inline markup of a paragraph's or heading's content `[from, to)`.
 * Line ends inside the range are the paragraph's own; the text after `to` is
 * not content (a paragraph's last line end, a heading's closing spaces).
 *
 * @param text The whole document.
 * @param from First character of the content.
 * @param to End of the content.
 * @param hidden Where to add the ranges to hide.
 * @returns `false` when the content uses something this reader does not handle.
 */
export function hideInline(text: string, from: number, to: number, hidden: Range[]): boolean {
  const runs: Run[] = [];
  const brackets: Bracket[] = [];
  SPECIAL.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = SPECIAL.exec(text)) !== null && m.index < to) {
    const at = m.index;
    const c = text.charCodeAt(at);
    if (c === ASTERISK || c === UNDERSCORE) {
      let end = at + 1;
      while (end < to && text.charCodeAt(end) === c) end++;
      const flags = flank(text, at, end);
      if (!flags) return false;
      runs.push({ marker: c, start: at, end, ...flags });
      SPECIAL.lastIndex = end;
    } else if (c === 92 /* \ */) {
      const next = text.charCodeAt(at + 1);
      if (at + 1 < to && (next === 10 || next === 13)) {
        // A backslash before a line end is a hard break, hidden with the line end.
        hidden.push([at, lineEndAfter(text, at + 1)]);
        SPECIAL.lastIndex = lineEndAfter(text, at + 1);
      } else if (at + 1 < to && next < 128 && PUNCTUATION_RE.test(text[at + 1] ?? '')) SPECIAL.lastIndex = at + 2;
    } else if (c === 10 || c === 13) {
      // Two or more spaces before a line end are a hard break; a tab there is left to remark.
      let spaces = at;
      while (spaces > from && text.charCodeAt(spaces - 1) === 32) spaces--;
      if (spaces > from && text.charCodeAt(spaces - 1) === 9) return false;
      if (at - spaces >= 2) hidden.push([spaces, lineEndAfter(text, at)]);
      SPECIAL.lastIndex = lineEndAfter(text, at);
    } else if (c === 91 /* [ */) {
      if (at > 0 && text.charCodeAt(at - 1) === 33 /* ! */) return false;
      brackets.push({ at, runs: runs.length, inactive: false });
    } else {
      const open = brackets.pop();
      if (!open || open.inactive) continue;
      SIMPLE_RESOURCE.lastIndex = at + 1;
      const resource = text.charCodeAt(at + 1) === 40 /* ( */ ? SIMPLE_RESOURCE.exec(text) : null;
      if (!resource) {
        if (text.charCodeAt(at + 1) === 40) return false;
        continue;
      }
      const end = at + 1 + resource[0].length;
      if (end > to || /[\r\n]/.test(text.slice(open.at, at))) return false;
      // A link: its text's markup pairs on its own, and the brackets and destination are hidden.
      resolveRuns(runs.splice(open.runs), hidden);
      if (at === open.at + 1) hidden.push([open.at, end]);
      else hidden.push([open.at, open.at + 1], [at, end]);
      for (const b of brackets) b.inactive = true;
      SPECIAL.lastIndex = end;
    }
  }
  resolveRuns(runs, hidden);
  return true;
}

/** The offset after the line end that starts at `at` ("\r\n" is one line end). */
function lineEndAfter(text: string, at: number): number {
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
}
