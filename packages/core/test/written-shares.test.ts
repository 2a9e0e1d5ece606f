// Figures written without a digit-and-unit pair: fractions (超过1/3, 三分之一左右; realdocs 05, 15, 37) and money
// grades (达到万亿级; realdocs 11, and the 千亿级产业集群 of many plans).
import { describe, expect, it } from 'vitest';
import { findQuantities, IMPLIED_YUAN } from '../src/targets/quantity.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

describe('figures written as fractions and grades', () => {
  it.each([
    ['科技成果转化率超过1/3', 0.3333, '', '>', false],
    ['比重达到三分之一左右', 0.3333, '', '=', true],
    ['占比二分之一以上', 0.5, '', '>=', false],
    ['产业能级达到万亿级', 1e12, '元', '=', true],
    ['打造千亿级产业集群', 1e11, '元', null, true],
  ])('should read %s', (text, value, unit, comparator, approx) => {
    expect(findQuantities(text).map((q) => [q.value, q.unit, q.comparator, q.approx])).toEqual([[value, unit, comparator, approx]]);
  });

  it.each(['2024/3/5', '第12/30页', '3/2', '5万亿级'])('should read no fraction or grade in %s', (text) => {
    expect(findQuantities(text).filter((q) => q.unitFamily === 'fraction' || q.gloss === IMPLIED_YUAN)).toEqual([]);
  });

  it('should read a fraction target of a plan with its metric and an exact quote', () => {
    const text = '某某省教育发展“十四五”规划\n第一章 发展目标\n到2025年，应用型高校科技成果转化率超过1/3。\n第二章 主要任务\n一、深化改革。\n';
    const doc = parseDocument(text, { file: 'fraction.txt' }).documents[0];
    expect(doc?.targets.map((t) => [t.metric, t.value, t.comparator, t.deadline?.year])).toEqual([['应用型高校科技成果转化率', 0.3333, '>', 2025]]);
    if (doc) expectExactQuotes(text, doc);
  });
});
