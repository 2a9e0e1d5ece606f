import { recogniseLabel, type Label, type LabelStyle } from '../text/numbering.js';
import { titleKind } from './metadata.js';
import { isTocEntry } from './page-furniture.js';
import type { SourceLine } from '../text/source-lines.js';
import { DUE_LABELS, labelAlternation, UNIT_LABELS } from './duty-labels.js';
import { CHAPTER_NAME } from './section-role.js';

// Note: so is a two-level number (1.1, 2.1) before a space or Chinese words, as lists of projects number their items under
// their groups (（一）产业项目 / 1.1 某项目…); a decimal before a unit or a measure word (1.2亿元, 1.5个百分点) is a figure.
// Labels that can start an item in the middle of a flattened line. Only the heading styles of official documents
// (一、 （一） 1. 1、 第一章 第一节 第一条 第一部分 第一篇, and the named actions of 行动计划, 行动一：, 任务二：): 一是 enumerates inside sentences and stays where it is, and
// so do (1), ⑴ and ① but where a heading runs straight into them (see below). 1、 is the common informal form of 1. (the
// seeds and the development set both have it). 1. before a number and a Latin letter is a label as at a line's start
// (1.5G网络提升工程, as digital plans name their works).
const INNER_LABEL = /【?专栏[0-9０-９一二三四五六七八九十]{1,2}|(?:专项行动|重点行动|行动|重点任务|任务|重点工程|专项工程|重点专项)[一二三四五六七八九十]{1,3}[：:]|第[一二三四五六七八九十]{1,3}(?:[章节条篇]|部分)|[(（][0-9０-９]{1,2}[)）]|[\u2460-\u2473\u2474-\u2487]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,2}(?:[.．﹒]|、(?=[\u4e00-\u9fff“]))(?:(?![0-9０-９])|(?=(?:19|20)[0-9]{2}年)|(?=[0-9０-９]{1,2}[A-Za-zＡ-Ｚａ-ｚ][\u4e00-\u9fff]))|[0-9０-９]{1,2}[.．][0-9０-９]{1,2}(?=[ \t\u3000]?[\u4e00-\u9fff“])/g;
// A Chinese numeral before 章, 节, 、, a colon (行动一：) or a closing parenthesis, a digit before a point or 、, or a box's 专栏 and number:
// every match of INNER_LABEL holds one.
const LABEL_END = /[一二三四五六七八九十][章节条篇部、)）：:]|[0-9０-９][.．﹒、)）]|专栏[0-9０-９一二三四五六七八九十]|[\u2460-\u2487]/g;
// A line that opens with a box's caption (专栏8　…, 【专栏2】…).
// Note: a caption of words alone before the item glued to it; a box of a table run on after its caption (专栏1　主要指标
// 指　　标2015年2020年〔累计〕属性…1.空气质量…) numbers its rows, which are no items.
const BOX_CAPTION = /^[ \t\u3000]*【?专栏[ \t\u3000]*[0-9０-９一二三四五六七八九十]{1,2}[】：: \t\u3000]*[^0-9０-９ \t\u3000]{2,30}$/;
const BOX_START = /^[ \t\u3000]*【?专栏[0-9０-９一二三四五六七八九十]/;
// A two-level number (1.1), and a unit or a measure word after a decimal, which makes it a figure (1.2公里, 2.5 倍).
const DECIMAL_LABEL = /^[0-9０-９]{1,2}[.．][0-9０-９]{1,2}$/;
const DECIMAL_UNIT = /^[ \t\u3000]?[个家项元米吨亩人名台套次倍万亿千百公平立小天年月日度分秒级成折届期批以左上下至到和及或余多%％‰]/;
// The name of a closing chapter (see CHAPTER_NAME) after a sentence's end or a duty's bracket, ending the text before a label.
const CLOSING_BEFORE = /(?<=[。！？）)])[\s\u3000]*([\u4e00-\u9fff]{4})[：:]?[\s\u3000]*$/;
// After 1、 a numeral or 第 continues an enumeration of numbers in prose (1、2月份, 第1、第2批), not an item.
const ENUMERATED_NUMBER = /[一二三四五六七八九十两第]/;

/**
 * Whether INNER_LABEL can match in `text` at an offset after `after`: each of its matches ends in 章, 节, 、 or a closing
 * parenthesis right after a Chinese numeral, or has a point right after a digit, and starts before that numeral or digit.
 * Note: a cheap look for those pairs first (a pattern of two fixed characters, which the engine scans fast); most lines
 * have none past their own label, and INNER_LABEL was tried at every numeral of every line.
 */
export function mayHoldInnerLabel(text: string, after: number): boolean {
  LABEL_END.lastIndex = after + 1;
  return LABEL_END.test(text);
}

// What ends the text before an item: a sentence, a clause, a duty in parentheses, a colon that introduces a list.
const ENDS_BEFORE_ITEM = /[。；;！？!?：:）)]/;
// The words that close a plan's preamble before its first chapter (…结合实际，制定本方案 / 制定如下措施 / 特制定本行动计划 /
// 提出如下意见), as official documents word it everywhere; with these the preamble needs no full stop to end.
const PREAMBLE_END = /(?:制定|制订|提出|形成)(?:本|如下|以下)[\u4e00-\u9fff]{0,10}$/;
// A heading that runs straight into its first item carries no full stop and is short.
const MAX_GLUED_HEADING = 60;
// A labelled duty that closes an item (责任单位：市发展改革委、市财政局 / 完成时限：长期坚持): a line of its own on the page, which
// ends with no full stop; flattened, the next item's label follows its value right away.
const DUTY_VALUE_END = new RegExp(`(?:${UNIT_LABELS}|${labelAlternation(DUE_LABELS)})\\s*[：:][^。；;！？!?：:]{1,80}$`);
// A heading that is one short sentence with its full stop (（一）加快数字基础设施建设。, 一、总体要求。), as many offices end
// every heading: the list glued to it opens under it as under a heading with no full stop when its first item closes on a
// duty's bracket (（1）新建5G基站300个。（牵头单位：区经信局）), which only an item of its own carries; short sentences
// after such a heading (（一）加强组织保障。（1）成立领导小组。（2）…) may enumerate inside one paragraph.
// A chapter's heading (一、健全社会救助体系。（1）完善…) opens its list so whatever the items carry: a chapter's heading stands
// on a line of its own, no paragraph runs on from it, so (1) or ① right after its full stop is its first item as laid out.
const STOPPED_HEADING = /^[\s\u3000]*[^。；;，,：:！？]{2,30}。[\s\u3000]*$/;
const DUTY_BRACKET = new RegExp(`[（(][\\s\u3000]*(?:${UNIT_LABELS}|${labelAlternation(DUE_LABELS)})[\\s\u3000]*[：:]`);
/** How far past an item's label its duty's bracket is looked for. */
const MAX_DUTY_ITEM = 200;
// A duty's bracket closing an item (…全覆盖。（牵头单位：区经信局；完成时限：2025年12月底前）): it ends the item as its full
// stop does, so the next item's (2) may follow it.
const DUTY_BRACKET_END = new RegExp(`(?:[。！？][\\s\u3000]*[（(][^（）()]{1,120}|[（(][\\s\u3000]*(?:${UNIT_LABELS}|${labelAlternation(DUE_LABELS)})[\\s\u3000]*[：:][^（）()]{1,120})[）)][\\s\u3000]*$`);

// A table of contents' entry ends in its leader and page number (一、发展基础……1, 第二章 总体要求··········5): flattened,
// the next entry's label, or the body's first heading, follows the number at once.
const CONTENTS_LEADER = /(?:…{2,}|[.．·•]{4,}|[-－—_]{4,})[\s\u3000]*[0-9０-９]{1,3}[\s\u3000]*$/;

// An entry of such a contents list from its label: its words, then its leader and page number, before any sentence.
const CONTENTS_ENTRY = /^[^。；;！？]{1,80}?(?:…{2,}|[.．·•]{4,}|[-－—_]{4,})[\s\u3000]*[0-9０-９]{1,3}(?![0-9０-９])/;
const MAX_CONTENTS_ENTRY = 160;

// A chapter or section label, as a table of contents lists it.
const CONTENTS_LABEL = /第[一二三四五六七八九十]{1,3}[篇章节]/g;
// What may sit between a contents entry's label and its title.
const SPACES = /^[\s\u3000]*/;

/**
 * The headings a table of contents run into a line lists, by label (第一节 → 指导思想, 主要目标 …): a stretch of at most
 * MAX_CONTENTS_TITLE characters with no sentence or clause mark from a 第X章/第X节 label to the next. A body's
 * heading with its text runs on to a full stop and is no such stretch.
 * Note: a plan flattened to one line (a database cell, a crawl that dropped line breaks) runs each heading straight into
 * its first sentence (第一节　强化生态空间管控全面落实…): the contents, which five-year plans print, say where it ends.
 */
export function contentsTitles(text: string): Map<string, string[]> {
  const marks = [...text.matchAll(CONTENTS_LABEL)];
  const titles = new Map<string, string[]>();
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k] as RegExpMatchArray;
    const from = (mark.index as number) + mark[0].length;
    const to = (marks[k + 1]?.index as number | undefined) ?? Math.min(text.length, from + MAX_CONTENTS_TITLE + 8);
    const stretch = text.slice(from, to);
    const title = stretch.slice((SPACES.exec(stretch)?.[0] ?? '').length).trimEnd();
    if (title.length < 2 || title.length > MAX_CONTENTS_TITLE || /[。；;：:！？]/.test(title)) continue;
    titles.set(mark[0], [...(titles.get(mark[0]) ?? []), title]);
  }
  return titles;
}
const MAX_CONTENTS_TITLE = 40;

/**
 * Where a heading the contents list ends when its text runs straight on (第一节　强化生态空间管控全面落实…): the offset
 * after the longest listed title of its label that the text starts with, or -1 when none does, when the text stops or
 * pauses right after it (a heading on a line of its own), or when the next label follows it and the title is not found
 * earlier (the contents' own entry).
 */
function listedHeadingEnd(text: string, at: number, label: string, titles: Map<string, string[]>): number {
  const from = at + label.length;
  const start = from + (SPACES.exec(text.slice(from, from + 8))?.[0] ?? '').length;
  let end = -1;
  for (const title of titles.get(label) ?? []) if (text.startsWith(title, start) && start + title.length > end) end = start + title.length;
  if (end < 0 || end >= text.length) return -1;
  const next = text[end] as string;
  // A heading followed by the next label is the contents' entry, unless the contents came before it: straight on, or after
  // a space where each line break became one (…第四章　保障措施 第一章　发展基础与面临形势 第一节　发展基础 “十三五”…).
  const gap = /^[ \t\u3000]*/.exec(text.slice(end, end + 4))?.[0].length ?? 0;
  const labelNext = /^第[一二三四五六七八九十]{1,3}[篇章节]/.test(text.slice(end + gap, end + gap + 6));
  // Note: past the space, which stays with the heading as with every line's piece.
  if (gap > 0 && labelNext) return text.lastIndexOf(text.slice(start, end), at - 1) < 0 ? -1 : end + gap;
  if (/[\s\u3000，。、；：！？,.;:!?）)」』”’]/.test(next)) return -1;
  return labelNext && text.lastIndexOf(text.slice(start, end), at - 1) < 0 ? -1 : end;
}

/** The labels of a line by style, each with its number and offset, in order. */
function labelsByStyle(text: string): Map<LabelStyle, Array<{ n: number; at: number }>> {
  const found = new Map<LabelStyle, Array<{ n: number; at: number }>>();
  // Note: a pattern of its own, as the caller is in the middle of a scan with INNER_LABEL.
  for (const m of text.matchAll(new RegExp(INNER_LABEL.source, 'g'))) {
    const label = recogniseLabel(text.slice(m.index as number, (m.index as number) + 12));
    if (label?.start === 0) found.set(label.style, [...(found.get(label.style) ?? []), { n: label.number, at: m.index as number }]);
  }
  return found;
}

/** Whether a label's next two numbers of its style come after it in the line, in order: the rest of a list of headings. */
function chainFollows(labels: Map<LabelStyle, Array<{ n: number; at: number }>>, style: LabelStyle, n: number, at: number): boolean {
  let want = n + 1;
  let from = at;
  for (const l of labels.get(style) ?? []) {
    if (l.at <= from || l.n !== want) continue;
    if (want === n + 2) return true;
    from = l.at;
    want++;
  }
  return false;
}

// The characters that make a word with 一 before 、 in a heading (统一、 合一、 之一、 唯一、 …), where 一、 is no label.
const WORD_WITH_ONE = /[统合之唯单同归划专不万逐第其一]/;

/**
 * Whether the 一、 at `at` opens the items of the chapter or section heading the piece holds (第一节　推进产业结构优化一、推动…):
 * five-year plans number the items of a 第X节 with 一、, and a flattened page glues the first to its heading. Only right
 * after a short heading of words (no clause mark), and not after a character that makes a word with 一 (统一、规范).
 */
function opensSection(text: string, at: number, before: string, pieceLabel: Label | null): boolean {
  if (!pieceLabel?.style.startsWith('di-') || /[，,：:、]/.test(before.slice(pieceLabel.contentStart))) return false;
  const prev = text[at - 1] ?? '';
  return /[ \t\u3000]/.test(prev) || (/[\u4e00-\u9fff]/.test(prev) && !WORD_WITH_ONE.test(prev));
}

/** The last character of a text, a half-width point right after a Han character read as the full stop 。. */
function asFullStop(text: string): string {
  const last = text.slice(-1);
  return last === '.' && /[\u4e00-\u9fff]/.test(text.slice(-2, -1)) ? '。' : last;
}

// A heading of words alone, with no sentence or clause mark: a heading with no body of its own.
const BARE_HEADING = /^[\u4e00-\u9fff“”"]{2,30}$/;

/**
 * Whether the text before a label is a heading with no body, ended by a space or a tab where its line break was
 * (（三）实施工业园区提升工程 （四）强化企业梯度培育…, 3、培育文创精品 （二）提升公共文化服务): a plan's outline lists a
 * heading so when its text is left to the items under it or to nobody, and flattened with a space for each line break
 * the next heading follows after that space. A space inside a sentence stands between words, not after a heading's
 * last word before the next label of the outline.
 */
function bodilessHeading(before: string, pieceLabel: Label, prevChar: string): boolean {
  return /[ \t\u3000]/.test(prevChar) && BARE_HEADING.test(before.slice(pieceLabel.contentStart).trim());
}

/**
 * Whether the item whose text starts at `from` carries a duty's bracket before the next label of its list ((2), 2.) or
 * within MAX_DUTY_ITEM characters.
 */
function closesOnDuty(text: string, from: number): boolean {
  const item = text.slice(from, from + MAX_DUTY_ITEM);
  const next = /[(（][2２][)）]|(?<![0-9])2[.．、]/.exec(item);
  return DUTY_BRACKET.test(next ? item.slice(0, next.index) : item);
}

// A measure's paragraph that opens with its lead sentence (推动企业上云上平台。建立…), after the duty's bracket that closed
// the paragraph before it (…。（责任单位：省经济和信息化厅、省财政厅）): 若干政策 and 若干措施 set each measure so under
// their chapters, with no number.
const DUTY_THEN_LEAD = new RegExp(
  `[。！？][\\s\u3000]*[（(][\\s\u3000]*(?:${UNIT_LABELS}|${labelAlternation(DUE_LABELS)})[\\s\u3000]*[：:][^（）()]{1,120}[）)][\\s\u3000]*(?=(?:[\u4e00-\u9fff“”《》]|[A-Za-z0-9]){4,20}。[^。]{10})`,
  'g',
);
// The same bracket closing a measure, whatever follows it (the chapter's only measure, the plan's closing clause).
const DUTY_CLOSES_SENTENCE = new RegExp(`[。！？][\\s\u3000]*[（(][\\s\u3000]*(?:${UNIT_LABELS}|${labelAlternation(DUE_LABELS)})[\\s\u3000]*[：:][^（）()]{1,120}[）)]`);
/** Lines shorter than this hold one paragraph: only a flattened line runs several measures together. */
const MIN_PARAGRAPHS = 200;

/** Where a measure's paragraph starts after the duty's bracket of the one before it, in a flattened line. */
function paragraphsAfterDuty(text: string): number[] {
  if (!text.includes('：') && !text.includes(':')) return [];
  return [...text.matchAll(DUTY_THEN_LEAD)].map((m) => (m.index ?? 0) + m[0].length).filter((at) => at < text.length);
}

// A page flattened with a space (or a tab) for each line break: a space after a sentence's end is a paragraph's
// break, and a measure's paragraph opening with its lead sentence follows it (…项目30个。 发展软件和信息服务业。新引进…),
// as 工作要点 and 若干措施 set their unnumbered measures under their chapters. Chapters' labels after such spaces (。 二、…,
// ） （三）…) tell a flattened page from a laid-out paragraph that spaces its sentences.
const SPACE_THEN_LEAD = /[。！？][ \t\u3000]+(?=(?:[\u4e00-\u9fff“”《》]|[A-Za-z0-9]){4,20}。[^。]{10})/g;
const SPACE_THEN_LABEL = /[。！？）)][ \t\u3000]+(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/g;

/** A line this short holds no two chapters with their measures. */
const MIN_FLATTENED_SPACES = 60;

/** Where a measure's paragraph starts after the space that stands for a line break, in a page flattened so. */
function paragraphsAfterSpace(text: string): number[] {
  if ((text.match(SPACE_THEN_LABEL)?.length ?? 0) < 2) return [];
  return [...text.matchAll(SPACE_THEN_LEAD)].map((m) => (m.index ?? 0) + m[0].length).filter((at) => at < text.length);
}

// A chapter's heading set off by a space from its first measure's lead sentence (一、支持工业互联网平台建设 培育各类…。…).
const HEADING_BEFORE_LEAD = /^[^。，,；;：:\s\u3000]{2,40}(?=[ \t\u3000]+(?:[\u4e00-\u9fff“”《》]|[A-Za-z0-9]){4,20}。)/;

/**
 * Where a chapter's heading ends when its first measure follows it after a space, in a piece of the line whose next
 * piece is a measure's paragraph cut after a duty's bracket (see paragraphsAfterDuty), or that holds such a bracket
 * itself: each measure a paragraph of its own, the first one too.
 */
function headingsOverParagraphs(text: string, cuts: readonly number[], paragraphs: readonly number[]): number[] {
  const out: number[] = [];
  const starts = [0, ...cuts];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] as number;
    const to = starts[k + 1] ?? text.length;
    if (!paragraphs.includes(to) && !DUTY_CLOSES_SENTENCE.test(text.slice(from, to))) continue;
    const label = recogniseLabel(text.slice(from, to));
    // Note: after the space a page flattened with spaces for its line breaks leaves before the label.
    if (label?.style !== 'cn-comma' || text.slice(from, from + label.start).trim() !== '') continue;
    const body = from + label.contentStart;
    const heading = HEADING_BEFORE_LEAD.exec(text.slice(body, to));
    if (heading) out.push(spacesAfter(text, body + heading[0].length));
    else {
      const glued = gluedLeadStart(text.slice(body, to));
      if (glued > 0) out.push(body + glued);
    }
  }
  return out;
}

// The verbs a measure's lead sentence opens with (培育物流龙头企业。, 推动企业上云上平台。); 发展 is left out, since it closes a
// chapter's heading as often (支持现代物流业发展).
const MEASURE_VERB = /^(?:培育|建设|鼓励|支持|推动|促进|加快|实施|开展|推进|加强|完善|提升|打造|强化|深化|优化|拓展|设立|组织|引导|扩大|落实|健全|构建|引进|做强|做大|壮大)/;
// A chapter's heading glued to its first measure's lead sentence, up to the lead's full stop, with no clause mark.
const GLUED_HEAD_AND_LEAD = /^[^。，,；;：:！？\s\u3000]{8,50}(?=。)/;

/**
 * Where the first measure's lead sentence starts in a chapter's heading glued to it with no space (支持现代物流业发展培育物流
 * 龙头企业。对…): at the last verb that opens a lead of 4 to 20 characters after a heading of at least 4, or 0 for none.
 */
function gluedLeadStart(piece: string): number {
  const both = GLUED_HEAD_AND_LEAD.exec(piece)?.[0];
  if (!both) return 0;
  for (let k = both.length - 4; k >= 4; k--) {
    if (both.length - k > 20) break;
    // Note: not inside a quote or a title (“强链补链延链”).
    const head = both.slice(0, k);
    if (MEASURE_VERB.test(both.slice(k)) && (head.match(/[“《]/g)?.length ?? 0) === (head.match(/[”》]/g)?.length ?? 0)) return k;
  }
  return 0;
}

/** The place after the spaces at `at` (a page flattened with spaces for its line breaks sets one between its parts). */
export function spacesAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[\s\u3000]/.test(text[i] as string)) i++;
  return i;
}

/**
 * A piece of a line as a line of its own, keeping the source offsets of its characters.
 *
 * @param line The line.
 * @param from The piece's first character.
 * @param to The character after its last.
 * @param index The piece's index among the lines.
 * @returns The piece.
 */
export function sliceLine(line: SourceLine, from: number, to: number, index: number): SourceLine {
  return { index, text: line.text.slice(from, to), start: line.map ? (line.map[from] ?? line.start) : line.start + from, map: line.map ? line.map.slice(from, to) : null };
}

/**
 * Push the pieces of a line between its cuts (ascending offsets inside it), each a line of its own, skipping empty ones.
 *
 * @param line The line.
 * @param cuts Where it is cut.
 * @param out The lines so far, which the pieces are numbered after.
 */
export function pushPieces(line: SourceLine, cuts: readonly number[], out: SourceLine[]): void {
  let from = 0;
  for (const at of [...cuts, line.text.length]) {
    if (at > from) out.push(sliceLine(line, from, at, out.length));
    from = at;
  }
}

/**
 * Cut each line at the offsets `cutsOf` gives it (ascending), each piece a line of its own; a line without cuts is kept
 * whole. The lines are renumbered in order; when no line is cut, the same array comes back.
 *
 * @param lines The file's lines.
 * @param cutsOf Where a line is cut (ascending offsets inside it; none to keep it whole).
 * @returns The lines after cutting.
 */
export function cutLines(lines: readonly SourceLine[], cutsOf: (line: SourceLine) => readonly number[]): SourceLine[] {
  const out: SourceLine[] = [];
  let changed = false;
  for (const line of lines) {
    const cuts = cutsOf(line);
    if (cuts.length === 0) {
      out.push(out.length === line.index ? line : { ...line, index: out.length });
      continue;
    }
    changed = true;
    pushPieces(line, cuts, out);
  }
  return changed ? out : (lines as SourceLine[]);
}

/**
 * Split lines on which a page ran headings and items together (a page flattened to one long line: 一、…（一）…1．…)
 * into one line per item, so the outline reads them as on a well-formed page. A label inside a line starts a new
 * line only when it continues its numbering style's sequence (the next number, or 1 under a new parent) and stands
 * after the end of a sentence or clause, or right after a short heading with no full stop (…持续发展1.加强…). The
 * pieces keep their source offsets, so positions still point at the original text.
 *
 * @param lines The file's lines.
 * @returns The lines with run-on items split off, renumbered in order.
 */
export function splitRunOnLines(lines: readonly SourceLine[]): SourceLine[] {
  // Styles nest in the order they first appear (as in the outline); numbering restarts at 1 only under a new parent.
  const rank = new Map<LabelStyle, number>();
  const last = new Map<LabelStyle, { n: number; seq: number }>();
  let seq = 0;
  const rankOf = (style: LabelStyle): number => rank.get(style) ?? rank.size;
  const follows = (style: LabelStyle, n: number): boolean => {
    const before = last.get(style);
    if (!before) return n === 1;
    if (n === before.n + 1) return true;
    if (n !== 1) return false;
    // A parent heading since this style's last label starts its numbering again.
    return [...last].some(([other, at]) => rankOf(other) < rankOf(style) && at.seq > before.seq);
  };
  const see = (style: LabelStyle, n: number): void => {
    if (!rank.has(style)) rank.set(style, rank.size);
    last.set(style, { n, seq: ++seq });
  };
  const out: SourceLine[] = [];
  let changed = false;
  for (const line of lines) {
    const text = line.text;
    const head = recogniseLabel(text);
    if (head) see(head.style, head.number);
    // Note: a plan's title starts a document of its own, numbered from 一、 again (a notice that issues two plans,
    // 若干政策 then 行动计划, or a file of several), as a parent heading restarts its children's numbers.
    else if (last.size > 0 && text.length <= 60 && titleKind(text) !== null) last.clear();
    if (text.length < 8) {
      out.push(out.length === line.index ? line : { ...line, index: out.length });
      continue;
    }
    let pieceStart = 0;
    let pieceLabel = head;
    // Where a box's caption starts the current piece, if it does; the style of the open box's items (null before the
    // first, undefined out of a box), which a label of another style closes.
    // Note: a line may open with the caption, its first item glued to it where the box's lines were joined (专栏1　重点
    // 工程1.智能化煤矿建设工程：…, a paragraph a line).
    const boxed = BOX_START.test(text);
    let boxAt = boxed && head === null ? 0 : -1;
    let boxStyle: LabelStyle | null | undefined = boxed ? null : undefined;
    const cuts: number[] = [];
    let titles: Map<string, string[]> | undefined;
    let inLine: Map<LabelStyle, Array<{ n: number; at: number }>> | undefined;
    INNER_LABEL.lastIndex = 0;
    // Note: a match at or before the line's own label's content is passed over below, so a line with no candidate after it is done.
    const scan = mayHoldInnerLabel(text, head ? head.contentStart : 0);
    for (let m = scan ? INNER_LABEL.exec(text) : null; m; m = INNER_LABEL.exec(text)) {
      const at = m.index;
      if (at === 0 || at <= (pieceLabel ? pieceStart + pieceLabel.contentStart : pieceStart)) continue;
      // A box run on after a sentence (…等新型基础设施。专栏1　新型基础设施重点工程1.…): five-year plans set one after
      // the paragraph it illustrates; its caption starts a line, as on the page, and its first item may be glued to it.
      // Note: not inside another box's run of items (专栏8…（十一）…。专栏9…): where that box ends is not known there, and a
      // box set apart at a chapter's end would stand as a chapter of its own.
      if (m[0].includes('专栏')) {
        if (boxStyle === undefined && /[。！？]/.test(text.slice(pieceStart, at).trimEnd().slice(-1))) {
          if (cuts.at(-1) !== at) cuts.push(at);
          pieceStart = at;
          pieceLabel = null;
          boxAt = at;
          boxStyle = null;
        }
        continue;
      }
      const label = recogniseLabel(text.slice(at));
      if (!label || label.start !== 0) continue;
      const before = text.slice(pieceStart, at);
      // Note: a half-width point after Chinese words is a full stop typed with a Latin keyboard (…抽查3000批次以上. 3.推进…),
      // read as 。: after a Han character it is no decimal point and no abbreviation's.
      const prev = asFullStop(before.trimEnd());
      // A two-level number starts an item only after a sentence or a duty's bracket, or glued to its group's heading as
      // its first (…产业项目1.1 某项目…), and never before a unit (…。1.5公里…).
      // Note: glued, only to a short heading of words (a group's name) under a Chinese numeral's label, as a figure in a
      // sentence follows words too (…降低到3.1以下).
      const groupHeading = label.number === 1 && (pieceLabel?.style === 'cn-paren' || pieceLabel?.style === 'cn-comma') && /^[\u4e00-\u9fff“”]{2,20}$/.test(before.slice(pieceLabel.contentStart).trim());
      if (label.style === 'arabic-decimal' && (!DECIMAL_LABEL.test(m[0]) || DECIMAL_UNIT.test(text.slice(at + m[0].length, at + m[0].length + 2)) || !(/[。！？；;）)]/.test(prev) || groupHeading))) continue;
      // Note: after a full stop, a label before Chinese text starts an item even out of sequence: a page flattened whole
      // loses the line breaks of every item, and one label not read (a heading glued to its body) broke the sequence
      // for the rest of the document. Inside a sentence a number is written without a label (2.5倍, 第3项).
      if (label.style === 'arabic-comma' && ENUMERATED_NUMBER.test(text[at + label.contentStart] ?? '')) continue;
      // So does a part, chapter or section label (第二篇, 第二章, 第三节) after a full stop: a table of contents run on before the body
      // (…严格评估考核第一章　全国…) hides the first chapter, and every later one was then out of sequence.
      const afterSentence =
        /[。！？]/.test(prev) &&
        (((label.style === 'arabic-dot' || label.style === 'arabic-comma') && /[\u4e00-\u9fff“]/.test(text[at + label.contentStart] ?? '')) ||
          ((label.style === 'di-part' || label.style === 'di-chapter' || label.style === 'di-section') && /[\u4e00-\u9fff“\s\u3000]/.test(text[at + label.text.length] ?? '')));
      // Note: the first item of a list met before at another depth opens the list of the heading it is glued to, whatever
      // depth its style first had: a plan that skips a level uses 1. under a chapter and under its sections alike (一、…1．…
      // then 二、…（一）扩大…1．新建…). Numbered 1, after a short heading with no full stop or semicolon.
      const opensHeading =
        label.number === 1 &&
        (label.style !== 'cn-comma' || opensSection(text, at, before, pieceLabel)) &&
        (pieceLabel !== null ? label.style !== pieceLabel.style : boxAt === pieceStart && (pieceStart > 0 || BOX_CAPTION.test(before))) &&
        (!/[。；;]/.test(before) ||
          (STOPPED_HEADING.test(before.slice(pieceLabel?.contentStart ?? 0)) && (closesOnDuty(text, at + label.text.length) || (pieceLabel?.style === 'cn-comma' && (label.style === 'arabic-paren' || label.style === 'circled'))))) &&
        before.length - (pieceLabel?.contentStart ?? 0) <= MAX_GLUED_HEADING;
      // Note: (1) enumerates inside a sentence (包括：（1）…；（2）…) and inside an item's paragraph (…。（1）…。（2）…), so it
      // starts an item only as the first item of a heading glued to it (一、兜牢民生底线（1）完善…, the plan's items one level
      // under its chapters), and then each next number after a full stop.
      // So do ① and ⑴, which Word's numbering sets for the items of a county's or a district's list (一、稳定粮食生产①…).
      const enumerating = label.style === 'arabic-paren' || label.style === 'circled';
      if (enumerating && !opensHeading && !(pieceLabel?.style === label.style && pieceLabel.number === label.number - 1 && (/[。！？]/.test(prev) || DUTY_BRACKET_END.test(before)))) continue;
      // Note: an article's number is set off by a space (第一条　为了…) or followed by the next two in the line; 第一条 in a
      // sentence counts a thing (第一条示范线长10公里).
      if (label.style === 'di-article' && !/[ \t\u3000]/.test(text[at + label.text.length] ?? '') && !chainFollows((inLine ??= labelsByStyle(text)), label.style, label.number, at)) continue;
      const inSequence = opensHeading || follows(label.style, label.number);
      // A list of headings that lost its line breaks and full stops (…增创产业发展新优势(一)布局…(二)培育…(三)开放…): a label
      // after Chinese text or a sentence whose next two numbers follow it in the line, in order; from any number when the list's
      // start was lost as well (一、 misread by OCR). Not before a numeral, which enumerates numbers in prose (二、三产业).
      const next = text[at + label.contentStart] ?? '';
      const chainable =
        (label.style === 'cn-paren' || label.style === 'cn-comma') &&
        (inSequence || !last.has(label.style)) &&
        (/[\u4e00-\u9fff”"]/.test(prev) || ENDS_BEFORE_ITEM.test(prev)) &&
        /[\u4e00-\u9fff“"]/.test(next) &&
        !/[一二三四五六七八九十两]/.test(next);
      const afterLeader = /[0-9０-９]/.test(prev) && CONTENTS_LEADER.test(before);
      if (!inSequence && !afterSentence && !chainable && !afterLeader) continue;
      // Note: only the next label of the sequence, after the value of a duty's label (…完成时限：长期坚持 （二）提升…, …省生态环境厅4.煤炭…).
      const punctuated = ENDS_BEFORE_ITEM.test(prev) || (inSequence && DUTY_VALUE_END.test(before.trimEnd()));
      // The next item of the same list whose full stop was lost (…集聚发展7.狠抓…, …建设格局，17.提升…): its number
      // is the exact successor, written with a digit or in parentheses, between Chinese text.
      const successor =
        label.style !== 'cn-comma' &&
        pieceLabel?.style === label.style &&
        label.number === pieceLabel.number + 1 &&
        /[\u4e00-\u9fff，,”"]/.test(prev) &&
        /[\u4e00-\u9fff“"]/.test(text[at + label.contentStart] ?? '') &&
        before.length >= 20;
      // The next label of the outline after a heading with no body and the space that stands for its line break
      // (…3、培育文创精品 （二）提升公共文化服务…, （一）加强组织领导 （二）强化资金保障). Not before a numeral (二、三产业).
      const afterBare = inSequence && pieceLabel !== null && bodilessHeading(before, pieceLabel, text[at - 1] ?? '') && !/[一二三四五六七八九十两]/.test(next);
      // Note: only a label with a digit or parenthesis can be glued to a heading's last character; 一、 after a
      // character is prose (合一、统一、之一、).
      const glued =
        opensHeading ||
        (label.style !== 'cn-comma' &&
          pieceLabel !== null &&
          rankOf(label.style) > rankOf(pieceLabel.style) &&
          !/[。；;]/.test(before) &&
          before.length - pieceLabel.contentStart <= MAX_GLUED_HEADING);
      // A chapter's 一、 right after the preamble's closing words, its full stop lost (…结合实际，制定如下措施一、强化…).
      const afterPreamble = label.style === 'cn-comma' && label.number === 1 && !last.has('cn-comma') && PREAMBLE_END.test(before);
      // The next chapter of the document (…助力数字经济发展二、深化…): the exact successor of the last 一、-style label,
      // between Chinese text. Note: only from 二 on, since a lone 一、 after a character is prose (合一、统一、之一、); and
      // not before another numeral, which enumerates numbers in prose (二、三产业, 二、三级医院).
      const nextChapter =
        label.style === 'cn-comma' &&
        label.number >= 2 &&
        last.get('cn-comma')?.n === label.number - 1 &&
        /[\u4e00-\u9fff”"]/.test(prev) &&
        /[\u4e00-\u9fff“"]/.test(text[at + label.contentStart] ?? '') &&
        !/[一二三四五六七八九十两]/.test(text[at + label.contentStart] ?? '') &&
        before.length >= 20;
      // Note: a chapter label is cut only after a full stop or from a part heading it opens (第三篇…第十三章…); a table
      // of contents lists 第一章 第二章 on one line.
      // A heading the contents list, with its text run straight on, ends where the contents say (see contentsTitles).
      const listedEnd = label.style.startsWith('di-') ? listedHeadingEnd(text, at, label.text, (titles ??= contentsTitles(text))) : -1;
      const cut = label.style.startsWith('di-')
        ? prev === '。' || glued || listedEnd >= 0 || afterLeader
        : punctuated || glued || successor || afterPreamble || nextChapter || afterLeader || afterBare || (chainable && chainFollows((inLine ??= labelsByStyle(text)), label.style, label.number, at));
      if (!cut) continue;
      // A closing chapter with no number of its own between the last item and its first (…（责任单位：市人才办）保障措施（一）
      // 加强组织领导。…): a line of its own, as laid out.
      const closing = CLOSING_BEFORE.exec(before);
      if (closing && CHAPTER_NAME.test(closing[1] ?? '')) {
        const name = pieceStart + (closing.index ?? 0) + closing[0].length - closing[0].trimStart().length;
        if (name > pieceStart && cuts.at(-1) !== name) cuts.push(name);
      }
      // Note: a heading ended by the next label is cut there by that label too.
      if (cuts.at(-1) !== at) cuts.push(at);
      if (listedEnd >= 0) cuts.push(listedEnd);
      // Note: a contents entry's label (its leader and page number follow) numbers no part of the body, whose own 一、
      // starts the sequence again.
      if (!CONTENTS_ENTRY.test(text.slice(at, at + MAX_CONTENTS_ENTRY))) see(label.style, label.number);
      if (boxStyle === null) boxStyle = label.style;
      else if (boxStyle !== undefined && boxStyle !== label.style) boxStyle = undefined;
      pieceStart = at;
      pieceLabel = label;
    }
    // Note: the spaces' paragraphs on a line of any length: the chapters' labels after spaces say it is flattened.
    const paragraphs = [...(text.length >= MIN_PARAGRAPHS ? paragraphsAfterDuty(text) : []), ...(text.length >= MIN_FLATTENED_SPACES && /[。！？][ \t\u3000]/.test(text) ? paragraphsAfterSpace(text) : [])];
    for (const at of paragraphs) if (!cuts.includes(at)) cuts.push(at);
    cuts.sort((a, b) => a - b);
    if (paragraphs.length > 0) for (const at of headingsOverParagraphs(text, cuts, paragraphs)) cuts.push(at);
    cuts.sort((a, b) => a - b);
    if (cuts.length === 0) {
      out.push(out.length === line.index ? line : { ...line, index: out.length });
      continue;
    }
    changed = true;
    let from = 0;
    for (const at of [...cuts, text.length]) {
      const piece = sliceLine(line, from, at, out.length);
      from = at;
      // Note: a contents entry cut off after its page number is dropped, as on a line of its own (see dropPageFurniture).
      if (!isTocEntry(piece.text)) out.push(piece);
    }
  }
  return changed || out.length !== lines.length ? out : (lines as SourceLine[]);
}
