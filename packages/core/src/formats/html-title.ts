// A saved page's document title: its <title> carries the site's and the column's names around it (标题_栏目_站点,
// 站点 - 标题, 标题 | 部门 | 站点), and its heading (<h1>, div.title) often sits outside the article's box.

import type { Element, Root, RootContent } from 'hast';
import { DOCUMENT_WORD, namesSite } from '../text/page-title.js';

const HEADING_CLASS = /(?:^|[-_\s])(?:title|tit|bt|biaoti|headline|art-?title|pages?_?title)(?:$|[-_\s])/i;

function plainText(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (['script', 'style', 'a'].includes(node.tagName)) return '';
  return node.children.map(plainText).join('');
}

/**
 * The page's heading that reads as a document's title: an <h1>–<h3>, or a box whose class or id says title
 * (div.title, td.bt, h1.art-title), with no link in it, 6 to 100 characters and no full stop. The first that is one of
 * the `<title>`'s segments wins (the same words, in the page's body); else, when `wanted` is true, the first that
 * holds a document's words.
 *
 * @param tree The page.
 * @param segments The `<title>`'s segments.
 * @param wanted Whether a heading may be taken on its own words (the `<title>` gives no document title).
 * @param skip Elements not to look in (the page's furniture).
 * @returns The heading and its text, or null.
 */
export function findHeading(tree: Root, segments: readonly string[], wanted: boolean, skip: (element: Element) => boolean): { element: Element; text: string } | null {
  const squash = (s: string): string => s.replace(/\s/g, '');
  // Note: a heading that repeats the site's or column's name (a logo's div.title) is no document title.
  const wantedTexts = new Set(segments.filter((s) => !namesSite(s)).map(squash));
  let matching: { element: Element; text: string } | null = null;
  let documentLike: { element: Element; text: string } | null = null;
  const visit = (node: Root | Element): void => {
    if (matching) return;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (skip(child) || child.tagName === 'a' || child.tagName === 'head') continue;
      const names = [child.properties.className, child.properties.id].flat().filter((n): n is string => typeof n === 'string').join(' ');
      if (/^h[1-3]$/.test(child.tagName) || HEADING_CLASS.test(names)) {
        const text = plainText(child).replace(/\s+/g, ' ').trim();
        if (text.length >= 6 && text.length <= 100 && !/[。；]/.test(text) && !/<a\b/.test(text)) {
          if (wantedTexts.has(squash(text))) {
            matching = { element: child, text };
            return;
          }
          if (wanted && documentLike === null && DOCUMENT_WORD.test(text)) documentLike = { element: child, text };
        }
      }
      visit(child);
      if (matching) return;
    }
  };
  visit(tree);
  return matching ?? documentLike;
}
