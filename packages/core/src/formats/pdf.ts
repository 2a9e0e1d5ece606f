import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Conversion, ConversionNote, SourceOrigin } from './types.js';
import { normaliseCompatibility, restoreLabelBracket } from './normalize.js';
import { rulesOfPage } from './pdf-rules.js';
import { looksTabular, tablesOfPage, type PdfRow } from './pdf-tables.js';
import { countUnmapped, continuesInto, dropCjkSpacing, isBrowserFurniture, isContentsLine, isPageNumber, joinWrapped, leftMargin, linesOfPage, rightMargin, type PdfItem, type PdfLine } from './pdf-lines.js';

/** A page has no text layer when it holds fewer characters than this (a scanner app's watermark has a few). */
const MIN_PAGE_CHARS = 20;

interface PdfPage {
  lines: PdfLine[];
  height: number;
}

async function readPages(bytes: Uint8Array): Promise<{ pages: PdfPage[]; title: string | null }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Note: Chinese PDFs often use the predefined Adobe-GB1 CMaps; without them pdf.js extracts no text for such fonts.
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${pathToFileURL(join(root, 'cmaps')).href}/`,
    cMapPacked: true,
    standardFontDataUrl: `${pathToFileURL(join(root, 'standard_fonts')).href}/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const pages: PdfPage[] = [];
    let tables = 1;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        // Note: through the viewport, so that a rotated page reads like an upright one (y grows downwards).
        const t = pdfjs.Util.transform(viewport.transform, raw.transform) as number[];
        items.push({ str: raw.str, x: t[4] ?? 0, y: t[5] ?? 0, width: raw.width, size: Math.hypot(t[2] ?? 0, t[3] ?? 0) || 10 });
      }
      // Note: the page's operators (its rules) are read only where its text looks like a table, for pdf.js decodes every
      // image of a page it lists the operators of: a page of paragraphs, or a scan, costs no more than its text.
      let rows: PdfRow[] = [];
      let rest = items;
      if (looksTabular(items)) {
        const operators = await page.getOperatorList();
        const rules = rulesOfPage(operators.fnArray, operators.argsArray, pdfjs.OPS, viewport.transform as [number, number, number, number, number, number]);
        ({ rows, rest } = tablesOfPage(items, rules, tables));
        tables += new Set(rows.map((r) => r.row.table)).size;
      }
      pages.push({ lines: numberLines(items, [...linesOfPage(rest), ...rows].sort((a, b) => a.y - b.y)), height: viewport.height });
      page.cleanup();
    }
    return { pages, title: typeof info?.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : null };
  } finally {
    await doc.destroy();
  }
}

/**
 * Number a page's lines as a reader counts them down the page: a line's
 * number is one more than the lines the page sets above it (a table row
 * counts from its first line of text), whatever the reader drops later.
 */
function numberLines(items: readonly PdfItem[], lines: PdfLine[]): PdfLine[] {
  const baselines = linesOfPage(items).map((l) => l.y);
  return lines.map((line) => {
    const row = 'row' in line;
    const above = baselines.filter((y) => y < line.y - (row ? line.size * 1.5 : 0.5 * line.size)).length;
    return { ...line, number: above + 1 };
  });
}

/** A line's text with digits and spaces taken out, so that `第 3 页` and `第 4 页` are the same running line. */
function furnitureKey(text: string): string {
  return text.replace(/[\s\u3000]/g, '').replace(/[0-9０-９]+/g, '#');
}

/**
 * Drop running headers and footers: lines in a page's top or bottom band that
 * are page numbers, or that repeat (digits aside) on at least half the pages.
 */
function dropFurniture(pages: PdfPage[]): PdfPage[] {
  const band = (page: PdfPage, line: PdfLine): boolean => line.y < page.height * 0.1 || line.y > page.height * 0.88;
  const counts = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.lines.filter((l) => band(page, l)).map((l) => furnitureKey(l.text)));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (key: string): boolean => pages.length >= 3 && (counts.get(key) ?? 0) >= Math.max(2, pages.length / 2);
  const kept = pages.map((page) => ({ ...page, lines: page.lines.filter((l) => !(band(page, l) && (isPageNumber(l.text) || isBrowserFurniture(l.text) || repeated(furnitureKey(l.text))))) }));
  return dropRepeatedTops(kept);
}

/**
 * A running head set lower than the top band, or in a document of two pages: the first line of a page that an earlier
 * page gave already, word for word (the title over every page, a chapter's title over its pages). Its first
 * appearance stays: there it is the title or the heading. A table's header row repeated over a page break is dropped the same way, which is right: the rows go on.
 */
function dropRepeatedTops(pages: PdfPage[]): PdfPage[] {
  const seen = new Set<string>();
  return pages.map((page, k) => {
    const top = page.lines[0];
    if (!top) return page;
    const key = furnitureKey(top.text);
    const heading = key.length >= 4 && key.length <= 40 && !/[。；;，,]/.test(top.text);
    // Note: on the first page the head may stand right above the title it repeats.
    const dropped = heading && (k > 0 ? seen.has(key) : furnitureKey(page.lines[1]?.text ?? '') === key);
    for (const line of page.lines) seen.add(furnitureKey(line.text));
    return dropped ? { ...page, lines: page.lines.slice(1) } : page;
  });
}

/** The pages whose text has characters without a Unicode map (more than a stray bullet or two), with how many. */
function unmappedPages(pages: readonly PdfPage[]): Array<{ page: number; count: number }> {
  return pages.map((page, k) => ({ page: k + 1, count: page.lines.reduce((n, l) => n + countUnmapped(l.text), 0) })).filter((u) => u.count >= 3);
}

function isRow(line: PdfLine): line is PdfRow {
  return 'row' in line;
}

function charCount(page: PdfPage): number {
  return page.lines.reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0);
}

/**
 * Convert a PDF to text: lines in reading order, hard-wrapped lines of a
 * paragraph joined again (a line that reaches the right margin continues on
 * the next, across pages too), running headers, footers, page numbers and a
 * table of contents dropped, Kangxi radicals read as the characters they
 * stand for. A PDF without a text layer (a scan) gives no text and a note
 * saying so.
 *
 * @param bytes The file's bytes.
 * @returns The text, where each page starts in it, and notes.
 */
export async function convertPdf(bytes: Uint8Array): Promise<Conversion> {
  const read = await readPages(bytes);
  const notes: ConversionNote[] = [];
  const metadata: Record<string, string> = read.title ? { title: read.title } : {};
  const pages = dropFurniture(read.pages);
  const withText = pages.filter((p) => charCount(p) >= MIN_PAGE_CHARS).length;
  if (pages.length > 0 && withText === 0) {
    notes.push({
      code: 'no-text-layer',
      severity: 'error',
      message: `this PDF has no text layer: its ${pages.length} page(s) are scanned images (${read.pages.reduce((n, p) => n + charCount(p), 0)} characters of text in all). plankb reads text and does not do OCR; run OCR on it first (e.g. ocrmypdf -l chi_sim), or find the document as a web page, Word file or text PDF.`,
    });
    return { format: 'pdf', text: '', encoding: 'utf-8', pages: pages.map(() => 0), metadata, notes };
  }
  const unmapped = unmappedPages(pages);
  if (unmapped.length > 0) {
    notes.push({
      code: 'unreadable-part',
      severity: 'warning',
      message: `page(s) ${unmapped.map((u) => u.page).join(', ')} of this PDF print ${unmapped.reduce((n, u) => n + u.count, 0)} character(s) in fonts that do not say which characters they are (private-use codes, no Unicode map): that text cannot be read as it looks. Export the PDF again with its fonts embedded as Unicode, or use the Word or web version of the document.`,
    });
  }
  const empty = pages.map((p, k) => (charCount(p) < MIN_PAGE_CHARS ? k + 1 : 0)).filter((k) => k > 0);
  if (empty.length > 0) {
    notes.push({ code: 'empty-pages', severity: 'warning', message: `page(s) ${empty.join(', ')} of this PDF have no text layer (scanned images); their text is not read (plankb does not do OCR).` });
  }
  // Note: table rows span the table, not the text block; the margins are the paragraphs'.
  const all = pages.flatMap((p) => p.lines).filter((l) => !isRow(l));
  const margins = { left: leftMargin(all), right: rightMargin(all) };
  // Note: paragraphs are built in `current` and flushed to `out`, so that joining a line never copies the text so far.
  const out: string[] = [];
  let length = 0;
  let current: string | null = null;
  const flush = (): void => {
    if (current === null) return;
    out.push(`${current}\n`);
    length += current.length + 1;
    current = null;
  };
  const starts: number[] = [];
  const origins: SourceOrigin[] = [];
  const blank = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '\n') {
      out.push('\n');
      length += 1;
    }
  };
  let open: PdfLine | null = null;
  let header: string | null = null;
  let captioned = false;
  pages.forEach((page, p) => {
    let first = true;
    for (const line of page.lines) {
      if (isRow(line) && line.row.caption) {
        flush();
        blank();
        if (first) starts.push(length);
        origins.push({ offset: length, page: p + 1, line: line.number ?? 0 });
        out.push(`${line.text}\n`);
        length += line.text.length + 1;
        first = false;
        // Note: the rows after a caption start a table of their own, with their header, right under it.
        open = null;
        captioned = true;
        continue;
      }
      if (isRow(line)) {
        flush();
        // Note: a table that goes on over a page break (same columns, nothing but page furniture between) is one table; a header the new page repeats is not a row.
        const continued = open !== null && isRow(open) && open.row.columns === line.row.columns && (open.row.table === line.row.table || first);
        if (continued && first && line.text === header) {
          if (first) starts.push(length);
          first = false;
          continue;
        }
        if (first) starts.push(length);
        if (!continued && !captioned) blank();
        captioned = false;
        origins.push({ offset: length, page: p + 1, line: line.number ?? 0 });
        out.push(`${line.text}\n`);
        length += line.text.length + 1;
        if (!continued) {
          header = line.text;
          const delimiter = `|${' --- |'.repeat(line.row.columns)}\n`;
          out.push(delimiter);
          length += delimiter.length;
        }
        first = false;
        open = line;
        continue;
      }
      if (open && isRow(open)) blank();
      captioned = false;
      if (isContentsLine(line.text)) continue;
      const content = dropCjkSpacing(normaliseCompatibility(line.text));
      if (current !== null && open && !isRow(open) && continuesInto(open, line, margins)) {
        if (first) starts.push(length + current.length);
        const joined = joinWrapped(current, content);
        // Note: the line's text starts where the joined text's tail (the line, left-trimmed) does.
        origins.push({ offset: length + joined.length - content.replace(/^\s+/, '').length, page: p + 1, line: line.number ?? 0 });
        current = joined;
      } else {
        flush();
        // Note: a gap of more than a blank line's height between lines (paragraph spacing, a title block) is kept as a blank line.
        if (!first && open && line.y - open.y > 2.4 * Math.max(line.size, open.size)) blank();
        if (first) starts.push(length);
        current = restoreLabelBracket(content.replace(/^\s+/, ''));
        origins.push({ offset: length, page: p + 1, line: line.number ?? 0 });
      }
      first = false;
      open = line;
    }
    if (first) starts.push(length + (current === null ? 0 : current.length + 1));
  });
  flush();
  // Note: a page printed from a browser by hand starts with the page's title and address (…_中国政府网 (www.gov.cn)).
  const first = out[0];
  if (first !== undefined && first.length < 200 && /(?:https?:\/\/|\(?www\.)[\w.-]+\S*\s*$/.test(first.trim())) {
    out.shift();
    for (let k = 0; k < starts.length; k++) starts[k] = Math.max(0, (starts[k] ?? 0) - first.length);
    const kept = origins.filter((o) => o.offset >= first.length).map((o) => ({ ...o, offset: o.offset - first.length }));
    origins.splice(0, origins.length, ...kept);
  }
  const text = out.join('');
  return { format: 'pdf', text, encoding: 'utf-8', pages: starts, origins, metadata, notes };
}
