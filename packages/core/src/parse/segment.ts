import type { DocumentKind, DocumentStatus } from '../model/types.js';
import { isDebris } from './debris.js';
import { ISSUING_VERBS } from './issuer.js';
import { dateLine, eventDateLine, monthLine } from './dates.js';
import { isDocNumberLine } from './doc-number.js';
import { closeLetterSpacing, isAddresseeLine, ISSUES_A_DOCUMENT, isOrgLine, isStatusLine, kindFromTitle, mayNameKind, PLAN_KINDS, statusFromText, statusMarkerIn, stripTitleTail, titleCore, titleKind } from './metadata.js';
import { recogniseLabel } from '../text/numbering.js';
import { spanOf, type SourceLine } from '../text/source-lines.js';
import { parseAllocationTable, type AllocationTable } from './allocation-table.js';
import { readHeaderValues } from './header-metadata.js';

/** A title as found: its text and its source span (which may cover two lines). */
export interface TitleInfo {
  text: string;
  /** Source offsets of the title; for a title split over lines the span includes the line break. */
  start: number;
  end: number;
  status: DocumentStatus | null;
  /** Source offsets of the status marker (征求意见稿), when there is one. */
  statusSpan: { start: number; end: number } | null;
  /** Index of the first line after the title (and its status line). */
  next: number;
}

/** A stretch of a source file that is one document: a plan, its notice, a report, a table. */
export interface Part {
  kind: DocumentKind;
  title: TitleInfo | null;
  /** First line (the title's, if any) and the line after the last, as indices into the file's lines. */
  startLine: number;
  endLine: number;
  /** First line after the title. */
  contentStart: number;
  /** Whether an 附件 marker announced this part. */
  attachment: boolean;
  table: AllocationTable | null;
}

// A title's period alone on a line: （2024—2026年）, (2025-2027年).
const PERIOD_LINE = /^[ \t\u3000]*[(（]\s*\d{4}\s*年?\s*[-—–~～至到－]+\s*\d{4}\s*年?\s*[)）][ \t\u3000]*$/;

export function isBlank(line: SourceLine | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}

function hasContent(lines: readonly SourceLine[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line && !isBlank(line) && !isDebris(line.text)) return true;
  }
  return false;
}

function lineSpan(line: SourceLine, from: number, to: number): { start: number; end: number } {
  return spanOf(line, from, to);
}


/** The longest line a wrapped title's first or middle line can be. */
const MAX_TITLE_LINE = 40;
/** The longest line a title can open with when the line leaves a bracket open: a title's length. */
const MAX_OPEN_TITLE_LINE = 80;

/** Whether a line can be the first or a middle line of a title broken over lines. */
function mayOpenTitle(text: string, next: string, issuing: boolean): boolean {
  // Note: a line that is one parenthesis (a note such as （此件公开发布）, a status) is never the start of a title.
  // Note: a line that leaves a 《 or a （ open goes on, however long a hard-wrapped copy made it.
  const limit = /《[^》]*$|（[^）]*$/.test(text) ? MAX_OPEN_TITLE_LINE : MAX_TITLE_LINE;
  if (text.length > limit || recogniseLabel(text) || /[。；;，,:：]/.test(text) || /^[(（][^()（）]*[)）]$/.test(text)) return false;
  // Note: nor is a field labelled in brackets ([发文字号] 京政办发〔2024〕5号, 【发布单位】某市人民政府办公厅), as policy
  // libraries and legal databases set a document's fields above its title.
  if (/^[【[][\u4e00-\u9fff]{2,8}[】\]]/.test(text)) return false;
  // Note: the document number under a red banner (黔卫健发〔2025〕11 号) stands right above the title, or under it above
  // the first heading (通办发〔2024年〕第3号 / 一、工作目标); it is never part of a title.
  if (isDocNumberLine(text)) return false;
  // A signature's date or issuer sits right above the next title; it is never part of it, unless the next line
  // goes on with 关于 (国务院办公厅 / 关于印发…的通知: a notice's title broken after its issuer).
  if (isOrgLine(text)) return next.startsWith('关于');
  // Note: inside a title that issues a document (…关于印发某市 / 城乡居民养老服务体系建设三年行动计划 / （2025—2027年）的
  // 通知), a middle line may name the plan it issues by its kind word; the title goes on until its 的通知.
  // Note: nor is a cover's year and month (某市人民政府 / 2026年5月), which the first heading may follow directly.
  // Note: nor is a line that dates an event (a report's ——2024年1月10日在…会议上, an adoption note, a print line).
  const event = text.includes('日') && eventDateLine(text) !== null;
  return !(dateLine(text) || monthLine(text) || event || isDebris(text) || (!issuing && titleKind(text)));
}

/**
 * A title broken over two to four lines: no shorter run of the lines is a title, all of them together are
 * (关于印发《…数字化转型 / 三年行动方案》的通知; 某市人民政府办公室 / 关于印发 / 某市2024年…工作要点 / 的通知, the GB/T 9704
 * layout that gives the issued plan's name a line of its own).
 */
function wrappedTitle(lines: readonly SourceLine[], i: number): { kind: DocumentKind; text: string; start: number; end: number; last: number } | null {
  const first = lines[i] as SourceLine;
  let head = first.text.trim();
  for (let last = i + 1; last <= i + 3; last++) {
    const next = lines[last];
    if (!next || isBlank(next)) return null;
    const tail = next.text.trim();
    // Note: a line that opens with a heading's label (一、工作目标, 第一章) starts the text under a title, never ends one.
    if (recogniseLabel(tail)) return null;
    const issuing = last > i + 1 && ISSUES_A_DOCUMENT.test(head) && !head.endsWith('通知');
    if (!mayOpenTitle((lines[last - 1] as SourceLine).text.trim(), tail, issuing)) return null;
    // Note: first the one cheap test that the lines together must pass; most short lines fail it.
    const kind = mayNameKind(head + tail) ? titleKind(head + tail) : null;
    if (kind) {
      const core = titleCore(next.text);
      const headFrom = first.text.length - first.text.trimStart().length;
      const text = closeLetterSpacing(head + next.text.slice(next.text.length - next.text.trimStart().length, core.to));
      return { kind, text, start: lineSpan(first, headFrom, headFrom + 1).start, end: lineSpan(next, 0, core.to).end, last };
    }
    head += tail;
  }
  return null;
}

/**
 * The last words of a title on the next line (…关于印发某市2024年文化旅游工作要点 / 的通知): the lines above name a kind
 * alone, but a line opening with 的 never starts a text of its own; it goes on with the title above, and the kind is
 * the one the whole names.
 */
function continuation(lines: readonly SourceLine[], last: number, text: string): { kind: DocumentKind; text: string; end: number; last: number } | null {
  const next = lines[last + 1];
  const tail = next?.text.trim() ?? '';
  if (!next || !tail.startsWith('的') || tail.length > 30) return null;
  const kind = titleKind(text + tail);
  if (!kind) return null;
  const lead = next.text.length - next.text.trimStart().length;
  const core = titleCore(next.text);
  return { kind, text: closeLetterSpacing(text + next.text.slice(lead, core.to)), end: spanOf(next, lead, core.to).end, last: last + 1 };
}

// The last words of a long title set on a line of their own: a kind word with a few words before it and the period
// after it (计划（2025—2027年）, 实施方案, 行动计划); no place, year or 关于 of a title of its own.
const KIND_WORD_TAIL = /^[\u4e00-\u9fff]{0,6}(?:计划|方案|规划|要点|意见|措施|纲要)(?:[（(][^（）()]{0,20}[)）])*$/;

/**
 * A title that names a kind on its first line and another on the next (…数字乡村建设三年行动 / 计划（2025—2027年）,
 * …专项行动 / 实施方案): a long title centred over two lines breaks after 行动 as often as anywhere, and the whole
 * names the document.
 */
function kindWordTail(lines: readonly SourceLine[], i: number): { kind: DocumentKind; text: string; start: number; end: number; last: number } | null {
  const first = lines[i] as SourceLine;
  const next = lines[i + 1];
  if (!next || isBlank(next)) return null;
  const tail = next.text.trim();
  if (!KIND_WORD_TAIL.test(tail) || /\d{4}\s*年(?![^（(]*[)）])/.test(tail.replace(/[（(][^（）()]*[)）]/g, '')) || titleKind(first.text.trim()) === 'notice') return null;
  const head = first.text.trim();
  const kind = titleKind(head + tail);
  if (!kind || !PLAN_KINDS.has(kind)) return null;
  const core = titleCore(next.text);
  const headFrom = first.text.length - first.text.trimStart().length;
  const text = closeLetterSpacing(head + next.text.slice(next.text.length - next.text.trimStart().length, core.to));
  return { kind, text, start: lineSpan(first, headFrom, headFrom + 1).start, end: lineSpan(next, 0, core.to).end, last: i + 1 };
}

/**
 * Read a title starting at line `i`: a single title line, a title split over
 * two adjacent lines, and a status line such as (征求意见稿) that follows it.
 */
export function readTitle(lines: readonly SourceLine[], i: number): (TitleInfo & { kind: DocumentKind }) | null {
  const line = lines[i];
  if (!line) return null;
  let kind = titleKind(line.text);
  let last = i;
  let text: string;
  let start: number;
  let end: number;
  const tail = kind ? kindWordTail(lines, i) : null;
  if (tail) ({ kind, text, start, end, last } = tail);
  else if (kind) {
    const core = titleCore(line.text);
    text = closeLetterSpacing(line.text.slice(core.from, core.to));
    ({ start, end } = lineSpan(line, core.from, core.to));
  } else {
    const wrapped = wrappedTitle(lines, i);
    if (!wrapped) return null;
    ({ kind, text, start, end, last } = wrapped);
  }
  const continued = continuation(lines, last, text);
  if (continued) ({ kind, text, end, last } = continued);
  let status: DocumentStatus | null = null;
  let statusSpan: TitleInfo['statusSpan'] = null;
  for (const k of new Set([i, last])) {
    const own = lines[k] as SourceLine;
    const marker: ReturnType<typeof statusMarkerIn> = status ? null : statusMarkerIn(own.text);
    if (marker) {
      status = marker.status;
      statusSpan = spanOf(own, marker.from, marker.to);
    }
  }
  // The period the plan covers may stand on the next line, under the title: （2024—2026年）. It is part of the title.
  const periodLine = lines[last + 1];
  if (periodLine && PERIOD_LINE.test(periodLine.text) && !/[(（]\s*\d{4}/.test(text)) {
    const from = periodLine.text.length - periodLine.text.trimStart().length;
    const to = periodLine.text.trimEnd().length;
    text = closeLetterSpacing(text + periodLine.text.slice(from, to));
    end = spanOf(periodLine, from, to).end;
    last += 1;
  }
  // The status may stand alone on the next non-blank line.
  let j = last + 1;
  while (j < lines.length && isBlank(lines[j]) && j - last <= 2) j++;
  const statusLine = lines[j];
  if (statusLine && isStatusLine(statusLine.text)) {
    status = statusFromText(statusLine.text) ?? status;
    const from = statusLine.text.length - statusLine.text.trimStart().length;
    statusSpan = spanOf(statusLine, from, statusLine.text.trimEnd().length);
    last = j;
  }
  // Or on the line above it, where a draft's first page sets it at the top (【征求意见稿】 / the title).
  let k = i - 1;
  while (k > 0 && isBlank(lines[k]) && i - k <= 2) k--;
  const above = status ? undefined : lines[k];
  if (above && isStatusLine(above.text)) {
    status = statusFromText(above.text);
    const from = above.text.length - above.text.trimStart().length;
    statusSpan = spanOf(above, from, above.text.trimEnd().length);
  }
  return { kind, text, start, end, status, statusSpan, next: last + 1 };
}

/**
 * Whether an addressee line opens the body of the titled document above it rather than a notice of its own: a
 * document titled in the 公文 form (发文机关 + 关于 + 事由 + 文种: 某市人民政府关于加快…的实施意见) is itself addressed
 * to units, when only its metadata (文号, date) stands between the title and the addressees.
 */
function addressesOwnBody(lines: readonly SourceLine[], part: Part, at: number): boolean {
  if (!part.title || !PLAN_KINDS.has(part.kind)) return false;
  for (let i = part.contentStart; i < at; i++) {
    const text = lines[i]?.text.trim() ?? '';
    if (text.length > 30 || /[。；;，,]/.test(text)) return false;
  }
  // Note: a plan titled without 关于 (某县2025年政务公开工作要点) and sent to units directly opens its body after the
  // addressees (为…，现提出如下要点：); one whose addressees are told 现将《…》印发给你们 is a notice that issues it.
  return /关于.+的/.test(part.title.text) || !issuesDocumentAfter(lines, at);
}

// The sentence of a 通知 that hands a document over: 现将《…》印发给你们, 现印发给你们, 予以印发, 转发给你们.
const HANDS_OVER = new RegExp(`(?:${ISSUING_VERBS})给你们|予以(?:${ISSUING_VERBS})|现将《`);

/** Whether the first lines after an addressee line hand a document over (so they are a notice's, not a plan's). */
function issuesDocumentAfter(lines: readonly SourceLine[], at: number): boolean {
  let seen = 0;
  for (let i = at + 1; i < lines.length && seen < 3; i++) {
    const line = lines[i];
    if (!line || isBlank(line)) continue;
    seen++;
    if (HANDS_OVER.test(line.text)) return true;
  }
  return false;
}

/**
 * The first line after the page's information under a title (发布时间：…, 来源：…, 索引号：…), which a site prints
 * between a document's title and its text.
 */
function afterPageInfo(lines: readonly SourceLine[], from: number): number {
  let i = from;
  while (i < lines.length && (isBlank(lines[i]) || readHeaderValues(lines, i, i + 1).length > 0)) i++;
  return i;
}

// A title line of words alone, no sentence in it: what an attachment's mark sets over the table it attaches.
const TABLE_TITLE = /^[^。；;，,：:！？!?]{4,50}$/;

/**
 * The title of an attached table named in no document's kind (附件 / 某街道2025年重点项目计划表 / 序号 项目名称 建设内容 …):
 * a task table all the same, when one follows the title, its rows the plan's projects or tasks as a table inside the
 * plan is read (see project-tables.test.ts); a list of projects titled …项目表, …计划表, …一览表 names no kind.
 */
function tableTitle(lines: readonly SourceLine[], i: number): (TitleInfo & { kind: DocumentKind }) | null {
  const line = lines[i] as SourceLine;
  const text = line.text.trim();
  if (!TABLE_TITLE.test(text) || recogniseLabel(text) !== null || parseAllocationTable(lines, afterPageInfo(lines, i + 1)) === null) return null;
  const from = line.text.length - line.text.trimStart().length;
  const { start, end } = lineSpan(line, from, from + text.length);
  return { kind: 'task-allocation', text, start, end, status: null, statusSpan: null, next: i + 1 };
}

// A title that names a division of work without 表 or 方案 (…重点任务分工, …责任分解): a task table when one follows it
// (附件 then 2024年就业工作重点任务分工 over 序号 / 重点任务 / 责任单位), as …分工表 is; set out as items it stays the plan
// `kindFromTitle` reads it as.
const DIVISION_OF_WORK = /(?:任务分工|责任分工|工作分工|责任分解|任务分解|工作分解)$/;

const namesDivisionOfWork = (title: string): boolean => DIVISION_OF_WORK.test(stripTitleTail(title));

/**
 * Split a file's lines into parts. A part starts at a title line (a plan, a
 * notice, a report, a table), or at the addressee line of a notice that has
 * no title; untitled text before the first part is a preface. An allocation
 * table is read right away, so its cells (which can look like titles) never
 * start parts.
 *
 * @param lines The file's lines.
 * @returns Its parts in order, empty ones dropped.
 */
export function segmentLines(lines: readonly SourceLine[]): Part[] {
  const parts: Part[] = [];
  let current: Part = { kind: 'preface', title: null, startLine: 0, endLine: lines.length, contentStart: 0, attachment: false, table: null };
  let attachmentPending = false;
  const close = (at: number): void => {
    current.endLine = at;
    parts.push(current);
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line || isBlank(line) || isDebris(line.text)) {
      i++;
      continue;
    }
    const text = line.text.trim();
    if (/^附\s*件\s*\d*\s*[:：]?$/.test(text) && !isAttachmentNote(lines, i)) {
      attachmentPending = true;
      close(i);
      current = { kind: 'other', title: null, startLine: i, endLine: lines.length, contentStart: i + 1, attachment: true, table: null };
      i++;
      continue;
    }
    const prefixed = attachmentTitle(lines, i);
    const title = prefixed ?? readTitle(lines, i) ?? (attachmentPending ? tableTitle(lines, i) : null);
    if (title) {
      close(i);
      current = { kind: title.kind, title, startLine: i, endLine: lines.length, contentStart: title.next, attachment: attachmentPending || prefixed !== null, table: null };
      attachmentPending = false;
      i = title.next;
      if (title.kind === 'task-allocation' || namesDivisionOfWork(title.text)) {
        const table = parseAllocationTable(lines, afterPageInfo(lines, title.next));
        if (table) {
          current.kind = 'task-allocation';
          current.table = table;
          close(table.endLine);
          current = { kind: 'other', title: null, startLine: table.endLine, endLine: lines.length, contentStart: table.endLine, attachment: false, table: null };
          i = table.endLine;
        } else if (title.kind === 'task-allocation' && hasLabelledItems(lines, title.next)) {
          // A 分工方案 written as numbered items with duties in parentheses, not as a table, is a plan of its own.
          current.kind = 'implementation-plan';
        }
      }
      continue;
    }
    if (isAddresseeLine(text) && current.kind !== 'notice' && current.kind !== 'announcement' && !addressesOwnBody(lines, current, i)) {
      close(i);
      current = { kind: 'notice', title: null, startLine: i, endLine: lines.length, contentStart: i, attachment: false, table: null };
    }
    i++;
  }
  close(lines.length);
  const kept = parts.filter((p) => p.table !== null || hasContent(lines, p.contentStart, p.endLine));
  // A file with no titled part at all is one document; whether it is a plan is decided by its outline.
  const titledPlan = kept.some((p) => PLAN_KINDS.has(p.kind));
  return mergeItemAttachments(lines, kept.flatMap((p) => splitNoticeBody(lines, p, !titledPlan)));
}

/** Whether a line is an issuer or a date line: the signature under a notice's text. */
function isSignatureLine(text: string): boolean {
  return isOrgLine(text) || dateLine(text) !== null || monthLine(text) !== null;
}

/**
 * Whether an 附件： line opens the note under a notice's text that lists its attachments (GB/T 9704: 附件：1.… then
 * 2.… on the next lines, above the signature) rather than an attachment: numbered short lines follow it, then the
 * issuer or the date.
 */
function isAttachmentNote(lines: readonly SourceLine[], at: number): boolean {
  if (!/[:：]$/.test(lines[at]?.text.trim() ?? '')) return false;
  let listed = 0;
  for (let i = at + 1; i < lines.length && listed <= 12; i++) {
    const text = lines[i]?.text.trim() ?? '';
    if (text === '') continue;
    if (listed > 0 && isSignatureLine(text)) return true;
    if (!recogniseLabel(text) || text.length > 80 || /[。；;]$/.test(text)) return false;
    listed++;
  }
  return false;
}

// An attachment's head with its title on the same line: 附件：某市2024年…工作要点, 附件1：某市…实施方案.
const ATTACHMENT_PREFIX = /^[ \t\u3000]*附\s*件\s*\d*\s*[:：]\s*/;

/**
 * A title after an attachment mark on its own line (附件：某市…工作要点, 附件1：…), when the document's body follows it.
 * The same line above a signature is a notice's note naming its one attachment, and no title.
 */
function attachmentTitle(lines: readonly SourceLine[], at: number): (TitleInfo & { kind: DocumentKind }) | null {
  const line = lines[at] as SourceLine;
  const prefix = ATTACHMENT_PREFIX.exec(line.text);
  if (!prefix || prefix[0].length === line.text.length || !startsItems(lines, at + 1, lines.length)) return null;
  // Note: the mark is blanked, not cut, so every offset of the line still points at the source.
  const masked = lines.slice();
  masked[at] = { ...line, text: ' '.repeat(prefix[0].length) + line.text.slice(prefix[0].length) };
  return readTitle(masked, at);
}

/**
 * A notice whose plan follows its signature with no title line of its own (…关于印发《X》的通知, the notice text, the
 * issuer and date, then 一、…): the text after the date is the plan, untitled, and the notice names it. In a file
 * with no titled plan (`untitled`), so is the text right after the sentence that hands the plan over (现将《X》印发给你们，
 * 请认真贯彻执行。 then 一、…): copies that drop the signature, or set it under the plan, and the plan's title line
 * (a database's export, a page that prints the plan after the notice's text) leave nothing else between them.
 */
function splitNoticeBody(lines: readonly SourceLine[], part: Part, untitled: boolean): Part[] {
  if (part.kind !== 'notice' || part.title === null) return [part];
  const handsOver = untitled && ISSUES_A_DOCUMENT.test(part.title.text);
  for (let i = part.contentStart; i < part.endLine; i++) {
    const text = lines[i]?.text.trim() ?? '';
    if (!dateLine(text) && !(handsOver && handsPlanOver(text))) continue;
    let j = i + 1;
    while (j < part.endLine && (isBlank(lines[j]) || isDebris(lines[j]?.text ?? ''))) j++;
    if (j >= part.endLine || !startsItems(lines, j, part.endLine)) continue;
    const body: Part = { kind: 'other', title: null, startLine: j, endLine: part.endLine, contentStart: j, attachment: false, table: null };
    return [{ ...part, endLine: j }, body];
  }
  return [part];
}

/**
 * Whether a line is the sentence that hands a document over and ends there (…现印发给你们，请认真贯彻执行。); one that
 * goes on to a list (…印发给你们，并提出如下要求：) introduces the notice's own items.
 */
const handsPlanOver = (text: string): boolean => HANDS_OVER.test(text) && /[。.]$/.test(text);

/** How many numbered items a part holds, and in how many numbering styles. */
export const countItems = (lines: readonly SourceLine[], part: Part): { items: number; styles: number; worded: number } => {
  let items = 0;
  let worded = 0;
  const styles = new Set<string>();
  for (let i = part.contentStart; i < part.endLine; i++) {
    const text = lines[i]?.text ?? '';
    const label = recogniseLabel(text);
    if (!label) continue;
    items++;
    styles.add(label.style);
    if (text.length - label.contentStart >= MIN_WORDED_ITEM) worded++;
  }
  return { items, styles: styles.size, worded };
};

// An item worded as work to do runs to a phrase or a sentence; a catalogue's entries (1.1.1犁, 1.1.2旋耕机) are names.
const MIN_WORDED_ITEM = 10;

/**
 * An untitled attachment of numbered items right after a plan (附件 考评指标, 重点任务清单 written as a list) holds
 * the plan's own items, nested under headings as the plan's are: it becomes part of the plan. A short attachment with no items in between (the list of
 * attachments after 附件：) goes with it. A titled attachment (a table, another plan) stays a part of its own.
 */
function mergeItemAttachments(lines: readonly SourceLine[], parts: Part[]): Part[] {
  const out: Part[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as Part;
    const plan = out[out.length - 1];
    if (plan && PLAN_KINDS.has(plan.kind) && part.attachment && part.title === null && part.table === null) {
      // Look past attachment lists (no items) to the attachment that holds the items.
      let j = k;
      while (j < parts.length && parts[j]?.attachment && parts[j]?.title === null && countItems(lines, parts[j] as Part).items === 0 && j - k < 2) j++;
      const holder = parts[j];
      const held = holder ? countItems(lines, holder) : { items: 0, styles: 0, worded: 0 };
      // Note: items nested under headings (一、/（一）/1．) continue the plan; a flat numbered list is a list of its own
      // (重点项目清单: 1．项目一 2．项目二).
      // Note: a catalogue in the same nesting (补贴机具种类范围: 1.耕整地机械 / 1.1耕地机械 / 1.1.1犁) lists names, not work.
      if (holder?.attachment && holder.title === null && holder.table === null && held.items >= 3 && held.styles >= 2 && held.worded * 2 >= held.items) {
        plan.endLine = holder.endLine;
        k = j;
        continue;
      }
    }
    out.push(part);
  }
  return out;
}

/**
 * Whether a plan's body starts at line `from`: a numbered item within its first three content lines (an intro
 * sentence may come first), and no title or addressee line before it (a notice's header date is followed by those).
 */
function startsItems(lines: readonly SourceLine[], from: number, to: number): boolean {
  let seen = 0;
  for (let i = from; i < to && seen < 3; i++) {
    const line = lines[i];
    if (!line || isBlank(line) || isDebris(line.text)) continue;
    seen++;
    if (recogniseLabel(line.text)) return true;
    if (titleKind(line.text) || isAddresseeLine(line.text)) return false;
  }
  return false;
}

/** Whether numbered items follow soon after line `from` (within the next few content lines). */
function hasLabelledItems(lines: readonly SourceLine[], from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen < 8; i++) {
    const line = lines[i];
    if (!line || isBlank(line) || isDebris(line.text)) continue;
    seen++;
    if (recogniseLabel(line.text)) return true;
  }
  return false;
}

/** Whether a part's kind carries tasks. */
export function isPlanPart(part: Part): boolean {
  return PLAN_KINDS.has(part.kind);
}

export { kindFromTitle };
