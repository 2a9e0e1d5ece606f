import type { Element, Root, RootContent } from 'hast';
import { readZipEntry } from './_unzip.js';
import { numberingLabels } from './docx-numbering.js';
import { sourcedLinesOf } from './html-blocks.js';
import { joinSourcedLines, normaliseCompatibility } from './normalize.js';
import type { Conversion, ConversionNote, SourceOrigin } from './types.js';

/** What of mammoth's document model the label transform touches. */
interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
  numbering?: { isOrdered: boolean; level: string } | null;
}

function firstText(element: MammothElement): MammothElement | null {
  if (element.type === 'text') return element;
  for (const child of element.children ?? []) {
    const found = firstText(child);
    if (found) return found;
  }
  return null;
}

/**
 * Put Word's automatic numbering back in front of the paragraphs it numbers:
 * the labels computed from numbering.xml are matched, in document order, to
 * the paragraphs mammoth reads as numbered. When the two counts differ (a
 * document laid out in a way the count cannot follow), no label is added and a note says so.
 */
function restoreNumbering(bytes: Uint8Array, notes: ConversionNote[]): ((document: MammothElement) => MammothElement) | undefined {
  const numberingXml = readZipEntry(bytes, 'word/numbering.xml')?.toString('utf8');
  const documentXml = readZipEntry(bytes, 'word/document.xml')?.toString('utf8');
  if (!numberingXml || !documentXml) return undefined;
  const labels = numberingLabels(documentXml, numberingXml, readZipEntry(bytes, 'word/styles.xml')?.toString('utf8') ?? '');
  if (labels.every((l) => l === null)) return undefined;
  return (document) => {
    const numbered: MammothElement[] = [];
    const visit = (element: MammothElement): void => {
      if (element.type === 'paragraph' && element.numbering) numbered.push(element);
      for (const child of element.children ?? []) visit(child);
    };
    visit(document);
    if (numbered.length !== labels.length) {
      notes.push({ code: 'unreadable-part', severity: 'warning', message: `Word's automatic numbering could not be restored (${labels.length} numbered paragraphs in numbering.xml's count, ${numbered.length} read): labels drawn by Word are missing from the text.` });
      return document;
    }
    numbered.forEach((paragraph, k) => {
      const label = labels[k];
      const text = firstText(paragraph);
      if (label && text && typeof text.value === 'string' && !text.value.trimStart().startsWith(label.trim())) text.value = label + text.value.trimStart();
    });
    return document;
  };
}

const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** mammoth's ids and links of a footnote or endnote (`footnote-1`) and of its reference in the text (`#footnote-1`). */
const NOTE_ID = /^#?(?:footnote|endnote)-\d+$/;

function isNoteReference(node: RootContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'sup') return false;
  const links = node.children.filter((c): c is Element => c.type === 'element');
  return links.length === 1 && links[0]?.tagName === 'a' && NOTE_ID.test(String(links[0].properties.href ?? ''));
}

function isNoteList(node: RootContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'ol') return false;
  const items = node.children.filter((c): c is Element => c.type === 'element');
  return items.length > 0 && items.every((item) => item.tagName === 'li' && NOTE_ID.test(String(item.properties.id ?? '')));
}

/**
 * Leave out a Word file's footnotes and endnotes, and their marks in the text. Note: Word sets a note at the foot of
 * its page or the document's end, apart from the text, as it does headers and footers; mammoth writes the notes after
 * the last paragraph (a plan's signature and date) and a mark ([1]) inside the sentence, so a plan would end in its
 * notes and its figures carry marks (达到90%[1]). Planning documents explain terms in footnotes (“两新一重”是指…).
 */
function dropNotes(node: Root | Element): void {
  node.children = node.children.filter((child) => !isNoteReference(child) && !isNoteList(child));
  for (const child of node.children) if (child.type === 'element') dropNotes(child);
}

/**
 * Where each element of mammoth's HTML is in the Word file: mammoth writes
 * one `p`, heading or list item per Word paragraph (with empty paragraphs
 * kept), so their count in document order is Word's paragraph count; a
 * table row is its table's and row's number, and the paragraph it starts with.
 */
function wordOrigins(tree: Root): Map<Element, Omit<SourceOrigin, 'offset'>> {
  const origins = new Map<Element, Omit<SourceOrigin, 'offset'>>();
  let paragraph = 0;
  let tables = 0;
  const visit = (node: Root | RootContent, table: { n: number; rows: number } | null): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    let inner = table;
    if (node.type === 'element') {
      if (node.tagName === 'table') inner = { n: ++tables, rows: 0 };
      else if (node.tagName === 'tr' && table) origins.set(node, { paragraph: paragraph + 1, table: table.n, row: ++table.rows });
      else if (PARAGRAPHS.has(node.tagName)) origins.set(node, { paragraph: ++paragraph });
    }
    for (const child of node.children) visit(child, inner);
  };
  visit(tree, null);
  return origins;
}

/** What mammoth reads a .docx from: its bytes, or an open archive (`exists`, `read`) whose entries can be replaced. */
type WordInput = { buffer: Buffer } | { file: { exists: (name: string) => boolean; read: (name: string, encoding?: string) => Promise<string | Uint8Array> } };

const SIMPLE_FIELD = /<w:fldSimple\b[^>]*?(?:\/>|>)|<\/w:fldSimple>/g;

/**
 * The file as mammoth is to read it: with its body's simple fields (w:fldSimple) replaced by the result each holds.
 * Note: Word shows a field's result as text (a date a DATE field writes, a document number or title a template's
 * MERGEFIELD or DOCPROPERTY fills in); mammoth reads a complex field's result (w:fldChar) but drops a simple field
 * whole, so a signature's date so written was lost. A file without simple fields is read from its bytes, as before.
 */
function wordInput(bytes: Uint8Array, documentXml: string | undefined): WordInput {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!documentXml?.includes('<w:fldSimple')) return { buffer };
  const document = documentXml.replace(SIMPLE_FIELD, '');
  const read = async (name: string, encoding?: string): Promise<string | Uint8Array> => {
    const entry = name === 'word/document.xml' ? Buffer.from(document, 'utf8') : readZipEntry(bytes, name);
    if (!entry) throw new Error(`No ${name} in the Word file`);
    if (encoding === 'base64') return entry.toString('base64');
    return encoding ? entry.toString('utf8') : new Uint8Array(entry);
  };
  return { file: { exists: (name) => name === 'word/document.xml' || readZipEntry(bytes, name) !== null, read } };
}

/**
 * Convert a Word .docx file to text with mammoth: one line per paragraph and
 * heading, tables as rows of ` | `-separated cells, and the labels of Word's
 * automatic numbering (一、 （一） 1., drawn from numbering.xml, not in the
 * text) restored. Headers, footers, comments, footnotes and endnotes are left out.
 *
 * @param bytes The file's bytes.
 * @returns The text and notes.
 */
export async function convertDocx(bytes: Uint8Array): Promise<Conversion> {
  const notes: ConversionNote[] = [];
  const [{ default: mammoth }, { unified }, { default: rehypeParse }] = await Promise.all([import('mammoth'), import('unified'), import('rehype-parse')]);
  const transformDocument = restoreNumbering(bytes, notes);
  const options = transformDocument ? { transformDocument: transformDocument as never } : {};
  const input = wordInput(bytes, readZipEntry(bytes, 'word/document.xml')?.toString('utf8'));
  const { value: html } = await mammoth.convertToHtml(input as { buffer: Buffer }, { ...options, ignoreEmptyParagraphs: false });
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  dropNotes(tree);
  const where = wordOrigins(tree);
  const lines = sourcedLinesOf(tree).map((l) => ({ text: normaliseCompatibility(l.text), origin: (l.element && where.get(l.element)) ?? null }));
  const { text, origins } = joinSourcedLines(lines);
  const core = readZipEntry(bytes, 'docProps/core.xml')?.toString('utf8') ?? '';
  const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1]?.trim();
  return { format: 'docx', text, encoding: 'utf-8', origins, metadata: title ? { title } : {}, notes };
}
