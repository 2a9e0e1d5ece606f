import { buildSearchIndex, type SearchIndex } from '@plankb/core/search';
import type { CorpusSource } from './corpus-source.js';

const cache = new WeakMap<CorpusSource, SearchIndex>();

/**
 * The search index of a corpus (core's `buildSearchIndex` over every document, read in full), made when the Search
 * screen first asks for it and kept while the corpus lives. It is kept in the parse cache's folder too, as `plankb
 * search` keeps it, so that an unchanged corpus loads its index rather than building it again.
 *
 * @param source The corpus.
 * @returns The index.
 */
export function searchIndexFor(source: CorpusSource): SearchIndex {
  let index = cache.get(source);
  if (!index) {
    index = buildSearchIndex(source.documentsWith(null), { cache: source.cacheDir === null ? false : { dir: source.cacheDir } });
    cache.set(source, index);
  }
  return index;
}
