import type { PlanDocument } from '@plankb/core';
import { buildSearchIndex, type SearchIndex } from '@plankb/core/search';


const cache = new WeakMap<readonly PlanDocument[], SearchIndex>();

/**
 * The search index of a list of documents (core's `buildSearchIndex`), built once and kept while the list lives.
 *
 * @param documents The documents (the corpus's array).
 * @returns The index.
 */
export function searchIndexFor(documents: readonly PlanDocument[]): SearchIndex {
  let index = cache.get(documents);
  if (!index) {
    index = buildSearchIndex(documents);
    cache.set(documents, index);
  }
  return index;
}
