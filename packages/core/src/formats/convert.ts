import type { SourceFormat } from '../source/source-format.js';
import type { Conversion } from './types.js';

/** The formats a converter turns into text. */
export type ConvertedFormat = Extract<SourceFormat, 'html' | 'docx' | 'doc' | 'pdf'>;

/**
 * Whether a format is read through a converter rather than as text.
 *
 * @param format The format.
 * @returns `true` for HTML, .docx, .doc and PDF.
 */
export function isConvertedFormat(format: SourceFormat | null): format is ConvertedFormat {
  return format === 'html' || format === 'docx' || format === 'doc' || format === 'pdf';
}

/**
 * Convert a file to the text the plan parser reads. Each converter (and its
 * library: rehype-parse, mammoth, word-extractor, pdf.js) is imported only
 * when a file of its format is converted.
 *
 * @param bytes The file's bytes.
 * @param format Its format (from `detectSourceFormat`).
 * @returns The text, with where it came from.
 */
export async function convertSource(bytes: Uint8Array, format: ConvertedFormat): Promise<Conversion> {
  switch (format) {
    case 'html':
      return (await import('./html.js')).convertHtml(bytes);
    case 'docx':
      return (await import('./docx.js')).convertDocx(bytes);
    case 'doc':
      return (await import('./doc.js')).convertDoc(bytes);
    case 'pdf':
      return (await import('./pdf.js')).convertPdf(bytes);
  }
}
