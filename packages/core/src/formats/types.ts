import type { SourceEncoding } from '../source/decode-source.js';
import type { SourceFormat } from '../source/source-format.js';

/** A problem a converter found, told like a parse issue: `error` when the file gives no text to read. */
export interface ConversionNote {
  /** `no-text-layer`: a PDF that is a scanned image; `empty-pages`: some pages are images only; `unreadable-part`: text the converter could not read (a font without a Unicode map, Word numbering it could not restore); `listing-page`: a web page that lists documents (a column's page) rather than holding one; `no-article`: a web page whose text is not in the file (shown in a frame, or filled in by its script). */
  code: 'no-text-layer' | 'empty-pages' | 'unreadable-part' | 'listing-page' | 'no-article';
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/**
 * A file converted to the plain text the plan parser reads. Every position of
 * a plan read from it is an offset into `text`, so `text` is kept with the result.
 */
export interface Conversion {
  /** What the file was. */
  format: SourceFormat;
  /** The extracted text: one line per paragraph, table row or heading; table cells separated by ` | `. */
  text: string;
  /** How a web page's bytes were decoded; Word and PDF files hold Unicode text. */
  encoding: SourceEncoding;
  /** PDF: the offset in `text` where each page starts (`pages[0]` is page 1's). */
  pages?: number[];
  /** Where each stretch of `text` came from in the file, in order of offset (see `SourceOrigin`). */
  origins?: SourceOrigin[];
  /** Metadata the file marks up (a web page's `ArticleTitle`, `PubDate`, 索引号 …; a PDF's or Word file's title), by name. */
  metadata: Record<string, string>;
  /** What the converter could not read, or had to guess. */
  notes: ConversionNote[];
}

/**
 * Where a stretch of extracted text starts in the file, in terms a reader can
 * check in the file itself: a PDF's page and the line on it, a Word file's
 * paragraph, a web page's element.
 */
export interface SourceOrigin {
  /** The offset in the extracted text where the stretch starts; it runs to the next origin's offset. */
  offset: number;
  /** PDF: the 1-based page. */
  page?: number;
  /** PDF: the 1-based line on the page, counted top to bottom as the page sets them (running heads and page numbers too). */
  line?: number;
  /** Word: the 1-based paragraph of the document's body, counted as Word does (empty paragraphs and table cells' paragraphs too). */
  paragraph?: number;
  /** Word, inside a table: the 1-based table, and the row in it. */
  table?: number;
  row?: number;
  /** Web page: a CSS selector of the element the text is in (`#UCAP-CONTENT > p:nth-of-type(5)`), for the browser's developer tools. */
  element?: string;
}

/** Where a point of extracted text is in the file: its stretch's origin, and `column`, the 1-based character in the stretch. */
export type SourceLocation = Omit<SourceOrigin, 'offset'> & { column: number };

/**
 * Where an offset of extracted text comes from in the file.
 *
 * @param extracted The conversion (or the extracted text kept with a parse).
 * @param offset An offset into its text.
 * @returns The origin of the stretch holding the offset, with `column`: the 1-based character in that stretch; `null` when the text has no origins (a text file).
 */
export function locateInSource(extracted: Pick<Conversion, 'origins'>, offset: number): SourceLocation | null {
  const origins = extracted.origins;
  if (!origins || origins.length === 0) return null;
  let lo = 0;
  let hi = origins.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((origins[mid]?.offset ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const origin = origins[lo];
  if (!origin || origin.offset > offset) return null;
  const { offset: start, ...where } = origin;
  return { ...where, column: offset - start + 1 };
}

/**
 * The page of an offset in a converted PDF's text.
 *
 * @param conversion The conversion.
 * @param offset An offset into its text.
 * @returns The 1-based page, or `null` when the file has no pages.
 */
export function pageAt(conversion: Pick<Conversion, 'pages'>, offset: number): number | null {
  const pages = conversion.pages;
  if (!pages || pages.length === 0) return null;
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pages[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
