// What a reader sees in a PDF or Word file, read here independently of the converters' own bookkeeping, so that
// tests check a converted document's locations (page and line, paragraph) against the file itself.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
