// One search library over the bench's items, in a process of its own (bench/search.ts starts one per
// library, so that each is measured on a clean heap): build time, memory, query latency and, for the
// Chinese queries, recall and precision against the items that hold the query.
//
// Usage: node --expose-gc --import tsx bench/search-peers.ts <items.json> <plankb|minisearch|flexsearch|fuse.js> <rounds>
// Prints one line of JSON (PeerResult) on stdout.

import { readFileSync } from 'node:fs';
import { Index } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { PlanDocument } from '../packages/core/dist/index.js';
import { buildSearchIndex } from '../packages/core/dist/search.js';

/** A search item as the bench writes it: what plankb's index holds (`SearchIndex.items`). */
export interface BenchItem {
  kind: 'task' | 'target' | 'indicator';
  id: string;
  docId: string;
  taskId: string | null;
  title: string;
  text: string;
}

export const LIBRARIES = ['plankb', 'minisearch', 'flexsearch', 'fuse.js'] as const;
export type Library = (typeof LIBRARIES)[number];

/** The queries of the search figures: Chinese first, then pinyin and initials, which only plankb reads. */
export const CHINESE_QUERIES = [
  '算力', '数据要素', '公共数据', '一网通办', '人工智能', '智慧社区', '可信数据空间', '区块链', '数字孪生', '城市大脑', '政务服务', '数据安全',
  '高质量数据集', '无证明', '数字人才', '算力总规模', '授权运营', '数商', '低空', '量子', '数据', '建设', '推进', '不存在的词语',
];
export const PINYIN_QUERIES = ['suanli', 'shuju', 'gonggongshuju', 'rengongzhineng', 'qukuailian', 'sl', 'gg', 'sj', 'zhihuishequ', 'yiwangtongban', 'szzf', 'xyz'];

/** A page of results, as a list shows them: what each library is asked for when timed. */
export const PAGE = 200;

export interface PeerResult {
  library: Library;
  items: number;
  buildMs: number;
  buildCpuMs: number;
  /** Heap and array buffers the index adds, after a full garbage collection. */
  indexMB: number;
  maxRssMB: number;
  /** Milliseconds per query, every round, in query order: Chinese queries, then (plankb only) pinyin ones. */
  chinese: number[];
  pinyin: number[];
  /** Per Chinese query: items that hold it, of those found, and found in all (every result, no page limit). */
  recall: Array<{ query: string; holding: number; foundHolding: number; found: number }>;
}

/** Character pairs of a text, lower-cased, blanks left out (a text of one character is its own term). */
export function bigrams(text: string): string[] {
  const s = text.toLowerCase().replace(/\s+/g, '');
  if (s.length < 2) return s.length === 1 ? [s] : [];
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

interface Engine {
  /** A page of results, timed. */
  page: (query: string) => unknown;
  /** Every result, as item numbers. */
  all: (query: string) => number[];
}

/** plankb's index over documents remade from the items (their titles are the items' titles). */
function plankb(items: readonly BenchItem[]): Engine {
  const byDoc = new Map<string, { id: string; tasks: unknown[]; targets: unknown[]; indicators: unknown[] }>();
  for (const i of items) {
    let d = byDoc.get(i.docId);
    if (!d) byDoc.set(i.docId, (d = { id: i.docId, tasks: [], targets: [], indicators: [] }));
    if (i.kind === 'task') d.tasks.push({ id: i.id, title: i.title, body: i.text });
    else (i.kind === 'target' ? d.targets : d.indicators).push({ id: i.id, taskId: i.taskId, subject: null, metric: i.title, quote: i.text });
  }
  const index = buildSearchIndex([...byDoc.values()] as unknown as PlanDocument[]);
  const number = new Map(index.items.map((item, n) => [item, n]));
  return {
    page: (q) => index.search(q, { limit: PAGE }),
    all: (q) => index.search(q, { limit: Number.MAX_SAFE_INTEGER }).map((h) => number.get(h.item)!),
  };
}

/** MiniSearch over titles and texts, character pairs as terms, every pair of the query required. */
function minisearch(items: readonly BenchItem[]): Engine {
  const index = new MiniSearch<{ id: number; title: string; text: string }>({
    fields: ['title', 'text'],
    tokenize: bigrams,
    processTerm: (term) => term,
    searchOptions: { combineWith: 'AND', tokenize: bigrams, processTerm: (term) => term },
  });
  index.addAll(items.map((i, n) => ({ id: n, title: i.title, text: i.text })));
  // Note: MiniSearch has no page size; it scores and sorts every match.
  return { page: (q) => index.search(q), all: (q) => index.search(q).map((r) => r.id as number) };
}

/** FlexSearch over title and text together, character pairs as terms (its custom `encode`). */
function flexsearch(items: readonly BenchItem[]): Engine {
  const index = new Index({ tokenize: 'strict', encode: bigrams });
  for (let n = 0; n < items.length; n++) index.add(n, `${items[n]!.title}\n${items[n]!.text}`);
  return { page: (q) => index.search(q, { limit: PAGE }), all: (q) => index.search(q, { limit: items.length }) as number[] };
}

/** Fuse.js as the toolchain notes set it up for Chinese: the whole text, no location bias, threshold 0.2. */
function fuse(items: readonly BenchItem[]): Engine {
  const index = new Fuse(items, { keys: ['title', 'text'], ignoreLocation: true, threshold: 0.2 });
  const number = new Map(items.map((item, n) => [item, n]));
  return { page: (q) => index.search(q, { limit: PAGE }), all: (q) => index.search(q).map((r) => number.get(r.item)!) };
}

const ENGINES: Record<Library, (items: readonly BenchItem[]) => Engine> = { plankb, minisearch, flexsearch, 'fuse.js': fuse };

function main(): void {
  const [file, library, roundsText] = process.argv.slice(2) as [string, Library, string];
  const rounds = Number(roundsText) || 3;
  const items = JSON.parse(readFileSync(file, 'utf8')) as BenchItem[];
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const used = (): number => {
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = used();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const engine = ENGINES[library](items);
  const buildMs = performance.now() - started;
  const spent = process.cpuUsage(cpu);
  const indexMB = (used() - before) / 2 ** 20;
  const time = (q: string): number => {
    const t = performance.now();
    engine.page(q);
    return performance.now() - t;
  };
  // Note: one query, not timed, for every library: the first call compiles a library's search code.
  engine.page(CHINESE_QUERIES[0]!);
  if (library === 'plankb') engine.page(PINYIN_QUERIES[0]!);
  const chinese: number[] = [];
  const pinyin: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of CHINESE_QUERIES) chinese.push(time(q));
    if (library === 'plankb') for (const q of PINYIN_QUERIES) pinyin.push(time(q));
  }
  const recall = CHINESE_QUERIES.map((query) => {
    const found = engine.all(query);
    const holds = (n: number): boolean => items[n]!.title.includes(query) || items[n]!.text.includes(query);
    let holding = 0;
    for (let n = 0; n < items.length; n++) if (holds(n)) holding++;
    return { query, holding, foundHolding: found.filter(holds).length, found: found.length };
  });
  const result: PeerResult = {
    library,
    items: items.length,
    buildMs,
    buildCpuMs: (spent.user + spent.system) / 1000,
    indexMB,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    chinese,
    pinyin,
    recall,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) main();
