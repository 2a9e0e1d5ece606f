// Metrics named by a bare or shared measure (parser reach, hC session 10): 新增 before 装机, 产能 or 面积 increments what comes before
// the verb (分布式光伏新增装机2000MW), and 达到 before a rate's period (保障能力达到每年50万架次) is the bound word, no part of
// the metric; a list after 分别 shares its 数量 and its per-head denominator (每千人口).
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'figure-bare-measures.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

describe('a bare measure after 新增', () => {
  it('should name the increment by what comes before the verb, and keep the noun after 新增 where it names a thing', () => {
    const doc = plan(outdent`
      某省新型基础设施建设三年行动计划（2025—2027年）
      一、总体目标
      到2027年，分布式光伏新增装机2000MW，风电新增装机容量300万千瓦，全省新增上云企业5000家。
    `);
    expect(doc.targets.map((t) => [t.metric, t.value, t.unit])).toEqual([
      ['分布式光伏新增装机', 2000, 'MW'],
      ['风电新增装机容量', 3_000_000, '千瓦'],
      ['上云企业', 5000, '家'],
    ]);
  });
});

describe('达到 before a rate\'s period', () => {
  it('should leave 达到 out of the metric when 每年 stands between it and the figure', () => {
    const doc = plan(outdent`
      某省低空经济发展行动计划（2025—2027年）
      一、重点任务
      1.完善低空基础设施。低空飞行服务保障能力达到每年50万架次。
    `);
    expect(doc.targets.map((t) => [t.metric, t.value, t.unit])).toEqual([['低空飞行服务保障能力', 500_000, '架次']]);
  });
});

describe('a list of measures after 分别 that writes a shared part once', () => {
  it('should give 数量 after the last name to each name, and the per-head denominator before the first to each', () => {
    const doc = plan(outdent`
      某市文化和卫生健康“十五五”规划
      一、发展目标
      到2030年，公共图书馆、文化馆、博物馆数量分别达到15个、16个和30个。每千人口执业（助理）医师数、注册护士数分别达到4.0人和4.8人。
    `);
    expect(doc.targets.map((t) => [t.metric, t.value])).toEqual([
      ['公共图书馆数量', 15],
      ['文化馆数量', 16],
      ['博物馆数量', 30],
      ['每千人口执业（助理）医师数', 4],
      ['每千人口注册护士数', 4.8],
    ]);
  });
});

describe('a quoted campaign before several figures', () => {
  it('should not give the campaign\'s name to the figures as their subject, but still a quoted thing\'s', () => {
    const doc = plan(outdent`
      某县2025年政府工作报告重点工作任务分解方案
      一、重点工作
      1.实施“项目攻坚年”行动，全年储备项目300个、总投资1000亿元以上。
      2.建设“虚拟电厂”，需求响应能力达到20万千瓦、自动响应能力5万千瓦。
    `);
    expect(doc.targets.map((t) => t.metric)).toEqual(['储备项目', '总投资', '虚拟电厂需求响应能力', '虚拟电厂自动响应能力']);
  });
});
