// A table of the plan's indicators with their lead units (序号 | 指标名称 | 单位 | 2025年目标 | 牵头单位 | 责任单位), as
// annual plans assign their 主要指标 and 考核 schemes their indicators: its figures were read, its lead units lost (its
// header words 指标名称, 单位, 2025年目标 unknown to the task tables) (parser reach, r9-figures). Crafted probes f30
// (西宁, TAB) and f08 (泰州 考核, Markdown) of /work/adv/r9-figures.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'indicator-duty-tables.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

const duties = (doc: PlanDocument): Array<[string, string[], string[]]> => doc.assignments.map((a) => [doc.tasks.find((t) => t.id === a.taskId)?.title ?? '', a.leadUnits, a.supportingUnits]);

describe('an indicator table with lead units', () => {
  it('should assign each indicator to its units and keep its target (TAB)', () => {
    const doc = plan(
      [
        '某市2025年国民经济和社会发展主要指标责任分工方案',
        '',
        '序号\t指标名称\t单位\t2025年目标\t牵头单位\t责任单位',
        '1\t地区生产总值增速\t%\t5.5左右\t市发展改革委\t市统计局，各区县人民政府',
        '2\t城镇新增就业\t万人\t2.5\t市人力资源社会保障局\t各区县人民政府',
        '',
      ].join('\n'),
    );
    expect(duties(doc)).toEqual([
      ['地区生产总值增速', ['市发展改革委'], ['市统计局', '各区县人民政府']],
      ['城镇新增就业', ['市人力资源社会保障局'], ['各区县人民政府']],
    ]);
    expect(doc.targets.map((t) => [t.metric, t.value])).toEqual([
      ['地区生产总值增速', 5.5],
      ['城镇新增就业', 25000],
    ]);
  });

  it('should read a Markdown 考核 table with base and target columns', () => {
    const doc = plan(outdent`
      # 某市2025年度高质量发展综合考核实施方案

      | 序号 | 指标名称 | 单位 | 2024年基期值 | 2025年目标值 | 属性 | 牵头单位 |
      |---|---|---|---|---|---|---|
      | 1 | 一般公共预算收入增速 | % | 3.1 | 4 | 预期性 | 市财政局 |
      | 2 | PM2.5平均浓度 | 微克/立方米 | 31.5 | ≤30 | 约束性 | 市生态环境局 |
    `);
    expect(duties(doc)).toEqual([
      ['一般公共预算收入增速', ['市财政局'], []],
      ['PM2.5平均浓度', ['市生态环境局'], []],
    ]);
  });

  it('should not make tasks of an indicator table without units, nor take the indicator for the task beside a task column', () => {
    const plain = plan(outdent`
      某市“十五五”卫生健康事业发展规划
      一、发展目标
      序号	指标名称	单位	2025年	2030年	属性
      1	人均预期寿命	岁	83.2	84	预期性
      2	婴儿死亡率	‰	1.8	≤2	预期性
    `);
    expect(plain.tasks).toEqual([]);
    const tasked = plan(
      ['某市2025年重点任务分工', '', '序号\t重点任务\t指标名称\t目标值\t牵头单位\t完成时限', '1\t扩大有效投资\t固定资产投资增速\t6%\t市发改委\t2025年12月底', '2\t促进消费\t社会消费品零售总额增速\t6%\t市商务局\t2025年12月底', ''].join('\n'),
    );
    expect(duties(tasked)).toEqual([
      ['扩大有效投资', ['市发改委'], []],
      ['促进消费', ['市商务局'], []],
    ]);
  });
});
