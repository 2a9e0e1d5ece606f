import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { decodeSource, type SourceEncoding } from '../source/decode-source.js';

/** The charset a page declares in its first bytes: `<meta charset>` or `http-equiv="Content-Type"`. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * Decode a web page: a byte-order mark or the charset the page declares
 * decides (GB2312, GBK and GB18030 are read as GB18030, their superset);
 * without either, UTF-8, or GB18030 when the bytes are not UTF-8 but read as Chinese.
 *
 * @param bytes The page's bytes.
 * @param given The charset the page's container names, when the page declares none (a web archive's part: text/html; charset=gb2312).
 * @returns Its text and the encoding it was read in.
 */
export function decodeHtml(bytes: Uint8Array, given: string | null = null): { text: string; encoding: SourceEncoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8' };
  const declared = declaredCharset(bytes) ?? given;
  if (declared && /^(?:gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(declared) && !(isUtf8(buffer) && /[\u4e00-\u9fff]/.test(buffer.toString('utf8')))) {
    const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
    return { text: iconv.decode(buffer, 'gb18030'), encoding: 'gb18030' };
  }
  if (isUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'utf-8' };
  const decoded = decodeSource(bytes);
  if (decoded.ok) return { text: decoded.text, encoding: decoded.encoding };
  // Note: a page in a mix of encodings still has readable parts: read it as UTF-8, with replacement characters.
  return { text: buffer.toString('utf8'), encoding: 'utf-8' };
}
