import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '@plankb/core/search';
import { type CorpusSource, corpusSource } from '../src/_utils/corpus-source.js';
import { searchIndexFor } from '../src/_utils/search-index.js';
import { seeds } from './render.js';

let source: CorpusSource;
let index: SearchIndex;
beforeAll(() => {
  source = corpusSource(seeds());
  index = searchIndexFor(source);
});

const titles = (query: string, n = 5): string[] => index.search(query).slice(0, n).map((h) => h.item.title);

describe('the search index', () => {
  it('should be built once per corpus', () => {
    expect(searchIndexFor(source)).toBe(index);
  });

  it('should index every task, target and indicator of the corpus', () => {
    const documents = seeds().documents;
    const count = documents.reduce((n, d) => n + d.tasks.length + d.targets.length + d.indicators.length, 0);
    expect(index.items).toHaveLength(count);
  });

  it.each(['算力', 'suanli', 'sl'])('should find the 算力 tasks and targets first for %s', (query) => {
    const top = titles(query);
    expect(top).toEqual(expect.arrayContaining(['统筹推进算力建设和调度', '推进算力建设和调度对接', '夯实算力基础设施', '算力总规模', '智能算力占比']));
    for (const hit of index.search(query).slice(0, 5)) expect(hit.where).toMatchObject({ field: 'title' });
  });

  it('should find the virtual power plant (虚拟电厂) by its initials xndc, targets and the task that states them', () => {
    const hits = index.search('xndc');
    expect(hits.map((h) => [h.item.kind, h.item.id])).toEqual([
      ['target', 'huangpu-2026-2030:tg2'],
      ['target', 'huangpu-2026-2030:tg3'],
      ['target', 'huangpu-2026-2030:tg4'],
      ['task', 'huangpu-2026-2030:t15'],
    ]);
    const task = hits[3];
    expect(task?.where?.field).toBe('text');
    expect(task?.item.text.slice(task.where?.start, task.where?.end)).toBe('虚拟电厂');
    // Every hit opens a task in Plan.
    for (const h of hits) expect(h.item.taskId).toBe('huangpu-2026-2030:t15');
  });

  it('should find the racks target by its pinyin', () => {
    expect(titles('jijia', 2)).toContain('数据中心标准机架总数');
  });

  it('should tolerate a typo in a title (fuzzy)', () => {
    expect(titles('suanlii')).toContain('夯实算力基础设施');
  });

  it('should find nothing for an empty query or nonsense', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzqqxx')).toEqual([]);
  });
});
