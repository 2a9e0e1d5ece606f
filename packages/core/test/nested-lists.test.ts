// Lists nested by indentation, whose items use the same numbering as the list they sit in: Markdown's nested ordered
// lists, and Word's multi-level lists copied as text with their indents.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

describe('lists nested by indentation', () => {
  it('should nest a Markdown ordered list under the item it is indented under', () => {
    const text = outdent`
      # 某某市2025年数字经济发展工作要点

      ## 一、夯实数字基础设施

      1. **推进算力设施建设**
         1. 新建智能计算中心1个。（责任单位：市数据局）
         2. 推动算力资源统一调度。（责任单位：市通信管理办）
      2. **完善数据要素市场**
         1. 建设市级数据交易平台。（责任单位：市数据局）

      ## 二、培育数字产业

      3. **壮大软件产业**。软件业务收入增长12%。（责任单位：市工业和信息化局）
    `;
    const result = parseDocument(text, { file: 'nested.md' });
    const doc = result.documents[0];
    expect(doc?.sections.map((s) => [s.depth, s.title])).toEqual([
      [1, '夯实数字基础设施'],
      [2, '推进算力设施建设'],
      [2, '完善数据要素市场'],
      [1, '培育数字产业'],
    ]);
    expect(doc?.tasks.map((t) => [t.sectionPath.at(-1), t.title])).toEqual([
      ['推进算力设施建设', '新建智能计算中心1个'],
      ['推进算力设施建设', '推动算力资源统一调度'],
      ['完善数据要素市场', '建设市级数据交易平台'],
      ['培育数字产业', '壮大软件产业'],
    ]);
    expect(result.issues.filter((i) => i.code === 'duplicate-label')).toEqual([]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should nest a plain-text list indented under its item, and leave a list at one depth flat', () => {
    const nested = outdent`
      某某县2025年农业农村工作要点
      一、稳定粮食生产
      1.落实播种面积
          1.粮食播种面积稳定在80万亩以上。
          2.大豆播种面积达到5万亩。
      2.建设高标准农田
          1.新建高标准农田5万亩。
    `;
    const doc = parseDocument(nested, { file: 'nested.txt' }).documents[0];
    expect(doc?.tasks.map((t) => [t.sectionPath.at(-1), t.title])).toEqual([
      ['落实播种面积', '粮食播种面积稳定在80万亩以上'],
      ['落实播种面积', '大豆播种面积达到5万亩'],
      ['建设高标准农田', '新建高标准农田5万亩'],
    ]);
    // Note: items indented unevenly, as copies leave them, are one list when their numbers run on.
    const flat = '某某县2025年农业农村工作要点\n一、稳定粮食生产\n1.落实播种面积。稳定面积。\n    2.建设高标准农田。新建5万亩。\n3.推进农业机械化。提高机收率。\n二、发展乡村产业\n    1.培育龙头企业。新增3家。\n';
    expect(parseDocument(flat, { file: 'flat.txt' }).documents[0]?.tasks.map((t) => [t.sectionPath.join('/'), t.title])).toEqual([
      ['稳定粮食生产', '落实播种面积'],
      ['稳定粮食生产', '建设高标准农田'],
      ['稳定粮食生产', '推进农业机械化'],
      ['发展乡村产业', '培育龙头企业'],
    ]);
  });
});

describe('chapters of a plan set out in parts', () => {
  it('should read the background chapters under 第X篇 or 第X部分 as context, the task chapters as before', () => {
    const text = outdent`
      某某省国民经济和社会发展第十五个五年规划纲要

      第一篇  开启现代化建设新征程

      第一章  发展环境
      “十四五”时期，全省经济实力跃上新台阶。

      第二篇  坚持创新驱动发展

      第二章  建设高水平创新型省份
      第一节  强化战略科技力量
      建设省实验室体系，新建省实验室5家。
    `;
    const doc = parseDocument(text, { file: 'parts.txt' }).documents[0];
    expect(doc?.sections.map((s) => [s.title, s.role])).toEqual([
      ['开启现代化建设新征程', 'tasks'],
      ['发展环境', 'context'],
      ['坚持创新驱动发展', 'tasks'],
      ['建设高水平创新型省份', 'tasks'],
    ]);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['强化战略科技力量']);
    const parts = '某某市2025年工作方案\n\n第一部分  总体要求\n\n一、指导思想\n坚持以人民为中心。\n\n第二部分  重点任务\n\n一、加强组织领导\n成立领导小组。\n';
    const other = parseDocument(parts, { file: 'parts2.txt' }).documents[0];
    expect(other?.tasks.map((t) => t.title)).toEqual(['加强组织领导']);
    if (doc) expectExactQuotes(text, doc);
  });
});
