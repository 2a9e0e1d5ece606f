import type { SourceEncoding } from '../source/decode-source.js';
import type { SourceFormat } from '../source/source-format.js';

/** A problem a converter found, told like a parse issue: `error` when the file gives no text to read. */
export interface ConversionNote {
  /** `no-text-layer`: a PDF that is a scanned image; `empty-pages`: some pages are images only; `lost-numbering`: … */
  code: 'no-text-layer' | 'empty-pages' | 'unreadable-part';
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
  /** Metadata the file marks up (a web page's `ArticleTitle`, `PubDate`, 索引号 …; a PDF's or Word file's title), by name. */
  metadata: Record<string, string>;
  /** What the converter could not read, or had to guess. */
  notes: ConversionNote[];
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
