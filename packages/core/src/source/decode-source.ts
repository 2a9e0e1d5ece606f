import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';

/**
 * The encodings plankb reads: UTF-8 (with or without a byte-order mark), GB18030, which includes GBK and GB2312, and
 * UTF-16 with a byte-order mark (little-endian is what Windows Notepad saves as "Unicode").
 */
export type SourceEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** Why bytes are not text plankb can read, and where (1-based line and column in the text before that byte). */
export interface UndecodableSource {
  ok: false;
  code: 'binary-file' | 'not-utf8';
  /** Byte offset of the problem. */
  offset: number;
  /** Offset of the problem in the text before it, decoded (UTF-16 code units), as model positions count. */
  charOffset: number;
  line: number;
  column: number;
  /** What was found, for the message: the bytes in hex, or the kind of binary file. */
  found: string;
}

/** Bytes decoded as text (UTF-8, GB18030 or UTF-16), with the encoding found. */
export type DecodedSource = {
  ok: true;
  text: string;
  encoding: SourceEncoding;
  /** The file ends in the middle of a character (a download or copy cut off): the text is read up to the cut. */
  truncated?: boolean;
} | UndecodableSource;

/** File signatures that say what a binary file is, so the message can name it. */
const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or a .docx/.xlsx file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PDF file', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['an old Word/Excel file (.doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0]],
];

function signatureOf(bytes: Uint8Array): string | null {
  for (const [kind, magic] of SIGNATURES) if (magic.every((b, i) => bytes[i] === b)) return kind;
  return null;
}

/** Line and column (1-based, in characters) of a byte offset, counting the valid UTF-8 text before it. */
function byteToPoint(bytes: Uint8Array, offset: number): { charOffset: number; line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split(/\r\n|\n|\r/);
  return { charOffset: before.length, line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Length of the UTF-8 sequence starting at `i`, or 0 when it is not valid UTF-8 (RFC 3629: no overlongs, no surrogates). */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return continues(bytes, i + 1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return continues(bytes, i + 1, lo, hi) && continues(bytes, i + 2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return continues(bytes, i + 1, lo, hi) && continues(bytes, i + 2) && continues(bytes, i + 3) ? 4 : 0;
  }
  return 0;
}

/** Whether the byte at `at` is a continuation byte within `[lo, hi]` (a function of its own, not a closure made per byte). */
function continues(bytes: Uint8Array, at: number, lo = 0x80, hi = 0xbf): boolean {
  const c = bytes[at];
  return c !== undefined && c >= lo && c <= hi;
}

/** The code point of a valid UTF-8 sequence of `n` bytes (3 or 4) at `i`. */
function codePointAt(bytes: Uint8Array, i: number, n: number): number {
  const tail = (k: number): number => (bytes[i + k] ?? 0) & 0x3f;
  return n === 3 ? (((bytes[i] ?? 0) & 0x0f) << 12) | (tail(1) << 6) | tail(2) : (((bytes[i] ?? 0) & 0x07) << 18) | (tail(1) << 12) | (tail(2) << 6) | tail(3);
}

/**
 * How much of the file reads as UTF-8: valid sequences of three or four bytes
 * that decode to characters Chinese text holds (Chinese in UTF-8), invalid
 * bytes, and the first invalid byte. Two-byte sequences are not counted: many
 * GBK characters happen to be valid two-byte UTF-8 (一 is d2 bb), while three
 * valid bytes in a row are rare in GBK, and when they occur they decode to a
 * private-use or unassigned character (大；革” in GBK holds f3 a3 bb b8, U+E3EF8).
 */
function utf8Evidence(bytes: Uint8Array): { multibyte: number; invalid: number; first: number } {
  let multibyte = 0;
  let invalid = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceAt(bytes, i);
    if (n === 0) {
      invalid++;
      if (first < 0) first = i;
      i++;
    } else {
      if (n > 2 && isPlausible(codePointAt(bytes, i, n))) multibyte++;
      i += n;
    }
  }
  return { multibyte, invalid, first };
}

/** Code points that Chinese text holds: CJK ideographs and punctuation, full-width forms, and the symbols GB2312 has. */
function isPlausible(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0x4ff) || // Latin-1 signs (°±×÷·), pinyin letters, Greek, Cyrillic
    (c >= 0x2000 && c <= 0x2bff) || // punctuation “”—…, ℃, Ⅰ, arrows, maths, ①, box drawing, ■★
    (c >= 0x2e80 && c <= 0x33ff) || // radicals, CJK punctuation, kana, bopomofo, ㈠, ㎡
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe10 && c <= 0xfe6f) ||
    (c >= 0xff00 && c <= 0xffef && c !== 0xfffd) ||
    (c >= 0x20000 && c <= 0x323af)
  );
}

/**
 * Whether decoded text reads as Chinese (or ASCII) rather than as the noise
 * that bytes of another encoding or a binary file decode to: no replacement
 * characters or control characters, and at most 1% characters outside the
 * CJK, punctuation and symbol blocks GB18030 text uses (a few private-use
 * characters, GBK's user-defined area, are tolerated).
 */
function readsAsChinese(text: string): boolean {
  let counted = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) ?? 0;
    if (c > 0xffff) i++;
    // Note: U+000B is Word's manual line break, which a copy of a Word document keeps.
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0d || c === 0x0c || c === 0xfeff) continue;
    if (c === 0xfffd || c < 0x20 || c === 0x7f) return false;
    counted++;
    if (!isPlausible(c)) odd++;
  }
  return odd <= Math.floor(counted / 100);
}

let iconv: typeof import('iconv-lite') | undefined;

function decodeGb18030(bytes: Uint8Array): string {
  // Note: loaded on first use, so that reading UTF-8 files (nearly all of them) does not pay for its tables.
  iconv ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030', { stripBOM: false });
}

/**
 * Where UTF-8 text was cut in the middle of its last character: every byte before is valid UTF-8 and the last one to
 * three bytes are the start of a multi-byte sequence with its continuation bytes missing.
 */
function cutAt(bytes: Uint8Array, evidence: { invalid: number; first: number }): number | null {
  const { first } = evidence;
  if (first < 0 || first < bytes.length - 3 || evidence.invalid > 3) return null;
  const lead = bytes[first] ?? 0;
  const need = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
  if (need === 0 || bytes.length - first >= need) return null;
  for (let i = first + 1; i < bytes.length; i++) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) return null;
  return first;
}

/** The byte order a UTF-16 byte-order mark states, or null for bytes that open with none. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 text with a byte-order mark, which stays in the text as U+FEFF (as a UTF-8 one does, so offsets count it). A
 * last odd byte is a file cut off in the middle of a character; a lone surrogate, or text that does not read as
 * Chinese (UTF-32, a binary file that happens to open with FF FE), is no UTF-16 text.
 */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedSource {
  const even = bytes.length - (bytes.length % 2);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, even));
  } catch {
    text = '\ufffd';
  }
  if (!readsAsChinese(text)) {
    const order = encoding === 'utf-16le' ? 'little-endian' : 'big-endian';
    return { ok: false, code: 'not-utf8', offset: 0, charOffset: 0, line: 1, column: 1, found: `a UTF-16 byte-order mark (${order}), but the bytes are not UTF-16 text` };
  }
  return even < bytes.length ? { ok: true, text, encoding, truncated: true } : { ok: true, text, encoding };
}

/**
 * The byte order of UTF-16 text saved without a byte-order mark: most NUL bytes are the high byte of an ASCII character
 * (digits, line ends), at odd offsets in little-endian text and at even ones in big-endian text (a few ideographs, 一
 * U+4E00, put one on the other side), and the bytes so decoded read as Chinese. It is named, not decoded: without
 * the mark, the order is a guess.
 */
function unmarkedUtf16(bytes: Uint8Array): 'little-endian' | 'big-endian' | null {
  if (bytes.length % 2 !== 0) return null;
  let odd = 0;
  let even = 0;
  for (let i = bytes.indexOf(0); i >= 0; i = bytes.indexOf(0, i + 1)) {
    if (i % 2 === 0) even++;
    else odd++;
  }
  const encoding = odd > even ? 'utf-16le' : 'utf-16be';
  try {
    if (!readsAsChinese(new TextDecoder(encoding, { fatal: true }).decode(bytes))) return null;
  } catch {
    return null;
  }
  return encoding === 'utf-16le' ? 'little-endian' : 'big-endian';
}

function hexAt(bytes: Uint8Array, offset: number): string {
  return [...bytes.subarray(offset, offset + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

/**
 * Decode a plan file's bytes. UTF-8 is taken as it is (a byte-order mark
 * stays in the text, as U+FEFF, so offsets count it), and so is UTF-16 that
 * opens with a byte-order mark (Windows Notepad's "Unicode"); UTF-16 without
 * one is named in the answer, not guessed at. Bytes that are not
 * UTF-8 are tried as GB18030 (a superset of GBK and GB2312, the encodings of
 * many government downloads) and accepted when they decode cleanly to text
 * that reads as Chinese. A file that is mostly valid UTF-8 with a few bad
 * bytes is not re-read as GB18030: it is a damaged UTF-8 file, and the
 * problem is reported where it is.
 *
 * @param bytes The file's bytes.
 * @returns The text and its encoding, or why and where it is not text.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const utf16 = utf16Order(bytes);
  if (utf16 !== null) return decodeUtf16(bytes, utf16);
  const utf8 = isUtf8(bytes);
  const nul = bytes.indexOf(0);
  // Note: a signature only names a file that is not text anyway (a text file may well start with GIF8 or %PDF-).
  const signature = utf8 && nul < 0 ? null : signatureOf(bytes);
  if (signature !== null) {
    return { ok: false, code: 'binary-file', offset: 0, charOffset: 0, line: 1, column: 1, found: signature };
  }
  if (nul >= 0) {
    const order = unmarkedUtf16(bytes);
    if (order !== null) return { ok: false, code: 'not-utf8', offset: 0, charOffset: 0, line: 1, column: 1, found: `UTF-16 text (${order}) without a byte-order mark; save it as UTF-8` };
    return { ok: false, code: 'binary-file', offset: nul, ...byteToPoint(bytes, nul), found: `a NUL byte at byte ${nul}` };
  }
  if (utf8) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8' };
  const evidence = utf8Evidence(bytes);
  const first = Math.max(0, evidence.first);
  const cut = cutAt(bytes, evidence);
  if (cut !== null) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, cut).toString('utf8'), encoding: 'utf-8', truncated: true };
  // Note: made only when it is the answer; the place of the first bad byte decodes all the text before it.
  const notText = (): UndecodableSource => ({ ok: false, code: 'not-utf8', offset: first, ...byteToPoint(bytes, first), found: `bytes ${hexAt(bytes, first)}` });
  if (evidence.multibyte > evidence.invalid) return notText();
  const text = decodeGb18030(bytes);
  return readsAsChinese(text) ? { ok: true, text, encoding: 'gb18030' } : notText();
}
