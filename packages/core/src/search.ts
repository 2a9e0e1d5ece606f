// @plankb/core/search: the search index over a corpus's tasks, targets and documents (Chinese, full pinyin and
// initials).

export type { SearchHit, SearchIndex, SearchIndexOptions, SearchItem, SearchMatch, SearchOptions } from './search/types.js';
export { buildSearchIndex } from './search/build-search-index.js';
