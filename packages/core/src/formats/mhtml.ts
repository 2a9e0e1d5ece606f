// A web archive (MHTML: a page and its files in one MIME message), as browsers save "Webpage, Single File" (.mhtml,
// .mht) and Word saves "Single File Web Page"; sites' 下载/导出Word links serve Word's archive named .doc. Which files
// are archives is told by isWebArchive (source-format.ts), from their first bytes.

/** A header field's value in a part's (or the message's) header, continuation lines unfolded. */
function field(header: string, name: string): string | null {
  const m = new RegExp(`^${name}:[ \\t]*([^\\n]*(?:\\n[ \\t][^\\n]*)*)`, 'im').exec(header);
  return m ? (m[1] ?? '').replace(/\n[ \t]+/g, ' ').trim() : null;
}

/** A parameter of a header field's value (boundary="…", charset=gb2312). */
function parameter(value: string | null, name: string): string | null {
  const m = value ? new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value) : null;
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** Quoted-printable bytes decoded: `=XX` escapes, and soft line breaks (`=` at a line's end) removed. */
function quotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const source = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    const hex = c === 0x3d ? /^[0-9A-Fa-f]{2}$/.exec(source.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(Number.parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(c & 0xff);
  }
  return Buffer.from(bytes);
}

/**
 * The page a web archive holds: its first text/html part (the page; the parts after it are its images, styles and
 * frames), decoded from its transfer encoding, and the charset its content type names.
 *
 * @param bytes The archive's bytes.
 * @returns The page's bytes and charset, or null when the archive holds no page.
 */
export function archivedPage(bytes: Uint8Array): { html: Buffer; charset: string | null } | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const split = /\r?\n\r?\n/.exec(text);
  if (!split) return null;
  const boundary = parameter(field(text.slice(0, split.index).replace(/\r\n?/g, '\n'), 'content-type'), 'boundary');
  if (!boundary) return null;
  for (const part of text.split(`--${boundary}`).slice(1)) {
    const end = /\r?\n\r?\n/.exec(part);
    if (!end) continue;
    const header = part.slice(0, end.index).replace(/\r\n?/g, '\n');
    const type = field(header, 'content-type');
    if (!type || !/^text\/html\b/i.test(type)) continue;
    const body = part.slice(end.index + end[0].length).replace(/\r?\n$/, '');
    const encoding = (field(header, 'content-transfer-encoding') ?? '').toLowerCase();
    const html = encoding === 'quoted-printable' ? quotedPrintable(body) : encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : Buffer.from(body, 'latin1');
    return { html, charset: parameter(type, 'charset')?.toLowerCase() ?? null };
  }
  return null;
}
