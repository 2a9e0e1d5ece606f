// A rank to reach written in Chinese numerals (进入全省前三位, 保持全市前二名), which plankb read only in digits (前3位) or
// from 十 up (前十位), and a month a work plan sets for a stage between the measure and its figure (项目开工率6月底前达到
// 50%以上), which was read into the metric's name (parser reach, r9-figures). Crafted probes f15, f20, f25 of
// /work/adv/r9-figures; hC d14 left the ranks.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'figure-ranks-in-words.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

describe('a rank in Chinese numerals', () => {
  it('should read a rank to reach as its digits are read', () => {
    const doc = plan(outdent`
      某县2025年县域经济工作方案
      一、工作目标
      营商环境评价力争进入全省前三位，县域经济综合实力排名保持全市前二名。
    `);
    expect(doc.targets.map((t) => [t.metric, t.comparator, t.value, t.unit])).toEqual([
      ['营商环境评价全省排名', '<=', 3, '位'],
      ['县域经济综合实力全市排名', '<=', 2, '名'],
    ]);
  });

  it('should not read a rank that picks a set, or a small numeral of rhetoric', () => {
    const doc = plan(outdent`
      某县2025年县域经济工作方案
      一、工作目标
      对排名前三位的企业给予奖励，支持销售收入排名前五名的企业做大做强，培育三名领军人才。
    `);
    expect(doc.targets).toEqual([]);
  });
});

describe('a month of the plan’s year before a stage’s figure', () => {
  it('should date the figure by the month and keep it out of the metric', () => {
    const doc = plan(outdent`
      某省2025年高标准农田建设工作要点
      一、压实建设任务
      项目开工率6月底前达到50%以上，9月底前达到90%以上。城乡低保标准10月底前提高到每人每月800元。
    `);
    expect(doc.targets.map((t) => [t.metric, t.value, t.deadline?.date])).toEqual([
      ['项目开工率', 50, '2025-06-30'],
      ['项目开工率', 90, '2025-09-30'],
      ['城乡低保标准', 800, '2025-10-31'],
    ]);
  });

  it('should keep a month that names the measure', () => {
    const doc = plan(outdent`
      某省2025年能源工作要点
      一、主要目标
      迎峰度夏期间7月份最高用电负荷控制在3000万千瓦以内。
    `);
    expect(doc.targets.map((t) => t.metric)).toEqual(['迎峰度夏期间7月份最高用电负荷']);
  });
});

describe('a rank to strive for after the rank to hold', () => {
  it('should rank the same thing in the same field', () => {
    const doc = plan(outdent`
      某县2025年县域经济工作方案
      一、工作目标
      县域经济综合实力排名稳定在全省前十位，力争进入全省前五位；营商环境评价排名保持全市前3位，力争进入全市第一方阵。
    `);
    expect(doc.targets.map((t) => [t.metric, t.value])).toEqual([
      ['县域经济综合实力全省排名', 10],
      ['县域经济综合实力全省排名', 5],
      ['营商环境评价全市排名', 3],
    ]);
  });

  it('should not carry the name into another field or sentence', () => {
    const doc = plan(outdent`
      某县2025年县域经济工作方案
      一、工作目标
      县域经济综合实力排名保持全省前20位，力争进入全国百强县前80名。力争进入全省前五位。
    `);
    expect(doc.targets.map((t) => t.metric)).toEqual(['县域经济综合实力全省排名', '全国百强县排名', '全省排名']);
  });
});

describe('the rank of a growth', () => {
  it('should name whose growth it ranks, from the growth before it in the sentence only', () => {
    const doc = plan(outdent`
      某县2025年县域经济工作方案
      一、工作目标
      规模以上工业增加值增长8%，增速保持全市前三名。地区生产总值增长6%。增速进入全省前五位。
    `);
    expect(doc.targets.map((t) => t.metric)).toEqual(['规模以上工业增加值增长', '规模以上工业增加值增速全市排名', '地区生产总值增长', '增速全省排名']);
  });
});
