import { createHash } from 'node:crypto';
import type { PlanIssue, Position } from '../model/types.js';
import { locateInSource, type SourceLocation } from '../formats/types.js';
import { parseDocument } from '../pipeline/parse-document.js';
import { decodeSource, type SourceEncoding, type UndecodableSource } from '../source/decode-source.js';
import type { SourceFormat } from '../source/source-format.js';
import { isPlanError } from '../errors/plan-error.js';
import { parseSource } from './parse-source.js';
import { decodeSourceBytes, describeUndecodable, readBytes } from './read-source.js';
import { detectSourceFormat } from '../source/source-format.js';
import { summarizeDocument, type DocumentSummary } from './summarize.js';

/** A file that could be read but is not text: reported like a parse issue, with where the bytes went wrong. */
export interface ReadIssue {
  code: 'binary-file' | 'not-utf8';
  severity: 'error';
  message: string;
  file: string;
  docId: null;
  /** Where the text stops being readable: line and column count the readable text before it. */
  position: Position;
  source: 'core:read';
}

/** What `validateFile` found in one file. */
export interface FileValidation {
  file: string;
  /** How the file was decoded; `null` when it is not text. */
  encoding: SourceEncoding | null;
  /** For a file converted to text, or refused by format: what it is (`html`, `docx`, `doc`, `pdf`, `wps`, `ofd`). */
  format?: SourceFormat;
  /** The plans the file holds, summarised. */
  documents: DocumentSummary[];
  /**
   * Parse diagnostics, or the reason the file is not text; in the order found. In a converted file, an issue with a
   * position also has its `origin`: where that is in the file itself (a PDF's page and line, a Word paragraph, a web page's element).
   */
  issues: Array<(PlanIssue | ReadIssue) & { origin?: SourceLocation }>;
  /** Counts of the issues by severity. */
  counts: { error: number; warning: number; info: number };
}

/**
 * The issue for bytes that are not text plankb reads, placed where they stop being readable.
 *
 * @param file The file, as the issue names it.
 * @param problem What `decodeSource` found.
 * @returns The issue.
 */
export function undecodableIssue(file: string, problem: UndecodableSource): ReadIssue {
  const point = { line: problem.line, column: problem.column, offset: problem.charOffset };
  return { code: problem.code, severity: 'error', message: describeUndecodable(problem), file, docId: null, position: { start: point, end: point }, source: 'core:read' };
}

function countsOf(issues: ReadonlyArray<{ severity: PlanIssue['severity'] }>): FileValidation['counts'] {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

/**
 * Check a plan file: read it (UTF-8 or GB18030 text, or a web page, Word or
 * PDF file converted to text), parse it, and collect every problem as data. Content problems (a binary file, an unknown encoding, an
 * empty file, text with no plan) are issues with severity `error`; only a
 * file that cannot be read at all throws.
 *
 * @param path The file's path.
 * @returns The file's encoding, its plans and its issues.
 * @throws {PlanError} `file-not-found` or `file-unreadable`.
 */
export function validateFile(path: string): FileValidation {
  const bytes = readBytes(path);
  const format = detectSourceFormat(path, bytes);
  if (format !== 'text' && format !== 'markdown' && format !== 'binary') {
    // Note: a WPS or OFD file, or one its converter cannot read, is a read issue at the file's start, like a binary file.
    try {
      const source = decodeSourceBytes(path, bytes);
      const result = parseSource(source);
      const extracted = result.extracted;
      const issues = result.issues.map((issue) => {
        const origin = extracted && issue.position ? locateInSource(extracted, issue.position.start.offset) : null;
        return origin ? { ...issue, origin } : issue;
      });
      return { file: path, encoding: source.encoding, format, documents: result.documents.map(summarizeDocument), issues, counts: countsOf(issues) };
    } catch (error) {
      if (!isPlanError(error) || (error.code !== 'binary-file' && error.code !== 'file-unreadable')) throw error;
      const start = { line: 1, column: 1, offset: 0 };
      const issue: ReadIssue = { code: 'binary-file', severity: 'error', message: error.message.replace(`${path}: `, ''), file: path, docId: null, position: { start, end: start }, source: 'core:read' };
      return { file: path, encoding: null, format, documents: [], issues: [issue], counts: countsOf([issue]) };
    }
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    const issue = undecodableIssue(path, decoded);
    return { file: path, encoding: null, documents: [], issues: [issue], counts: countsOf([issue]) };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const result = parseDocument(decoded.text, { file: path, sha256 });
  return { file: path, encoding: decoded.encoding, documents: result.documents.map(summarizeDocument), issues: result.issues, counts: countsOf(result.issues) };
}
