// Resolve the selectors the web-page reader writes (`#id > tag:nth-of-type(k) > tag`), as a browser's
// document.querySelector would, so that tests check a location in the page itself rather than in the converter's terms.

import type { Element, Root } from 'hast';

function elements(node: Root | Element): Element[] {
  return (node.children as ReadonlyArray<Root['children'][number]>).filter((c): c is Element => c.type === 'element');
}

function findById(node: Root | Element, id: string): Element | null {
  for (const child of elements(node)) {
    if (child.properties.id === id) return child;
    const found = findById(child, id);
    if (found) return found;
  }
  return null;
}

function findByTag(node: Root | Element, tag: string): Element | null {
  for (const child of elements(node)) {
    if (child.tagName === tag) return child;
    const found = findByTag(child, tag);
    if (found) return found;
  }
  return null;
}

/**
 * The element a selector of the web-page reader names in a page.
 *
 * @param tree The page.
 * @param selector `#id`, `body` or a tag first, then `> tag` or `> tag:nth-of-type(k)` steps.
 * @returns The element, or `null`.
 */
export function resolveSelector(tree: Root, selector: string): Element | null {
  const [first, ...steps] = selector.split(' > ');
  if (!first) return null;
  let at: Element | null = first.startsWith('#') ? findById(tree, first.slice(1)) : findByTag(tree, first);
  for (const step of steps) {
    if (!at) return null;
    const m = /^([a-z0-9]+)(?::nth-of-type\((\d+)\))?$/.exec(step);
    if (!m) return null;
    const same = elements(at).filter((e) => e.tagName === m[1]);
    at = same[Number(m[2] ?? 1) - 1] ?? null;
  }
  return at;
}

/**
 * An element's text, its descendants' text nodes joined (a `<meta>`'s content).
 *
 * @param node The element.
 * @returns Its text.
 */
export function elementText(node: Element | null): string {
  if (!node) return '';
  if (node.tagName === 'meta') return String(node.properties.content ?? '');
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? elementText(c) : '')).join('');
}
