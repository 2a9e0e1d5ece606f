// Duty times and flattened duty lines (parser reach, hC session 10): a recurring deadline with its point in the period
// (每年6月底前, 每季度末) after bare units, a labelled deadline after the units' bracket, a stage's time before the
// completion's in one bracket, and a labelled duty line whose value the next item's label follows once the page is flattened.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { readDeadline } from '../src/text/deadline.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'duty-times-flattened.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

/** Each assignment as task title → lead | supporting | due text | due. */
function duties(doc: PlanDocument): string[] {
  const title = new Map(doc.tasks.map((t) => [t.id, t.title]));
  return doc.assignments.map((a) => `${a.taskId ? title.get(a.taskId) : '-'} ${a.leadUnits.join('、')} | ${a.supportingUnits.join('、') || '-'} | ${a.dueText ?? '-'} | ${a.due ?? '-'}`);
}

describe('a recurring deadline with its point in the period', () => {
  it('should read 每年6月底前, 每年12月, 每季度末 and 每月5日前 as recurring times, with no one day', () => {
    for (const text of ['每年6月底前', '每年12月', '每季度末', '每月5日前', '每半年末']) expect(readDeadline(text)).toEqual({ reading: { kind: 'open' }, length: text.length });
    expect(readDeadline('每年新增')).toBeNull();
  });

  it('should read the units of a bare bracket followed by a recurring deadline', () => {
    const doc = plan(outdent`
      某县2025年乡村振兴重点工作任务
      一、促进农民增收
      1.促进就业增收。农村劳动力转移就业稳定在12万人以上。（县人力资源社会保障局，每年6月底前）
      2.开展监测帮扶。按时开展防返贫监测。（县农业农村局、县民政局，每季度末）
    `);
    expect(duties(doc)).toEqual(['促进就业增收 县人力资源社会保障局 | - | 每年6月底前 | -', '开展监测帮扶 县农业农村局 | 县民政局 | 每季度末 | -']);
  });
});

describe('a stage\'s time before the completion\'s in a bare bracket', () => {
  it('should read the units and date the item by its last stage', () => {
    const doc = plan(outdent`
      某县2025年乡村振兴重点工作任务
      一、确保粮食安全
      1.建设高标准农田。新建高标准农田3.5万亩。（县农业农村局、县财政局，2025年上半年开工，年底前完工）
    `);
    expect(duties(doc)).toEqual(['建设高标准农田 县农业农村局 | 县财政局 | 年底前完工 | 2025-12-31']);
  });
});

describe('a labelled duty line flattened into the next item', () => {
  const text = outdent`
    某省2025年工业节能工作方案
    一、重点任务
    （一）提升工业能效
    1.提高工业能效。规模以上工业单位增加值能耗下降3%以上。
    责任单位：省工业和信息化厅、省生态环境厅
    完成时限：长期坚持
    （二）保障能源安全
    2.控制煤炭消费。煤炭消费总量控制在2.8亿吨标准煤以内。
    牵头单位：省能源局
    3.发展新型储能。新型储能装机规模达到300万千瓦以上。
    牵头单位：省发展改革委
  `;
  const expected = ['提高工业能效 省工业和信息化厅 | 省生态环境厅 | 长期坚持 | -', '控制煤炭消费 省能源局 | - | - | -', '发展新型储能 省发展改革委 | - | - | -'];

  it('should cut the next item off a duty\'s value when line breaks are spaces or lost', () => {
    expect(duties(plan(text))).toEqual(expected);
    for (const flat of [text.replace(/\n/g, ' '), text.replace(/\n/g, '')]) {
      const doc = plan(flat);
      expect(doc.tasks.map((t) => t.title)).toEqual(['提高工业能效', '控制煤炭消费', '发展新型储能']);
      expect(duties(doc)).toEqual(expected);
    }
  });
});

describe('a labelled deadline after the units\' bracket', () => {
  it('should give the units of the bracket the deadline that follows it outside, with or without a separator', () => {
    const doc = plan(outdent`
      某区2025年优化营商环境工作方案
      一、加强要素保障
      1.强化金融支持。新增首贷户500户。（责任部门：区金融办，人民银行某区支行）时间节点：2025年10月底前
      2.降低用地成本。盘活存量低效用地300亩。（区规划资源局牵头）；完成时限：2025年11月
      3.优化纳税服务。推行非接触式办税。（区税务局牵头，2025年6月底前）完成时限：2025年12月底前
    `);
    expect(duties(doc)).toEqual([
      '强化金融支持 区金融办 | 人民银行某区支行 | 2025年10月底前 | 2025-10-31',
      '降低用地成本 区规划资源局 | - | 2025年11月 | 2025-11-30',
      '优化纳税服务 区税务局 | - | 2025年6月底前 | 2025-06-30',
    ]);
  });
});

describe('a bracket of bare units followed by a deadline\'s bracket', () => {
  it('should read the units, and the deadline bracket after them as theirs', () => {
    const doc = plan(outdent`
      某市2025年招商引资工作方案
      一、重点任务
      1.开展产业链招商。全年举办招商推介活动20场以上。（市商务局、市投资促进局）（2025年12月底前）
      2.推进园区建设。完善园区配套。（含省级园区）（2025年底前）
    `);
    expect(duties(doc)).toEqual(['开展产业链招商 市商务局 | 市投资促进局 | 2025年12月底前 | 2025-12-31', '推进园区建设  | - | 2025年底前 | 2025-12-31']);
  });
});
