import { recogniseLabel } from '../text/numbering.js';
import { joinLines, type SourceLine } from '../text/source-lines.js';
import { cellTableLines, OPENS_PARAGRAPH } from './hard-wrap.js';

// A heading's label alone on its line: 第一章, 第三节, 第二篇, 第一部分, with nothing after it.
const LABEL_ONLY = /^[\s\u3000]*第[一二三四五六七八九十百零〇\d]{1,4}(?:篇|章|节|部分)[\s\u3000]*$/;
const ATTRIBUTE_CELL = /^(?:约束性|预期性)$/;
// A heading's title: short, no sentence in it (a comma may join its two halves: 强化源头防控，夯实绿色发展基础).
const MAX_TITLE = 40;
const ENDS_SENTENCE = /[。；;！？!?：:]/;

/**
 * Join a heading set over two lines, its label alone on the first (第一章 / 发展基础), into one line, as a typeset plan
 * centres a chapter's label over its title and a PDF's or a Word file's text gives them: the label alone made no
 * heading, and the chapters and their tasks were lost. Blank lines between the two are passed over; the title must be
 * short, hold no sentence and start with no label of its own. Any other label alone on its line (一、 / 总体要求, （一） /
 * 强化产业链招商, 第二条 / 建设…。…: a PDF's text run, a page's block, a Word list's number copied apart from its text)
 * numbers the next line of text when the two read as one numbered item. The joined line keeps each character's source
 * offset.
 *
 * @param lines The file's lines.
 * @returns The lines with each such heading on one line, renumbered in order.
 */
export function joinLabelLines(lines: readonly SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  let cells: Uint8Array | null | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    let title = LABEL_ONLY.test(line.text) ? titleAfter(lines, i) : loneLabelTitle(lines, i);
    // Note: a cell of a task table set one cell to a line (序号 1.) stays where it is.
    if (title >= 0 && !LABEL_ONLY.test(line.text)) {
      cells = cells === undefined ? cellTableLines(lines) : cells;
      if (cells?.[i]) title = -1;
    }
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

/** A line this short may be a numbering label standing alone (第一部分, （十一）, 行动一：). */
const MAX_LONE_LABEL = 8;
/** Blank lines a lone label may stand above its heading by (a page's blocks, a double-spaced text). */
const LONE_LABEL_GAP = 2;

/**
 * The line a lone numbering label at `i` heads: the next line of text, when the label and that line read as one
 * numbered heading (一、 + 总体要求) and that line opens no item of its own. `-1` otherwise.
 */
function loneLabelTitle(lines: readonly SourceLine[], i: number): number {
  const here = lines[i]?.text.trim() ?? '';
  if (here === '' || here.length > MAX_LONE_LABEL) return -1;
  let j = i + 1;
  while (j < lines.length && j <= i + LONE_LABEL_GAP && (lines[j]?.text.trim() ?? '') === '') j++;
  const next = lines[j]?.text.trim() ?? '';
  if (next === '' || recogniseLabel(next) !== null || OPENS_PARAGRAPH.test(next)) return -1;
  // Note: an indicator table's attribute cell (约束性, 预期性) is no item's title: the cell before it (〔40〕, a five-year
  // change in a table set one cell a line) is no label.
  if (ATTRIBUTE_CELL.test(next)) return -1;
  const label = recogniseLabel(here + next);
  // Note: a bare number (5, 01) or a decimal (84.5) is no label alone on its line: it is a page's number or a table's
  // value as often as an item's.
  return label && label.style !== 'arabic-bare' && !label.style.startsWith('arabic-decimal') && label.contentStart >= here.length ? j : -1;
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
