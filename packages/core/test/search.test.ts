import { outdent } from 'outdent';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { buildSearchIndex } from '../src/search/build-search-index.js';
import type { SearchHit, SearchIndex } from '../src/search/types.js';

/** The text a hit's `where` points at. */
const matched = (hit: SearchHit | undefined): string | undefined => (hit?.where ? hit.item[hit.where.field].slice(hit.where.start, hit.where.end) : undefined);

const SUANLI_TITLES = ['统筹推进算力建设和调度', '推进算力建设和调度对接', '夯实算力基础设施', '算力总规模', '智能算力占比'];

describe('search over the seeds', () => {
  let documents: readonly PlanDocument[];
  let index: SearchIndex;
  beforeAll(() => {
    documents = loadCorpus().documents;
    index = buildSearchIndex(documents);
  });
  const titles = (query: string, n = 5): string[] => index.search(query).slice(0, n).map((h) => h.item.title);

  it('should index every task, target and indicator, a figure titled by its subject and metric', () => {
    const count = documents.reduce((n, d) => n + d.tasks.length + d.targets.length + d.indicators.length, 0);
    expect(index.items).toHaveLength(count);
    expect(index.items.filter((i) => i.kind === 'task').every((i) => i.taskId === i.id)).toBe(true);
    expect(index.items.find((i) => i.id === 'huangpu-2026-2030:tg2')).toMatchObject({ kind: 'target', taskId: 'huangpu-2026-2030:t15', title: '虚拟电厂需求响应' });
  });

  it.each(['算力', '算 力', 'suanli', 'SuanLi', 'suanl', 'sl'])('should find the five 算力 titles first for %s', (query) => {
    const hits = index.search(query);
    expect(titles(query).sort()).toEqual([...SUANLI_TITLES].sort());
    for (const hit of hits.slice(0, 5)) {
      expect(hit.where?.field).toBe('title');
      expect(matched(hit)).toBe('算力');
    }
  });

  it('should rank finds in titles before finds in texts, and sort by score', () => {
    const hits = index.search('算力');
    const fields = hits.map((h) => h.where?.field);
    expect(fields.slice(0, 5)).toEqual(Array(5).fill('title'));
    expect(fields.slice(5).every((f) => f === 'text')).toBe(true);
    expect(hits.length).toBeGreaterThan(5);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('should point `where` at exactly the matched text for Chinese queries, in titles and texts', () => {
    for (const query of ['一网通办', '公共数据', '数据要素', '可信数据空间', '链']) {
      const hits = index.search(query, { limit: 1000 });
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) expect(matched(hit)).toBe(query);
      // Every item that holds the query is found.
      expect(hits).toHaveLength(index.items.filter((i) => i.title.includes(query) || i.text.includes(query)).length);
    }
  });

  it('should find the virtual power plant (虚拟电厂) by its initials xndc: the targets by title, then the task by text', () => {
    const hits = index.search('xndc');
    expect(hits.map((h) => h.item.id)).toEqual(['huangpu-2026-2030:tg2', 'huangpu-2026-2030:tg3', 'huangpu-2026-2030:tg4', 'huangpu-2026-2030:t15']);
    expect(hits.map(matched)).toEqual(['虚拟电厂', '虚拟电厂', '虚拟电厂', '虚拟电厂']);
    expect(hits[3]?.where?.field).toBe('text');
  });

  it('should find 数字政府 by szzf and 公共数据, 一网通办 by their full pinyin', () => {
    expect(matched(index.search('szzf')[0])).toBe('数字政府');
    expect(matched(index.search('gonggongshuju')[0])).toBe('公共数据');
    expect(matched(index.search('yiwangtongban')[0])).toBe('一网通办');
    expect(matched(index.search('yiwangtongb')[0])).toBe('一网通办');
  });

  it('should find a polyphone by any of its readings: 行 as hang (行业) and as xing (行动)', () => {
    expect(index.search('hangye').map(matched)).toContain('行业');
    expect(index.search('xingdong').map(matched)).toContain('行动');
    expect(matched(index.search('hangye')[0])).toBe('行业');
  });

  it('should find a single character, in titles first', () => {
    const hits = index.search('链', { limit: 1000 });
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((h) => matched(h) === '链')).toBe(true);
    const firstText = hits.findIndex((h) => h.where?.field === 'text');
    expect(hits.slice(firstText).every((h) => h.where?.field === 'text')).toBe(true);
  });

  it('should find Latin text whatever its case: 5G, IPv6', () => {
    expect(index.search('5g').map(matched)).toContain('5G');
    expect(titles('5G', 1)).toEqual(['5G室外基站']);
    for (const query of ['ipv6', 'IPV6', 'IPv6', 'ＩＰｖ６']) expect(index.search(query).map(matched)).toEqual(['IPv6']);
  });

  it('should find nothing for words no document has', () => {
    expect(index.search('不存在的词语')).toEqual([]);
    expect(index.search('zzqqxx')).toEqual([]);
  });

  it('should find a title one edit away from a long query, after the exact finds in titles', () => {
    expect(titles('suanlii')).toEqual(expect.arrayContaining(['夯实算力基础设施']));
    expect(index.search('suanlii')[0]?.score).toBeGreaterThanOrEqual(1);
    expect(index.search('xunidianchnag').map((h) => h.item.id)).toContain('huangpu-2026-2030:tg2');
    // Short queries get no variants: xnd is not a typo of xndc.
    expect(index.search('xnd').map(matched)).not.toContain('虚拟电厂');
    // Initials get none either: an abbreviation with a letter dropped or swapped is another abbreviation.
    expect(index.search('xndcc')).toEqual([]);
    expect(index.search('zzzzq')).toEqual([]);
    // Nor a query that titles have as written: suanl finds 算力, and is no typo of suan (算法).
    expect(titles('suanl', 50)).not.toContain('异动算法');
    expect(titles('suan', 50)).toContain('异动算法');
  });
});

describe('search over a crafted document', () => {
  const text = outdent`
    某某区2026年数据工作要点

    一、重点任务
    （一）推进算力建设。建设智能算力中心，设立算力基金，支持IPv6和５Ｇ应用。
    （二）推进项目储备。开展无人机试点，建设项目清单。
    （三）实现数字化治理。推动重点工作，避免重复建设，到2026年建成5个示范场景。
  `;
  const documents = parseDocument(text, { file: 'moumou-2026.txt' }).documents;
  const index = buildSearchIndex(documents);
  const ids = (query: string, options?: { limit?: number }): string[] => index.search(query, options).map((h) => h.item.id);

  it('should have the three tasks and the target', () => {
    expect(index.items.map((i) => `${i.kind} ${i.title}`)).toEqual(['task 推进算力建设', 'task 推进项目储备', 'task 实现数字化治理', 'target 示范场景']);
  });

  it('should find nothing for an empty query, blanks, or punctuation alone', () => {
    for (const query of ['', '   ', '\t\n', '，', '。，、', '（）']) expect(index.search(query)).toEqual([]);
  });

  it('should find nothing for a query longer than any text', () => {
    expect(index.search(`${documents[0]?.tasks[0]?.body}再多一句`)).toEqual([]);
    expect(index.search('suanlijianshesuanlijianshesuanlijianshesuanlijianshe')).toEqual([]);
  });

  it('should find a whole text, punctuation included', () => {
    expect(ids('开展无人机试点，建设项目清单。')).toEqual(['moumou-2026:t2']);
  });

  it('should return at most `limit` hits', () => {
    expect(ids('建设')).toEqual(['moumou-2026:t1', 'moumou-2026:t2', 'moumou-2026:t3']);
    expect(ids('建设', { limit: 2 })).toEqual(['moumou-2026:t1', 'moumou-2026:t2']);
    expect(ids('建设', { limit: 0 })).toEqual([]);
  });

  it('should read full-width letters and digits as ASCII, and keep ranges in the original text', () => {
    const hit = index.search('5g')[0];
    expect(hit?.item.id).toBe('moumou-2026:t1');
    expect(matched(hit)).toBe('５Ｇ');
  });

  it('should rank whole syllables before a half-typed last one: xian finds 现 (xian) before the more frequent 项 (xiang)', () => {
    const hits = index.search('xian');
    expect(matched(hits[0])).toBe('现');
    expect(hits.map(matched)).toContain('项');
    expect(hits.findIndex((h) => matched(h) === '项')).toBeGreaterThan(0);
  });

  it('should find 重 by either reading: zhongdian (重点) and chongfu (重复)', () => {
    expect(index.search('zhongdian').map(matched)).toEqual(['重点']);
    expect(index.search('chongfu').map(matched)).toEqual(['重复']);
    expect(index.search('zdgz').map(matched)).toEqual(['重点工作']);
  });

  it('should match initials of two letters in titles only, of three and more in texts too', () => {
    expect(index.search('sl').map((h) => h.where?.field)).toEqual(['title']);
    expect(index.search('zn')).toEqual([]);
    expect(index.search('zns').map((h) => [h.where?.field, matched(h)])).toEqual([['text', '智能算']]);
    // A title that has them comes first (算力建).
    expect(index.search('slj').map(matched)).toEqual(['算力建']);
  });

  it('should prefer a more frequent matched text among equals', () => {
    // 算力 occurs three times, 设立 once.
    const both = buildSearchIndex(parseDocument('某某区2026年数据工作要点\n\n一、重点任务\n（一）设立基金。算力建设。\n（二）算力调度。算力建设。\n', { file: 'a-2026.txt' }).documents);
    expect(both.search('sl').map(matched)).toEqual(['算力', '设立']);
  });

  it('should build an empty index for no documents', () => {
    const empty = buildSearchIndex([]);
    expect(empty.items).toEqual([]);
    expect(empty.search('算力')).toEqual([]);
    expect(empty.search('suanli')).toEqual([]);
  });

  it('should match pinyin only when asked to', () => {
    const plain = buildSearchIndex(documents, { pinyin: false });
    expect(plain.search('suanli')).toEqual([]);
    expect(plain.search('算力').map((h) => h.item.id)).toEqual(['moumou-2026:t1']);
  });
});
