// Where a web page's text is, as a CSS selector a reader can paste into the browser's developer tools
// (document.querySelector), so that a quote of a converted page can be checked in the page itself.

import type { Element, Root } from 'hast';

/** An id a selector can use as it is: no escaping needed. */
const PLAIN_ID = /^[A-Za-z][\w-]*$/;

interface Place {
  parent: Element | null;
  /** 1-based, among the parent's children of the same tag. */
  nth: number;
  /** How many children of that tag the parent has. */
  of: number;
}

/**
 * A function that gives an element's CSS selector in a page: from its
 * nearest ancestor with an id (unique in the page), else from `body`, one
 * `tag:nth-of-type(k)` step per level (`:nth-of-type` only where the parent
 * has several children of that tag).
 *
 * @param tree The page's syntax tree.
 * @returns The selector of an element of the tree (memoised).
 */
export function elementSelectors(tree: Root): (element: Element) => string {
  const places = new Map<Element, Place>();
  const idCounts = new Map<string, number>();
  const visit = (children: Root['children'] | Element['children'], parent: Element | null): void => {
    const byTag = new Map<string, Element[]>();
    for (const child of children) {
      if (child.type !== 'element') continue;
      const same = byTag.get(child.tagName) ?? [];
      same.push(child);
      byTag.set(child.tagName, same);
      const id = child.properties.id;
      if (typeof id === 'string') idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
    }
    for (const same of byTag.values()) same.forEach((element, k) => places.set(element, { parent, nth: k + 1, of: same.length }));
    for (const child of children) if (child.type === 'element') visit(child.children, child);
  };
  visit(tree.children, null);
  const memo = new Map<Element, string>();
  const selector = (element: Element): string => {
    const known = memo.get(element);
    if (known !== undefined) return known;
    const id = element.properties.id;
    let result: string;
    if (typeof id === 'string' && PLAIN_ID.test(id) && idCounts.get(id) === 1) result = `#${id}`;
    else if (element.tagName === 'body' || element.tagName === 'html') result = element.tagName;
    else {
      const place = places.get(element);
      const step = place && place.of > 1 ? `${element.tagName}:nth-of-type(${place.nth})` : element.tagName;
      result = place?.parent ? `${selector(place.parent)} > ${step}` : step;
    }
    memo.set(element, result);
    return result;
  };
  return selector;
}
