import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';

/**
 * What a file is, as plankb reads it:
 * - `text`, `markdown`: read as they are;
 * - `html`, `docx`, `doc`, `pdf`: converted to text first;
 * - `wps`, `ofd`: recognised but not read (WPS 文字 and OFD files: save as .docx or PDF);
 * - `binary`: any other binary file (an image, a spreadsheet, an archive);
 * - `folder`: a directory.
 */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'doc' | 'pdf' | 'wps' | 'ofd' | 'binary' | 'folder';

/** The formats plankb reads a plan from (directly or by converting the file to text). */
export const READABLE_FORMATS: readonly SourceFormat[] = ['text', 'markdown', 'html', 'docx', 'doc', 'pdf'];

/** The file name extensions of the formats plankb reads, lower-case with the dot. */
export const READABLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml', '.shtml', '.mhtml', '.mht', '.docx', '.doc', '.rtf', '.pdf'];

/** How many leading bytes `detectSourceFormat` looks at; pass at least this many when you have them. */
export const SOURCE_FORMAT_HEAD_BYTES = 8192;

const EXTENSION_FORMAT: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.mhtml': 'html',
  '.mht': 'html',
  '.docx': 'docx',
  '.doc': 'doc',
  '.rtf': 'doc',
  '.pdf': 'pdf',
  '.wps': 'wps',
  '.wpt': 'wps',
  '.ofd': 'ofd',
};

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

/** A ZIP container: a Word document has `word/` entries, an OFD file `OFD.xml`; anything else (xlsx, pptx, zip) is not a plan file. */
function zipFormat(head: string, byExtension: SourceFormat | undefined): SourceFormat {
  if (head.includes('word/')) return 'docx';
  if (head.includes('OFD.xml') || head.includes('Doc_0/')) return 'ofd';
  if (head.includes('xl/') || head.includes('ppt/')) return 'binary';
  // Note: the entry names may lie beyond the bytes given; then the extension decides.
  return byExtension === 'docx' || byExtension === 'ofd' ? byExtension : 'binary';
}

/** The head of a MIME message that holds a page: its header fields, one of them a multipart/related content type. */
const WEB_ARCHIVE_HEAD = /^(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?content-type:[ \t]*multipart\/related\b/i;

/**
 * Whether bytes open a web archive (MHTML): a MIME message, header fields from its first line (From, Subject,
 * MIME-Version …), whose content type is multipart/related, as browsers save "Webpage, Single File" (.mhtml, .mht)
 * and Word "Single File Web Page"; sites' 下载/导出Word links serve Word's archive named .doc.
 *
 * @param head The file's first bytes.
 * @returns Whether they open a web archive.
 */
export function isWebArchive(head: Uint8Array): boolean {
  const text = latin1(head.subarray(0, 4096)).replace(/^\xef\xbb\xbf/, '').replace(/\r\n?/g, '\n');
  return WEB_ARCHIVE_HEAD.test(text);
}

/** Whether text looks like an HTML page or fragment (a saved page, or what a crawler stored) rather than prose. */
function looksLikeHtml(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 1024).toLowerCase();
  if (/^<!doctype\s+html/.test(start) || /^<html[\s>]/.test(start) || /^<\?xml[^>]*>\s*<(?:!doctype\s+)?html/.test(start)) return true;
  // A page fragment (gov.cn crawls start at `<div class="wrap">`): a tag first, and more tags soon after.
  if (!/^<(?:head|body|meta|div|table|p|section|article|span|title|link|script|style|!--)[\s>/]/.test(start)) return false;
  return (start.match(/<\/?[a-z][a-z0-9]*[\s>/]/g)?.length ?? 0) >= 3;
}

/**
 * Say what format a file is from its path and its first bytes. The bytes
 * decide wherever they can (a PDF renamed `.txt` is a PDF, a `.doc` that is
 * really a .docx is a .docx); the extension decides between formats whose
 * bytes look alike (a WPS 文字 `.wps` file and a Word `.doc` are both OLE2
 * files; Markdown and plain text are both text).
 *
 * @param path The file's path (only its extension is used).
 * @param head The file's first bytes: `SOURCE_FORMAT_HEAD_BYTES` of them, or the whole file.
 * @returns The format; never `folder` (use `sourceFormatOf` for a path on disk).
 */
export function detectSourceFormat(path: string, head: Uint8Array): SourceFormat {
  const byExtension = EXTENSION_FORMAT[extname(path).toLowerCase()];
  if (startsWith(head, ZIP)) return zipFormat(latin1(head.subarray(0, SOURCE_FORMAT_HEAD_BYTES)), byExtension);
  // Note: RTF is read with old Word files: Word opens an RTF file named .doc as its own, and sites serve them so.
  if (startsWith(head, RTF)) return 'doc';
  if (startsWith(head, OLE2)) {
    // Note: WPS 文字 saves .wps as OLE2 with the same streams as a .doc; only the name tells them apart.
    if (byExtension === 'wps') return 'wps';
    return 'doc';
  }
  // Note: `%PDF-` may follow a byte-order mark or whitespace some servers prepend. A text file that merely starts with
  // it (valid UTF-8 throughout, named .txt or .md) stays text: a real PDF has binary bytes near its start.
  if (/^(?:\s|\xef\xbb\xbf){0,16}%PDF-\d/.test(latin1(head.subarray(0, 64)))) {
    const textByName = byExtension === 'text' || byExtension === 'markdown';
    return textByName && isUtf8(head.subarray(0, Math.min(head.length, 1024))) ? 'text' : 'pdf';
  }
  if (head.length > 0 && isBinary(head)) return 'binary';
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 2048)).toString('latin1');
  if (byExtension === 'html' || isWebArchive(head)) return 'html';
  if (byExtension === 'markdown') return 'markdown';
  if (looksLikeHtml(text)) return 'html';
  return 'text';
}

/** Bytes that are not text in any encoding plankb reads: a NUL (outside UTF-16 with a byte-order mark, which is decoded; UTF-16 without one is named later), or a known image/archive signature. */
function isBinary(head: Uint8Array): boolean {
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return false;
  const signatures: number[][] = [
    [0x89, 0x50, 0x4e, 0x47],
    [0xff, 0xd8, 0xff],
    [0x47, 0x49, 0x46, 0x38],
    [0x1f, 0x8b],
    [0x52, 0x61, 0x72, 0x21],
    [0x37, 0x7a, 0xbc, 0xaf],
    [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
  ];
  if (signatures.some((s) => startsWith(head, s))) return true;
  return head.subarray(0, SOURCE_FORMAT_HEAD_BYTES).includes(0);
}

/**
 * Say what format a path on disk is: a folder, or a file's format from its first bytes.
 *
 * @param path The path.
 * @returns The format, or `null` when nothing exists at the path (or it cannot be read).
 */
export function sourceFormatOf(path: string): SourceFormat | null {
  let fd: number | undefined;
  try {
    if (statSync(path).isDirectory()) return 'folder';
    fd = openSync(path, 'r');
    const head = Buffer.alloc(SOURCE_FORMAT_HEAD_BYTES);
    const n = readSync(fd, head, 0, head.length, 0);
    return detectSourceFormat(path, head.subarray(0, n));
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
