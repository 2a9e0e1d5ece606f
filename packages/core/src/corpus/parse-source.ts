import type { PlanIssue } from '../model/types.js';
import type { Conversion, ConversionNote, SourceOrigin } from '../formats/types.js';
import { parseDocument, type ParseOptions, type ParseResult } from '../pipeline/parse-document.js';
import type { SourceFormat } from '../source/source-format.js';
import type { SourceFile } from './read-source.js';

/** The text a converted file (web page, Word, PDF) was read as: every position of the result is an offset into `text`. */
export interface ExtractedText {
  format: SourceFormat;
  text: string;
  /** PDF: the offset in `text` where each page starts (`pages[0]` is page 1's). */
  pages?: number[];
  /** Where each stretch of `text` is in the file (a PDF's page and line, a Word paragraph, a web page's element): see `locateInSource`. */
  origins?: SourceOrigin[];
  /** Metadata the file marks up (a page's ArticleTitle, PubDate, 索引号 …; a PDF's or Word file's title). */
  metadata: Record<string, string>;
}

/** What `parseFile` returns: the parse and, for a converted file, the text it was read as. */
export interface FileParseResult extends ParseResult {
  /** For a web page, Word or PDF file: the extracted text the positions point into. Absent for text and Markdown. */
  extracted?: ExtractedText;
}

/** Notes of a file that gives no text to parse: a scan, a page that lists documents, a page whose text is not in it. */
const EMPTY_NOTES = new Set<ConversionNote['code']>(['no-text-layer', 'listing-page', 'no-article']);

/**
 * A converter's notes as parse issues. A PDF without a text layer is an
 * `empty-input` error that says it is a scan; other notes are warnings.
 *
 * @param file The file, as the issues name it.
 * @param conversion The conversion.
 * @returns The issues.
 */
export function conversionIssues(file: string, conversion: Conversion): PlanIssue[] {
  return conversion.notes.map((note) => ({
    // Note: the issue codes are the model's; a scan is an empty input, a partly unreadable file a file-unreadable warning.
    code: EMPTY_NOTES.has(note.code) ? 'empty-input' : 'file-unreadable',
    severity: note.severity,
    message: note.message,
    file,
    docId: null,
    position: null,
    source: `core:${conversion.format}`,
  }));
}

/**
 * Add a conversion's notes to a parse of its text: a scan's `no-text-layer`
 * error replaces the parser's own `empty-input` (which could only say the text is empty).
 *
 * @param result The parse.
 * @param file The file, as issues name it.
 * @param conversion The conversion.
 * @returns The parse with the notes among its issues.
 */
export function withConversionIssues<T extends ParseResult>(result: T, file: string, conversion: Conversion): T {
  const notes = conversionIssues(file, conversion);
  if (notes.length === 0) return withAttachmentMessage(result, conversion);
  const scan = conversion.notes.some((n) => EMPTY_NOTES.has(n.code));
  const issues = scan ? result.issues.filter((i) => i.code !== 'empty-input') : result.issues;
  return { ...result, issues: [...notes, ...issues] };
}

/**
 * A page with no plan in its text that attaches files (a notice that issues 《…》 as 附件：….pdf): its no-structure
 * error says so and names the files, the plan being in them, instead of only that the text has no plan.
 */
function withAttachmentMessage<T extends ParseResult>(result: T, conversion: Conversion): T {
  const files = conversion.metadata.attachments;
  if (!files || !result.issues.some((i) => i.code === 'no-structure')) return result;
  const issued = /《[^》]+》/.exec(conversion.metadata.title ?? '')?.[0];
  const links = (conversion.metadata.attachmentLinks ?? '').split('\n').filter((l) => l !== '');
  const message = `No plan in the page's text: it issues ${issued ?? 'its document'} as an attached file (${files.split('\n').join(', ')}${links.length > 0 ? `: ${links.join(', ')}` : ''}). The plan is in that file: download it and give plankb the file.`;
  return { ...result, issues: result.issues.map((i) => (i.code === 'no-structure' ? { ...i, message } : i)) };
}

/**
 * Parse options for a source: converted text is read as plain text (its
 * tables look like Markdown's, but the rest of it is not Markdown).
 *
 * @param source The source.
 * @returns The options that depend on it.
 */
export function sourceParseOptions(source: Pick<SourceFile, 'format'>): Pick<ParseOptions, 'format'> {
  return source.format === 'text' || source.format === 'markdown' ? {} : { format: 'text' };
}

/**
 * Parse a source read from disk, keeping a converted file's text with the result.
 *
 * @param source The source, from `readSourceFile`.
 * @param options Parse options (the file name to report, ids, metadata).
 * @returns The parse.
 */
export function parseSource(source: SourceFile, options: ParseOptions = {}): FileParseResult {
  const file = options.file ?? source.path;
  const parsed = parseDocument(source.text, { file, sha256: source.sha256, truncated: source.truncated, ...sourceParseOptions(source), ...options });
  const conversion = source.conversion;
  if (!conversion) return parsed;
  const extracted: ExtractedText = { format: conversion.format, text: conversion.text, metadata: conversion.metadata };
  if (conversion.pages) extracted.pages = conversion.pages;
  if (conversion.origins) extracted.origins = conversion.origins;
  return { ...withConversionIssues(parsed, file, conversion), extracted };
}
