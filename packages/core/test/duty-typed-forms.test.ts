// Duty clauses as offices type them (parser reach, hC session 10): a bracket left open at the item's end, a convention note
// set after the first unit of a list, a full stop between the units and the deadline inside one bracket, and the figure
// right before a duty bracket with no full stop between them.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'duty-typed-forms.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

/** Each assignment as task title → lead | supporting | due. */
function duties(doc: PlanDocument): string[] {
  const title = new Map(doc.tasks.map((t) => [t.id, t.title]));
  return doc.assignments.map((a) => `${a.taskId ? title.get(a.taskId) : '-'} ${a.leadUnits.join('、')} | ${a.supportingUnits.join('、') || '-'} | ${a.dueText ?? '-'}`);
}

describe('a duty bracket typed without its close', () => {
  it('should read the units of a bracket that the item\'s line leaves open, and no later line closes', () => {
    const doc = plan(outdent`
      某区2025年优化营商环境工作方案
      一、提升政务服务效能
      1.规范涉企检查。涉企行政检查频次同比下降20%左右（区司法局牵头，区各执法部门按职责分工负责
      2.优化纳税服务。网上办税率稳定在99%以上。（区税务局牵头，区财政局配合）
    `);
    expect(duties(doc)).toEqual(['规范涉企检查 区司法局 | 区各执法部门 | -', '优化纳税服务 区税务局 | 区财政局 | -']);
  });

  it('should leave a bracket that the next line closes to the hard-wrapped clause, and prose in an open bracket alone', () => {
    const doc = plan(outdent`
      某区2025年优化营商环境工作方案
      一、提升政务服务效能
      1.规范涉企检查。推行“综合查一次”（区司法局牵头，区各执法
      部门按职责分工负责）
      2.优化纳税服务。推行非接触式办税（含电子税务局
    `);
    expect(duties(doc)).toEqual(['规范涉企检查 区司法局 | 区各执法部门 | -']);
  });
});

describe('a convention note after a unit inside the list', () => {
  it('should take 排名第一的为牵头单位 after the first unit as the clause\'s note, not a part of the unit\'s name', () => {
    const doc = plan(outdent`
      某省2025年工业节能工作方案
      一、重点任务
      1.提高工业能效。规模以上工业单位增加值能耗下降3%以上。
      责任单位：省工业和信息化厅（排名第一的为牵头单位，下同）、省生态环境厅
      2.推进节能改造。完成重点企业节能改造100家。（省发展改革委（列第一位的为牵头单位）、省能源局负责）
    `);
    expect(duties(doc)).toEqual(['提高工业能效 省工业和信息化厅 | 省生态环境厅 | -', '推进节能改造 省发展改革委 | 省能源局 | -']);
  });

  it('should read a list whose note closes it in a bracket as the list, when list and note are short', () => {
    const doc = plan(outdent`
      某市2025年就业工作要点
      一、重点任务
      1.稳定重点群体就业。城镇新增就业3万人。（责任单位：市人社局、市财政局（排名第一的为牵头单位））
    `);
    expect(duties(doc)).toEqual(['稳定重点群体就业 市人社局 | 市财政局 | -']);
  });
});

describe('a full stop inside a duty bracket', () => {
  it('should read the units before the full stop and the deadline after it', () => {
    const doc = plan(outdent`
      某区2025年优化营商环境工作方案
      一、加强要素保障
      1.保障重点项目用地。全年供应工业用地不少于1500亩。（区规划资源局牵头，各镇人民政府、各街道办事处配合。2025年第四季度完成）
      2.强化金融支持。新增首贷户500户。（区金融办牵头，各有关银行配合。长期坚持）
    `);
    expect(duties(doc)).toEqual([
      '保障重点项目用地 区规划资源局 | 各镇人民政府、各街道办事处 | 2025年第四季度完成',
      '强化金融支持 区金融办 | 各有关银行 | 长期坚持',
    ]);
    expect(doc.assignments[0]?.due).toBe('2025-12-31');
  });
});

describe('a figure right before its item\'s duty bracket', () => {
  it('should quote the figure\'s clause without the duty bracket that follows it with no full stop between', () => {
    const doc = plan(outdent`
      某区2025年政务服务工作要点
      一、重点任务
      1.提升网办水平。政务服务事项全程网办率达到95%（区政务服务管理局牵头）
      2.规范涉企检查。涉企行政检查频次同比下降20%左右（区司法局牵头，区各执法部门按职责分工负责）
      3.控制能耗。数据中心PUE控制在1.3以下（含新建和改造）
    `);
    expect(doc.targets.map((t) => t.quote)).toEqual([
      '政务服务事项全程网办率达到95%',
      '涉企行政检查频次同比下降20%左右',
      '数据中心PUE控制在1.3以下（含新建和改造）',
    ]);
  });
});

describe('units named by 具体由, or set off by a semicolon before the verb', () => {
  it('should read 具体由…负责 as 由…负责, and a first group before a semicolon as the lead of the units the verb names', () => {
    const doc = plan(outdent`
      某市2025年平安建设工作要点
      一、防范化解重大风险
      1.开展电信网络诈骗治理。电诈发案数同比下降15%以上。（具体由市公安局负责，市委网信办、市通信管理办配合）
      2.加强安全生产监管。较大事故起数控制在2起以内。（市应急管理局；各区人民政府按职责分工落实）
    `);
    expect(duties(doc)).toEqual(['开展电信网络诈骗治理 市公安局 | 市委网信办、市通信管理办 | -', '加强安全生产监管 市应急管理局 | 各区人民政府 | -']);
  });
});
