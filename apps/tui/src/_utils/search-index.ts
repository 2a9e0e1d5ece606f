import type { PlanDocument } from '@plankb/core';
import Fuse, { type FuseOptionKey, type IFuseOptions } from 'fuse.js';
import { match, pinyin } from 'pinyin-pro';

/** One thing the search finds: a task, a target or an indicator. */
export interface SearchItem {
  kind: 'task' | 'target' | 'indicator';
  /** The item's id (`qingdao-2025:t17`, `qingdao-2025:tg6`). */
  id: string;
  docId: string;
  /** The task to open in Plan: the task itself, or the task that states the figure. */
  taskId: string | null;
  /** What a result shows first: a task's title, a figure's metric. */
  title: string;
  /** The rest: a task's body, a figure's sentence. */
  text: string;
  titlePinyin: string;
  titleInitials: string;
  textPinyin: string;
  textInitials: string;
}

/** A search result, with where the query was found. */
export interface SearchHit {
  item: SearchItem;
  score: number;
  /** Where the query is in the item: the field and the character range. */
  where: { field: 'title' | 'text'; start: number; end: number } | null;
}

/** A search over the items, ready for queries. */
export interface SearchIndex {
  items: readonly SearchItem[];
  search: (query: string, limit?: number) => SearchHit[];
}

/**
 * Full pinyin without tones, and initials, of Chinese text; other characters are dropped.
 *
 * @param text Chinese text.
 * @returns `{ full: 'suanli', initials: 'sl' }` for 算力.
 */
export function pinyinKeys(text: string): { full: string; initials: string } {
  if (!/[\u3400-\u9fff]/.test(text)) return { full: '', initials: '' };
  const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).join('');
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed', v: true }).join('');
  return { full: full.toLowerCase(), initials: initials.toLowerCase() };
}

function itemOf(kind: SearchItem['kind'], id: string, docId: string, taskId: string | null, title: string, text: string): SearchItem {
  const t = pinyinKeys(title);
  const b = pinyinKeys(text);
  return { kind, id, docId, taskId, title, text, titlePinyin: t.full, titleInitials: t.initials, textPinyin: b.full, textInitials: b.initials };
}

/**
 * The items of a corpus's documents: every task, target and indicator.
 *
 * @param documents The documents.
 * @returns The items, with their pinyin and initials computed once.
 */
export function searchItems(documents: readonly PlanDocument[]): SearchItem[] {
  const items: SearchItem[] = [];
  for (const d of documents) {
    for (const t of d.tasks) items.push(itemOf('task', t.id, d.id, t.id, t.title, t.body));
    for (const f of d.targets) items.push(itemOf('target', f.id, d.id, f.taskId, f.subject && !f.metric.includes(f.subject) ? `${f.subject}${f.metric}` : f.metric, f.quote));
    for (const f of d.indicators) items.push(itemOf('indicator', f.id, d.id, f.taskId, f.subject && !f.metric.includes(f.subject) ? `${f.subject}${f.metric}` : f.metric, f.quote));
  }
  return items;
}

// Note: titles are searched fuzzily; bodies (long: a task's body in pinyin
// runs to thousands of letters) by exact inclusion, which fuse.js's extended
// search (`'term`) does fast where fuzzy search over them takes a noticeable
// pause per key. Initials of long bodies match short queries by accident
// (`sl` is in 设立, 数量 …), so they count only for queries of three letters or more.
const TITLE_KEYS: FuseOptionKey<SearchItem>[] = [
  { name: 'title', weight: 3 },
  { name: 'titlePinyin', weight: 2 },
  { name: 'titleInitials', weight: 2 },
];
const TEXT_KEYS: FuseOptionKey<SearchItem>[] = ['text', 'textPinyin'];
const TEXT_KEYS_LONG: FuseOptionKey<SearchItem>[] = [...TEXT_KEYS, 'textInitials'];

// Note: fuse.js 7 for Chinese needs ignoreLocation (matches deep in long texts) and a strict threshold.
const OPTIONS: IFuseOptions<SearchItem> = { ignoreLocation: true, threshold: 0.2, includeScore: true, ignoreFieldNorm: true };

/**
 * Where a query is in a text: the text itself, else its pinyin or initials (pinyin-pro's `match`).
 *
 * @param text The text (Chinese).
 * @param query What the user typed.
 * @returns The range of characters, or `null`.
 */
export function findInText(text: string, query: string): { start: number; end: number } | null {
  const q = query.trim();
  if (q === '') return null;
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  if (at >= 0) return { start: at, end: at + q.length };
  if (!/^[a-z]+$/i.test(q)) return null;
  // Note: each syllable by its start, so that initials (sl) and half-typed pinyin (suanl) match too.
  const indices = match(text, q.toLowerCase(), { continuous: true, precision: 'start' });
  if (!indices || indices.length === 0) return null;
  return { start: Math.min(...indices), end: Math.max(...indices) + 1 };
}

/**
 * Build the search over a corpus's documents: fuzzy (fuse.js) over titles,
 * bodies, targets and indicators, with pinyin and initials as extra keys so
 * that `suanli` and `sl` find 算力.
 *
 * @param documents The documents.
 * @returns The index.
 */
export function buildSearchIndex(documents: readonly PlanDocument[]): SearchIndex {
  const items = searchItems(documents);
  const corpusText = items.filter((i) => i.kind === 'task').map((i) => `${i.title}\n${i.text}`).join('\n');
  const counts = new Map<string, number>();
  const occurrences = (text: string): number => {
    let n = counts.get(text);
    if (n === undefined) {
      n = text === '' ? 0 : corpusText.split(text).length - 1;
      counts.set(text, n);
    }
    return n;
  };
  const titles = new Fuse(items, { ...OPTIONS, keys: TITLE_KEYS });
  const texts = new Fuse(items, { ...OPTIONS, keys: TEXT_KEYS, useExtendedSearch: true });
  const textsLong = new Fuse(items, { ...OPTIONS, keys: TEXT_KEYS_LONG, useExtendedSearch: true });
  return {
    items,
    search(query, limit = 200) {
      const q = query.trim().toLowerCase().replace(/\s+/g, '');
      if (q === '') return [];
      const seen = new Map<string, SearchHit>();
      const add = (item: SearchItem, score: number): void => {
        if (seen.has(item.id)) return;
        const inTitle = findInText(item.title, q);
        const inText = inTitle ? null : findInText(item.text, q);
        const where = inTitle ? { field: 'title' as const, ...inTitle } : inText ? { field: 'text' as const, ...inText } : null;
        seen.set(item.id, { item, score, where });
      };
      for (const r of titles.search(q)) add(r.item, r.score ?? 0);
      // Note: extended search reads `'` as "include exactly"; the query's own quotes are dropped.
      const exact = `'${q.replace(/['"!^$|=]/g, '')}`;
      if (exact.length > 1) for (const r of (/^[a-z]{1,2}$/.test(q) ? texts : textsLong).search(exact)) add(r.item, 1 + (r.score ?? 0));
      // Exact finds in titles first, then fuzzy title matches, then finds in the text.
      const rank = (h: SearchHit): number => (h.where?.field === 'title' ? 0 : h.score < 1 ? 1 : 2);
      // Note: initials match across word boundaries too (sl: 夯实|量子 as well as 算力). Words recur in
      // the corpus and accidents do not, so among equally good finds the more frequent matched text comes first.
      const frequency = (h: SearchHit): number => (h.where ? occurrences(h.where.field === 'title' ? h.item.title.slice(h.where.start, h.where.end) : h.item.text.slice(h.where.start, h.where.end)) : 0);
      return [...seen.values()]
        .map((h) => ({ h, r: rank(h), f: frequency(h) }))
        .sort((a, b) => a.r - b.r || a.h.score - b.h.score || b.f - a.f)
        .slice(0, limit)
        .map((x) => x.h);
    },
  };
}

const cache = new WeakMap<readonly PlanDocument[], SearchIndex>();

/**
 * The search index of a list of documents, built once and kept while the list lives.
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
