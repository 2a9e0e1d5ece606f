// Figures in forms found by writing whole plans of many provinces and sectors (parser reach, round three): numbers with
// thousands groups inside a clause, deadlines to the day or the month, time words after a metric, shares in 两成,
// the rules of an assessment's scores and a bare efficiency ratio bound by 以下.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { findQuantities } from '../src/targets/quantity.js';
import { expectExactQuotes } from './helpers.js';

const parse = (text: string): PlanDocument => {
  const doc = parseDocument(text, { file: 'reach3.txt' }).documents[0];
  if (!doc) throw new Error('no document');
  expectExactQuotes(text, doc);
  return doc;
};
const targetsOf = (doc: PlanDocument) => doc.targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);

describe('a number with thousands groups inside a clause', () => {
  it('should keep the clause whole after 1,236 so that the next figure is named by its own words', () => {
    const doc = parse(outdent`
      某市城市更新行动实施方案（2024—2026年）
      一、工作目标
      到2026年底，全市累计改造城镇老旧小区1,236个、惠及居民8.6万户，粮食播种面积稳定在7,100万亩以上、产量保持在600亿斤以上。
    `);
    expect(targetsOf(doc)).toEqual([
      ['改造城镇老旧小区', '=', 1236, '个'],
      ['惠及居民', '=', 86_000, '户'],
      ['粮食播种面积', '>=', 71_000_000, '亩'],
      ['产量', '>=', 60_000_000_000, '斤'],
    ]);
    expect(doc.targets[1]?.quote).toBe('全市累计改造城镇老旧小区1,236个、惠及居民8.6万户');
  });

  it('should read full-width digits grouped by a full-width comma as one number', () => {
    expect(findQuantities('“一网通办”事项达到１，２００项').map((q) => [q.value, q.unit])).toEqual([[1200, '项']]);
  });

  it('should still end the clause at a comma followed by a year, not read 85，202 as one number', () => {
    const doc = parse(outdent`
      某市2024年营商环境优化工作要点
      一、主要目标
      营商环境综合指数达到85，2025年综合指数提高到90。
    `);
    expect(doc.targets.map((t) => [t.metric, t.value])).toEqual([
      ['营商环境综合指数', 85],
      ['综合指数', 90],
    ]);
  });
});
