import type { CacheOptions } from '../cache/parse-cache.js';

/** One thing the search finds: a task, a target or an indicator. */
export interface SearchItem {
  readonly kind: 'task' | 'target' | 'indicator';
  /** The item's id (`qingdao-2025:t17`, `qingdao-2025:tg6`). */
  readonly id: string;
  /** The document the item belongs to. */
  readonly docId: string;
  /** The task to open for the item: the task itself, or the task that states the figure (`null` if none does). */
  readonly taskId: string | null;
  /** What a result shows first: a task's title, a figure's metric (with its subject). */
  readonly title: string;
  /** The rest: a task's body, the sentence that states a figure. */
  readonly text: string;
}

/** Where a query was found in an item: the field and the range of characters (UTF-16 code units, end exclusive). */
export interface SearchMatch {
  readonly field: 'title' | 'text';
  readonly start: number;
  readonly end: number;
}

/** A search result. */
export interface SearchHit {
  readonly item: SearchItem;
  /**
   * Lower is better, and results come sorted by it: the tier (0 found in the
   * title, 1 found in the title one edit away from the query, 2 found in the
   * text) plus a fraction under 1, smaller for a closer reading of the query
   * (as written, then whole pinyin syllables, a half-typed last syllable,
   * initials) and, among those, for a matched text that occurs more often in
   * the corpus.
   */
  readonly score: number;
  /** Where the query matched, for highlighting: `item[where.field].slice(where.start, where.end)` is the matched text. */
  readonly where: SearchMatch | null;
}

/** Options of `SearchIndex.search`. */
export interface SearchOptions {
  /** The most results to return. @default 200 */
  limit?: number;
}

/** Options of `buildSearchIndex`. */
export interface SearchIndexOptions {
  /**
   * Whether to match pinyin too (`suanli`, `suanl` and `sl` for 算力). Pinyin
   * needs the readings of every distinct character, from pinyin-pro, loaded
   * when the first index is built. @default true
   */
  pinyin?: boolean;
  /**
   * Keep the index in the cache folder, keyed by a hash of the items and of
   * plankb's code, and load it from there when the items are unchanged
   * (`plankb search` does: a repeated search does not build the index again).
   * `{}` uses the parse cache's folder (`$PLANKB_CACHE_DIR`, else
   * `~/.cache/plankb`; `PLANKB_CACHE=0` turns it off); `{ dir }` another.
   * A stored index that cannot be read is built again and stored over.
   * @default no cache (the index is built in memory only)
   */
  cache?: CacheOptions | false;
}

/** A search over a corpus's tasks, targets and indicators, ready for queries. */
export interface SearchIndex {
  /** Every task, target and indicator of the documents, in document order. */
  readonly items: readonly SearchItem[];
  /**
   * Find a query: Chinese or any text as it is written, full pinyin (the last
   * syllable may be half-typed) or initials, case-insensitively, ignoring
   * blanks in the query.
   *
   * @param query What the user typed.
   * @param options The most results to return.
   * @returns The hits, best first: finds in titles, then titles one edit
   *   away from the query (for queries of five characters or more that no
   *   title has as written), then finds in the text; among equals, the more
   *   frequent matched text first.
   */
  search: (query: string, options?: SearchOptions) => SearchHit[];
}
