import type { DocumentLevel, DocumentStatus, Period, Provenance } from '../model/types.js';
import { findRegion } from '../region/find-region.js';
import type { Locator } from './locator.js';
import { periodFromText, yearFromText } from './metadata.js';
import type { LineSpan } from './outline.js';
import type { FoundMeta } from './part-metadata.js';
import { quoteOffsets, quoteSpans, type Quote } from './quote.js';
import type { TitleInfo } from './segment.js';
import type { SourceLine } from './source-lines.js';

/** A plan's metadata as read from its text, each value with where it came from. */
export interface TextMetadata {
  title: string;
  status: DocumentStatus;
  region: string | null;
  parentRegion: string | null;
  province: string | null;
  level: DocumentLevel;
  year: number | null;
  period: Period | null;
  issuer: string | null;
  docNumber: string | null;
  indexNumber: string | null;
  date: string | null;
  provenance: Record<string, Provenance>;
}

const fromText = (q: Quote): Provenance => ({ from: 'text', position: q.position, quote: q.text });
const derivedFrom = (q: Quote | null): Provenance => ({ from: 'derived', position: q?.position ?? null, quote: q?.text ?? null });

/**
 * Gather a plan's metadata from its title, its own signature block and the
 * notice or announcement that issues it (the plan's own values win).
 *
 * @param lines The file's lines.
 * @param locator The file's locator.
 * @param title The plan's title, if it has one.
 * @param own Metadata lines found in the plan itself (its signature).
 * @param issuing Metadata lines of the notice that issues it.
 * @returns The metadata and its provenance.
 */
export function readDocumentMetadata(
  lines: readonly SourceLine[],
  locator: Locator,
  title: TitleInfo | null,
  own: FoundMeta,
  issuing: FoundMeta,
): TextMetadata {
  const provenance: Record<string, Provenance> = {};
  const meta: TextMetadata = {
    title: '',
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
  const issuer = quote(own.issuer) ?? quote(issuing.issuer);
  if (issuer) {
    meta.issuer = issuer.text;
    provenance.issuer = fromText(issuer);
  }
  const dated = own.date ?? issuing.date;
  if (dated) {
    meta.date = dated.iso;
    provenance.date = fromText(quote(dated.span) as Quote);
  }
  const docNumber = quote(own.docNumber) ?? quote(issuing.docNumber);
  if (docNumber) {
    meta.docNumber = docNumber.text;
    provenance.docNumber = fromText(docNumber);
  }
  const indexNumber = quote(own.indexNumber) ?? quote(issuing.indexNumber);
  if (indexNumber) {
    meta.indexNumber = indexNumber.text;
    provenance.indexNumber = fromText(indexNumber);
  }
  // Region: the title names it (2025年青浦区…), else the issuer (上海市黄浦区数据局).
  for (const source of [titleQuote, issuer]) {
    if (!source) continue;
    const found = findRegion(source.text);
    if (!found) continue;
    const at = quoteOffsets(locator, source.start + found.from, source.start + found.to);
    meta.region = found.region;
    meta.level = found.level;
    provenance.region = source === titleQuote && title && title.end - title.start !== title.text.length ? derivedFrom(at) : fromText(at);
    provenance.level = derivedFrom(at);
    if (found.parentRegion) {
      meta.parentRegion = found.parentRegion;
      provenance.parentRegion = derivedFrom(at);
    }
    if (found.province) {
      meta.province = found.province;
      provenance.province = derivedFrom(at);
    }
    break;
  }
  if (title && titleQuote) {
    const period = periodFromText(title.text);
    if (period) {
      meta.period = period;
      provenance.period = derivedFrom(titleQuote);
    }
    const year = yearFromText(title.text);
    if (year !== null && !period) {
      meta.year = year;
      provenance.year = derivedFrom(titleQuote);
    }
  }
  return meta;
}
