import { linkBoxLines } from './debris.js';
import { ISSUING_VERBS } from './issuer.js';
import { recogniseLabel } from '../text/numbering.js';
import type { SourceLine } from '../text/source-lines.js';

// A table of contents entry: a heading, a run of leader dots, a page number (一、现状与形势........1).
const TOC_ENTRY = /^\s*\S.{0,80}?[.．。…·•_\-－]{4,}\s*\d{1,3}\s*$/;
const TOC_HEADING = /^\s*目\s*录\s*$/;

/** Whether a line is a table of contents entry. */
export function isTocEntry(text: string): boolean {
  // Note: an entry ends in its page number; the pattern, tried at every line, is run only on lines that do (\s is what trimEnd trims).
  const end = text.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  return last >= 0x30 && last <= 0x39 && TOC_ENTRY.test(text);
}
// A table of contents run together on one line: three or more chapter or section labels and no sentence.
const DI_LABEL = /第[一二三四五六七八九十百零〇\d]{1,4}[篇章节]/g;
// A contents heading that runs into the first entry (目录序言) and a chapter label opening a line.
const TOC_START = /^\s*目\s*录\S{0,10}$/;
const DI_LABEL_AT = /^\s*第[一二三四五六七八九十百零〇\d]{1,4}[篇章节]/;

// An entry of a table of contents with no label: a part before the chapters or after them (序言, 前言, 结束语, 附件…).
const FRONT_OR_BACK_ENTRY = /^(?:序言?|前言|引言|导言|绪论|结束语|结语|名词解释|附[件表录][一二三四五六七八九十\d]{0,2}[^。；;，,：:]{0,24})$/;

/** The entry a contents line without a label names (序言, 附件 重点项目表), its spaces left out, or undefined. */
function frontOrBackEntry(text: string): string | undefined {
  const bare = text.replace(/[\s\u3000]+/g, '');
  return FRONT_OR_BACK_ENTRY.test(bare) ? bare : undefined;
}

/**
 * A table of contents without page numbers: the 目录 line and the lines after it that list chapter labels and hold no
 * sentence, up to the first line of text.
 */
function tocBlock(lines: readonly SourceLine[], start: number): number[] {
  const block = [start];
  let first: string | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i]?.text.trim() ?? '';
    if (text === '') continue;
    const labels = text.match(new RegExp(DI_LABEL.source, 'g')) ?? [];
    // The body begins where a sentence does, or where the first entry's label (or 序言, 前言) comes again (第一章 …).
    // Note: not at any label listed before: each chapter's sections are numbered from 第一节 again.
    const entry = labels[0] ?? frontOrBackEntry(text);
    if (/[。；;]/.test(text) || entry === undefined || entry === first) break;
    first ??= entry;
    block.push(i);
  }
  return block;
}
/**
 * A table of contents of numbered headings without page numbers (目录 / 一、发展基础 / 二、总体要求 …): the 目录 line and
 * the short labelled lines after it, up to the first entry's label written again (the body's first heading); a list
 * that runs into a sentence or an unlabelled line first is no table of contents.
 */
function labelledTocBlock(lines: readonly SourceLine[], start: number): number[] {
  const block = [start];
  // Note: the body starts where the first entry's label comes again (一、 after 一、…四、), whatever its title says.
  const listed = new Set<string>();
  let top: string | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const text = (lines[i]?.text ?? '').replace(/\s+/g, '');
    if (text === '') continue;
    const label = recogniseLabel(text);
    const entry = label === null ? frontOrBackEntry(text) : undefined;
    // Note: a list that runs into text without its first heading coming again is the body under a 目录 line whose
    // entries the converter already dropped (a PDF's contents with page numbers): it stays.
    if (/[。；;，,：:]/.test(text) || text.length > 40 || (label === null && entry === undefined)) return [];
    // Note: 序言 and 附件 entries are listed as the top headings are: the body starts where one comes again.
    const key = label === null ? entry : label.style === (top ??= label.style) ? label.text : undefined;
    if (key !== undefined) {
      if (listed.has(key)) break;
      listed.add(key);
    }
    block.push(i);
  }
  // Note: one labelled line under 目录 is no list of contents.
  return block.length >= 3 ? block : [];
}

/** Whether the lines after a 目录 line list chapters (第一章 …), maybe after a 序言 or 前言 entry. */
function startsChapterContents(lines: readonly SourceLine[], at: number): boolean {
  const first = nextContent(lines, at);
  if (first === undefined) return false;
  if (DI_LABEL_AT.test(first.text)) return true;
  return frontOrBackEntry(first.text) !== undefined && DI_LABEL_AT.test(nextContent(lines, lines.indexOf(first))?.text ?? '');
}

const isOneLineToc = (text: string): boolean => !/[。；;]/.test(text) && (text.match(DI_LABEL)?.length ?? 0) >= 3;
// Page numbers as PDF and Word print them: - 3 -, —3—, 第3页, 第 3 页 共 20 页, 3/20.
// Note: and as gazettes and other typesetters print them: · 21 ·, ~21~, 第21页/共40页.
const DECORATED_PAGE = /^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|[·•~～]\s*\d{1,3}\s*[·•~～]|第\s*\d{1,3}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;
const BARE_NUMBER = /^\s*(\d{1,3})\s*$/;
// Prose around a page break: a line of running text, not a table cell.
const MIN_PROSE = 12;

const isProse = (line: SourceLine | undefined): boolean => line !== undefined && line.text.trim().length >= MIN_PROSE;

/**
 * Lines that a PDF or Word export adds to the text and that are never content: a table of contents (目录 and entries
 * with leader dots and page numbers, or chapters listed on one line), printed page numbers (- 3 -, 第3页), and bare page numbers that break running
 * text (…加快构 / 3 / 建智能制造…), and a web page's box of links under its article (`linkBoxLines`). A bare number counts as a page number only in an increasing run of at least two,
 * each between lines of prose (or, for the last page's, after prose at the end of the file), so the 序号 cells of a
 * table written one cell per line stay.
 *
 * @param lines The file's lines.
 * @returns The lines without the furniture, renumbered in order.
 */
export function dropPageFurniture(source: readonly SourceLine[]): SourceLine[] {
  const lines = withoutLineNumbers(source);
  const drop = new Set<number>();
  // Note: the page numbers and running heads: where a page breaks.
  const breaks: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (DECORATED_PAGE.test(text)) breaks.push(i);
    if (isTocEntry(text) || DECORATED_PAGE.test(text) || isOneLineToc(text)) drop.add(i);
    else if (TOC_HEADING.test(text) && isTocEntry(nextContent(lines, i)?.text ?? '')) drop.add(i);
    else if (TOC_START.test(text) && startsChapterContents(lines, i)) for (const k of tocBlock(lines, i)) drop.add(k);
    else if (TOC_HEADING.test(text)) for (const k of labelledTocBlock(lines, i)) drop.add(k);
  }
  for (const i of runningHeads(lines)) drop.add(i), breaks.push(i);
  for (const i of footnotes(lines)) drop.add(i);
  for (const i of linkBoxLines(lines)) drop.add(i);
  const pages: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = BARE_NUMBER.exec(lines[i]?.text ?? '');
    // Note: the last page's number closes the file, with no text after it.
    if (m && isProse(previousContent(lines, i)) && (isProse(nextContent(lines, i)) || nextContent(lines, i) === undefined)) pages.push(i);
  }
  let run: number[] = [];
  const flush = (): void => {
    if (run.length >= 2) for (const i of run) drop.add(i), breaks.push(i);
    run = [];
  };
  for (const i of pages) {
    const n = Number(BARE_NUMBER.exec(lines[i]?.text ?? '')?.[1]);
    const last = run[run.length - 1];
    if (last !== undefined && n <= Number(BARE_NUMBER.exec(lines[last]?.text ?? '')?.[1])) flush();
    run.push(i);
  }
  flush();
  for (const i of breaks) bridgePageBreak(lines, i, drop);
  if (drop.size === 0) return lines as SourceLine[];
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (!drop.has(i)) out.push(out.length === line.index ? line : { ...line, index: out.length });
  }
  return out;
}

// A line's number at its start, as a draft printed with line numbers or a viewer that numbers lines copies it (12 一、…).
const LINE_NUMBER = /^[ \t]*([0-9]{1,4})(?:[ \t\u3000]+|$)/;
/** Fewer numbered lines than this are no sign of numbering: a short list numbered 1 2 3. */
const MIN_NUMBERED_LINES = 6;

/**
 * The lines without the numbers a text copied with its line numbers opens each line with (1 某镇…方案 / 2 / 3 为持续改善…
 * / 4 一、工作目标): every line with text is numbered, the numbers rising by one a line (a blank line may be numbered or
 * not), from the text's first line. A table's 序号 or a list's numbers leave its title, its header or its prose
 * unnumbered, so they never number every line. Offsets stay: the number is cut from the line's start.
 */
function withoutLineNumbers(lines: readonly SourceLine[]): readonly SourceLine[] {
  let previous = -1;
  let previousLine = -1;
  const cuts = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const m = LINE_NUMBER.exec(text);
    if (!m) {
      if (text.trim() !== '') return lines;
      continue;
    }
    const n = Number(m[1]);
    // Note: one more a line, or as many more as the unnumbered blank lines between.
    if (previous >= 0 && (n <= previous || n - previous > i - previousLine)) return lines;
    previous = n;
    previousLine = i;
    cuts.set(i, m[0].length);
  }
  if (cuts.size < MIN_NUMBERED_LINES) return lines;
  return lines.map((line, i) => {
    const cut = cuts.get(i) ?? 0;
    return cut === 0 ? line : { ...line, text: line.text.slice(cut), start: line.start + cut, map: line.map ? line.map.slice(cut) : null };
  });
}

// A line that ends its paragraph: a page may break after it.
const ENDS_PARAGRAPH = /[。！？!?：:]$/;

/**
 * The blank lines around a page break inside a paragraph (…（责任单 / blank / — 1 — / blank / 位：市数据局）): an export
 * (pdftotext, a Word file saved as text) sets the page's number off by blank lines, which are no paragraph break, so they
 * go with the number and the paragraph's lines are rejoined as any hard wrap is (`joinHardWraps`). A break after a line
 * that ends its paragraph keeps them.
 */
function bridgePageBreak(lines: readonly SourceLine[], i: number, drop: Set<number>): void {
  const gap = (k: number): boolean => drop.has(k) || (lines[k]?.text.trim() ?? '') === '';
  let from = i;
  let to = i;
  while (from > 0 && gap(from - 1)) from--;
  while (to + 1 < lines.length && gap(to + 1)) to++;
  if (from === 0 || to === lines.length - 1 || ENDS_PARAGRAPH.test(lines[from - 1]?.text.trim() ?? '')) return;
  for (let k = from; k <= to; k++) drop.add(k);
}

// A footnote's mark: a circled number (①) the text puts after a word, and a footnote line opens with.
const CIRCLED = /[\u2460-\u2473]/;
const INLINE_MARK = /(?<=[\u4e00-\u9fff”）)%])([\u2460-\u2473])/g;
const CIRCLED_START = /^\s*([\u2460-\u2473])\s*(.*)$/;
// The rule a page sets above its footnotes: a line of box-drawing or dashes alone.
const FOOTNOTE_RULE = /^\s*[─━—_\-－]{6,}\s*$/;
// What a footnote says: a term it explains (重特大事故：指…) or its source (数据来源：…).
const FOOTNOTE_TEXT = /^(?:[^，,。；;：:]{1,20}[：:]|(?:数据|资料)?来源|注[：:]|指)/;

/**
 * Footnotes of a printed plan: the lines that open with a circled mark (①) the text used after a word earlier on
 * (…重特大事故①。), explaining a term or giving a source, with the rule above them and the lines that run on from
 * them up to the page's end. They are no items (① is also a numbering style, so only a mark the text used as a
 * reference, with a footnote's words, is read as one).
 */
function footnotes(lines: readonly SourceLine[]): number[] {
  const used = new Set<string>();
  const found: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const start = CIRCLED_START.exec(text);
    if (start && used.has(start[1] ?? '') && FOOTNOTE_TEXT.test(start[2] ?? '')) {
      found.push(i);
      // Note: a footnote wraps onto lines that open with no mark or label, up to the page's end.
      for (let k = i + 1; k < lines.length; k++) {
        const next = (lines[k]?.text ?? '').trim();
        if (next === '' || DECORATED_PAGE.test(next) || CIRCLED_START.test(next) || recogniseLabel(next) !== null || next.length > 40) break;
        if (/[。；;]$/.test(lines[k - 1]?.text.trim() ?? '')) break;
        found.push(k);
      }
      const rule = previousContentIndex(lines, i);
      if (rule >= 0 && FOOTNOTE_RULE.test(lines[rule]?.text ?? '')) found.push(rule);
      continue;
    }
    // Note: this runs on every line of every plan; most hold no circled mark, which one native search tells.
    if (!CIRCLED.test(text)) continue;
    for (const m of text.matchAll(INLINE_MARK)) used.add(m[1] as string);
  }
  return found;
}

function previousContentIndex(lines: readonly SourceLine[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if ((lines[k]?.text.trim() ?? '') !== '') return CIRCLED_START.test(lines[k]?.text ?? '') ? previousContentIndex(lines, k) : k;
  return -1;
}

// A heading a running head can repeat: short, no sentence, clause, field or bracket in it.
const HEADING_LIKE = /^[^。；;，,：:（）()]{2,40}$/;

/**
 * Running heads (书眉): the document's title, or its chapter's, that a printed page repeats at its top, right after the
 * page break (the page number printed at the foot of the page before, or a form feed). A line there that the text has
 * already given, word for word, is the head, not a new title or chapter; its first appearance stays.
 */
function runningHeads(lines: readonly SourceLine[]): number[] {
  // Note: a text with no page break (most plans copied from the web) has no running head, and is not walked again.
  if (!lines.some((l) => l.text.includes('\f') || (l.text.length <= 60 && DECORATED_PAGE.test(l.text)))) return [];
  const heads: number[] = [];
  const seen = new Set<string>();
  let afterBreak = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]?.text ?? '';
    const text = raw.replace(/\f/g, '').trim();
    if (text === '') {
      if (raw.includes('\f')) afterBreak = true;
      continue;
    }
    if (DECORATED_PAGE.test(text)) {
      afterBreak = true;
      continue;
    }
    const key = text.replace(/\s+/g, '');
    // Note: a page may repeat both the document's and the chapter's title, one under the other.
    if ((afterBreak || raw.includes('\f')) && seen.has(key) && HEADING_LIKE.test(text)) {
      heads.push(i);
      afterBreak = true;
      continue;
    }
    if (!insideTitle(lines, i)) seen.add(key);
    afterBreak = false;
  }
  return heads;
}

// Note: a notice's title set over lines may give the plan's name a line of its own (关于印发 / 某市2024年…工作要点 / 的通知);
// the plan's own title, at the top of the next page, is then the same words but no running head: a running head
// repeats a heading, and this line is the middle of a sentence-like title, between a verb that issues and 的.
const ISSUING_END = new RegExp(`(?:关于|${ISSUING_VERBS})$`);

function insideTitle(lines: readonly SourceLine[], i: number): boolean {
  const before = lines[i - 1]?.text.trim() ?? '';
  const after = lines[i + 1]?.text.trim() ?? '';
  return after.startsWith('的') || ISSUING_END.test(before);
}

function nextContent(lines: readonly SourceLine[], i: number): SourceLine | undefined {
  for (let j = i + 1; j < lines.length; j++) if ((lines[j]?.text.trim() ?? '') !== '') return lines[j];
  return undefined;
}

function previousContent(lines: readonly SourceLine[], i: number): SourceLine | undefined {
  for (let j = i - 1; j >= 0; j--) if ((lines[j]?.text.trim() ?? '') !== '') return lines[j];
  return undefined;
}
