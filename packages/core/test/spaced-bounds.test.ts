// A bound word or 左右 set off from its figure by a space, as web pages and PDF text space figures from the words around
// them (增长 10% 以上, 达到 5.5 % 左右): the bound is the figure's, not the start of a metric after it.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { findQuantities } from '../src/targets/quantity.js';

const targets = (text: string) => parseDocument(text, { file: 'spaced-bounds.txt' }).documents[0]?.targets ?? [];

describe('a bound word spaced from its figure', () => {
  it.each([
    ['农村网络零售额年均增长 10% 以上', 10, '>=', false, '10% 以上'],
    ['单位地区生产总值能耗下降 13.5 % 以上', 13.5, '>=', false, '13.5 % 以上'],
    ['城镇调查失业率控制在 5.5% 以内', 5.5, '<=', false, '控制在 5.5% 以内'],
    ['研发经费投入强度达到 5.5 % 左右', 5.5, '=', true, '达到 5.5 % 左右'],
    ['力争培育省级示范县 20 个左右', 20, null, true, '20 个左右'],
  ])('should bind %s', (text, value, comparator, approx, bound) => {
    const [q] = findQuantities(text);
    expect([q?.value, q?.comparator, q?.approx, text.slice(q?.boundFrom, q?.boundTo)]).toEqual([value, comparator, approx, bound]);
  });

  it('should name the growth by the words before it, not by the bound', () => {
    const text = outdent`
      某省推进县域商业体系建设行动方案（2024—2026年）

      一、主要目标
      到2026年，农村网络零售额年均增长 10% 以上，农产品网络零售额突破 500 亿元。
    `;
    expect(targets(text).map((t) => [t.metric, t.comparator, t.value, t.unit, t.quote])).toEqual([
      ['农村网络零售额年均增长', '>=', 10, '%', '农村网络零售额年均增长 10% 以上'],
      ['农产品网络零售额', '>', 50_000_000_000, '元', '农产品网络零售额突破 500 亿元'],
    ]);
  });

  it('should not bind a word two spaces or a comma away', () => {
    expect(findQuantities('增长 10%  以上各项').map((q) => q.comparator)).toEqual([null]);
    expect(findQuantities('新增就业 2 万人，以上目标全部完成').map((q) => q.comparator)).toEqual([null]);
  });
});

describe('verbs of extending a count to a level', () => {
  it.each([
    ['“跨省通办”事项拓展至200项', 200, '=', '拓展至200项'],
    ['5G网络延伸到1200个行政村', 1200, '=', '延伸到1200个'],
  ])('should bind %s as 扩大至 does', (text, value, comparator, bound) => {
    const [q] = findQuantities(text);
    expect([q?.value, q?.comparator, text.slice(q?.boundFrom, q?.boundTo)]).toEqual([value, comparator, bound]);
  });
});
