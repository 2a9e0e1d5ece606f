import { recogniseLabel } from '../text/numbering.js';
import { joinLines, type SourceLine } from '../text/source-lines.js';
import { parseAllocationTable } from './allocation-table.js';
import { DUE_LABELS, labelAlternation, UNIT_LABELS } from './duty-labels.js';
import { eventDateLine } from './dates.js';
import { headerRole } from './table-header.js';

// Text taken from a PDF (or a fixed-width print) breaks every paragraph into lines of the page's width: 加快构 / 建智能
// 制造. Such a line ends where the margin is, not where the sentence is, so the next line continues it.

/** Lines narrower than this are headings, table cells or the ends of paragraphs, never a measure of the margin. */
const MIN_WRAP_WIDTH = 16;
/** A full line may fall short of the margin by a few columns: a lost first-line indent, narrow digits and spaces. */
const SLACK = 3;
/** Lines around a line that set its margin: body text and a box in smaller type wrap at different widths. */
const WINDOW = 4;
/** A document is hard-wrapped when at least this many lines, and this share of its long lines, continue onto the next. */
const MIN_WRAPPED = 10;
const MIN_WRAPPED_SHARE = 0.3;
/** Fewer wrapped lines are enough when they are most of the long ones. */
const MIN_FEW_WRAPPED = 5;
const MIN_FEW_WRAPPED_SHARE = 0.5;

// A line that ends a sentence or introduces a list ends its paragraph, whatever its width (a semicolon does not: lists
// of clauses run on over many lines).
const ENDS_PARAGRAPH = /[。！？!?：:]$/;
// A duty's label and its colon (…旅游景区1家。责任单位：) introduce no list: the units follow on the next line.
const ENDS_WITH_DUTY_LABEL = new RegExp(`(?:${UNIT_LABELS}|${labelAlternation(DUE_LABELS)})\\s*[：:]$`);
// A line that is one note in brackets (（2001年2月16日…会议通过）, (此件公开发布)) is whole: a note under a title or a
// signature is set on its own line, and the text after it starts afresh.
const WHOLE_NOTE = /^[(（][^()（）]*[)）]$/;
// A line that opens with a bullet or a dash opens a paragraph of its own (——转型升级成效显著。).
export const OPENS_PARAGRAPH = /^(?:——|—|[●•■◆▲□◇○·※]|专栏|附件|附表)/;

// A labelled field of a legal database's header (【法宝引证码】 CLI.12.…, 【发布部门】…) is a line of its own, and so is a
// line that ends in a web address (原文链接：https://…): neither runs on into the text below it, whatever its width.
const HEADER_FIELD = /^【[\u4e00-\u9fff]{2,8}】/;
const ENDS_WITH_ADDRESS = /https?:\/\/[\x21-\x7e]+$/;

// A row of a table set out in columns of spaces (pdftotext -layout): three cells or more, wide gaps between them. Its
// cells wrap inside their columns, so it never runs on into the next line as a paragraph does, nor does a line into it.
const TABLE_ROW = /\S {3,}(?=\S).*\S {3,}\S/;

// A row of a pipe table or of TAB-parted cells (a page's or a Word file's table as the converters write it out, a
// spreadsheet's row copied): its cells wrap inside their columns, never as a paragraph on the page.
const isCellRow = (text: string): boolean => text.includes('\t') || (text.length > 2 && text.startsWith('|') && text.endsWith('|'));

/** Display columns of text as a page sets it: a Han character or a full-width form is one column, ASCII half of one. */
function columns(text: string): number {
  let width = 0;
  // Note: code units, not \`for…of\` over code points (its iterator was most of this step's time); a surrogate pair is one
  // character of one column, as it was.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) width += 0.5;
    else {
      width += 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) i++;
      }
    }
  }
  return width;
}

/**
 * The display width of each line's trimmed text, measured when first asked for. Note: most lines end a sentence and
 * never need theirs (nor their neighbours'), and measuring every line was most of this step's time.
 */
function widthsOf(lines: readonly SourceLine[]): (k: number) => number {
  const known = new Float64Array(lines.length).fill(-1);
  return (k) => {
    let width = known[k] ?? 0;
    if (width < 0) {
      const text = lines[k]?.text.trim() ?? '';
      // Note: a row of a laid-out table is no prose: it neither sets the margin nor runs on, nor counts as a long line.
      // Note: nor is a row of a pipe table or of TAB-parted cells.
      width = (text.includes('   ') && TABLE_ROW.test(text)) || isCellRow(text) ? 0 : columns(text);
      known[k] = width;
    }
    return width;
  };
}

/** Whether line `i` runs on into line `i + 1`. */
function continuesAt(lines: readonly SourceLine[], widthAt: (k: number) => number, i: number): boolean {
  const here = lines[i]?.text.trim() ?? '';
  const next = lines[i + 1]?.text.trim() ?? '';
  if (here === '' || next === '' || WHOLE_NOTE.test(here)) return false;
  if (ENDS_PARAGRAPH.test(here) && !(/[：:]$/.test(here) && ENDS_WITH_DUTY_LABEL.test(here))) return false;
  // A report's subtitle (——2024年3月5日在第十四届全国人民代表大会第二次会议上) is a line of its own, however wide: the
  // speaker's name is set under it (国务院总理 李强), not its text.
  if (here.startsWith('—') && eventDateLine(here) !== null) return false;
  if (HEADER_FIELD.test(here) || HEADER_FIELD.test(next) || (here.includes('://') && ENDS_WITH_ADDRESS.test(here))) return false;
  const width = widthAt(i);
  if (width < MIN_WRAP_WIDTH) return false;
  if (OPENS_PARAGRAPH.test(next) || recogniseLabel(next) !== null) return false;
  if ((next.includes('   ') && TABLE_ROW.test(next)) || isCellRow(next)) return false;
  let margin = width;
  for (let k = Math.max(0, i - WINDOW); k <= Math.min(lines.length - 1, i + WINDOW); k++) {
    if ((lines[k]?.text.trim() ?? '') !== '') margin = Math.max(margin, widthAt(k));
  }
  return width >= margin - SLACK;
}

/**
 * Whether each line is a cell of a task table set one cell per line (序号 / 工作任务 / 牵头单位 / … each on a line, as a
 * copied web table gives). A task cell is the widest line among its row's short cells, so it looks like a line at the
 * margin, and it ends with no full stop: it would run on into its row's unit cell (…全覆盖县卫健委). Cells are read as
 * the table reader reads them on the lines as they stand; a table it cannot read whole is left to the test of widths.
 * Note: only short lines that are header words are tried, so a text with no such table costs one length test a line.
 */
export function cellTableLines(lines: readonly SourceLine[]): Uint8Array | null {
  let marks: Uint8Array | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text.trim() ?? '';
    if (text.length === 0 || text.length > 6 || headerRole(text) === null) continue;
    const next = lines[i + 1]?.text.trim() ?? '';
    if (next.length > 6 || headerRole(next) === null) continue;
    const table = parseAllocationTable(lines, i);
    if (!table || table.rows.length === 0) continue;
    marks ??= new Uint8Array(lines.length);
    for (let k = table.startLine; k < table.endLine; k++) marks[k] = 1;
    i = Math.max(i, table.endLine - 1);
  }
  return marks;
}

/**
 * Rejoin the lines of a hard-wrapped text (a PDF's text, a fixed-width print) into paragraphs. A line continues
 * onto the next when it reaches the margin set by the lines around it, does not end a sentence, and the next line
 * does not open an item (一、 （一） 1.), a bullet or a box. The text counts as hard-wrapped only when many of its
 * long lines run on like that; a text with one paragraph per line is returned as it is. Joined lines keep each
 * character's source offset, so a quote that crosses a line break is still the exact source text.
 *
 * @param lines The file's lines, without page furniture.
 * @returns The lines with wrapped paragraphs joined, renumbered in order.
 */
export function joinHardWraps(lines: readonly SourceLine[]): SourceLine[] {
  // Note: a text with a blank line after every line (a PDF's lines copied from a viewer, or set one <p> a line on a
  // page) says nothing by its blank lines; its wrapped lines are joined across them, and when none are, it stays as it is.
  const spaced = doubleSpacedLines(lines);
  if (spaced !== null) {
    const joined = joinWrappedLines(spaced);
    if (joined !== spaced) return joined;
  }
  return joinWrappedLines(lines);
}

/** A text is double-spaced when at least this share of its lines of text are followed by exactly one blank line. */
const DOUBLE_SPACED_SHARE = 0.9;
const MIN_DOUBLE_SPACED = 10;

/** The lines of text of a double-spaced text, without its blank lines; `null` for any other text. */
function doubleSpacedLines(lines: readonly SourceLine[]): SourceLine[] | null {
  const content: SourceLine[] = [];
  let single = 0;
  let blanks = 0;
  for (const line of lines) {
    if (line.text.trim() === '') {
      blanks++;
      continue;
    }
    if (content.length > 0 && blanks === 1) single++;
    content.push(line);
    blanks = 0;
  }
  return content.length >= MIN_DOUBLE_SPACED && single >= DOUBLE_SPACED_SHARE * (content.length - 1) ? content : null;
}

/**
 * How many long lines reach the margin the lines around them set. Note: a 公文's paragraphs of two or three lines (a
 * task and its duty) end short of the margin as often as they run on, so among the long lines of such a text few run
 * on; among its full lines most do. A text with a paragraph a line has few full lines, most of them ending a sentence
 * (on the development set at most 14% of its full lines run on, where their PDF text runs on at 89% or more).
 */
function fullLines(lines: readonly SourceLine[], widthAt: (k: number) => number): number {
  let full = 0;
  for (let i = 0; i < lines.length; i++) {
    const width = widthAt(i);
    if (width < MIN_WRAP_WIDTH) continue;
    let margin = width;
    for (let k = Math.max(0, i - WINDOW); k <= Math.min(lines.length - 1, i + WINDOW); k++) margin = Math.max(margin, widthAt(k));
    if (width >= margin - SLACK) full++;
  }
  return full;
}

function joinWrappedLines(lines: readonly SourceLine[]): SourceLine[] {
  const widthAt = widthsOf(lines);
  const cells = cellTableLines(lines);
  const runsOn = lines.map((_, i) => !cells?.[i] && continuesAt(lines, widthAt, i));
  const wrapped = runsOn.filter(Boolean).length;
  if (wrapped < MIN_FEW_WRAPPED) return lines as SourceLine[];
  const long = lines.filter((_, k) => widthAt(k) >= MIN_WRAP_WIDTH).length;
  // Note: a short text (a page of work points) has few wrapped lines; when most of its long lines run on, it is wrapped.
  const share = (count: number): number => (wrapped < MIN_WRAPPED ? count * MIN_FEW_WRAPPED_SHARE : count * MIN_WRAPPED_SHARE);
  if (wrapped < share(long) && wrapped < share(fullLines(lines, widthAt))) return lines as SourceLine[];
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    let end = i;
    while (runsOn[end]) end++;
    const line = lines[i] as SourceLine;
    out.push(end > i ? joinLines(lines, i, end, out.length) : out.length === line.index ? line : { ...line, index: out.length });
    i = end;
  }
  return out;
}
