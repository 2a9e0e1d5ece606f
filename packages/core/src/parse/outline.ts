import { parseChineseInteger } from '../_utils/chinese-numerals.js';
import { enumerates } from './run-on-bullets.js';
import { isDebris } from './debris.js';
import { readDutyClause } from './duty-clause.js';
import { DUE_LABELS, LEAD_LABELS, labelAlternation, PERSON_LABELS, RESPONSIBLE_LABELS, SUPPORT_LABELS } from './duty-labels.js';
import { recogniseLabel, type Label, type LabelStyle } from '../text/numbering.js';
import { CHAPTER_NAME, sectionRole } from './section-role.js';
import type { LineSpan, SourceLine } from '../text/source-lines.js';

/** An outline node: a numbered heading or item, or a paragraph led by a phrase such as 数智教育领域. */
export interface OutlineNode {
  label: Label | null;
  /**
   * `box` is a 专栏 (a box of measures or figures set apart from the text); `lead-phrase` a paragraph led by a phrase;
   * `heading` a chapter heading that lost its number.
   */
  style: LabelStyle | 'lead-phrase' | 'box' | 'heading';
  /** The title; a title continued on the next line has a second span. */
  title: LineSpan[];
  /** Where the body starts on the heading line, if it does (after 。). */
  inlineBody: LineSpan | null;
  /** Unlabelled lines that follow the heading, up to the first child: intro text or the item's body. */
  paragraphs: number[];
  children: OutlineNode[];
  /** Index of the heading line. */
  line: number;
  /** Index of the last line that belongs to the node, children included. */
  lastLine: number;
}

export interface Outline {
  /** Unlabelled lines before the first heading. */
  preamble: number[];
  nodes: OutlineNode[];
}

// Note: a title is the text before the first 。 when that comes early; a longer first sentence is no title.
const MAX_TITLE = 60;
const LEAD_PHRASE = /^([\u4e00-\u9fff“”"‘’]{2,12}?(?:领域|方面|板块|行业|方向|场景))[，,：:]/;
// A paragraph that opens with its heading as a short sentence of its own (培育各类工业互联网平台。重点培育…): the 主旨句
// of official prose. No clause breaks, digits or dates inside it, and a body after it on the same line.
// Note: a name of letters and digits may stand in it (推进5G覆盖。, 发展AI产业。), which no date or figure is.
// Note: a space may follow the 。 where bold markup closed the sentence (**打造文旅品牌。** 培育…).
const LEAD_SENTENCE = /^((?![到至截])(?:[\u4e00-\u9fff“”"‘’《》]|[0-9]{0,2}[A-Za-z][A-Za-z0-9]{0,5}){4,20})。[ \u3000]*(?=\S)/;
// A bullet a Word or web list draws before each item (● 建设算力中心。…): no part of the item's words.
const BULLET = /^[●•◆◇■□▲▶►➢★☆▪◎○](?:[ \t\u3000]*)/;
// The dash official prose sets a measure off by under a chapter of tasks (——建设高标准农田。…, -- in PDF or OCR text),
// as a list draws a bullet; under a goals or context heading it sets off a goal (——数字基础设施更加完善。) or a
// principle, which stays in its section.
const DASH_BULLET = /^(?:——|－－|--)(?:[ \t\u3000]*)/;
// A box heading: 专栏1 基础理论, 专栏 3：重点工程. Its numbered items are measures of the box, not the plan's tasks.
// Note: five-year plans of every level and sector set their boxes so, and also in square brackets (【专栏2】重点工程, as the
// box's caption is typeset in a frame) or, when a plan has a single box, without a number (专栏　重点项目, 专栏：…); an
// unnumbered one is a caption alone on its line, short and no sentence (专栏内容… in prose is none).
const BOX_HEADING = /^(?:[【［[][ \t\u3000]*)?专栏[ \t\u3000]*(?:[0-9０-９一二三四五六七八九十]{1,3}(?![0-9０-９])|(?=[】］\]：: \t\u3000]))/;

/** Whether a line's text (from its first character) is a box's caption. */
function isBoxHeading(text: string): boolean {
  const m = BOX_HEADING.exec(text);
  if (!m) return false;
  return /[0-9０-９一二三四五六七八九十]$/.test(m[0]) || (text.trimEnd().length <= 40 && !/[。；;]/.test(text));
}

// A heading of Chinese words set off by a space from a body that starts with Chinese words.
// Note: four characters make a heading: most chapter names have four (发展目标 到2026年…, 保障措施 各部门要…).
// Note: the body may open with a quoted name (发展基础 “十四五”以来…, 重点任务 《规划》提出…), as a sentence often does.
const SPACED_TITLE = /^([\u4e00-\u9fff“”"‘’《》、]{3,29}?[\u4e00-\u9fff”》])[ \t\u3000]+(?=[\u4e00-\u9fff“《])/;

// The standard names of the chapters that frame a plan (see splitHeadingAt), and of those that state its ground (发展基础
// “十四五”以来…), when Chinese text, a quote or a year follows them
// at once, neither a conjunction nor a word that makes a longer name (任务, 体系, 要求, 和, 与, 及, 、).
// Note: 发展基础, 发展现状 and 发展环境 also open a verb's phrase (发展基础设施, 发展环境保护产业): they are read as names
// only before a quoted period or a year (发展基础“十四五”以来…, 发展现状2024年…).
// Note: so is 附则, the closing chapter of 若干措施 and 办法 (四、附则本措施自印发之日起施行…), too short for a heading set off by
// a space (SPACED_TITLE), so a space may stand before the text after these names.
// Note: so is a compound of these with what the plan faces (发展基础与形势“十四五”期间…, 发展基础与面临形势“十四五”时期…,
// 发展环境与机遇2024年…), as five-year plans name their first chapter.
// Note: so is the goals chapter under any two-character name (行动目标, 建设目标, 预期目标, 年度目标, 三年目标) when its
// first sentence opens with the year or period it aims at (行动目标到2025年底…, 预期目标2025年，…, 建设目标“十五五”开局
//三年…), as every goals chapter does; a verb's object (实现目标, 完成目标) is no name. And 工作要求, the closing chapter of
// 工作要点 and 方案 whose paragraph asks the units to act (三、工作要求各单位要高度重视…). A year's plan opens its goals
// with 全年, 今年 or 年内 as often (一、攻坚目标全年实施重大项目60个…). So does a chapter named 目标任务 (任务目标, 目标和任务),
// which states goals when no item stands under it (section-role.ts): 一、目标任务到2024年底，全区…二、重点任务….
const FRAME_NAME = /^(?:(?:指导思想|基本原则|工作原则|总体要求|总体目标|发展目标|主要目标|工作目标|工作要求|保障措施|面临形势|附则)(?=[\s\u3000]*[\u4e00-\u9fff“0-9])|(?:发展基础|发展现状|发展环境|现实基础)(?:[与和及、](?:面临的?)?(?:形势|机遇|挑战|环境|问题))*(?=[“0-9])|(?:目标任务|任务目标|目标和任务)(?=[\s\u3000]*(?:(?:[到至][\s\u3000]*)?(?:(?:19|20)\d{2}|“十[一二三四五六七八九]五”)|全年|今年|年内))|(?!实现|完成|确保|锚定|对标|达成|落实|围绕|聚焦)[\u4e00-\u9fff]{2}目标(?=[\s\u3000]*(?:(?:[到至][\s\u3000]*)?(?:(?:19|20)\d{2}|“十[一二三四五六七八九]五”)|全年|今年|年内)))(?![和与及暨并任体要分清])/;

// A short heading ended by a colon, before any sentence or clause break; the body must follow on the line.
// Note: a space may stand between the colon and the body where a page joined its lines with spaces (工作目标： 确保…).
const HEADING_COLON = /^([^。，,；;：:（）()]{2,24})[：:](?=[ \t\u3000]*\S)/;

function trimmedRange(text: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  return [a, b];
}

// A heading's score in its bracket: 30分, 8 分, 2.5分, 满分10分, 权重10%.
const SCORE = /^[\s\u3000]*(?:满分|分值|权重)?[\s\u3000]*[0-9０-９]{1,3}(?:[.．][0-9]{1,2})?[\s\u3000]*(?:分|%|％)[\s\u3000]*$/;

/**
 * Where a title ends without the duty bracket that closes it (推进老旧街区有机更新（区商务局牵头，各街道配合）。…): who does
 * the item is said of the item, as a duty bracket after its last sentence is, and is no part of its name; nor the score
 * bracket of an assessment's heading.
 */
function endBeforeDuty(text: string, from: number, to: number): number {
  const close = text.charCodeAt(to - 1);
  if (close !== 0xff09 && close !== 0x29) return to;
  let depth = 0;
  for (let k = to - 1; k > from; k--) {
    const c = text.charCodeAt(k);
    if (c === 0xff09 || c === 0x29) depth++;
    else if ((c === 0xff08 || c === 0x28) && --depth === 0) {
      // Note: only a bracket that names a duty's verb or label is read (most brackets in titles are names or years).
      const inner = text.slice(k + 1, to - 1);
      // Note: nor is the score an assessment's heading carries (一、经济发展（30分）, （一）招商引资（14分）), as 考核细则 and
      // 考核办法 weigh each heading: the score is said of the heading and is no part of its name.
      if (k - from >= 2 && SCORE.test(inner)) return trimmedRange(text, from, k)[1];
      const clause = k - from >= 4 && /牵头|负责|配合|单位|部门|落实|统筹/.test(inner) ? readDutyClause(inner) : null;
      return clause && (clause.lead.length > 0 || clause.responsible !== null) ? trimmedRange(text, from, k)[1] : to;
    }
  }
  return to;
}

/** Split a heading line into title and inline body. */
function splitHeading(line: SourceLine, contentStart: number): { title: LineSpan; inlineBody: LineSpan | null } {
  const split = splitHeadingAt(line, contentStart);
  let to = endBeforeDuty(line.text, split.title.from, split.title.to);
  // Note: a heading alone on its line may end with the colon that leads into its body below (（一）加强组织领导：); the
  // colon is no part of its name.
  if (to - split.title.from > 2 && /[：:]/.test(line.text[to - 1] ?? '')) to--;
  // Note: nor is the semicolon that ends an item of a list of clauses (①推进…景区；, 1.推出…线路；), whose last item ends
  // with a full stop or nothing.
  else if (to - split.title.from > 2 && /[；;]/.test(line.text[to - 1] ?? '')) to--;
  return { ...split, title: { ...split.title, to } };
}

// Words that open a plan's sentence and seldom stand inside a heading or in the middle of a long first clause (坚持, 聚焦,
// 围绕, 立足, 鼓励, 依托 …, 到2027年): where a heading with no full stop ran on into its body (产业集群提质场景鼓励“十强产业”…),
// as a page flattened to one line sets it, or a bold heading that lost its weight in its paragraph, the body starts there.
// Note: counted on the seeds, the development set and 300 generated plans: on 305 headings with no full stop joined to the
// body on their next line, these cut 50 where the heading ends and 4 elsewhere; in the 2,265 laid-out items whose first
// clause is over 12 characters, where any cut is wrong, 3. Left out, each wrong more often than right there or in the
// parse oracle's real documents: 进一步, 积极, 继续, 按照, 结合, 各地区…, a year or “十四五” (inside titles of plans).
const BODY_OPENER = /^(?:坚持|聚焦|紧紧围绕|围绕|立足|针对|以习近平|鼓励|大力|充分|依托|到(?:19|20)\d{2}年)/;
const FIRST_CLAUSE_END = /[。，,；;：:！？!?]/;
// A sentence's full stop: 。, or a half-width point right after a Han character and before no digit.
const FULL_STOP = /。|(?<=[\u4e00-\u9fff])\.(?![0-9])/;

/**
 * Where a heading that ran on into its body ends, or -1: only in a first clause longer than most headings (over 12
 * characters without a mark), at the first body opener after four characters and by the twentieth, outside
 * brackets and quotes, with a clause of the body's own after it.
 */
function runOnHeadingEnd(rest: string): number {
  const clauseEnd = FIRST_CLAUSE_END.exec(rest)?.index ?? rest.length;
  if (clauseEnd <= 12) return -1;
  let depth = 0;
  for (let k = 0; k <= 20 && k < clauseEnd; k++) {
    const c = rest[k] ?? '';
    if (k >= 4 && depth === 0 && /[\u4e00-\u9fff”》）)]/.test(rest[k - 1] ?? '') && BODY_OPENER.test(rest.slice(k, k + 8))) return clauseEnd - k >= 4 ? k : -1;
    if ('《“（(【'.includes(c)) depth++;
    else if ('》”）)】'.includes(c)) depth = Math.max(0, depth - 1);
  }
  return -1;
}

function splitHeadingAt(line: SourceLine, contentStart: number): { title: LineSpan; inlineBody: LineSpan | null } {
  const text = line.text;
  const [from, to] = trimmedRange(text, contentStart, text.length);
  const rest = text.slice(from, to);
  // A title set off by square brackets (【强化安全保障】落实…) or ended by a colon (加强组织领导：成立…): the body follows.
  const marked = /^【([^【】]{2,30})】/.exec(rest) ?? HEADING_COLON.exec(rest);
  if (marked) {
    const inner = rest.startsWith('【') ? 1 : 0;
    const [bFrom, bTo] = trimmedRange(text, from + marked[0].length, to);
    return { title: { line: line.index, from: from + inner, to: from + inner + (marked[1] ?? '').length }, inlineBody: bTo > bFrom ? { line: line.index, from: bFrom, to: bTo } : null };
  }
  // A chapter of a plan's frame named by its standard name and run straight into its first sentence (指导思想坚持以…,
  // 总体目标到2025年…): a page that set the name in bold in the paragraph (<strong>一、指导思想</strong>坚持…) loses the
  // weight, and a page flattened to one line its line break. The names are the fixed ones of 实施方案, 行动计划 and 意见 at
  // every level; a longer name (总体要求和主要目标, 工作目标任务) is not cut.
  // Note: a short predicate after the name is a heading's own (保障措施落实到位。), no sentence of the chapter.
  const named = FRAME_NAME.exec(rest);
  const sentence = named ? rest.slice(named[0].length).split('。', 1)[0] ?? '' : '';
  if (named && rest.length - named[0].length >= 8 && sentence.length >= 6) {
    const [bFrom, bTo] = trimmedRange(text, from + named[0].length, to);
    return { title: { line: line.index, from, to: from + named[0].length }, inlineBody: { line: line.index, from: bFrom, to: bTo } };
  }
  const runOn = runOnHeadingEnd(rest);
  if (runOn > 0) {
    const [bFrom, bTo] = trimmedRange(text, from + runOn, to);
    return { title: { line: line.index, from, to: from + runOn }, inlineBody: { line: line.index, from: bFrom, to: bTo } };
  }
  // Note: a half-width point after Chinese words is a full stop typed with a Latin keyboard (开展隐患排查整治.全年检查…).
  const stop = FULL_STOP.exec(rest)?.index ?? -1;
  // A title set off from its body by a space instead of 。 (加强行业安全监管 全面开展隐患排查…), as bold titles
  // lose their weight in text copied from a page or a PDF.
  const spaced = SPACED_TITLE.exec(rest);
  if (spaced && (stop < 0 || stop > spaced[0].length) && rest.length - spaced[0].length >= 10) {
    const [bFrom, bTo] = trimmedRange(text, from + spaced[0].length, to);
    return { title: { line: line.index, from, to: from + (spaced[1] ?? '').length }, inlineBody: { line: line.index, from: bFrom, to: bTo } };
  }
  if (stop > 0 && stop <= MAX_TITLE) {
    const [bFrom, bTo] = trimmedRange(text, from + stop + 1, to);
    // Note: without the space a web page sets before the full stop (加强值班值守 。).
    return { title: { line: line.index, from, to: from + rest.slice(0, stop).trimEnd().length }, inlineBody: bTo > bFrom ? { line: line.index, from: bFrom, to: bTo } : null };
  }
  if (stop < 0 && rest.length <= MAX_TITLE) return { title: { line: line.index, from, to }, inlineBody: null };
  // A long first sentence: take its first clause as the title, the rest as body.
  const clause = /[，,；;：:]/.exec(rest);
  const cut = clause && clause.index > 0 && clause.index <= 40 ? clause.index : Math.min(stop > 0 ? stop : rest.length, MAX_TITLE);
  const [bFrom, bTo] = trimmedRange(text, from + cut + 1, to);
  return { title: { line: line.index, from, to: from + cut }, inlineBody: bTo > bFrom ? { line: line.index, from: bFrom, to: bTo } : null };
}

function isContentLine(line: SourceLine | undefined): line is SourceLine {
  return line !== undefined && line.text.trim() !== '' && !isDebris(line.text);
}

/**
 * A short heading whose words run on to a short next line (the title was
 * wrapped): 1.推进数据基础设施 / 建设. The next line must be short, carry no
 * punctuation, and be followed by more text.
 */
function titleContinuation(lines: readonly SourceLine[], i: number, title: LineSpan): LineSpan | null {
  const next = lines[i + 1];
  const after = lines[i + 2];
  if (title.to - title.from > 30 || !isContentLine(next) || !isContentLine(after)) return null;
  // Note: a line that lost Markdown syntax (a heading, a list item) starts something new; it never ends a wrapped title.
  if (next.map !== null) return null;
  const t = next.text.trim();
  if (t.length > 15 || /[。，,；;：:、！？!?（）()]/.test(t) || recogniseLabel(t) || LEAD_PHRASE.test(t)) return null;
  if (after.text.trim().length <= t.length) return null;
  const [from, to] = trimmedRange(next.text, 0, next.text.length);
  return { line: next.index, from, to };
}

// Arabic numbers with a point, a 、 or nothing after them are one numbering written carelessly (1. 2. 3、 4.).
const ARABIC_FAMILY: ReadonlySet<LabelStyle> = new Set(['arabic-dot', 'arabic-comma', 'arabic-bare']);

/**
 * The style a label counts as in the outline: its own, unless it is the next number of an open list of the same
 * family written with another separator (3、 after 1. and 2.), which it continues rather than nests under.
 */
function continuedStyle(label: Label, styles: ReadonlyArray<LabelStyle | 'lead-phrase' | 'box' | 'heading'>, stack: readonly OutlineNode[]): LabelStyle {
  if (styles.includes(label.style) || !ARABIC_FAMILY.has(label.style)) return label.style;
  for (let k = styles.length - 1; k >= 0; k--) {
    const open = styles[k];
    if (open !== undefined && open !== label.style && ARABIC_FAMILY.has(open as LabelStyle) && stack[k]?.label?.number === label.number - 1) return open as LabelStyle;
  }
  return label.style;
}

/**
 * Build the outline of a plan from its lines. Numbering styles nest in the
 * order they first appear (a style seen again closes everything below it), so
 * 一、/(一)/1. and a flat 1. list both come out right without a fixed ranking.
 *
 * @param lines The file's lines.
 * @param from First line of the plan's content.
 * @param to Line after the plan's last line.
 * @returns The outline: the preamble's lines and the top-level nodes.
 */
export function buildOutline(lines: readonly SourceLine[], from: number, to: number): Outline {
  const outline: Outline = { preamble: [], nodes: [] };
  const stack: OutlineNode[] = [];
  const styles: Array<LabelStyle | 'lead-phrase' | 'box' | 'heading'> = [];
  // Each unnumbered heading with its depth: a Markdown heading's own, or 0 for a chapter that lost its number.
  const markdown = markdownHeadings(lines, from, to);
  const headings = markdown ?? new Map([...headingsOverItems(lines, from, to), ...closingChapters(lines, from, to)].map((i) => [i, 0]));
  // The heading depth of each open level, null for an item that is no heading.
  const depths: Array<number | null> = [];
  // Where each open level's label stands in its line: a list nested by indentation repeats its parent's style.
  const indents: number[] = [];
  /**
   * The open level a label closes back to, or -1 for a level of its own. A list nested in an item by its indentation
   * (Markdown's nested list, a Word list copied with its indents) has the style of the item's list: it restarts at 1,
   * deeper than the item just before it, and its next items stand at its depth, not the outer list's.
   */
  const levelOf = (style: LabelStyle, label: Label): number => {
    const top = stack.length - 1;
    if (label.number === 1 && styles[top] === style && label.start >= (indents[top] ?? 0) + 2) return -1;
    let level = -1;
    for (let k = 0; k < styles.length; k++) {
      if (styles[k] !== style) continue;
      if (level < 0 || Math.abs((indents[k] ?? 0) - label.start) <= Math.abs((indents[level] ?? 0) - label.start)) level = k;
    }
    return level;
  };
  // The open box, its items' numbering style and the number its next item must have.
  let box: { node: OutlineNode; style: LabelStyle | null; next: number; ancestors: OutlineNode[] } | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!isContentLine(line)) continue;
    const label = recogniseLabel(line.text);
    const lead = line.text.length - line.text.trimStart().length;
    if (!label && isBoxHeading(line.text.slice(lead))) {
      const [a, b] = trimmedRange(line.text, lead, line.text.length);
      const node: OutlineNode = { label: null, style: 'box', title: [{ line: i, from: a, to: Math.min(b, a + MAX_TITLE) }], inlineBody: null, paragraphs: [], children: [], line: i, lastLine: i };
      // Note: a box right after an item (1. …, 专栏1 …) belongs to the item's section; the item stays a task.
      const top = stack[stack.length - 1];
      const depth = top && top.children.length === 0 ? stack.length - 1 : stack.length;
      const host = stack[depth - 1];
      (host ? host.children : outline.nodes).push(node);
      box = { node, style: null, next: 1, ancestors: stack.slice(0, depth) };
      for (const ancestor of box.ancestors) ancestor.lastLine = i;
      continue;
    }
    if (box) {
      // A box holds items numbered from 1 in one style; a label that breaks that run is the plan's again.
      if (label && (box.style === null ? label.number === 1 : label.style === box.style && label.number === box.next)) {
        const { title, inlineBody } = splitHeading(line, label.contentStart);
        const item: OutlineNode = { label, style: label.style, title: [title], inlineBody, paragraphs: [], children: [], line: i, lastLine: i };
        box.node.children.push(item);
        box.style = label.style;
        box.next = label.number + 1;
        box.node.lastLine = i;
        for (const ancestor of box.ancestors) ancestor.lastLine = i;
        continue;
      }
      if (!label) {
        const owner = box.node.children[box.node.children.length - 1] ?? box.node;
        owner.paragraphs.push(i);
        owner.lastLine = i;
        box.node.lastLine = i;
        for (const ancestor of box.ancestors) ancestor.lastLine = i;
        continue;
      }
      box = null;
    }
    const depth = label ? undefined : headings.get(i);
    if (depth !== undefined) {
      // A heading that lost its number: it closes every open level but the headings above it, and heads what follows.
      const [a, end] = trimmedRange(line.text, 0, line.text.length);
      // Note: the colon that leads into the chapter's items (工作要求：) is no part of its name.
      const b = end - a > 2 && /[：:]/.test(line.text[end - 1] ?? '') ? end - 1 : end;
      const node: OutlineNode = { label: null, style: 'heading', title: [{ line: i, from: a, to: b }], inlineBody: null, paragraphs: [], children: [], line: i, lastLine: i };
      let keep = depths.length;
      while (keep > 0 && !((depths[keep - 1] ?? Infinity) < depth)) keep--;
      stack.length = styles.length = indents.length = depths.length = keep;
      const host = stack[keep - 1];
      (host ? host.children : outline.nodes).push(node);
      for (const ancestor of stack) ancestor.lastLine = i;
      stack.push(node);
      styles.push('heading');
      indents.push(-1);
      depths.push(depth);
      continue;
    }
    if (!label) {
      const owner = stack[stack.length - 1];
      if (owner) {
        owner.paragraphs.push(i);
        for (const node of stack) node.lastLine = i;
      } else outline.preamble.push(i);
      continue;
    }
    const { title, inlineBody } = splitHeading(line, label.contentStart);
    const style = continuedStyle(label, styles, stack);
    const node: OutlineNode = { label, style, title: [title], inlineBody, paragraphs: [], children: [], line: i, lastLine: i };
    // Note: only a title that runs to the end of its line can be wrapped; one closed by 。 cannot.
    if (!inlineBody && title.to === line.text.trimEnd().length) {
      const more = titleContinuation(lines, i, title);
      if (more) {
        node.title.push(more);
        node.lastLine = ++i;
      }
    }
    const level = levelOf(style, label);
    if (level >= 0) {
      stack.length = level;
      styles.length = level;
      indents.length = level;
      depths.length = level;
    } else if (markdown && line.heading !== undefined) {
      // Note: a numbered heading new to the plan (## 一、重点任务 after ## 总体要求) closes the headings as deep as it is.
      let keep = depths.length;
      while (keep > 0 && !((depths[keep - 1] ?? Infinity) < line.heading)) keep--;
      stack.length = styles.length = indents.length = depths.length = keep;
    }
    const parent = stack[stack.length - 1];
    (parent ? parent.children : outline.nodes).push(node);
    for (const ancestor of stack) ancestor.lastLine = node.lastLine;
    stack.push(node);
    styles.push(style);
    indents.push(label.start);
    depths.push(line.heading ?? null);
  }
  for (const node of outline.nodes) {
    foldEnumerations(node, lines);
    promoteLeadPhrases(node, lines);
  }
  promoteLoneLeads(outline.nodes, lines, 0);
  if (outline.nodes.length === 0) ordinalLeadItems(outline, lines);
  if (outline.nodes.length === 0) bareHeadingChapters(outline, lines);
  if (outline.nodes.length === 0) leadItemsOfPreamble(outline, lines);
  return outline;
}

// A paragraph numbered by an ordinal word right under a chapter that is one short sentence alone (第二，加强业务能力建设。):
// an item named by that sentence, as its siblings with a body after their lead sentence are.
const ORDINAL_ITEM = /^((?:[\u4e00-\u9fff“”"‘’《》、]|[0-9]{0,2}[A-Za-z][A-Za-z0-9]{0,5}){4,30})。?$/;

// A paragraph opened by an ordinal word: 一是加强…, 二要…, 第三，… (the 一是/二是 enumeration of official prose).
const ORDINAL_LEAD = /^(?:第)?([一二三四五六七八九十]{1,3})(?:是要|是|要|[，,、](?=[\u4e00-\u9fff]))/;

/** The ordinal word opening a paragraph (after a bullet of `skip` characters), as its label. */
function ordinalLeadLabel(line: SourceLine | undefined, skip = 0): Label | null {
  if (!line) return null;
  const lead = line.text.length - line.text.trimStart().length + skip;
  const m = ORDINAL_LEAD.exec(line.text.slice(lead));
  const number = m ? parseChineseInteger(m[1] ?? '') : null;
  if (!m || number === null) return null;
  let contentStart = lead + m[0].length;
  while (/\s/.test(line.text[contentStart] ?? '')) contentStart++;
  return contentStart < line.text.trimEnd().length ? { style: 'ordinal-lead', text: m[0], number, start: lead, contentStart } : null;
}

/** The paragraphs opened by ordinal words that run in sequence from 一 (一是…, 二是…), with their labels. */
function ordinalLeads(paragraphs: readonly number[], lines: readonly SourceLine[]): Map<number, Label> {
  const leads = new Map<number, Label>();
  let next = 1;
  for (const i of paragraphs) {
    const line = lines[i];
    const bullet = BULLET.exec(line?.text.trimStart() ?? '')?.[0].length ?? 0;
    const label = ordinalLeadLabel(line, bullet);
    if (label?.number === next) {
      leads.set(i, label);
      next++;
    }
  }
  return leads;
}

/**
 * A plan with no numbered headings at all (a county's work points sent to units directly) states its items as
 * paragraphs opened by 一是, 二是, 三是 (or 第一，第二，): when they run in sequence from 一, each is an item and the
 * paragraphs after it are its body. Inside a numbered plan the same words enumerate within an item, so this is
 * only the reading of a plan that has no other items.
 */
function ordinalLeadItems(outline: Outline, lines: readonly SourceLine[]): void {
  const leads = ordinalLeads(outline.preamble, lines);
  if (leads.size < 2) return;
  const preamble: number[] = [];
  let current: OutlineNode | null = null;
  for (const i of outline.preamble) {
    const label = leads.get(i);
    const line = lines[i];
    if (label && line) {
      const { title, inlineBody } = splitHeading(line, label.contentStart);
      current = { label, style: 'ordinal-lead', title: [title], inlineBody, paragraphs: [], children: [], line: i, lastLine: i };
      outline.nodes.push(current);
    } else if (current) {
      current.paragraphs.push(i);
      current.lastLine = i;
    } else preamble.push(i);
  }
  outline.preamble = preamble;
}

/**
 * Numbered lines that enumerate within one sentence of their item (申请时需提供：1．有效身份证明；2．购机发票；…
 * 6．其他资料。) are a list the item states, not items of their own: each but the last ends with a semicolon and none
 * holds a full stop inside. They go back into the item's body, and the item stays the task.
 */
function foldEnumerations(node: OutlineNode, lines: readonly SourceLine[]): void {
  for (const child of node.children) foldEnumerations(child, lines);
  const kids = node.children;
  if (kids.length < 2 || kids.some((k) => k.children.length > 0 || k.paragraphs.length > 0 || k.label === null || k.style !== kids[0]?.style)) return;
  const texts = kids.map((k) => (lines[k.line]?.text ?? '').trim());
  const enumerates = texts.every((t, i) => (i < texts.length - 1 ? /[；;]$/.test(t) : /[。；;]?$/.test(t)) && !/[。！？]./.test(t));
  if (!enumerates) return;
  node.paragraphs.push(...kids.map((k) => k.line));
  node.children = [];
}

// What a colon ends that heads no item: a duty or deadline label (责任单位：), a note, a goal or principle stated
// under its name (总体目标：), a date (到2025年：).
const NOT_A_LEAD = new RegExp(`^(?:${labelAlternation(LEAD_LABELS, RESPONSIBLE_LABELS, SUPPORT_LABELS, DUE_LABELS, PERSON_LABELS)})$|目标$|原则$|^(?:其中|注|备注|说明|附|附件)|\\d{4}\\s*年`);

// The labels a site prints under a document's title (see header-metadata.ts) and its page furniture's.
const PAGE_INFO_LABEL = /^(?:发布时间|发布日期|成文日期|印发日期|公开日期|来源|信息来源|文章来源|发布机构|发文机关|发布单位|索引号|主题分类|发文字号|文号|作者|编辑|责任编辑|浏览次数|阅读次数|访问量|点击量|字号|分享到)$/;

/** A paragraph headed by a short phrase and a colon (建设数据平台：完成…; a Markdown bullet's **bold**： lead). */
function colonLead(text: string, named: string): RegExpExecArray | null {
  const m = HEADING_COLON.exec(text);
  // Note: nor is a page's information under a title (发布时间：…, 来源：…, 索引号：…).
  return m && !NOT_A_LEAD.test(m[1] ?? '') && !named.includes(m[1] ?? '') && !PAGE_INFO_LABEL.test((m[1] ?? '').replace(/\s/g, '')) ? m : null;
}

// A chapter heading that lost its number: a few words standing alone, no clause break, no figure.
const BARE_HEADING = /^[\u4e00-\u9fff“”"‘’、]{2,16}$/;
// What ends a paragraph before such a heading: a sentence's end, or the duty bracket or quote closing it.
const PARAGRAPH_END = /[。；;！!？?）)”]$/;

// Note: the words that stand alone at a document's end (附件 over the list of attachments, 特此通知) head no chapter.
const NOT_A_HEADING = /^(?:附件|附表|附录|特此通知|此页无正文)/;

// A Markdown heading that names a chapter or a task: words alone (a figure or a name of letters may stand in it:
// 推进5G网络建设), a comma between two halves at most, no sentence.
const HEADING_WORDS = /^[\u4e00-\u9fff“”"‘’《》、，,0-9A-Za-z]{2,30}$/;

/**
 * The Markdown headings without numbers in a plan, with their depths: a Word file converted to Markdown (pandoc,
 * markitdown, a clipper) keeps its headings' levels as `##` and `###` but not the numbers Word set on them (一、, （一）),
 * so the depth says what the number said: ## 重点任务 is a chapter, ### 加快数字基础设施建设 a task of it. `null` when the
 * plan has fewer than two, or no Markdown.
 */
function markdownHeadings(lines: readonly SourceLine[], from: number, to: number): Map<number, number> | null {
  let found: Map<number, number> | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line?.heading === undefined || !isContentLine(line)) continue;
    const text = line.text.trim();
    if (!HEADING_WORDS.test(text) || NOT_A_HEADING.test(text) || isBoxHeading(text) || recogniseLabel(text)) continue;
    (found ??= new Map()).set(i, line.heading);
  }
  return found && found.size >= 2 ? found : null;
}

/**
 * The chapter headings that lost their numbers in a plan whose items kept theirs (## 工作目标 / ## 重点任务 / 1. … in
 * Markdown, or Word text whose first level was numbered automatically and its second typed): two or more such lines, the
 * first before any numbered line, one of them right over an item numbered 1, the others over a sentence or an item.
 * Note: a plan with no such line, or a lone one, is read as before.
 */
function headingsOverItems(lines: readonly SourceLine[], from: number, to: number): Set<number> {
  // Note: only a short line of words alone is looked at closely; this runs over every line of every plan.
  const found = new Set<number>();
  let previous: string | null = null;
  let overFirst = false;
  for (let i = from; i < to; i++) {
    const text = lines[i]?.text.trim() ?? '';
    if (text === '') continue;
    if (BARE_HEADING.test(text) && !NOT_A_HEADING.test(text) && (previous === null || PARAGRAPH_END.test(previous)) && isContentLine(lines[i]) && !recogniseLabel(text)) {
      let j = i + 1;
      while (j < to && !isContentLine(lines[j])) j++;
      const next = lines[j]?.text.trim() ?? '';
      const nextLabel = j < to ? recogniseLabel(lines[j]?.text ?? '') : null;
      if (next.length > text.length && (nextLabel !== null || /[。；;]/.test(next))) {
        found.add(i);
        if (nextLabel?.number === 1) overFirst = true;
      }
    }
    previous = text;
  }
  if (found.size < 2 || !overFirst) return new Set();
  // Note: the first such heading opens the plan's structure: none stands after a numbered line already.
  const first = Math.min(...found);
  for (let i = from; i < first; i++) if (recogniseLabel(lines[i]?.text ?? '')) return new Set();
  return found;
}

/**
 * The closing chapter of a plan whose other chapters are numbered, standing alone with no number of its own (行动一：… /
 * 行动二：… / 保障措施 / （一）加强组织领导。…), as 行动计划 set their named actions and then how they are carried out: a line
 * that is only such a name (CHAPTER_NAME), after a paragraph's end and some numbered line, over an item or a sentence.
 * Read as text, its items ran under the last task, which became their section.
 */
function closingChapters(lines: readonly SourceLine[], from: number, to: number): number[] {
  const found: number[] = [];
  let numbered = false;
  let previous = '';
  for (let i = from; i < to; i++) {
    const line = lines[i];
    const text = line?.text.trim() ?? '';
    if (text === '') continue;
    if (recogniseLabel(text)) numbered = true;
    else if (numbered && CHAPTER_NAME.test(text.replace(/[：:]$/, '')) && PARAGRAPH_END.test(previous) && isContentLine(line)) {
      let j = i + 1;
      while (j < to && !isContentLine(lines[j])) j++;
      const next = lines[j]?.text.trim() ?? '';
      if (next.length > text.length && (recogniseLabel(next) !== null || /[。；;]/.test(next))) found.push(i);
    }
    previous = text;
  }
  return found;
}

/**
 * A plan whose chapter numbers were lost keeps its chapter headings as short lines of words alone between sentences
 * (工作目标 / 重点任务 / 保障措施): Word's automatic numbering (一、 二、 set by a heading style) is no text and drops out
 * when the document is copied or saved as plain text, and web pages that render the headings in bold lose the weight.
 * With two or more such lines and no numbered item at all, each heading is a chapter and the paragraphs up to the next
 * are its own, read as a numbered chapter's are (led paragraphs become its items, a goals heading its goals).
 * Note: a heading must follow a paragraph's end and precede a sentence, so a signature (issuer, then a date) or a title
 * wrapped over two lines is none.
 */
function bareHeadingChapters(outline: Outline, lines: readonly SourceLine[]): void {
  const paragraphs = outline.preamble;
  const textAt = (k: number): string => lines[paragraphs[k] ?? -1]?.text.trim() ?? '';
  const overSentence = (k: number): boolean => {
    const text = textAt(k);
    if (!BARE_HEADING.test(text)) return false;
    const next = textAt(k + 1);
    return next.length > text.length && /[。；;]/.test(next);
  };
  const afterParagraph = (k: number): boolean => k === 0 || PARAGRAPH_END.test(textAt(k - 1));
  // Note: a chapter whose first task heading stands right under it (重点任务 / 提升政务服务效能 / 全面推行…。) heads tasks
  // that lost their numbers too; the headings after its first task are its tasks, up to the next such pair or a
  // heading that names a chapter of its own (保障措施).
  const overTask = (k: number): boolean => afterParagraph(k) && BARE_HEADING.test(textAt(k)) && !NOT_A_HEADING.test(textAt(k)) && overSentence(k + 1);
  const ranks = new Map<number, number>();
  let chapterOverTasks = false;
  paragraphs.forEach((_, k) => {
    if (ranks.has(k)) return;
    if (overTask(k)) {
      ranks.set(k, 0).set(k + 1, 1);
      chapterOverTasks = true;
    } else if (overSentence(k) && afterParagraph(k)) {
      const chapter = !chapterOverTasks || CHAPTER_NAME.test(textAt(k)) || TASKS_CHAPTER.test(textAt(k)) || sectionRole(textAt(k), true) !== null;
      ranks.set(k, chapter ? 0 : 1);
      // Note: a chapter named for the tasks it holds (重点任务) heads the headings after its lead-in sentence.
      if (chapter) chapterOverTasks = TASKS_CHAPTER.test(textAt(k));
    }
  });
  if (ranks.size < 2) return;
  const preamble: number[] = [];
  const nodes: OutlineNode[] = [];
  let chapter: OutlineNode | null = null;
  let current: OutlineNode | null = null;
  paragraphs.forEach((i, k) => {
    const line = lines[i];
    if (!line) return;
    const rank = ranks.get(k);
    if (rank !== undefined) {
      const [from, to] = trimmedRange(line.text, 0, line.text.length);
      current = { label: null, style: 'heading', title: [{ line: i, from, to }], inlineBody: null, paragraphs: [], children: [], line: i, lastLine: i };
      if (rank === 1 && chapter) chapter.children.push(current);
      else nodes.push(current);
      if (rank === 0) chapter = current;
    } else if (current) {
      current.paragraphs.push(i);
      current.lastLine = i;
    } else preamble.push(i);
    if (chapter) chapter.lastLine = i;
  });
  for (const node of nodes) promoteLeadPhrases(node, lines);
  promoteLoneLeads(nodes, lines, 0);
  outline.nodes = nodes;
  outline.preamble = preamble;
}

// The chapter of a plan's tasks, named as such (重点任务, 主要任务, 重点工作): its lead-in sentence may stand between it
// and its first task's heading.
const TASKS_CHAPTER = /^(?:重点|主要|具体|工作)(?:任务|工作|举措|措施)$|^工作重点$/;

/**
 * A plan with no numbered items at all whose paragraphs open with their heading (加快数字基础设施建设。新建…), as
 * unnumbered work points do: the led paragraphs are its items, read as under a chapter.
 */
function leadItemsOfPreamble(outline: Outline, lines: readonly SourceLine[]): void {
  const root: OutlineNode = { label: null, style: 'lead-phrase', title: [], inlineBody: null, paragraphs: outline.preamble, children: [], line: -1, lastLine: -1 };
  promoteLeadPhrases(root, lines, 0);
  if (root.children.length === 0) return;
  outline.nodes = root.children;
  outline.preamble = root.paragraphs;
}

/**
 * A heading with a single led paragraph among siblings whose led paragraphs became items (四、支持新一代信息技术发展 /
 * 推动集成电路产业“强链补链延链”。… beside 五、 with two such paragraphs): a plan's chapters are built alike, so the lone
 * paragraph is an item too, as a reader counts it.
 */
function promoteLoneLeads(siblings: readonly OutlineNode[], lines: readonly SourceLine[], depth: number): void {
  const promoted = siblings.some((n) => n.children.length > 0 && n.children.every((c) => c.style === 'lead-phrase'));
  for (const node of siblings) {
    if (node.children.length > 0) promoteLoneLeads(node.children, lines, depth + 1);
    else if (promoted && node.style !== 'lead-phrase') promoteLeadPhrases(node, lines, depth, 1);
  }
}

/**
 * Paragraphs led by a phrase such as 数智教育领域, are items of their own when
 * at least two of them stand together under a heading with no numbered items.
 */
function promoteLeadPhrases(node: OutlineNode, lines: readonly SourceLine[], depth = 0, fewest = 2): void {
  for (const child of node.children) promoteLeadPhrases(child, lines, depth + 1);
  if (node.children.length > 0) return;
  // Note: a lead sentence makes an item only right under a chapter; inside an item (（一）… then 加强关键核心技术攻关。
  // 聚焦…) such paragraphs are the item's measures, as a reader counts them.
  // Note: phrases the item itself names (…以日常监测、实地调研等方式进行, then 日常监测：…) are its terms defined, not items.
  const own = [...node.title, ...(node.inlineBody ? [node.inlineBody] : [])].map((s) => lines[s.line]?.text.slice(s.from, s.to) ?? '').join('');
  const heading = node.title.map((s) => lines[s.line]?.text.slice(s.from, s.to) ?? '').join('');
  let dashes: boolean | undefined;
  const bulletOf = (text: string): number => {
    const bullet = BULLET.exec(text);
    if (bullet) return bullet[0].length;
    // Note: the heading's role is looked up only for a paragraph that opens with a dash (— － -).
    const c = text.charCodeAt(0);
    if (c !== 0x2014 && c !== 0xff0d && c !== 0x2d) return 0;
    dashes ??= heading !== '' && sectionRole(heading, true) === null;
    return dashes ? (DASH_BULLET.exec(text)?.[0].length ?? 0) : 0;
  };
  // Note: paragraphs numbered by ordinal words in sequence (一是开展背街小巷整治。…, 二是推进垃圾分类。…) are numbered
  // so: the word is their label, no part of their heading.
  const ordinals = node.paragraphs.length >= 2 ? ordinalLeads(node.paragraphs, lines) : new Map<number, Label>();
  const numbered = ordinals.size >= 2 ? ordinals : null;
  const leadOf = (i: number): { phrase: string; length: number; bullet: number; label: Label | null } | null => {
    const trimmed = lines[i]?.text.trimStart() ?? '';
    const label = numbered?.get(i) ?? null;
    const indent = (lines[i]?.text.length ?? 0) - trimmed.length;
    const bullet = label ? label.contentStart - indent : bulletOf(trimmed);
    const text = trimmed.slice(bullet);
    const m = LEAD_PHRASE.exec(text) ?? (depth === 0 ? LEAD_SENTENCE.exec(text) : null) ?? colonLead(text, own) ?? (label && depth === 0 ? ORDINAL_ITEM.exec(text) : null);
    return m ? { phrase: m[1] ?? '', length: bullet + m[0].length, bullet, label } : null;
  };
  // Note: right under a chapter, a list drawn with one bullet (◆ 新建公办幼儿园5所。…, ◆ 新增养老床位300张。…) numbers
  // its items as 1. 2. do, whether or not each opens with a heading of its own: a bulleted paragraph is an item then.
  const listed = depth === 0 ? listBullet(node.paragraphs, lines) : null;
  const bulletOnly = (i: number): boolean => listed !== null && (lines[i]?.text.trimStart() ?? '').startsWith(listed);
  const led = node.paragraphs.filter((i) => leadOf(i) !== null || bulletOnly(i));
  const firstLed = node.paragraphs.indexOf(led[0] ?? -1);
  // Note: two such paragraphs could open by chance in a long stretch of prose; items make up most of a list. The
  // paragraphs before the first item lead into the list (a notice's salutation and 现就…通知如下), no part of it.
  if (led.length < fewest || led.length * 2 < node.paragraphs.length - firstLed) return;
  const intro = node.paragraphs.slice(0, firstLed);
  let current: OutlineNode | null = null;
  for (const i of node.paragraphs.slice(firstLed)) {
    const line = lines[i];
    if (!line) continue;
    const lead = line.text.length - line.text.trimStart().length;
    const m = leadOf(i);
    if (m) {
      const [bFrom, bTo] = trimmedRange(line.text, lead + m.length, line.text.length);
      current = {
        label: m.label,
        style: 'lead-phrase',
        title: [{ line: i, from: lead + m.bullet, to: lead + m.bullet + m.phrase.length }],
        inlineBody: bTo > bFrom ? { line: i, from: bFrom, to: bTo } : null,
        paragraphs: [],
        children: [],
        line: i,
        lastLine: i,
      };
      node.children.push(current);
    } else if (bulletOnly(i)) {
      const { title, inlineBody } = splitHeading(line, lead + (BULLET.exec(line.text.slice(lead))?.[0].length ?? 0));
      current = { label: null, style: 'lead-phrase', title: [title], inlineBody, paragraphs: [], children: [], line: i, lastLine: i };
      node.children.push(current);
    } else if (current) {
      current.paragraphs.push(i);
      current.lastLine = i;
    } else intro.push(i);
  }
  node.paragraphs = intro;
}

/**
 * The bullet that opens two or more of the paragraphs, the same each time (a list drawn with it), or `null`; `null` too
 * when the bulleted paragraphs enumerate within one sentence (●数据归集； / ●数据治理； / ●数据开放。), as numbered lines
 * that do so are no items (see foldEnumerations).
 */
function listBullet(paragraphs: readonly number[], lines: readonly SourceLine[]): string | null {
  const seen = new Map<string, number[]>();
  let found: string | null = null;
  for (const i of paragraphs) {
    const text = lines[i]?.text.trim() ?? '';
    if (!BULLET.test(text[0] ?? '')) continue;
    const list = seen.get(text[0] as string) ?? [];
    list.push(i);
    seen.set(text[0] as string, list);
    if (list.length >= 2) found ??= text[0] as string;
  }
  if (found === null) return null;
  const joined = (seen.get(found) ?? []).map((i) => lines[i]?.text.trim() ?? '').join('');
  return enumerates(joined, 0, found) ? null : found;
}
