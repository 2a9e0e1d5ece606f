import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PlanError } from '../issues/plan-error.js';

export interface SourceFile {
  path: string;
  text: string;
  sha256: string;
}

/** Line and column (1-based, in characters) of a byte offset, counting only the valid text before it. */
function byteToPoint(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** The first byte offset where `bytes` stops being valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Read a plan document from disk as UTF-8 text. Refuses binary files and
 * text in another encoding, saying where the problem is.
 *
 * @param path The file's path.
 * @returns Its text and the SHA-256 of its bytes.
 * @throws {PlanError} `file-not-found`, `file-unreadable`, `binary-file` or `not-utf8`.
 */
export function readSourceFile(path: string): SourceFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PlanError('file-not-found', `File not found: ${path}`, { cause });
    if (code === 'EISDIR') throw new PlanError('file-unreadable', `${path} is a folder; expected a .txt or .md file.`, { cause });
    throw new PlanError('file-unreadable', `Cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const at = byteToPoint(bytes, nul);
    throw new PlanError('binary-file', `${path}:${at.line}:${at.column}: this is a binary file (a NUL byte at byte ${nul}); expected plain text or Markdown.`);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad < bytes.length) {
    const at = byteToPoint(bytes, bad);
    const hex = [...bytes.subarray(bad, bad + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new PlanError(
      'not-utf8',
      `${path}:${at.line}:${at.column}: not valid UTF-8 (bytes ${hex}).\nExpected UTF-8 text. If the file is GBK/GB18030, convert it first: iconv -f GB18030 -t UTF-8 ${path}`,
    );
  }
  return { path, text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
}
