// Items numbered in two levels (1.1, 1.2 under （一）, 2.1 under （二）), as lists of projects number them under their
// groups, in a plan flattened to one line (or with a space or a tab for each line break): the number is a label after a
// sentence or a duty's bracket, or glued to its group's short heading as its first; read as a decimal, every item ran
// into its group, which became a task titled with its first project. Crafted probes of hB's twelfth round: 邵武市
// 重点项目建设工作方案, 株洲荷塘区 重大项目建设攻坚方案.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const LINES = [
  '某市2025年重大项目建设攻坚方案',
  '一、项目清单',
  '（一）先进制造业项目',
  '1.1 某新能源装备产业化项目，年内完成投资8亿元。（责任单位：市发改局）',
  '1.2 新材料产业园标准厂房项目。年内建成厂房10万平方米。（责任单位：市工信局）',
  '（二）城市更新项目',
  '2.1老旧小区改造项目，改造小区42个。（责任单位：市住建局）',
  '2.2 城区雨污分流改造工程，新建管网30公里。（责任单位：市城管局）',
  '二、工作措施',
  '（一）强化调度督办。每月召开项目调度会。',
];

describe('two-level item numbers in a flattened list', () => {
  for (const join of ['', ' ', '\t']) {
    it(`should read 1.1, 1.2 and 2.1 as items of their groups, joined by ${JSON.stringify(join)}`, () => {
      const text = LINES.join(join);
      const doc = parseDocument(text).documents[0]!;
      expect(doc.tasks.map((t) => t.label)).toEqual(['1.1', '1.2', '2.1', '2.2', '（一）']);
      expect(doc.tasks.slice(0, 4).map((t) => t.sectionPath.at(-1))).toEqual(['先进制造业项目', '先进制造业项目', '城市更新项目', '城市更新项目']);
      expectExactQuotes(text, doc);
    });
  }

  it('should leave decimals in sentences where they are', () => {
    const text = '某市2025年节能工作方案一、重点任务（一）推进节能降碳。单位GDP能耗降低到3.1以下，年节能1.2万吨标准煤。2.5亿元资金用于改造。（二）加强监测。建成监测点1.1个以上。';
    const doc = parseDocument(text).documents[0]!;
    expect(doc.tasks.map((t) => t.title)).toEqual(['推进节能降碳', '加强监测']);
  });
});
