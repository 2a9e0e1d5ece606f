// What a reader sees in a PDF or Word file, read here independently of the converters' own bookkeeping, so that
// tests check a converted document's locations (page and line, paragraph) against the file itself.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { readZipEntry } from '../src/formats/_unzip.js';
import { normaliseCompatibility } from '../src/formats/normalize.js';
import { dropCjkSpacing, linesOfPage, type PdfItem } from '../src/formats/pdf-lines.js';

/** A PDF's lines as its pages set them, numbered from 1 on each page, read here with pdf.js for the check. */
export async function pdfPageLines(path: string): Promise<string[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = join(import.meta.dirname, '..', 'node_modules', 'pdfjs-dist');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), cMapUrl: `file://${root}/cmaps/`, cMapPacked: true, standardFontDataUrl: `file://${root}/standard_fonts/`, verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const viewport = page.getViewport({ scale: 1 });
    const items: PdfItem[] = [];
    for (const raw of (await page.getTextContent()).items) {
      if (!('str' in raw)) continue;
      const t = pdfjs.Util.transform(viewport.transform, raw.transform) as number[];
      items.push({ str: raw.str, x: t[4] ?? 0, y: t[5] ?? 0, width: raw.width, size: Math.hypot(t[2] ?? 0, t[3] ?? 0) || 10 });
    }
    pages.push(linesOfPage(items).map((l) => dropCjkSpacing(normaliseCompatibility(l.text))));
  }
  await doc.destroy();
  return pages;
}

/** A .docx body's paragraphs (w:p, table cells' too), in order, as text. */
export function docxParagraphs(path: string): string[] {
  const xml = readZipEntry(readFileSync(path), 'word/document.xml')?.toString('utf8') ?? '';
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) => [...(m[1] ?? '').matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

/** A ZIP archive of stored (uncompressed) entries, as a test builds a small .docx. */
function storedZip(entries: ReadonlyArray<[string, string]>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const WORD_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * A small .docx: its body's XML (w:p, w:tbl …) and, optionally, its footnotes' and endnotes' (w:footnote, w:endnote,
 * without the separators Word adds).
 */
export function makeDocx(body: string, parts: { footnotes?: string; endnotes?: string } = {}): Uint8Array {
  const rels = [
    parts.footnotes === undefined ? '' : '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>',
    parts.endnotes === undefined ? '' : '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>',
  ].join('');
  const entries: Array<[string, string]> = [
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${WORD_NS}><w:body>${body}</w:body></w:document>`],
  ];
  if (parts.footnotes !== undefined) entries.push(['word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${WORD_NS}>${parts.footnotes}</w:footnotes>`]);
  if (parts.endnotes !== undefined) entries.push(['word/endnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:endnotes ${WORD_NS}>${parts.endnotes}</w:endnotes>`]);
  return storedZip(entries);
}

/** A Word paragraph of plain text. */
export function wordParagraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}
