// The links of a saved page that say what the page is: a column's list of documents (headlines linking to their
// pages), or a notice whose document is an attached file (附件：….pdf) rather than the page's own text.

import type { Element, Root, RootContent } from 'hast';

type Node = Root | RootContent;

const HAN = /[\u3400-\u9fff]/g;

/** A file a page attaches: a document's usual formats (PDF, Word, WPS, OFD, spreadsheets, archives). */
const ATTACHED_FILE = /\.(?:pdf|docx?|wps|ofd|xlsx?|et|zip|rar)(?:$|[?#])/i;

function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

function textOf(node: Node, links: boolean): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style' || (!links && node.tagName === 'a'))) return '';
  return node.children.map((c) => textOf(c, links)).join('');
}

function elements(node: Node, tag: string, out: Element[] = []): Element[] {
  if (node.type !== 'element' && node.type !== 'root') return out;
  if (node.type === 'element' && node.tagName === tag) out.push(node);
  for (const child of node.children) elements(child, tag, out);
  return out;
}

/** The first link of an item, when the item opens with it (no text before it but a date or a bullet). */
function leadingLink(item: Element): Element | null {
  const link = elements(item, 'a')[0];
  if (!link) return null;
  let before = '';
  const visit = (node: Node): boolean => {
    if (node === link) return true;
    if (node.type === 'text') before += node.value;
    if (node.type !== 'element' && node.type !== 'root') return false;
    return node.children.some(visit);
  };
  visit(item);
  return hanCount(before) === 0 ? link : null;
}

/**
 * The headlines a column page lists, when the article's box is such a list: three items or more, each opening with
 * a link to a page (not a file) whose text names a document (8 characters or more), the box holding no article of its own (its text
 * outside the items under 200 Chinese characters) and each item's summary short (under 200). A document's page
 * links to others in a sidebar or at its end, never as nearly all of its box.
 *
 * @param box The element found to hold the article.
 * @returns The headlines, or null when the box is no list.
 */
export function listedDocuments(box: Node): string[] | null {
  const items = elements(box, 'li').filter((item) => elements(item, 'li').length === 1);
  const listed = items.flatMap((item) => {
    const link = leadingLink(item);
    const headline = link ? textOf(link, true).replace(/\s+/g, '').trim() : '';
    // Note: a link to a file is an attachment (a short notice issuing three plans lists them so), not a headline.
    const file = link !== null && (ATTACHED_FILE.test(String(link.properties.href ?? '')) || ATTACHED_FILE.test(headline));
    return link && !file && hanCount(headline) >= 8 && hanCount(textOf(item, false)) < 200 ? [{ item, headline }] : [];
  });
  if (listed.length < 3) return null;
  const inItems = listed.reduce((n, { item }) => n + hanCount(textOf(item, false)), 0);
  return hanCount(textOf(box, false)) - inItems < 200 ? listed.map((l) => l.headline) : null;
}

/** A file a page attaches: its name as the link shows it, and where it points. */
export interface AttachedFile {
  name: string;
  href: string;
}

/**
 * The files an element links to as attachments (附件：<a href="….pdf">…</a>), each once.
 *
 * @param box The element (the article's box, or the page).
 * @returns The files, in the page's order.
 */
export function attachedFiles(box: Node): AttachedFile[] {
  const seen = new Set<string>();
  const out: AttachedFile[] = [];
  for (const link of elements(box, 'a')) {
    const href = typeof link.properties.href === 'string' ? link.properties.href.trim() : '';
    const name = textOf(link, true).replace(/\s+/g, ' ').trim();
    if (!(ATTACHED_FILE.test(href) || ATTACHED_FILE.test(name)) || seen.has(href || name)) continue;
    seen.add(href || name);
    out.push({ name: name || href, href });
  }
  return out;
}
