import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PlanError } from '../errors/plan-error.js';
import { cachedConversion } from '../cache/extracted-text.js';
import { openParseCache } from '../cache/parse-cache.js';
import { isConvertedFormat } from '../formats/convert.js';
import { convertSourceSync } from '../formats/convert-sync.js';
import type { Conversion } from '../formats/types.js';
import { decodeSource, type SourceEncoding, type UndecodableSource } from '../source/decode-source.js';
import { detectSourceFormat, type SourceFormat } from '../source/source-format.js';


/** A source file read from disk: its path, its text and the SHA-256 of its bytes. */
export interface SourceFile {
  path: string;
  /** The decoded text; every position in the model is an offset into it (UTF-16 code units), not into the file's bytes. */
  text: string;
  /** SHA-256 of the file's bytes (not of the decoded text). */
  sha256: string;
  /** How the bytes were decoded. */
  encoding: SourceEncoding;
  /** The file ends in the middle of a character, cut off; `text` holds what comes before the cut. */
  truncated: boolean;
  /** What the file is: `text` or `markdown`, or a format converted to text (`html`, `docx`, `doc`, `pdf`). */
  format: SourceFormat;
  /** For a converted file: how it was converted (pages, metadata, notes); `text` is its text. */
  conversion?: Conversion;
}

/**
 * Why plankb does not read a WPS or OFD file, and what to do instead.
 *
 * @param path The file's path.
 * @param format `wps` or `ofd`.
 * @returns The message.
 */
export function unsupportedFormatMessage(path: string, format: 'wps' | 'ofd'): string {
  if (format === 'wps') {
    return `${path}: this is a WPS 文字 (.wps) file, which plankb does not read.\nOpen it in WPS Office (or Word) and save it as a Word document (.docx: 文件 → 另存为 → Word 文档) or export it as PDF, then give plankb that file.`;
  }
  return `${path}: this is an OFD file (版式文档), which plankb does not read.\nOpen it in an OFD reader (数科 OFD, 福昕 OFD) and export or print it as PDF, or use the document's web page, Word or PDF version.`;
}

/**
 * What is wrong with bytes that are not text plankb reads: what was found and what was expected.
 *
 * @param problem What `decodeSource` found.
 * @returns The description, without the place.
 */
export function describeUndecodable(problem: UndecodableSource): string {
  if (problem.code === 'binary-file') return `this is a binary file (${problem.found}); expected plain text or Markdown (UTF-8 or GB18030/GBK).`;
  return `not valid UTF-8 (${problem.found}), and not GB18030/GBK Chinese text either; expected UTF-8 or GB18030/GBK text.`;
}

/**
 * The message for bytes that are not text plankb reads: where, what was
 * found, what was expected, and how to fix it.
 *
 * @param path The file's path.
 * @param problem What `decodeSource` found.
 * @returns The message, starting with `path:line:column:`.
 */
export function undecodableMessage(path: string, problem: UndecodableSource): string {
  // Note: UTF-16 saved without a byte-order mark is named by its byte order, which the command converts from.
  const from = problem.found.startsWith('UTF-16 text (little-endian)') ? 'UTF-16LE' : problem.found.startsWith('UTF-16 text (big-endian)') ? 'UTF-16BE' : 'GB18030';
  const hint = problem.code === 'not-utf8' ? `\nIf the file is in another encoding or mixes encodings, convert it first, e.g. iconv -f ${from} -t UTF-8 ${path}` : '';
  return `${path}:${problem.line}:${problem.column}: ${describeUndecodable(problem)}${hint}`;
}

/**
 * Read a file's bytes, turning the file system's errors into `PlanError`s that say what was expected.
 *
 * @param path The file's path.
 * @returns The bytes.
 * @throws {PlanError} `file-not-found` or `file-unreadable`.
 */
export function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PlanError('file-not-found', `File not found: ${path}`, { cause });
    if (code === 'EISDIR') throw new PlanError('file-unreadable', `${path} is a folder; expected a plan file (.txt, .md, .html, .docx, .doc or .pdf).`, { cause });
    throw new PlanError('file-unreadable', `Cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
}

/**
 * Decode a file's bytes as `readSourceFile` does: text and Markdown as they
 * are, a web page, Word or PDF file converted to text.
 *
 * @param path The file's path, for messages (its extension helps tell formats apart).
 * @param bytes Its bytes.
 * @param sha256 Their SHA-256, when already computed.
 * @returns The source.
 * @throws {PlanError} `binary-file` (also for a WPS or OFD file, saying what to do), `not-utf8`, or `file-unreadable` for a file its converter cannot read.
 */
export function decodeSourceBytes(path: string, bytes: Uint8Array, sha256?: string): SourceFile {
  const format = detectSourceFormat(path, bytes);
  const hash = (): string => sha256 ?? createHash('sha256').update(bytes).digest('hex');
  if (format === 'wps' || format === 'ofd') throw new PlanError('binary-file', unsupportedFormatMessage(path, format));
  if (isConvertedFormat(format)) {
    const sha = hash();
    // Note: the extracted text is kept in the parse cache's folder, so that a command run again on a file does not convert it again.
    const conversion = cachedConversion(sha, format, openParseCache(), () => convertSourceSync(path, bytes, format));
    return { path, text: conversion.text, sha256: sha, encoding: conversion.encoding, truncated: false, format, conversion };
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) throw new PlanError(decoded.code, undecodableMessage(path, decoded));
  return { path, text: decoded.text, sha256: hash(), encoding: decoded.encoding, truncated: decoded.truncated === true, format: format === 'markdown' ? 'markdown' : 'text' };
}

/**
 * Read a file's bytes and decode them, as `readSourceFile` does, keeping the
 * bytes (to copy exactly what was read).
 *
 * @param path The file's path.
 * @returns The source and the bytes it was decoded from.
 * @throws {PlanError} As `readSourceFile`.
 */
export function readSourceBytes(path: string): { source: SourceFile; bytes: Buffer } {
  const bytes = readBytes(path);
  return { source: decodeSourceBytes(path, bytes), bytes };
}

/**
 * Read a plan document from disk: UTF-8 (with or without a byte-order
 * mark), UTF-16 with a byte-order mark, or GB18030/GBK when the bytes are not UTF-8 but decode cleanly to
 * Chinese text; a saved web page, a Word (.docx, .doc) or PDF file is
 * converted to text. Refuses other binary files (WPS and OFD files with what
 * to do instead) and text in any other encoding, saying where the problem is.
 *
 * @param path The file's path.
 * @returns Its text, the SHA-256 of its bytes and the encoding it was read in.
 * @throws {PlanError} `file-not-found`, `file-unreadable`, `binary-file` or `not-utf8`.
 */
export function readSourceFile(path: string): SourceFile {
  return readSourceBytes(path).source;
}
