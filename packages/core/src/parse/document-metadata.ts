import { toHalfWidthDigits } from '../_utils/chinese-numerals.js';
import type { MetadataField } from '../model/metadata-fields.js';
import type { PlanDocument, Provenance } from '../model/types.js';
import type { Locator } from '../text/locator.js';
import { findDocNumbers } from './doc-number.js';
import { isIssuerName, splitRunTogetherIssuers } from './issuer.js';
import { readFileHead } from './file-head.js';
import { annualPeriod, periodOfTitle, yearOfTitle } from '../text/period.js';
import { placeRegion } from './place-region.js';
import { statusFromIssuingTitle } from './metadata.js';
import type { FoundMeta } from './part-metadata.js';
import { quoteOffsets, quoteSpans, type Quote } from '../text/quote.js';
import type { TitleInfo } from './segment.js';
import type { LineSpan, SourceLine } from '../text/source-lines.js';

/**
 * A plan's metadata as read from its text, each value with where it came from: the metadata fields
 * (model/metadata-fields.ts) but its kind, which segmenting the file decides.
 */
export type TextMetadata = Pick<PlanDocument, Exclude<MetadataField, 'kind'>> & { provenance: Record<string, Provenance> };

const fromText = (q: Quote): Provenance => ({ from: 'text', position: q.position, quote: q.text });
const derivedFrom = (q: Pick<Quote, 'text' | 'position'> | null): Provenance => ({ from: 'derived', position: q?.position ?? null, quote: q?.text ?? null });

// A title's period in brackets without 年 (…行动计划（2025—2027）), as web pages shorten it; only a title's, as a body's
// bracketed years may be anything.
const BRACKETED_YEARS = /[(（]\s*((?:19|20)\d{2})\s*(?:[-—–~～至到－]+|——)\s*((?:19|20)\d{2})\s*[)）]/;

function bracketedYears(title: string): { start: number; end: number } | null {
  const m = BRACKETED_YEARS.exec(title);
  const start = Number(m?.[1]);
  const end = Number(m?.[2]);
  return m && end >= start && end - start <= 15 ? { start, end } : null;
}

/**
 * The period and the year a title names (…（2024—2026年）, 2024年…工作要点), set on the metadata with the title as
 * their provenance: for a plan's own title line, and for the title its issuing notice gives an untitled plan.
 *
 * @param meta The metadata to complete.
 * @param text The title.
 * @param titleQuote Where the title stands.
 */
export function readTitlePeriod(meta: TextMetadata, text: string, titleQuote: Pick<Quote, 'text' | 'position'>): void {
  const span = periodOfTitle(text) ?? bracketedYears(text);
  const period = span ?? annualPeriod(text);
  if (period) {
    meta.period = period;
    meta.provenance.period = derivedFrom(titleQuote);
  }
  // Note: a year beside a plan's period is a horizon (“十四五”规划和2035年远景目标纲要), not the document's year.
  const year = span ? null : yearOfTitle(text);
  if (year !== null) {
    meta.year = year;
    meta.provenance.year = derivedFrom(titleQuote);
  }
}

// A plan that counts its years in its title (三年行动方案, 两年攻坚行动) without naming them.
// Note: the count stands alone (三年行动), never as the last digit of a year (二〇二五年计划).
const COUNTED_YEARS = /(?<![〇零○O一二三四五六七八九十\d])([两二三四五])年(?:行动|攻坚|计划|规划|方案|工程|提升|专项|倍增)/;
const YEAR_COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };
// A span of years in the text: 2025—2027年, 2025年至2027年, 2025-2027年.
const YEAR_SPAN = /((?:19|20)\d{2})\s*年?\s*(?:[-—–~～至到－]+|——)\s*((?:19|20)\d{2})\s*年/;
/** Lines of a plan's opening searched for the span its title counts: the preamble and the first chapter. */
const OPENING_LINES = 40;

/**
 * The period of a plan whose title counts its years but names none (某县推进全域旅游三年行动方案): the first span of
 * that many years its opening states (行动期限为2025年至2027年, 计划期为2025—2027年), which is where 公文 of every
 * province put it when the title does not. A span of another length is something else (a baseline, a stage).
 *
 * @param meta The metadata to complete; left alone when it has a period or its title counts no years.
 * @param lines The file's lines.
 * @param locator The file's locator.
 * @param from The plan's first line after its title.
 * @param to The line after the plan's last.
 */
export function readCountedPeriod(meta: TextMetadata, lines: readonly SourceLine[], locator: Locator, from: number, to: number): void {
  const counted = meta.period === null && meta.title ? COUNTED_YEARS.exec(meta.title) : null;
  if (!counted) return;
  const years = YEAR_COUNT[counted[1] ?? ''] ?? 0;
  for (let i = from; i < Math.min(to, from + OPENING_LINES); i++) {
    const text = lines[i]?.text ?? '';
    const m = YEAR_SPAN.exec(text);
    if (!m) continue;
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (end - start + 1 !== years) continue;
    const q = quoteSpans(lines, locator, [{ line: i, from: m.index, to: m.index + m[0].length }]);
    meta.period = { start, end };
    meta.provenance.period = derivedFrom(q);
    return;
  }
}

/**
 * Gather a plan's metadata from its title, its own signature block and the
 * notice or announcement that issues it (the plan's own values win).
 *
 * @param lines The file's lines.
 * @param locator The file's locator.
 * @param title The plan's title, if it has one.
 * @param own Metadata lines found in the plan itself (its signature).
 * @param issuing Metadata lines of the notice that issues it.
 * @param issuingTitle The title of the notice or announcement that issues it, if it has one.
 * @returns The metadata and its provenance.
 */
export function readDocumentMetadata(
  lines: readonly SourceLine[],
  locator: Locator,
  title: TitleInfo | null,
  own: FoundMeta,
  issuing: FoundMeta,
  issuingTitle: TitleInfo | null = null,
): TextMetadata {
  const provenance: Record<string, Provenance> = {};
  const meta: TextMetadata = {
    title: null,
    status: title?.status ?? 'final',
    region: null,
    parentRegion: null,
    province: null,
    level: 'unknown',
    year: null,
    period: null,
    issuer: null,
    docNumber: null,
    indexNumber: null,
    date: null,
    provenance,
  };
  const quote = (span: LineSpan | undefined): Quote | null => (span ? quoteSpans(lines, locator, [span]) : null);
  const titleQuote = title ? quoteOffsets(locator, title.start, title.end) : null;
  if (title && titleQuote) {
    meta.title = title.text;
    provenance.title = fromText(titleQuote);
    provenance.kind = derivedFrom(titleQuote);
    provenance.status = title.statusSpan ? derivedFrom(quoteOffsets(locator, title.statusSpan.start, title.statusSpan.end)) : derivedFrom(null);
  }
  // A document published for comment (关于公开征求《…》意见的公告 above it) is a consultation draft when its own title
  // states no status.
  const asked = !title?.status && issuingTitle ? statusFromIssuingTitle(issuingTitle.text) : null;
  if (asked && issuingTitle) {
    meta.status = asked;
    provenance.status = derivedFrom(quoteOffsets(locator, issuingTitle.start, issuingTitle.end));
  }
  // Note: what the plan's own signature or its notice says first; then the file's head (site headers, the notice
  // as a flattened page writes it), which may hold what they do not.
  const head = readFileHead(lines);
  // Note: joint issuers signing on lines of their own are quoted from the first line to the last.
  const signedBy = (found: FoundMeta): Quote | null =>
    found.issuer && found.issuerFirst ? quoteSpans(lines, locator, [found.issuerFirst, found.issuer]) : quote(found.issuer);
  const issuer =
    signedBy(own) ??
    signedBy(issuing) ??
    quote(head.headerIssuer) ??
    quote(head.signatureIssuer) ??
    quote(head.noticeIssuer) ??
    quote(own.printed?.issuer) ??
    quote(issuing.printed?.issuer) ??
    coverIssuer(lines, locator, title) ??
    quote(head.tail?.issuer);
  if (issuer) {
    // Note: joint issuers sign on one line apart by spaces (海南省农业农村厅　　　海南省财政厅); the value lists them
    // with 、 as a reader writes them, the provenance keeps the line as it is.
    // Note: a name spaced out a character at a time (荆 门 市 人 民 政 府, a signature spread to its line's width) is one.
    const pieces = issuer.text.trim().split(/[\s\u00a0\u3000]+/);
    const listed = issuer.text.trim().replace(/(?<=[\u4e00-\u9fff）)])[\s\u00a0\u3000]+(?=[\u4e00-\u9fff（(])/g, '、');
    meta.issuer = pieces.length >= 3 && pieces.every((p) => p.length === 1) ? pieces.join('') : listed.split('、').flatMap(splitRunTogetherIssuers).join('、');
    provenance.issuer = fromText(issuer);
  }
  // The document's date is the one it was written (成文日期, the signature); the publication date only when there is
  // no other. A labelled date's quote carries its label, so the provenance says which date it is.
  // Note: the print date (…印发 in the 版记) comes days after the signing; it stands in only for a document that is
  // signed nowhere, before a web page's publication date.
  // Note: the page's fields under the article come last, the written date before the head's publication date.
  // Note: a site's 生成日期 comes after the signature: where they differ, the record was made later than the document.
  const dated =
    head.written ?? own.date ?? issuing.date ?? head.signatureDate ?? head.generated ?? own.printed?.date ?? issuing.printed?.date ?? head.tail?.written ?? head.published ?? head.tail?.published;
  if (dated) {
    meta.date = dated.iso;
    provenance.date = fromText(quote(dated.span) as Quote);
  }
  const docNumber = quote(own.docNumber) ?? quote(issuing.docNumber) ?? quote(head.headerDocNumber) ?? quote(head.docNumber);
  if (docNumber) {
    // Note: spaces inside a number are typesetting (湘政办发〔2024〕 12号, centred or justified lines); the value is the
    // number as cited, the provenance keeps the line as it is.
    // Note: so are full-width digits (〔２０２５〕１２号): the number is cited in ASCII digits.
    // Note: a number whose 号 was dropped (湘水发〔2023〕15) is cited with it.
    meta.docNumber = toHalfWidthDigits(docNumber.text.replace(/[\s\u00a0\u3000]+/g, '')).replace(/(?<=\d)$/, '号');
    provenance.docNumber = fromText(docNumber);
  }
  const indexNumber = quote(own.indexNumber) ?? quote(issuing.indexNumber) ?? quote(head.indexNumber);
  if (indexNumber) {
    meta.indexNumber = indexNumber.text;
    provenance.indexNumber = fromText(indexNumber);
  }
  placeRegion(meta, locator, title, titleQuote, issuer, docNumber);
  if (!issuer && title) readReportIssuer(meta, locator, title);
  if (title && titleQuote) readTitlePeriod(meta, title.text, titleQuote);
  // A title that names no single year (…（2021-2023年）, “十四五”…): the year the document is dated, else the year
  // its number was issued in (皖政办秘〔2021〕82号).
  if (meta.year === null && meta.date && provenance.date) {
    meta.year = Number(meta.date.slice(0, 4));
    provenance.year = { from: 'derived', position: provenance.date.position, quote: provenance.date.quote };
  } else if (meta.year === null && !meta.date && (own.month ?? issuing.month ?? head.signatureMonth)) {
    // A signature or cover dated by year and month only (2024年5月): the date stays unknown, its year is the document's.
    const month = (own.month ?? issuing.month ?? head.signatureMonth) as { year: number; span: LineSpan };
    const q = quote(month.span) as Quote;
    meta.year = month.year;
    provenance.year = { from: 'derived', position: q.position, quote: q.text };
  } else if (meta.year === null && docNumber) {
    const [n] = findDocNumbers(docNumber.text, true);
    if (n) {
      meta.year = n.year;
      provenance.year = { from: 'derived', position: docNumber.position, quote: docNumber.text };
    }
  }
  return meta;
}

/**
 * The issuer a cover names beside the title, on the line right above or below it (成都市生态环境局 / 成都市大气污染防治
 * 2025年工作计划), as Word exports and printed plans without a signature set it.
 */
function coverIssuer(lines: readonly SourceLine[], locator: Locator, title: TitleInfo | null): Quote | null {
  if (!title) return null;
  const at = (offset: number): number => lines.findIndex((l) => l.start <= offset && offset < l.start + l.text.length + 1);
  const first = at(title.start);
  const last = at(Math.max(title.start, title.end - 1));
  for (const k of [first - 1, last + 1]) {
    const line = lines[k];
    if (!line || k < 0) continue;
    const text = line.text.trim();
    if (text === '' || !isIssuerName(text)) continue;
    const from = line.text.indexOf(text);
    return quoteSpans(lines, locator, [{ line: k, from, to: from + text.length }]);
  }
  return null;
}

// How a government work report names the government it speaks for: 现在，我代表市人民政府，向大会报告工作 (我代表国务院,
// 我代表自治区人民政府, 我代表县人民政府). The report is that government's, as its title says (政府工作报告), and a
// report has no signature or notice that names it otherwise.
const ON_BEHALF_OF = /我代表((?:[\u4e00-\u9fff]{0,12}?(?:自治区|省|市|州|盟|县|旗|区))?人民政府|国务院)[，,]\s*向(?:大会|会议|全会)/;
/** How far after a report's title its opening sentence is looked for: the subtitle, the speaker and the greeting. */
const REPORT_OPENING = 400;

/**
 * The issuer of a government work report: the government its opening sentence speaks for, with the region's name when
 * it names only its level (市人民政府 of a report to 南平市's congress is 南平市人民政府).
 */
function readReportIssuer(meta: TextMetadata, locator: Locator, title: TitleInfo): void {
  if (!/政府工作报告/.test(title.text)) return;
  const m = ON_BEHALF_OF.exec(locator.text.slice(title.end, title.end + REPORT_OPENING));
  const body = m?.[1];
  if (!m || !body) return;
  const from = title.end + m.index + 3;
  const level = /^(?:自治区|省|市|州|盟|县|旗|区)(?=人民政府)/.exec(body)?.[0];
  // Note: the region's own name ends in the level the sentence names (南平市, 鼓楼区, 延边朝鲜族自治州); another level
  // (a report whose region was read elsewhere) leaves the government as written.
  const region = meta.region;
  meta.issuer = level && region?.endsWith(level) && region !== level ? `${region}${body.slice(level.length)}` : body;
  meta.provenance.issuer = derivedFrom(quoteOffsets(locator, from, from + body.length));
}

