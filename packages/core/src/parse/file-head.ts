// The head of a file, before its first numbered heading: site or database headers, the issuing notice (its title,
// number, signature) and the lines between a plan's title and its body (a report's ——date line, an outline's
// adoption note). What it says is a fallback for every plan of the file that does not say it itself.
import { isoDate } from '../model/dates.js';
import { dateLine, eventDateLine, findDate, monthLine } from './dates.js';
import { findDocNumbers, ownDocNumber } from './doc-number.js';
import { isPageFieldsLine, readHeaderValues, type HeaderValue } from './header-metadata.js';
import { isIssuerName, noticeIssuer, paddedRange } from './issuer.js';
import { indexNumberIn, isIndexNumber, titleKind } from './metadata.js';
import { recogniseLabel } from '../text/numbering.js';
import type { LineSpan, SourceLine } from '../text/source-lines.js';

export interface DatedSpan {
  iso: string;
  /** The date's place, or the label and the date (成文日期：2019年01月24日). */
  span: LineSpan;
}

export interface FileHead {
  /** Labelled values: 成文日期, 发布日期, 文号, 发布机构 … */
  written?: DatedSpan;
  /** 生成日期: the date a site's record gives, after the document's signature. */
  generated?: DatedSpan;
  published?: DatedSpan;
  headerIssuer?: LineSpan;
  headerDocNumber?: LineSpan;
  /** The index number (索引号) of a site's header table, or a 索引号：… line of the head. */
  indexNumber?: LineSpan;
  /** The issuer a notice title opens with (国务院关于印发…). */
  noticeIssuer?: LineSpan;
  /** A document number alone on its line or after the notice title. */
  docNumber?: LineSpan;
  /** A signature (issuer line, then date line) or a dated event line. */
  signatureIssuer?: LineSpan;
  signatureDate?: DatedSpan;
  /** A signature or a cover page dated by year and month only (大理州水务局 / 二零二五年十一月): its year. */
  signatureMonth?: { year: number; span: LineSpan };
  /** The page's fields under the article (信息来源：…　发布日期：…, （来源：…）), when the head is not the whole file. */
  tail?: { issuer?: LineSpan; written?: DatedSpan; published?: DatedSpan };
}

/** Lines at the end of a file read for the page's fields under its article. */
const TAIL_LINES = 6;

/** Lines read at most as a file's head when no numbered heading ends it sooner. */
const MAX_HEAD = 60;

/** The line after a file's head: its first numbered heading (一、, 第一章), or a bound. */
export function headEnd(lines: readonly SourceLine[]): number {
  const limit = Math.min(lines.length, MAX_HEAD);
  for (let i = 0; i < limit; i++) if (recogniseLabel(lines[i]?.text ?? '')) return i;
  return limit;
}

// A date that opens a span of days (时间：2024年1月5日至3月31日, an event's time in the text) dates no document.
const SPAN_AFTER_DATE = /^[\s\u3000]*(?:[至到~～—–-]|起)/;

function fromHeader(values: readonly HeaderValue[], lines: readonly SourceLine[], head: FileHead): void {
  for (const v of values) {
    const text = (lines[v.value.line]?.text ?? '').slice(v.value.from, v.value.to);
    if ((v.field === 'written' || v.field === 'generated' || v.field === 'published') && !head[v.field]) {
      const date = findDate(text);
      if (date && !SPAN_AFTER_DATE.test(text.slice(date.to))) head[v.field] = { iso: date.iso, span: v.labelled ?? { line: v.value.line, from: v.value.from + date.from, to: v.value.from + date.to } };
    } else if (v.field === 'issuer' && !head.headerIssuer && isIssuerName(text)) head.headerIssuer = v.value;
    else if (v.field === 'indexNumber' && !head.indexNumber && isIndexNumber(text.trim(), true)) head.indexNumber = v.value;
    else if (v.field === 'docNumber' && !head.headerDocNumber) {
      const [n] = findDocNumbers(text, true);
      if (n) head.headerDocNumber = { line: v.value.line, from: v.value.from + n.from, to: v.value.from + n.to };
    }
  }
}

// A signature run into the end of a flattened notice: …请认真贯彻落实。国务院办公厅2020年11月1日（此件公开发布）
const RUN_ON_SIGNATURE = /[。！]\s*([\u4e00-\u9fff、]{2,30}?)\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:[（(][^（）()]{1,12}[）)])?\s*$/;

// A newspaper export's source line (云南日报 / 2 0 0 1年 / 0 2月 / 2 0日 / 第 A0 1版 /): the day it was printed.
const NEWSPAPER_DATE = /(\d(?: ?\d){3})\s*年\s*\/\s*(\d(?: ?\d)?)\s*月\s*\/\s*(\d(?: ?\d)?)\s*日(?=\s*\/\s*第)/;

/**
 * Read a file's head.
 *
 * @param lines The file's lines.
 * @returns What it states.
 */
export function readFileHead(lines: readonly SourceLine[]): FileHead {
  const end = headEnd(lines);
  const head: FileHead = {};
  fromHeader(readHeaderValues(lines, 0, end), lines, head);
  let previousIssuer: LineSpan | null = null;
  // Whether the line above is a plan's title: a cover dates the plan by its month right under it (…规划 / 二〇二五年十二月).
  let coverTitleAbove = false;
  let eventDated = false;
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    const text = line?.text ?? '';
    if (!line || text.trim() === '') continue;
    const paper = NEWSPAPER_DATE.exec(text);
    if (paper && !head.published) {
      const date = isoDate(Number((paper[1] ?? '').replace(/ /g, '')), Number((paper[2] ?? '').replace(/ /g, '')), Number((paper[3] ?? '').replace(/ /g, '')));
      if (date) head.published = { iso: date, span: { line: i, from: paper.index, to: paper.index + paper[0].length } };
    }
    const notice = head.noticeIssuer ? null : (noticeIssuer(text) ?? titleIssuer(lines, i));
    if (notice) head.noticeIssuer = { line: i, ...notice };
    const index = head.indexNumber ? null : indexNumberIn(text);
    if (index) head.indexNumber = { line: i, ...index };
    const number = ownDocNumber(text);
    if (number && !head.docNumber) head.docNumber = { line: i, from: number.from, to: number.to };
    // Note: a signature (an issuer, then its date) under an adoption note (（2025年2月18日市政府常务会议审议通过）) dates
    // the document as signed; the meeting's date stands only when nothing signs.
    if (!head.signatureDate || (eventDated && previousIssuer && dateLine(text))) eventDated = readSignature(i, text, previousIssuer, coverTitleAbove, head) === 'event';
    if (isIssuerName(text)) previousIssuer = { line: i, ...paddedRange(text) };
    else previousIssuer = trailingIssuer(i, text);
    coverTitleAbove = titleKind(text) !== null;
  }
  readTail(lines, end, head);
  return head;
}

/**
 * The page's fields a site sets under an article instead of above it (信息来源：某局　发布日期：2025-03-05): the issuer
 * and dates of a plan that signs nowhere. Only lines that hold nothing but such fields are read.
 */
function readTail(lines: readonly SourceLine[], headEnd: number, head: FileHead): void {
  let from = lines.length;
  for (let seen = 0; from > headEnd && seen < TAIL_LINES; ) if ((lines[--from]?.text.trim() ?? '') !== '') seen++;
  const values: HeaderValue[] = [];
  for (let k = from; k < lines.length; k++) if (isPageFieldsLine(lines[k] as SourceLine)) values.push(...readHeaderValues(lines, k, k + 1));
  if (values.length === 0) return;
  const tail: FileHead = {};
  fromHeader(values, lines, tail);
  head.tail = {
    ...(tail.headerIssuer ? { issuer: tail.headerIssuer } : {}),
    ...((tail.written ?? tail.generated) ? { written: tail.written ?? tail.generated } : {}),
    ...(tail.published ? { published: tail.published } : {}),
  };
}

/**
 * The issuer a 公文 title opens with when it issues nothing (GB/T 9704: 发文机关 + 关于 + 事由 + 文种, 某省人民政府关于
 * 加快…的实施意见, 中共某县委 某县人民政府关于…的意见; a department's programme 某市水务局2025年工作要点), or when the title
 * is broken right after its issuer (某市人民政府办公室 / 关于印发…的通知): the bodies that open a title sign the document,
 * as a notice's do.
 */
function titleIssuer(lines: readonly SourceLine[], i: number): { from: number; to: number } | null {
  const text = lines[i]?.text ?? '';
  // Note: a notice that forwards another body's document names the forwarding body first (国务院办公厅转发国家发展改革委
  // 关于…的通知, 某市人民政府办公室批转…): that body issues it, not the one after the verb.
  const m = /^([\s\u3000\u00a0]*)([\u4e00-\u9fff（）()、\s\u3000\u00a0]{2,150}?)[\s\u3000\u00a0]*(关于|转发|批转)/.exec(text);
  if (m) {
    const from = m[1]?.length ?? 0;
    const name = m[2] ?? '';
    // Note: a joint title may list a dozen bodies (国家发展改革委　工业和信息化部　财政部…关于印发…), each a name.
    const named = isIssuerName(name) || name.split(/[\s\u3000\u00a0、]+/).every((body) => isIssuerName(body));
    // Note: the title may break right after 关于 (某市人民政府关于 / 加快…的实施意见); the lines together are the title.
    const title = titleKind(text) !== null || (/关于[\s\u3000\u00a0]*$/.test(text) && titleKind(text.trim() + (lines[i + 1]?.text.trim() ?? '')) !== null);
    return named && title ? { from, to: from + name.length } : null;
  }
  // A department's own programme titled with its name before the year (某市水务局2025年工作要点).
  const year = /^([\s\u3000\u00a0]*)([\u4e00-\u9fff（）()]{4,30}?)(?=(?:19|20)\d{2}\s*(?:年|[-—–－]))/.exec(text);
  if (year && isIssuerName(year[2] ?? '') && titleKind(text) !== null) {
    const from = year[1]?.length ?? 0;
    return { from, to: from + (year[2]?.length ?? 0) };
  }
  const next = lines[i + 1]?.text.trim() ?? '';
  return next.startsWith('关于') && isIssuerName(text) ? paddedRange(text) : null;
}

/** Read a signature from a line of the head; says whether it was an event's date line (a meeting's, with no issuer). */
function readSignature(i: number, text: string, previousIssuer: LineSpan | null, coverTitleAbove: boolean, head: FileHead): 'event' | null {
  const plain = dateLine(text);
  if (plain) {
    head.signatureDate = { iso: plain.iso, span: { line: i, from: plain.from, to: plain.to } };
    if (previousIssuer) head.signatureIssuer = previousIssuer;
    return null;
  }
  const month = (previousIssuer || coverTitleAbove) && !head.signatureMonth ? monthLine(text) : null;
  if (month) {
    // Note: the issuer above a year-and-month line is the signature's even though the day is not given.
    head.signatureMonth = { year: month.year, span: { line: i, from: month.from, to: month.to } };
    if (previousIssuer) head.signatureIssuer ??= previousIssuer;
    return null;
  }
  const event = eventDateLine(text);
  if (event) {
    head.signatureDate = { iso: event.iso, span: { line: i, from: event.from, to: event.to } };
    if (event.issuer && isIssuerName(text.slice(event.issuer.from, event.issuer.to))) head.signatureIssuer = { line: i, ...event.issuer };
    return event.issuer ? null : 'event';
  }
  const runOn = RUN_ON_SIGNATURE.exec(text);
  const issuer = runOn?.[1] ?? '';
  const date = runOn ? findDate(runOn[2] ?? '') : null;
  if (runOn && date && isIssuerName(issuer)) {
    const at = (runOn.index ?? 0) + runOn[0].indexOf(issuer);
    const dateAt = (runOn.index ?? 0) + runOn[0].indexOf(runOn[2] ?? '', issuer.length);
    head.signatureDate = { iso: date.iso, span: { line: i, from: dateAt, to: dateAt + (runOn[2]?.length ?? 0) } };
    head.signatureIssuer = { line: i, from: at, to: at + issuer.length };
  }
  return null;
}

// A signature's issuer at the end of a paragraph line after a run of spaces (…请认真贯彻实施。　　　　国务院), the date on
// the next line: pages that pad the signature to the right with spaces.
function trailingIssuer(i: number, text: string): LineSpan | null {
  const m = /[。！][\s\u3000\u00a0]{4,}([\u4e00-\u9fff、]{2,30})[\s\u3000\u00a0]*$/.exec(text);
  if (!m || !isIssuerName(m[1] ?? '')) return null;
  const from = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
  return { line: i, from, to: from + (m[1]?.length ?? 0) };
}
