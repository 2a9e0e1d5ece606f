/// <reference path="./word-extractor.d.ts" />
import { joinSourcedLines, normaliseCompatibility } from './normalize.js';
import type { Conversion } from './types.js';

/**
 * Convert an old Word file (.doc, Word 97–2003, as WPS still saves them) to
 * text with word-extractor: the body's paragraphs, one a line; table cells,
 * which the format ends with a TAB, separated by ` | `. Headers, footers,
 * footnotes and text boxes are left out.
 *
 * @param bytes The file's bytes.
 * @returns The text.
 */
export async function convertDoc(bytes: Uint8Array): Promise<Conversion> {
  // Note: a .doc that is RTF (Word and WPS save it so; sites' 下载Word links serve it) opens with {\rtf.
  if (Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8)).toString('latin1').startsWith('{\\rtf')) return (await import('./rtf.js')).convertRtf(bytes);
  const { default: WordExtractor } = await import('word-extractor');
  const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const body = document.getBody();
  const lines = body.split(/\r\n|\r|\n/).map((line) => {
    const text = normaliseCompatibility(line.replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f]/g, ''));
    // Note: a table row comes out as its cells, each ended by a TAB; as a row of the parser's tables they are ` | `-separated.
    if (!text.includes('\t')) return text;
    const cells = text.replace(/\t+$/, '').split('\t').map((c) => c.trim());
    return cells.length >= 2 ? `| ${cells.join(' | ')} |` : (cells[0] ?? '');
  });
  // Note: the body has one line per paragraph (a table row is one line of TAB-ended cells), so a line's number is its paragraph's.
  const { text, origins } = joinSourcedLines(lines.map((line, k) => ({ text: line, origin: { paragraph: k + 1 } })));
  return { format: 'doc', text, encoding: 'utf-8', origins, metadata: {}, notes: [] };
}
