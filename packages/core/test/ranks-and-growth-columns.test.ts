// A rank to reach (区域创新能力排名进入全市前3位, 力争进入全国百强县前80名), task tables whose task column is 攻坚任务 or
// 行动任务, and an indicator table's 年均增长（%） column (a yearly growth as a plain value, a cumulative change in 〔〕), as a
// reader takes them, and changes after 分别 naming nothing (…旅游收入650亿元，分别同比增长10%、12%) given to the figures before
// (parser reach, hC session 12). Crafted probes d13, d14, d15, d16, d17, d18 of hC (/work/adv/hC/FINDINGS.md).
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'ranks-and-growth-columns.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

describe('a rank to reach', () => {
  it('should name what is ranked in its field, at most the figure', () => {
    const doc = plan(
      [
        '某区2025年县域经济高质量发展行动方案',
        '一、主要目标',
        '县域经济综合实力排名保持全省前20位，力争进入全国百强县前80名。区域创新能力排名进入全市前3位。营商环境评价力争排名全省前10名。',
      ].join('\n'),
    );
    expect(doc.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit}`)).toEqual([
      '县域经济综合实力全省排名 <= 20位',
      '全国百强县排名 <= 80名',
      '区域创新能力全市排名 <= 3位',
      '营商环境评价全省排名 <= 10名',
    ]);
  });
});

describe('a task table whose task column is 攻坚任务 or 行动任务, or whose content column is 主要目标', () => {
  it('should read its rows, one cell per line or TAB cells', () => {
    const cells = ['某区2025年优化营商环境攻坚行动任务清单', '序号', '攻坚任务', '具体措施', '责任单位', '完成时限', '1', '提升开办企业便利度', '企业开办时间压缩至1个工作日以内', '区市场监管局（牵头），区税务局', '2025年6月底前', '2', '强化金融服务', '新增小微企业贷款不少于30亿元', '区金融工作局，各银行机构', '长期坚持'];
    const tabs = ['某区2025年县域经济高质量发展行动方案', '一、重点任务', '序号\t行动任务\t工作目标\t牵头单位\t配合单位\t完成时限', '1\t工业强区行动\t新增规上工业企业30户\t区经信局\t区发改局、区财政局\t2025年12月底前', '2\t开放合作行动\t招引亿元以上项目40个\t区投促局\t区直有关部门\t长期坚持'];
    expect(plan(cells.join('\n')).assignments.map((a) => [a.taskTitle, a.leadUnits, a.supportingUnits, a.due])).toEqual([
      ['提升开办企业便利度', ['区市场监管局'], ['区税务局'], '2025-06-30'],
      ['强化金融服务', ['区金融工作局', '各银行机构'], [], null],
    ]);
    expect(plan(tabs.join('\n')).assignments.map((a) => [a.taskTitle, a.leadUnits, a.supportingUnits, a.due])).toEqual([
      ['工业强区行动', ['区经信局'], ['区发改局', '区财政局'], '2025-12-31'],
      ['开放合作行动', ['区投促局'], ['区直有关部门'], null],
    ]);
    const goals = ['某区2025年招商引资重点任务清单', '序号\t任务名称\t主要目标\t牵头单位\t配合单位\t完成时限', '1\t招大引强\t引进亿元以上项目60个\t区招商服务中心\t区发改局、区经信局\t2025年12月底前'];
    expect(plan(goals.join('\n')).assignments.map((a) => [a.taskTitle, a.leadUnits, a.supportingUnits, a.due])).toEqual([['招大引强', ['区招商服务中心'], ['区发改局', '区经信局'], '2025-12-31']]);
  });
});

describe('an indicator table with a 年均增长（%） column', () => {
  it('should read its plain value as the yearly growth in percent, and its bracket as the cumulative change', () => {
    // Note: the growth's percent is written in the header (年均增速（%）), not in the row the quote gives: no quote check here.
    const doc = parseDocument(
      [
        '# 某市“十五五”现代农业发展规划',
        '',
        '## 第二章 发展目标',
        '',
        '| 序号 | 指标 | 单位 | 2025年 | 2030年 | 年均增速（%） | 属性 |',
        '|---|---|---|---|---|---|---|',
        '| 1 | 农林牧渔业总产值 | 亿元 | 820 | 1050 | 5.1 | 预期性 |',
        '| 2 | 高标准农田面积 | 万亩 | 420 | 500 | 〔80〕 | 约束性 |',
      ].join('\n'),
      { file: 'ranks-and-growth-columns.md' },
    ).documents[0] as PlanDocument;
    expect(doc.targets.map((t) => `${t.metric} ${t.value}${t.unit} @${t.deadline?.year}`)).toEqual([
      '农林牧渔业总产值 105000000000元 @2030',
      '农林牧渔业总产值年均增长 5.1% @2030',
      '高标准农田面积 5000000亩 @2030',
      '高标准农田面积（累计） 800000亩 @2030',
    ]);
  });
});

describe('changes after 分别 that name nothing', () => {
  it('should be the changes of the figures the sentence states before them, in order', () => {
    const doc = plan(
      [
        '某区2025年经济社会发展工作要点',
        '一、主要目标',
        '实现一般公共预算收入28亿元、税收收入20亿元，分别增长5%和6%。全年接待国内外游客4000万人次，实现旅游收入650亿元，分别同比增长10%、12%。',
      ].join('\n'),
    );
    expect(doc.targets.map((t) => `${t.metric} ${t.value}${t.unit}`).filter((t) => t.includes('增长'))).toEqual(['一般公共预算收入增长 5%', '税收收入增长 6%', '接待国内外游客同比增长 10%', '旅游收入同比增长 12%']);
  });
});
