import { describe, expect, it } from 'vitest';
import { bigramCounts, diceOfCounts, diceSimilarity } from './similarity.js';

// One Dice similarity: the alignment's target comparison keeps bigram counts and compares them with diceOfCounts,
// which must give what diceSimilarity gives for the texts.
describe('Dice similarity', () => {
  it.each([
    ['数据中心标准机架', '数据中心机架总数'],
    ['开放数据集', '开放数据集'],
    ['算力', '数据'],
    ['', '算力'],
    ['一', '一'],
  ])('should give the same for %s and %s from the texts and from their counts', (a, b) => {
    expect(diceOfCounts(bigramCounts(a), bigramCounts(b))).toBe(diceSimilarity(a, b));
  });

  it('should count repeated bigrams', () => {
    expect([...bigramCounts('数据数据')]).toEqual([['数据', 2], ['据数', 1]]);
    expect(diceSimilarity('开放数据集', '开放数据集')).toBe(1);
    expect(diceSimilarity('算力', '数据')).toBe(0);
  });
});
