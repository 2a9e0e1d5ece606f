// The bodies a bracket of bare names may list at the end of an item (（团市委、市妇联、市总工会）): besides the government's
// departments, the people's organisations, the central bank's and the regulators' branches, public bodies of culture
// and the press, development zones, and the collectives that stand for bodies (各区县, 各有关部门, 各园区).
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes, sliceAt } from './helpers.js';

const duties = (doc: PlanDocument | undefined): string[] =>
  (doc?.assignments ?? []).map((a) => `${a.taskTitle} | ${a.leadUnits.join('、')} | ${a.supportingUnits.join('、') || '-'}`);

describe('a bracket of bare names of other public bodies', () => {
  it('should read people\'s organisations, bank branches and collectives as those responsible, the first leading', () => {
    const text = outdent`
      某市2025年稳就业促增收工作方案

      一、重点任务
      （一）加大信贷投放。全年新增各项贷款800亿元以上。（人民银行某市分行、国家金融监督管理总局某监管分局、市委金融办）
      （二）强化就业服务。开展招聘活动100场次以上。（团市委、市妇联、市总工会、市人力资源社会保障局）
      （三）帮扶困难群体。开展残疾人职业技能培训2000人次。（市残联、市科协、市工商联）
      （四）推进全民阅读。开展阅读推广活动300场。（市图书馆、市广播电视台、各区县）
      （五）抓好政策落实。（各有关部门）
    `;
    const doc = parseDocument(text, { file: 'duty-bodies.txt' }).documents[0];
    expect(duties(doc)).toEqual([
      '加大信贷投放 | 人民银行某市分行 | 国家金融监督管理总局某监管分局、市委金融办',
      '强化就业服务 | 团市委 | 市妇联、市总工会、市人力资源社会保障局',
      '帮扶困难群体 | 市残联 | 市科协、市工商联',
      '推进全民阅读 | 市图书馆 | 市广播电视台、各区县',
      '抓好政策落实 | 各有关部门 | -',
    ]);
    const first = doc?.assignments[0];
    expect(first?.leadPosition && sliceAt(text, first.leadPosition)).toBe('人民银行某市分行');
    if (doc) expectExactQuotes(text, doc);
  });

  it('should read development zones (高新区, 经开区) and 各园区 as bodies, in a bracket and after a label', () => {
    const text = outdent`
      某市2025年开放型经济工作要点

      一、重点任务
      1.招引重大外资项目。全年引进总投资1亿美元以上外资项目5个。（市商务局、高新区、经开区）
      2.培育外贸新业态。跨境电商交易额增长20%。（市商务局、各县（市、区）、各园区）
      3.建设开放平台。新建标准厂房10万平方米。（责任单位：经开区管委会、综保区）
    `;
    const doc = parseDocument(text, { file: 'duty-bodies.txt' }).documents[0];
    expect(duties(doc)).toEqual([
      '招引重大外资项目 | 市商务局 | 高新区、经开区',
      '培育外贸新业态 | 市商务局 | 各县（市、区）、各园区',
      '建设开放平台 | 经开区管委会 | 综保区',
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should read the national bodies a State Council task division names beside the ministries', () => {
    const text = outdent`
      关于促进青年就业创业的重点任务分工方案

      一、拓宽就业渠道
      1.支持青年创业。加大创业担保贷款支持力度。（中国人民银行、金融监管总局、中国证监会）
      2.开展青年就业见习。每年募集见习岗位100万个以上。（人力资源社会保障部、共青团中央按职责分工负责）
      3.发展农村电商。培训农村电商人才10万人次。（中华全国供销合作总社、商务部）
    `;
    const doc = parseDocument(text, { file: 'duty-bodies.txt' }).documents[0];
    expect(duties(doc)).toEqual([
      '支持青年创业 | 中国人民银行 | 金融监管总局、中国证监会',
      '开展青年就业见习 | 人力资源社会保障部、共青团中央 | -',
      '发展农村电商 | 中华全国供销合作总社 | 商务部',
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should still leave a bracket of words that name no body, nor a place kind alone', () => {
    const text = outdent`
      某区2024年工作要点

      一、发展数字经济
      1.培育数字企业。（含独角兽企业、工会）
      2.完善基础设施。（区、市）
      3.扩大开放合作。（友好城市、商会）
    `;
    expect(duties(parseDocument(text, { file: 'duty-bodies.txt' }).documents[0])).toEqual([]);
  });
});
