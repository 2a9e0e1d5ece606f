// Labelled metadata at the head of a file: the tables of government sites (索引号 | 发布机构 | 发文日期 | 文号, or
// label and value in tab-separated cells), legal-database export headers (发布部门：, 发文字号：, 公布日期：) and
// Markdown front matter (标题: …, 文号: …, 发布日期: 2026-04-27).
import type { LineSpan, SourceLine } from '../text/source-lines.js';

export type HeaderField = 'title' | 'issuer' | 'docNumber' | 'written' | 'generated' | 'published' | 'indexNumber';

// Note: labels are compared without the spaces sites put inside them (索 引 号, 标\u3000\u3000题).
const LABELS: ReadonlyArray<[RegExp, HeaderField]> = [
  // Note: 名称 (名　　称) is the title's label in the information tables of several provinces' sites (Zhejiang, Hunan).
  [/^(?:标题|文件标题|文件名称|信息名称|名称)$/, 'title'],
  [/^(?:发布机构|发布机关|发文机关|发文机构|发布单位|发文单位|发布部门|制发机关|制发单位|制定机关|来源|信息来源|文章来源)$/, 'issuer'],
  // Note: 发布文号 is the label of legal databases' and some cities' policy libraries (【发布文号】沪府办发〔2024〕5号).
  [/^(?:发文字号|文号|发文号|文件编号|发布文号)$/, 'docNumber'],
  [/^(?:成文日期|成文时间|发文日期|发文时间|印发日期|签发日期)$/, 'written'],
  // Note: 生成日期 is what several provincial sites call the document's date; it is the record's, often the day it was
  // published, so the document's own signature comes first.
  [/^生成日期$/, 'generated'],
  // Note: 日期 or 时间 alone labels the date on a page's info line (日期：2024-03-05　信息来源：…, 时间：2022-01-05　来源：…).
  [/^(?:发布日期|发布时间|公布日期|公开日期|日期|时间)$/, 'published'],
  [/^(?:信息)?索引号$/, 'indexNumber'],
  // Front matter written with English keys.
  [/^title$/i, 'title'],
  [/^(?:issuer|publisher|department)$/i, 'issuer'],
  [/^(?:doc_?number|document_?number)$/i, 'docNumber'],
  [/^(?:written|issued|issue_?date)$/i, 'written'],
  // Note: a reader's header of a saved page names its publication time so (Published Time: 2026-03-15T10:20:00+08:00, as
  // Jina Reader writes it; published_time, as Open Graph's article:published_time gives it to clippers).
  [/^(?:date|published|publish_?date|pub_?date|published_?time|publish_?time)$/i, 'published'],
];

export interface HeaderValue {
  field: HeaderField;
  /** The value's place. */
  value: LineSpan;
  /** The label and the value, when both are on one line (成文日期：2019年01月24日): the quote that says which field it is. */
  labelled: LineSpan | null;
}

interface Cell {
  text: string;
  from: number;
  to: number;
}

function fieldOf(label: string): HeaderField | null {
  const key = label.replace(/[\s\u3000\u00a0]/g, '');
  for (const [re, field] of LABELS) if (re.test(key)) return field;
  return null;
}

const SPACE_RUN = /[ \u3000\u00a0]{2}/;

// A page's buttons on its info line (【字体：大 中 小】, 【打印】, 【关闭窗口】): they part the fields beside them as a tab
// would, and are no field themselves (the font size's colon is no label's).
const PAGE_BUTTON = /【[\s\u3000]*(?:字[号体][:：][^【】]{0,12}|打印(?:本页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|分享到?|我要纠错|纠错)[\s\u3000]*】/g;

/** A line's cells: separated by tabs, pipes (｜ too), semicolons, runs of two or more spaces or a page's buttons. */
function cells(line: string): Cell[] {
  const out: Cell[] = [];
  // Note: the buttons become tabs of the same length, so that every cell keeps its offsets in the line.
  const text = line.includes('【') ? line.replace(PAGE_BUTTON, (b) => '\t'.repeat(b.length)) : line;
  // Note: pages set their fields apart by full-width bars too (索引号：…｜发文机关：…｜成文日期：…), or by semicolons.
  const re = /[^\t|｜；;]+/g;
  for (const m of text.matchAll(re)) {
    // Note: two or more spaces also part cells, but not one (索 引 号 is one label).
    let at = m.index ?? 0;
    // Note: split runs its pattern once per character; most cells hold no run of spaces to split at.
    const pieces = SPACE_RUN.test(m[0]) ? m[0].split(/((?:[ \u3000\u00a0]){2,})/) : [m[0]];
    const cellStart = out.length;
    for (const piece of pieces) {
      if (!/^[ \u3000\u00a0]{2,}$/.test(piece)) {
        const lead = piece.length - piece.trimStart().length;
        const t = piece.trim();
        if (t !== '') out.push({ text: t, from: at + lead, to: at + lead + t.length });
      }
      at += piece.length;
    }
    if (pieces.length > 1) joinSpacedLabels(out, cellStart, text);
  }
  return out;
}

// Note: a label spaced out to the width of the longest (文　　号：, 名　　称：, 分　　类：) is one label, however wide the
// spaces inside it: its first characters, then the rest of the label and its colon.
const LABEL_HEAD = /^[\u4e00-\u9fff]{1,3}$/;
// Note: the rest may be spaced too (索  引  号：, a three-character label spread to the cell's width by runs of spaces).
const LABEL_REST = /^[\u4e00-\u9fff](?:[ \u3000\u00a0]*[\u4e00-\u9fff]){0,2}\s*[:：]/;

function joinSpacedLabels(out: Cell[], from: number, text: string): void {
  for (let k = out.length - 2; k >= from; k--) {
    const head = out[k] as Cell;
    const rest = out[k + 1] as Cell;
    if (!LABEL_REST.test(rest.text)) continue;
    if (LABEL_HEAD.test(head.text)) {
      out.splice(k, 2, { text: text.slice(head.from, rest.to), from: head.from, to: rest.to });
      continue;
    }
    // Note: a table flattened to one line runs the value before into the spaced label (2024-05-11名　　称：,
    // …工作要点文　　号：): the label's first characters end the cell, and with the rest they make a known label.
    const glued = gluedLabelHead(head.text, rest.text);
    if (glued === 0) continue;
    const at = head.to - glued;
    const value = text.slice(head.from, at).trimEnd();
    out.splice(k, 2, { text: value, from: head.from, to: head.from + value.length }, { text: text.slice(at, rest.to), from: at, to: rest.to });
  }
}

/** How many of a cell's last characters open a known label that the next cell, after a run of spaces, closes. */
function gluedLabelHead(head: string, rest: string): number {
  const tail = /[:：]/.exec(rest);
  const restLabel = tail ? rest.slice(0, tail.index).replace(/[\s\u3000\u00a0]/g, '') : '';
  for (let n = 1; n <= 3 && n < head.length; n++) {
    if (!/^[\u4e00-\u9fff]+$/.test(head.slice(-n))) break;
    if (fieldOf(head.slice(-n) + restLabel) !== null) return n;
    // Note: or a label the reader does not use spread to a longer one's width (有  效  性：, three characters at most)
    // after a code or a date (…/2024-00118有  效  性：); a whole label after the run of spaces (…10号　　主 题 词：)
    // leaves the value before it whole.
    const label = head.slice(-n) + restLabel;
    if (label.length <= 3 && unknownLabelAfterCode(label, head[head.length - n - 1] ?? '')) return n;
  }
  return 0;
}

/** A line's cells parted by tabs only. */
function tabCells(text: string): Cell[] {
  const out: Cell[] = [];
  for (const m of text.matchAll(/[^\t]+/g)) {
    const t = m[0].trim();
    const from = (m.index ?? 0) + m[0].indexOf(t);
    if (t !== '') out.push({ text: t, from, to: from + t.length });
  }
  return out;
}

// label：value, label: value (front matter's keys may be English), and the legal databases' 【label】value.
// Note: some policy libraries set the label in square brackets ([发文机构] 某市人民政府办公厅, [成文日期] 2024-03-05).
// Note: an English key may hold a space (Published Time: …, URL Source: …, as a reader's header of a saved page writes them).
const LABEL_VALUE = /^(?:([\u4e00-\u9fff][\u4e00-\u9fff \u3000\u00a0]{0,8}?|[A-Za-z_]{4,16}|[A-Za-z]{2,10} [A-Za-z]{2,10})\s*[:：]|【([\u4e00-\u9fff]{2,8})】|\[([\u4e00-\u9fff]{2,8})\])\s*(.*)$/;

// A label after one space inside a cell: a page's info line sets its fields one full-width space apart
// (发布时间：2024-02-20　来源：某市交通运输局　阅读次数：865).
// Note: or a legal database's field in 【】 after another's value, with a space or none between (…苏政办发〔2024〕31号【发布
// 日期】2024.06.14): its export flattened to one line runs each field's value into the next field's bracket.
const NEXT_LABEL = /[ \u3000\u00a0]+(?=[\u4e00-\u9fff]{2,6}[:：])|[ \u3000\u00a0]*(?<=.)(?=【[\u4e00-\u9fff]{2,8}】)/g;

/** A labelled cell cut before each further label it holds after one space. */
function splitFields(cell: Cell): Cell[] {
  if (!LABEL_VALUE.test(cell.text)) return splitBeforeBracketField(cell);
  const out: Cell[] = [];
  let at = 0;
  for (const m of cell.text.matchAll(NEXT_LABEL)) {
    out.push({ text: cell.text.slice(at, m.index), from: cell.from + at, to: cell.from + m.index });
    at = m.index + m[0].length;
  }
  out.push({ text: cell.text.slice(at), from: cell.from + at, to: cell.to });
  return cell.text.indexOf('：') === cell.text.lastIndexOf('：') && !cell.text.includes(':') ? out : out.flatMap(splitGluedLabel);
}

const BRACKET_FIELD = /【([\u4e00-\u9fff]{2,8})】/g;

/**
 * A cell cut before the first known field in 【】 it holds after other text (…的通知【法宝引证码】CLI.13.5234871【发布部门】
 * 某省人民政府【发文字号】…): a legal database's export flattened to one line runs its title into its fields.
 */
function splitBeforeBracketField(cell: Cell): Cell[] {
  if (!cell.text.includes('【')) return [cell];
  for (const m of cell.text.matchAll(BRACKET_FIELD)) {
    if (m.index === 0 || fieldOf(m[1] ?? '') === null) continue;
    const rest = { text: cell.text.slice(m.index), from: cell.from + m.index, to: cell.to };
    return [{ text: cell.text.slice(0, m.index), from: cell.from, to: cell.from + m.index }, ...splitFields(rest)];
  }
  return [cell];
}

/**
 * A labelled cell cut before a known label glued to its value (标题：某市…的通知发文机关：某市人民政府办公室): a page's
 * information table copied as text with no break between its rows runs each row's value into the next row's label.
 * Only a known label (发文机关, 成文日期, 发文字号 …) with its colon cuts, the longest that ends there.
 */
function splitGluedLabel(cell: Cell): Cell[] {
  const first = /[:：]/.exec(cell.text);
  if (!first) return [cell];
  for (let k = first.index + 2; k < cell.text.length; k++) {
    const m = GLUED_LABEL.exec(cell.text.slice(k, k + 12));
    // Note: a label the reader does not use (主题分类, 公开方式) cuts too after a value that no Chinese closes
    // (…/2024-00321主题分类：): an index number or a date runs into it, as splitTrailingLabel reads it between tabs.
    // A known label the unknown one ends in is cut at further on (…11号成文日期：, not 号成文日期).
    if (!m || (fieldOf(m[1] ?? '') === null && !unknownLabelAfterCode(m[1] ?? '', cell.text[k - 1] ?? ''))) continue;
    const value = cell.text.slice(0, k);
    return [{ text: value, from: cell.from, to: cell.from + k }, ...splitGluedLabel({ text: cell.text.slice(k), from: cell.from + k, to: cell.to })];
  }
  return [cell];
}
const GLUED_LABEL = /^([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,7}?)[:：]/;

/** Whether a label the reader does not use, of two to six characters and ending in no known one, follows a character no Chinese is. */
function unknownLabelAfterCode(label: string, before: string): boolean {
  const key = label.replace(/[\s\u3000]/g, '');
  if (/[\u4e00-\u9fff]/.test(before) || key.length < 2 || key.length > 6) return false;
  for (let j = 1; j < key.length - 1; j++) if (fieldOf(key.slice(j)) !== null) return false;
  return true;
}

/**
 * A cell cut before the label that ends it, when a value runs into the next field's label (2019年01月24日标　　题：,
 * …的通知发文字号：): an information table whose rows lost their breaks between cells (a page's table flattened to one
 * line, its cells still parted by tabs) glues each value to the label after it.
 */
function splitTrailingLabel(cell: Cell): Cell[] {
  const text = cell.text;
  // Note: a cell that is a label whole (成文日期：) is not cut at a shorter label inside it (日期：).
  if (!/[:：]$/.test(text) || fieldOf(text.slice(0, -1)) !== null) return [cell];
  // Note: the longest known label that ends the cell (发文字号, not 文号), its spaces included (标　　题); only then a
  // label this reader does not use (主题分类, 有效性), after a value that no Chinese closes (…/2024-00123主题分类：,
  // …00123 主题分类：): an index number or a date runs into it. A known label goes first, so that the last character of
  // a document number (…〔2024〕12号标题：) is not read as the start of an unknown label (号标题).
  const known = trailingLabelAt(text, (label) => fieldOf(label) !== null);
  const k = known ?? trailingLabelAt(text, (_label, before) => !/[\u4e00-\u9fff]$/.test(before));
  if (k === null) return [cell];
  const value = text.slice(0, k).trimEnd();
  return [{ text: value, from: cell.from, to: cell.from + value.length }, { text: text.slice(k), from: cell.from + k, to: cell.to }];
}

/** Where the longest label of two to six characters that ends a cell (before its colon) and passes `accept` starts. */
function trailingLabelAt(text: string, accept: (label: string, before: string) => boolean): number | null {
  for (let k = Math.max(1, text.length - 13); k < text.length - 2; k++) {
    if (!/[\u4e00-\u9fff]/.test(text[k] ?? '') || /[:：]/.test(text.slice(k, -1))) continue;
    const label = text.slice(k, -1).replace(/[\s\u3000\u00a0]/g, '');
    if (label.length >= 2 && label.length <= 6 && accept(label, text.slice(0, k))) return k;
  }
  return null;
}

/**
 * A row of an information table copied from a page as text, labels and values in cells side by side with no colon
 * (信息索引号⇥000014349/2025-00087⇥信息分类⇥规划计划, 发文机关⇥江苏省教育厅⇥生成日期⇥2025-02-20): the provinces' sites
 * set their 政府信息公开 tables two pairs to a row, and a copy keeps the cells apart by tabs or runs of spaces. Every
 * even cell must be a short label and one at least a known one, so a table of figures is never read as metadata.
 */
function readLabelPairs(line: SourceLine, list: readonly Cell[], found: HeaderValue[]): boolean {
  const pairs = labelPairs(list);
  for (const [field, value] of pairs ?? []) {
    if (field) found.push({ field, value: { line: line.index, from: value.from, to: value.to }, labelled: null });
  }
  return pairs !== null;
}

/** A row's cells as label and value pairs, or `null` when its even cells are not all short labels, one known. */
function labelPairs(list: readonly Cell[]): Array<[HeaderField | null, Cell]> | null {
  if (list.length < 2 || list.length % 2 !== 0) return null;
  const pairs: Array<[HeaderField | null, Cell]> = [];
  for (let k = 0; k < list.length; k += 2) {
    const label = list[k] as Cell;
    if (label.text.replace(/[\s\u3000\u00a0]/g, '').length > 6 || !/^[\u4e00-\u9fff][\u4e00-\u9fff \u3000\u00a0]*$/.test(label.text)) return null;
    // Note: a value is never a label itself (a header row of labels over a row of values is a table, read below).
    if (fieldOf((list[k + 1] as Cell).text) !== null) return null;
    pairs.push([fieldOf(label.text), list[k + 1] as Cell]);
  }
  return pairs.some(([field]) => field !== null) ? pairs : null;
}

// A line of page fields in brackets under an article (（来源：某市工业和信息化局）).
const BRACKETED = /^([\s\u3000]*[(（])([^()（）]+)[)）][\s\u3000]*$/;

function readLine(line: SourceLine, found: HeaderValue[]): void {
  // Note: the cheap test first: most lines have no label-colon at all.
  const colon = /[:：】\]]/.test(line.text);
  const bracketed = colon ? BRACKETED.exec(line.text) : null;
  const list = bracketed
    ? [{ text: bracketed[2] ?? '', from: bracketed[1]?.length ?? 0, to: (bracketed[1]?.length ?? 0) + (bracketed[2]?.length ?? 0) }].flatMap(splitFields)
    : colon
      ? cells(line.text)
          .flatMap(splitFields)
          // Note: only between tab-parted cells, as a table's are: a colon closing text elsewhere (数据来源：) is no field.
          .flatMap((cell) => (line.text.includes('\t') ? splitTrailingLabel(cell) : [cell]))
      : cells(line.text);
  if (!colon) {
    // Note: a label spaced to the cell's width (文　　号) is one cell when tabs part the cells.
    readLabelPairs(line, line.text.includes('\t') ? tabCells(line.text) : list, found);
    return;
  }
  const dated = list[0] ? leadingDate(list[0]) : null;
  if (dated) list.splice(0, 1, ...dated);
  const before = found.length;
  for (let k = dated ? 1 : 0; k < list.length; k++) {
    const cell = list[k] as Cell;
    const m = LABEL_VALUE.exec(cell.text);
    const field = m ? fieldOf(m[1] ?? m[2] ?? m[3] ?? '') : null;
    if (!m || !field) continue;
    const rest = m[4] ?? '';
    let value: Cell | null = null;
    if (rest.trim() !== '') value = { text: rest.trim(), from: cell.to - rest.trimStart().length, to: cell.to };
    else {
      const next = list[k + 1];
      const label = next ? LABEL_VALUE.exec(next.text) : null;
      if (next && !(label && fieldOf(label[1] ?? label[2] ?? label[3] ?? ''))) {
        value = next;
        k++;
      }
    }
    if (!value) continue;
    found.push({ field, value: { line: line.index, from: value.from, to: value.to }, labelled: { line: line.index, from: cell.from, to: value.to } });
  }
  // The date that opens such a line is the page's publication date when labelled fields follow it.
  const date = dated?.[0];
  if (date && found.length > before) found.splice(before, 0, { field: 'published', value: { line: line.index, from: date.from, to: date.to }, labelled: null });
}

// A page's info line may open with its publication date unlabelled, then its labelled fields one space apart
// (2024-03-05 16:30　来源：某市人民政府　浏览次数：356), as portals set the line under an article's title.
const LEADING_DATE = /^(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:[ \u3000\u00a0]+\d{1,2}:\d{2}(?::\d{2})?)?)(?:[ \u3000\u00a0]+(?=[\u4e00-\u9fff]{2,6}[:：])|$)/;

/** A cell that opens with an unlabelled date before a label: the date and the labelled fields after it. */
function leadingDate(cell: Cell): Cell[] | null {
  const m = LEADING_DATE.exec(cell.text);
  if (!m) return null;
  const date = m[1] ?? '';
  const head = { text: date, from: cell.from, to: cell.from + date.length };
  // Note: the fields may be set apart by a run of spaces, and so be cells of their own already.
  if (m[0].length === cell.text.length) return [head];
  const rest = { text: cell.text.slice(m[0].length), from: cell.from + m[0].length, to: cell.to };
  return [head, ...splitFields(rest)];
}

/** A pipe table's header row of labels (| 索引号 | 发布机构 | 发文日期 | 文号 |) and the row of values under it. */
function readTable(header: SourceLine, row: SourceLine, found: HeaderValue[]): boolean {
  const labels = cells(header.text);
  const values = cells(row.text);
  const fields = labels.map((c) => fieldOf(c.text));
  if (labels.length < 2 || values.length !== labels.length || fields.filter((f) => f !== null).length < 2) return false;
  fields.forEach((field, k) => {
    const value = values[k] as Cell;
    if (field) found.push({ field, value: { line: row.index, from: value.from, to: value.to }, labelled: null });
  });
  return true;
}

/**
 * Read the labelled metadata of a file's head.
 *
 * @param lines The file's lines.
 * @param from First line to read.
 * @param to Line after the last.
 * @returns The values found, in text order (a field may come more than once).
 */
export function readHeaderValues(lines: readonly SourceLine[], from: number, to: number): HeaderValue[] {
  const found: HeaderValue[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || line.text.trim() === '') continue;
    // Note: a pipe table may hold label and value pairs in every row (| 索引号 | … | 发布机构 | … |), its first row no header.
    if (line.text.includes('|') && labelPairs(cells(line.text)) !== null) {
      readLabelPairs(line, cells(line.text), found);
      continue;
    }
    if (line.text.includes('|')) {
      let j = i + 1;
      while (j < to && /^[\s|:\-]*$/.test(lines[j]?.text ?? '')) j++;
      const row = lines[j];
      if (row && readTable(line, row, found)) {
        i = j;
        continue;
      }
    }
    readLine(line, found);
  }
  return found;
}

/**
 * Whether a line holds only a page's fields about the article (信息来源：…　发布日期：…, （来源：…）): what a site sets
 * under an article's text, never the document's own words.
 *
 * @param line The line.
 * @returns Whether every cell of it is a labelled issuer or date field.
 */
export function isPageFieldsLine(line: SourceLine): boolean {
  if (!/[:：]/.test(line.text)) return false;
  const found: HeaderValue[] = [];
  readLine(line, found);
  if (found.length === 0 || !found.every((v) => v.field === 'issuer' || v.field === 'published' || v.field === 'written' || v.field === 'generated')) return false;
  // Note: the fields must fill the line: a sentence that opens with 来源： is text.
  const covered = found.reduce((n, v) => n + ((v.labelled ?? v.value).to - (v.labelled ?? v.value).from), 0);
  return covered >= line.text.replace(/[\s\u3000()（）]/g, '').length - 2;
}
