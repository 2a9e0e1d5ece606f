import { plainMarkdownRanges } from './markdown-blocks.js';
import { remarkMarkdownRanges } from './markdown-remark.js';
import { hideRanges, invisibleRanges, linesFromText, type SourceLine } from '../text/source-lines.js';

/**
 * Read Markdown and return its lines with the syntax removed (`###`, `**`,
 * `---`, bullets, link targets) but list numbers kept, since `22.` is a label
 * as written. The plain-text parser then reads these lines, so both formats
 * map to the same model, and every character still knows its source offset.
 *
 * @param text A Markdown document.
 * @returns The document's lines, markup and invisible characters (`invisibleRanges`) hidden.
 */
export function linesFromMarkdown(text: string): SourceLine[] {
  // Note: plan Markdown (headings, bold, lists, rules) is read line by line, which hides exactly what remark
  // would and costs about what plain text costs; remark reads whatever else a document uses.
  const markup = plainMarkdownRanges(text) ?? remarkMarkdownRanges(text);
  const more = [...escapeRanges(text), ...invisibleRanges(text)];
  const source = linesFromText(text);
  return withHeadingDepths(source, hideRanges(source, more.length === 0 ? markup : [...markup, ...more]));
}

// An ATX heading line: up to three spaces, one to six #, then a space or the line's end (CommonMark).
const ATX_HEADING = /^\ufeff?[ ]{0,3}(#{1,6})(?=[ \t]|$)/;

/**
 * The lines with the depth of the heading each one was: a converter keeps a Word file's heading levels as `##` and
 * `###` while its automatic numbering (一、, （一）) is lost, and then the depth is all that says which heading a
 * chapter is and which a task under it.
 */
function withHeadingDepths(source: readonly SourceLine[], lines: SourceLine[]): SourceLine[] {
  if (!source.some((l) => l.text.includes('#'))) return lines;
  return lines.map((line, k) => {
    const depth = ATX_HEADING.exec(source[k]?.text ?? '')?.[1]?.length;
    return depth === undefined || line.text.trim() === '' ? line : { ...line, heading: depth };
  });
}

// A backslash escape (CommonMark): a backslash before ASCII punctuation writes that character as itself. Pages saved as
// Markdown by a web clipper (Turndown, which MarkDownload and Obsidian's clipper use) escape every item number that
// could start a list (1\.推动…) and every * _ [ ] # they hold.
const ESCAPE = /\\[!-/:-@[-`{-~]/g;
// Note: a backslash in code stays as written; plans hold no code, so a text with any is left to its escapes.
const CODE = /`|^\s*~~~/m;

/**
 * The backslashes of a Markdown text's escapes, which remark's tree gives no range for (it reads `1\.` as the text
 * `1.`): hidden, the escaped item number is a label as written.
 */
function escapeRanges(text: string): Array<[number, number]> {
  if (!text.includes('\\') || CODE.test(text)) return [];
  const ranges: Array<[number, number]> = [];
  ESCAPE.lastIndex = 0;
  for (let m = ESCAPE.exec(text); m; m = ESCAPE.exec(text)) ranges.push([m.index, m.index + 1]);
  return ranges;
}

// Note: each signal with the characters it cannot match without; most plain text has none of them, and a
// search for a character is far cheaper than a multiline pattern tried at every offset.
const SIGNALS: ReadonlyArray<[readonly string[], { test: (text: string) => boolean }]> = [
  [['#'], /^#{1,6}\s+\S/m],
  [['**'], /^\s*\*\*[^*\n]+\*\*/m],
  [['---', '***', '___'], /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/m],
  [['**'], /^\s*\d+\.\s+\*\*/m],
  [['-', '*', '+'], { test: hasBulletLine }],
];

const LINE_END = /[\n\r\u2028\u2029]/;
const SPACE = /\s/;

/**
 * `/^\s*[-*+]\s+\S/m.test(text)`, by looking only around each `-`, `*` and `+`: the pattern, tried at every
 * offset, cost as much as the rest of the check on plain text that has a few dashes.
 */
function hasBulletLine(text: string): boolean {
  for (let at = text.search(/[-*+]/); at >= 0; ) {
    // Before the marker only spaces back to a line start (\s includes line ends); after it spaces, then more.
    let before = at - 1;
    while (before >= 0 && SPACE.test(text[before] ?? '') && !LINE_END.test(text[before] ?? '')) before--;
    const atLineStart = before < 0 || LINE_END.test(text[before] ?? '');
    if (atLineStart && /^\s+\S/.test(text.slice(at + 1))) return true;
    const next = text.slice(at + 1).search(/[-*+]/);
    at = next < 0 ? -1 : at + 1 + next;
  }
  return false;
}

// Note: a heading (# 一、总体要求) or a bold line (**一、总体要求**) is no way plain text is written, unlike a rule or a
// dash opening a line (- 3 -, a page number); a converter that sets a document's headings one way and nothing else
// (markitdown, pandoc, a clipper) gives a Markdown file with that one kind of syntax on every heading.
const HEADING_LINES = /^#{1,6}[ \t]+\S/gm;
const BOLD_LINES = /^[ \t\u3000]*\*\*[^*\n\r]+\*\*[ \t\u3000]*$/gm;
const HEADINGS_ENOUGH = 2;
// The first line with text, after a byte-order mark and blank lines.
const FIRST_LINE = /^\ufeff?(?:[^\S\n\r]*[\n\r])*([^\n\r]*)/;

/** Whether a pattern with the `g` flag matches at least `n` times in the text. */
function matchesAtLeast(text: string, re: RegExp, n: number): boolean {
  re.lastIndex = 0;
  let count = 0;
  while (re.exec(text) !== null) if (++count >= n) break;
  re.lastIndex = 0;
  return count >= n;
}

/**
 * Guess whether a `.txt` file is really Markdown (web pages are sometimes
 * saved that way, and converters of Word files write it): headings, bold lines, rules and bold list items.
 *
 * @param text The whole source file.
 * @returns `true` when at least two kinds of Markdown syntax occur, or headings set as `#` or bold lines on two
 *   lines or more, or the text opens with one.
 */
export function looksLikeMarkdown(text: string): boolean {
  let found = 0;
  for (const [needs, re] of SIGNALS) {
    if (!needs.some((s) => text.includes(s)) || !re.test(text)) continue;
    if (++found >= 2) return true;
  }
  // Note: the title set as the text's first line (# 某市…方案, **某市…方案**) is Markdown's too, whatever follows it, and
  // after a byte-order mark, which hides it from the patterns above.
  const first = FIRST_LINE.exec(text)?.[1] ?? '';
  if (matchesAtLeast(first, HEADING_LINES, 1) || matchesAtLeast(first, BOLD_LINES, 1)) return true;
  if (found === 0) return false;
  return (text.includes('#') && matchesAtLeast(text, HEADING_LINES, HEADINGS_ENOUGH)) || (text.includes('**') && matchesAtLeast(text, BOLD_LINES, HEADINGS_ENOUGH));
}
