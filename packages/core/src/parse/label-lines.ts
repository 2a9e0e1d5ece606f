import { recogniseLabel } from '../text/numbering.js';
import { joinLines, type SourceLine } from '../text/source-lines.js';

// A heading's label alone on its line: 第一章, 第三节, 第二篇, 第一部分, with nothing after it.
const LABEL_ONLY = /^[\s\u3000]*第[一二三四五六七八九十百零〇\d]{1,4}(?:篇|章|节|部分)[\s\u3000]*$/;
// A heading's title: short, no sentence in it (a comma may join its two halves: 强化源头防控，夯实绿色发展基础).
const MAX_TITLE = 40;
const ENDS_SENTENCE = /[。；;！？!?：:]/;

/**
 * Join a heading set over two lines, its label alone on the first (第一章 / 发展基础), into one line, as a typeset plan
 * centres a chapter's label over its title and a PDF's or a Word file's text gives them: the label alone made no
 * heading, and the chapters and their tasks were lost. Blank lines between the two are passed over; the title must be
 * short, hold no sentence and start with no label of its own. The joined line keeps each character's source offset.
 *
 * @param lines The file's lines.
 * @returns The lines with each such heading on one line, renumbered in order.
 */
export function joinLabelLines(lines: readonly SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const title = LABEL_ONLY.test(line.text) ? titleAfter(lines, i) : -1;
    if (title < 0) {
      if (out) out.push(out.length === line.index ? line : { ...line, index: out.length });
      continue;
    }
    out ??= lines.slice(0, i).map((l, k) => (l.index === k ? l : { ...l, index: k }));
    out.push(joinLines(lines, i, title, out.length));
    i = title;
  }
  return out ?? (lines as SourceLine[]);
}

/** The line of the title under a label alone on line `i`, or -1 when the next line of text is no title. */
function titleAfter(lines: readonly SourceLine[], i: number): number {
  for (let k = i + 1; k < lines.length; k++) {
    const text = (lines[k] as SourceLine).text.trim();
    if (text === '') continue;
    return text.length <= MAX_TITLE && !ENDS_SENTENCE.test(text) && recogniseLabel(text) === null ? k : -1;
  }
  return -1;
}
