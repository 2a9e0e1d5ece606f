// Figures of a year's review that opens a plan's paragraph (parser reach, hC session 10): 2024年，… in a 2025 工作要点 reports
// the last year for every sentence of the paragraph; a share after a change is the share of what changed, whatever base
// the change names (同比, 比上年); 年内 before a metric is its time, no part of its name.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'figure-review-year.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

const review = outdent`
  某市2025年数字经济发展工作要点
  2024年，全市数字经济核心产业增加值达到1250亿元，同比增长12.3%，占地区生产总值比重为10.8%。全年新建5G基站3200个，累计建成1.8万个。
  2025年主要目标：新增上云企业不少于1000家，算力规模达到5000P以上。
  一、夯实数字基础设施
  1.加快5G网络建设。年内新建5G基站2000个以上。
`;

describe('a paragraph that opens with a year before the plan\'s', () => {
  it('should report every figure of the paragraph as of that year, the sentences after the first too', () => {
    const doc = plan(review);
    expect(doc.indicators.map((i) => [i.metric, i.value, i.asOf])).toEqual([
      ['数字经济核心产业增加值', 125_000_000_000, '2024-12-31'],
      ['数字经济核心产业增加值同比增长', 12.3, '2024-12-31'],
      ['数字经济核心产业增加值占地区生产总值比重', 10.8, '2024-12-31'],
      ['新建5G基站', 3200, '2024-12-31'],
      ['新建5G基站', 18_000, '2024-12-31'],
    ]);
    expect(doc.targets.map((t) => [t.metric, t.value, t.deadline?.year])).toEqual([
      ['上云企业', 1000, 2025],
      ['算力规模', 5000, 2025],
      ['新建5G基站', 2000, 2025],
    ]);
  });

  it('should read the same when the page is flattened to one line or its line breaks are spaces', () => {
    for (const text of [review.replace(/\n/g, ''), review.replace(/\n/g, ' ')]) {
      const doc = plan(text);
      expect(doc.indicators.map((i) => i.value)).toEqual([125_000_000_000, 12.3, 10.8, 3200, 18_000]);
      expect(doc.targets.map((t) => t.value)).toEqual([1000, 5000, 2000]);
    }
  });

  it('should still read a figure the paragraph dates in a later year as a target, and a year of the plan as no review', () => {
    const doc = plan(outdent`
      某市2025年城市更新工作要点
      一、重点任务
      1.推进老旧小区改造。2024年，启动老旧小区改造120个，2025年完成改造100个。
      2.建设口袋公园。2025年，新建口袋公园30个。
    `);
    expect(doc.targets.map((t) => [t.metric, t.value, t.deadline?.year])).toEqual([
      ['改造', 100, 2025],
      ['新建口袋公园', 30, 2025],
    ]);
    expect(doc.indicators.map((i) => [i.value, i.asOf])).toEqual([[120, '2024-12-31']]);
  });
});

describe('共有 before a count', () => {
  it('should read 共有 as the word that states a count, no part of its name, and 共有产权住房 as housing to build', () => {
    const doc = plan(outdent`
      某市“十五五”卫生健康和住房发展规划
      一、发展基础
      截至2025年底，全市共有医疗卫生机构3260个。
      二、主要任务
      1.加强住房保障。新开工共有产权住房2000套。
    `);
    expect(doc.indicators.map((i) => [i.metric, i.value])).toEqual([['医疗卫生机构', 3260]]);
    expect(doc.targets.map((t) => [t.metric, t.value])).toEqual([['新开工共有产权住房', 2000]]);
  });
});

describe('a review heading flattened into its paragraph', () => {
  const text = outdent`
    某区2025年国民经济和社会发展计划
    一、2024年计划执行情况
    2024年，全区实现地区生产总值856.3亿元；一般公共预算收入62.8亿元，增长3.1%。
    二、2025年主要预期目标
    ——地区生产总值增长5.5%左右；
  `;

  it('should still read the heading as a review, and date its figures by its year, when spaces stand for the breaks', () => {
    for (const form of [text, text.replace(/\n/g, ' ')]) {
      const doc = plan(form);
      expect(doc.indicators.map((i) => [i.metric, i.value, i.asOf])).toEqual([
        ['地区生产总值', 85_630_000_000, '2024-12-31'],
        ['一般公共预算收入', 6_280_000_000, '2024-12-31'],
        ['一般公共预算收入增长', 3.1, '2024-12-31'],
      ]);
      expect(doc.targets.map((t) => [t.metric, t.value])).toEqual([['地区生产总值增长', 5.5]]);
    }
  });
});

describe('a review\'s changes against the last year\'s end, and a doubling', () => {
  it('should name a change against 上年末 and a share after 翻了一番 by the measure before them', () => {
    const doc = plan(outdent`
      某市“十五五”数字经济发展规划
      第一章 发展基础
      2025年，数字经济核心产业增加值达到2150亿元，较2020年翻了一番，占地区生产总值比重达到12.6%。全市规模以上软件企业达到860家，较上年末增加72家。
      第二章 发展目标
      到2030年，数字经济核心产业增加值占地区生产总值比重达到16%左右。
    `);
    expect(doc.indicators.map((i) => [i.metric, i.value, i.unit])).toEqual([
      ['数字经济核心产业增加值', 215_000_000_000, '元'],
      ['数字经济核心产业增加值较2020年', 1, '番'],
      ['数字经济核心产业增加值占地区生产总值比重', 12.6, '%'],
      ['规模以上软件企业', 860, '家'],
      ['规模以上软件企业较上年末增加', 72, '家'],
    ]);
  });
});
