// The line-based Markdown reader. Plan Markdown uses few constructs (ATX
// headings, bold, bullet and numbered lists, rules, the odd link), and for
// those this reader hides the same source ranges remark does, in one pass and
// without building a syntax tree. Anything it does not know it leaves to
// remark: the caller falls back when it returns `null`.

import { hideInline, type Range } from './markdown-inline.js';

/**
 * What sends a document to remark: code (`` ` ``), HTML and autolinks (`<a`, `<!--`, `<http`), images, link
 * reference definitions (`]:`), control characters (NUL is read as U+FFFD, a symbol), and fenced code or
 * block quotes or indented lines at the start of a line.
 */
const UNSUPPORTED = /[`\x00-\x08\x0b\x0c\x0e-\x1f]|<[A-Za-z/!?]|!\[|\]:|^(?:~~~|>|[ \t]+[^ \t\r\n])/m;
const HEADING = /^#{1,6}(?=[ \t]|$)/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
// Note: a line of = or - right under a paragraph line underlines a setext heading, which this reader does not read.
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const BULLET = /^[-+*](?=[ \t]|$)/;
const ORDERED = /^(\d{1,9})[.)](?=[ \t]|$)/;
const BLANK = /^[ \t]*$/;

type State = 'none' | 'paragraph' | 'item';

/** A list item's marker and where its content starts, or `null` when it has none this reader takes (empty, a tab, code). */
function itemContent(line: string, marker: number): number | null {
  let at = marker;
  while (line.charCodeAt(at) === 32) at++;
  const spaces = at - marker;
  if (spaces < 1 || spaces > 4 || at >= line.length || line.charCodeAt(at) === 9) return null;
  return at;
}

/** Whether a list item's content starts a block of its own (a heading, a rule, a nested list), which this reader leaves to remark. */
function startsBlock(content: string): boolean {
  return HEADING.test(content) || THEMATIC_BREAK.test(content) || BULLET.test(content) || ORDERED.test(content) || /^(?:>|~~~)/.test(content);
}

/**
 * The source ranges of Markdown syntax to hide, read line by line: what
 * `collectMarkup` collects from remark's tree, for documents made of ATX
 * headings, paragraphs, rules and list items whose lines start in the first
 * column, with emphasis, strong, inline links, escapes and hard breaks.
 *
 * @param text A Markdown document.
 * @returns The ranges, or `null` when the document uses anything else and remark must read it.
 */
export function plainMarkdownRanges(text: string): Range[] | null {
  if (text.charCodeAt(0) !== 0xfeff) return readRanges(text);
  // Note: a byte-order mark is not Markdown; read what follows it, and move the ranges past it.
  return readRanges(text.slice(1))?.map(([a, b]) => [a + 1, b + 1]) ?? null;
}

function readRanges(text: string): Range[] | null {
  if (UNSUPPORTED.test(text)) return null;
  const hidden: Range[] = [];
  let state: State = 'none';
  // The open paragraph's content: from its first character to the end of its last line.
  let paragraphStart = -1;
  let paragraphEnd = -1;
  const closeParagraph = (): boolean => {
    const ok = paragraphStart < 0 || hideInline(text, paragraphStart, paragraphEnd, hidden);
    paragraphStart = -1;
    state = 'none';
    return ok;
  };
  const re = /\r\n|\n|\r/g;
  for (let start = 0; start <= text.length; ) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(start, end);
    const next = m ? m.index + m[0].length : text.length + 1;
    if (BLANK.test(line)) {
      if (!closeParagraph()) return null;
    } else if (state !== 'none' && SETEXT_UNDERLINE.test(line)) {
      return null;
    } else if (HEADING.test(line)) {
      if (!closeParagraph() || !hideHeading(text, start, end, hidden)) return null;
    } else if (THEMATIC_BREAK.test(line)) {
      if (!closeParagraph()) return null;
      hidden.push([start, end]);
    } else {
      const bullet = BULLET.test(line);
      const ordered = bullet ? null : ORDERED.exec(line);
      // Note: a numbered item can interrupt a paragraph only when it is numbered 1; after a list item any item starts a new one.
      if (bullet || (ordered && (state !== 'paragraph' || ordered[1] === '1'))) {
        const content = itemContent(line, bullet ? 1 : (ordered?.[0].length ?? 0));
        if (content === null || startsBlock(line.slice(content))) return null;
        if (!closeParagraph()) return null;
        if (bullet) hidden.push([start, start + content]);
        state = 'item';
        paragraphStart = start + content;
      } else if (state === 'none') {
        state = 'paragraph';
        paragraphStart = start;
      }
      paragraphEnd = end;
    }
    start = next;
  }
  return closeParagraph() ? hidden : null;
}

/** Hide an ATX heading's `#`s and trailing spaces around its content; a closing `#` sequence is left to remark. */
function hideHeading(text: string, start: number, end: number, hidden: Range[]): boolean {
  let from = start + (HEADING.exec(text.slice(start, end))?.[0].length ?? 0);
  let to = end;
  while (from < to && isSpaceOrTab(text.charCodeAt(from))) from++;
  while (to > from && isSpaceOrTab(text.charCodeAt(to - 1))) to--;
  if (from === to) {
    hidden.push([start, end]);
    return true;
  }
  if (text.charCodeAt(to - 1) === 35 /* # */) return false;
  hidden.push([start, from], [to, end]);
  return hideInline(text, from, to, hidden);
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}
