// Figures a reader names from the list or the works before them, and figures no one is to reach (parser reach, hC session 12):
// a bare measure after a verb (标准厂房建设面积, 保障性租赁住房建设规模), a verb of works alone after a figure of the same
// measure (新建城市书房5家，改造提升3家), lists of grades or things before their figures without 分别 (创建国家级、省级高新区1个、2个;
// 新建省级和市级重点实验室各3家), the name before 完成投资 as its subject, and an assessment's weights (权重不低于5%, 占总分的15%).
// A 民生实事 table (its task column so named) and a span of months as a row's time (2025年3月至10月) are read too.
// Crafted probes d01, d04, d05, d06, d07, d10, d11 of hC (/work/adv/hC/FINDINGS.md).
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'figure-lists-and-weights.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

const named = (doc: PlanDocument): string[] => doc.targets.map((t) => `${t.metric} ${t.value}${t.unit ?? ''}`);

describe('a bare measure after a verb', () => {
  it('should name the measure by the thing before the verb, not alone or by the figure before', () => {
    const doc = plan(outdent`
      某区2025年城市建设工作要点
      一、主要目标
      各乡镇完成投资不低于年度计划的100%。保障性租赁住房建设规模达到5000套，标准厂房建设面积达到40万平方米。
    `);
    expect(named(doc).slice(1)).toEqual(['保障性租赁住房建设规模 5000套', '标准厂房建设面积 400000平方米']);
  });
});

describe('a verb of works alone after a figure of the same measure', () => {
  it('should work on the thing the figure before names', () => {
    const doc = plan(outdent`
      某区2025年文化旅游工作要点
      一、重点工作
      1.完善公共服务。新建城市书房5家，改造提升3家。新建旅游厕所15座，改建8座。新建高标准农田25万亩，改造提升12万亩。
    `);
    expect(named(doc)).toEqual([
      '新建城市书房 5家',
      '改造提升城市书房 3家',
      '新建旅游厕所 15座',
      '改建旅游厕所 8座',
      '新建高标准农田 250000亩',
      '改造提升高标准农田 120000亩',
    ]);
  });
});

describe('a list before its figures without 分别', () => {
  it('should give each grade its figure in order, and each name the one figure after 各', () => {
    const doc = plan(outdent`
      某市2025年科技创新工作要点
      一、主要目标
      创建国家级、省级高新技术产业开发区1个、2个。新建省级和市级重点实验室各3家。新建和改造农村公路各100公里。新建城市书房和农家书屋各10个。新建和改造升级仓容各500万吨。
    `);
    expect(named(doc)).toEqual([
      '国家级高新技术产业开发区 1个',
      '省级高新技术产业开发区 2个',
      '省级重点实验室 3家',
      '市级重点实验室 3家',
      '新建农村公路 100公里',
      '改造农村公路 100公里',
      '新建城市书房 10个',
      '新建农家书屋 10个',
      '新建仓容 5000000吨',
      '改造升级仓容 5000000吨',
    ]);
  });
});

describe('the name before 完成投资', () => {
  it('should be the subject of the investment', () => {
    const doc = plan(outdent`
      某区2025年文化旅游工作要点
      一、主要目标
      文旅项目完成投资35亿元以上。
    `);
    expect(doc.targets.map((t) => [t.metric, t.subject, t.value])).toEqual([['投资', '文旅项目', 3_500_000_000]]);
  });
});

describe('the weights of an assessment', () => {
  it('should read no weight, share of the total score or score allotted as a target', () => {
    const doc = plan(outdent`
      某市2025年度县域经济高质量发展考核实施方案
      一、考核内容及权重
      考核满分100分。其中，经济发展指标权重为40%，绿色发展指标占总分的15%，民生保障指标权重不低于15%，共性指标占10分。地区生产总值增速指标占经济发展指标的30%。
      二、目标任务
      全市地区生产总值增长6%左右。将文旅工作纳入镇（街道）综合考核，权重不低于5%，按20%权重计入年度总成绩。储备管理指标分值占比不低于25%。
    `);
    expect(named(doc)).toEqual(['地区生产总值增长 6%']);
  });
});

describe('a 民生实事 table whose time runs over months', () => {
  it('should read 民生实事 as the task column and a span of months as due at its last month', () => {
    const doc = plan(
      [
        '某县2025年十件民生实事工作方案',
        '一、民生实事项目及责任分工',
        '序号\t民生实事\t目标任务\t牵头单位\t配合单位\t完成时限',
        '1\t农村公路提质\t新改建农村公路120公里\t县交通运输局\t县财政局，各乡镇人民政府\t2025年11月底前',
        '2\t城乡供水保障\t农村自来水普及率达到90%\t县水务局\t县发展改革局、县财政局\t2025年3月至10月',
      ].join('\n'),
    );
    expect(doc.assignments.map((a) => [a.leadUnits, a.supportingUnits, a.due])).toEqual([
      [['县交通运输局'], ['县财政局', '各乡镇人民政府'], '2025-11-30'],
      [['县水务局'], ['县发展改革局', '县财政局'], '2025-10-31'],
    ]);
    expect(doc.targets.map((t) => t.deadline?.date)).toEqual(['2025-11-30', '2025-10-31']);
  });
});

describe('projects started and finished', () => {
  it('should give 竣工 and 竣工投产 the projects the figure before starts, and leave 计划 out of the investment\'s subject', () => {
    const doc = plan(outdent`
      某区2025年重大项目建设攻坚行动方案
      一、目标任务
      新开工亿元以上项目50个、竣工40个。开工建设重点项目120个，竣工投产80个。“十大工程”计划完成投资150亿元。
    `);
    expect(doc.targets.map((t) => [t.metric, t.subject, t.value])).toEqual([
      ['新开工亿元以上项目', null, 50],
      ['竣工亿元以上项目', null, 40],
      ['重点项目', null, 120],
      ['竣工投产重点项目', null, 80],
      ['投资', '“十大工程”', 15_000_000_000],
    ]);
  });
});
