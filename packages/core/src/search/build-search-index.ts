import { openParseCache } from '../cache/parse-cache.js';
import { readStoredIndex, writeStoredIndex } from '../cache/search-index-cache.js';
import type { PlanDocument } from '../model/types.js';
import { foldQuery, foldText } from './_fold.js';
import { buildGrams, type Field } from './_grams.js';
import { searchItems } from './_items.js';
import { findMatches } from './_matches.js';
import { INITIALS, oneEditAway, type Pattern, patternsOf } from './_patterns.js';
import { readingsFrom, readingTable } from './_readings.js';
import { fromStored, type IndexData, storedIndexKey, toStored } from './_stored.js';
import type { SearchHit, SearchIndex, SearchIndexOptions, SearchItem, SearchOptions } from './types.js';

const emptyOptions: SearchIndexOptions = {};
const emptySearchOptions: SearchOptions = {};
const DEFAULT_LIMIT = 200;

// Note: one edit in a query of four characters or fewer makes a different word (sl, xndc); from five on,
// one edit is a typo (suanlii). A pasted sentence gets no variants: it has too many and wants none.
const FUZZY_FROM = 5;
const FUZZY_UNTIL = 32;

/** The tiers of results, best first. */
const TITLE = 0;
const TITLE_ONE_EDIT = 1;
const TEXT = 2;

/** Folded text, or the text itself when folding changes nothing (most Chinese text), so that it is kept once. */
function folding(text: string): string {
  const folded = foldText(text);
  return folded === text ? text : folded;
}

/** A hit's score: its tier, plus a fraction under 1 that grows with the rank of the reading and falls with frequency. */
function scoreOf(tier: number, rank: number, frequency: number): number {
  return tier + (rank + 1 / (1 + frequency)) / (INITIALS + 1);
}

/** Build the grams and readings of the items, or load them from the cache folder when asked to and stored there. */
function indexData(items: readonly SearchItem[], folded: [string[], string[]], options: SearchIndexOptions): IndexData {
  const pinyin = options.pinyin !== false;
  const build = (): IndexData => {
    const grams = buildGrams(folded);
    return { grams, readings: pinyin ? readingTable(grams) : null };
  };
  const cacheDir = options.cache === undefined ? null : openParseCache(options.cache)?.dir;
  if (!cacheDir) return build();
  const key = storedIndexKey(items, pinyin);
  const stored = readStoredIndex(cacheDir, key);
  const loaded = stored && fromStored(stored, items.length, pinyin);
  if (loaded) return loaded;
  // Note: no file, or one that is not a well-formed index of these items (torn, edited): built again and stored over it.
  const data = build();
  writeStoredIndex(cacheDir, key, toStored(data, items.length));
  return data;
}

/**
 * Build the search over a corpus's documents: every task, target and
 * indicator, found by its title or text as written (算力, 5G), by full
 * pinyin (`suanli`, half-typed `suanl`) or by initials (`sl`), every reading
 * of a polyphone counted (行: xing, hang). Titles and texts are indexed by
 * their characters and pairs of characters; pinyin is looked up once per
 * distinct character (loading pinyin-pro on first use), so building takes
 * one pass over the text, and a query looks at the items that can match only.
 * With `cache`, the index is kept in the cache folder under a hash of the
 * items and the code, and loaded from there while they are unchanged.
 *
 * @param documents The documents.
 * @param options Whether to match pinyin (default: yes); whether to keep the index in the cache folder (default: no).
 * @returns The index: its items and `search(query, { limit })`.
 */
export function buildSearchIndex(documents: readonly PlanDocument[], options: SearchIndexOptions = emptyOptions): SearchIndex {
  const items = searchItems(documents);
  const folded: [string[], string[]] = [items.map((i) => folding(i.title)), items.map((i) => folding(i.text))];
  const { grams, readings: table } = indexData(items, folded, options);
  const readings = table ? readingsFrom(table) : null;
  return {
    items,
    search(query, searchOptions = emptySearchOptions) {
      const limit = searchOptions.limit ?? DEFAULT_LIMIT;
      const q = foldQuery(query);
      if (q === '' || !(limit > 0)) return [];
      const hits: SearchHit[] = [];
      const seen = new Uint8Array(items.length);
      const find = (patterns: readonly Pattern[], field: Field, tier: number): void => {
        if (hits.length >= limit || patterns.length === 0) return;
        findMatches(grams, folded[field], field, patterns, (i, start, end, rank, frequency) => {
          if (seen[i] === 1) return true;
          seen[i] = 1;
          hits.push({ item: items[i]!, score: scoreOf(tier, rank, frequency), where: { field: field === 0 ? 'title' : 'text', start, end } });
          return hits.length < limit;
        });
      };
      const patterns = patternsOf(q, grams, readings);
      find(patterns, 0, TITLE);
      const length = [...q].length;
      // Note: typos are looked for in titles only, and only for a query no title has as written (one that
      // some title has is not mistyped: suanl finds 算力, and its variant suan would add 算法): a handful of
      // variants of the query, each found like the query itself.
      if (hits.length === 0 && length >= FUZZY_FROM && length <= FUZZY_UNTIL) {
        // Note: not as initials: a letter more or less makes other initials (zzzzq is not 子证照质), not a typo.
        find(oneEditAway(q).flatMap((v) => patternsOf(v, grams, readings).filter((p) => p.rank !== INITIALS)), 0, TITLE_ONE_EDIT);
      }
      find(patterns.filter((p) => !p.titleOnly), 1, TEXT);
      return hits;
    },
  };
}
