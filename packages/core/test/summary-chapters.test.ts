// A 工作总结和工作计划 (a district's year, a bureau's half-year): the account of the work done and its problems come before
// the plan, and only the plan's items are tasks (crafted documents of a 区 and a 县农业农村局, parser reach, round 9,
// helper r9-structure).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { sectionRole } from '../src/parse/section-role.js';
import { expectExactQuotes } from './helpers.js';

function parseOne(text: string) {
  const doc = parseDocument(text, { file: 'summary.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
}

describe('the account of work done before a plan', () => {
  it('should read a year\'s summary and its problems as context, the plan\'s items as tasks', () => {
    const text = [
      '某区2024年工作总结和2025年工作计划',
      '一、2024年工作总结',
      '（一）经济运行稳中向好。全年地区生产总值增长6.5%。',
      '（二）城市品质持续提升。完成老旧小区改造30个。',
      '二、存在的问题',
      '一是经济发展后劲不足；二是城市管理精细化水平有待提升。',
      '三、2025年工作计划',
      '（一）聚力产业发展。全年引进亿元以上项目30个。',
      '（二）提升城市功能。完成老旧小区改造25个。',
    ].join('\n');
    const doc = parseOne(text);
    expect(doc?.sections.filter((s) => s.depth === 1).map((s) => [s.title, s.role])).toEqual([
      ['2024年工作总结', 'context'],
      ['存在的问题', 'context'],
      ['2025年工作计划', 'tasks'],
    ]);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['聚力产业发展', '提升城市功能']);
  });

  it('should do so for a half-year\'s account (工作开展情况, 存在的困难和问题)', () => {
    const text = [
      '某县农业农村局2025年上半年工作总结及下半年工作安排',
      '一、上半年工作开展情况',
      '（一）粮食生产稳定。完成早稻播种面积45万亩。',
      '二、存在的困难和问题',
      '（一）农业基础设施仍较薄弱。',
      '（二）农民增收渠道不宽。',
      '三、下半年工作安排',
      '（一）抓好秋粮生产。确保全年粮食产量稳定。',
      '（二）加快高标准农田建设。年底前完成建设任务8万亩。',
    ].join('\n');
    expect(parseOne(text)?.tasks.map((t) => t.title)).toEqual(['抓好秋粮生产', '加快高标准农田建设']);
  });

  it('should keep chapters of work that end in such words', () => {
    expect(sectionRole('集中解决群众急难愁盼问题', true)).toBeNull();
    expect(sectionRole('补齐民生短板', true)).toBeNull();
    expect(sectionRole('强化工作总结', true)).toBeNull();
    expect(sectionRole('存在的问题', true)).toBe('context');
    expect(sectionRole('2024年目标任务完成情况', true)).toBe('context');
  });
});
