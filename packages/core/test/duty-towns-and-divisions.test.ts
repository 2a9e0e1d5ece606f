// Duties a reader reads that plankb dropped (parser reach, r9-figures): a district's towns and street offices named as one
// collective (各街道、镇), a lead's verb followed by the enumeration comma (由区农业农村局牵头、区水利局配合), a prose duty whose
// deadline a semicolon sets off (区文旅局牵头，区发改局配合；2025年12月底前完成。), a department's own divisions and stations in
// a bare bracket (（厅运输处，省交通物流集团；…）, （局种植业股、局农技站）), and two units joined by 和.
// Crafted probes f02, f07, f11, f16, f20, f21, f22 of /work/adv/r9-figures.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'duty-towns-and-divisions.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

const duties = (doc: PlanDocument): Array<[string[], string[], string | null]> => doc.assignments.map((a) => [a.leadUnits, a.supportingUnits, a.due]);

describe('towns and street offices named together', () => {
  it('should read 各街道、镇 as one collective in labelled lines and in brackets', () => {
    const doc = plan(outdent`
      某区2025年十项民生实事
      一、养老服务工程。新建社区养老服务中心3个。
      牵头单位：区民政局
      责任单位：各街道、镇
      完成时限：2025年11月底
      二、净土工程。完成土壤污染隐患排查20家。（区生态环境分局负责，各街道、乡镇配合）
    `);
    expect(duties(doc)).toEqual([
      [['区民政局'], ['各街道、镇'], '2025-11-30'],
      [['区生态环境分局'], ['各街道、乡镇'], null],
    ]);
  });

  it('should keep a street office and a named unit after it apart', () => {
    const doc = plan(outdent`
      某区2025年十项民生实事
      一、养老服务工程。新建社区养老服务中心3个。（各街道、区民政局负责）
    `);
    expect(duties(doc)).toEqual([[['各街道', '区民政局'], [], null]]);
  });
});

describe('a lead followed by the enumeration comma', () => {
  it('should part the lead from the supporters at 牵头、, in brackets and in prose', () => {
    const doc = plan(outdent`
      某区2025年乡村振兴重点工作任务
      一、建设高标准农田。新建高标准农田3万亩。由区农业农村局牵头、区水利局配合，各镇人民政府负责，2025年11月底前完成。
      二、推进完整社区建设。打造完整社区试点10个。（区民政局牵头、区住建局和区自然资源局配合）
    `);
    expect(duties(doc)).toEqual([
      [['区农业农村局'], ['区水利局', '各镇人民政府'], '2025-11-30'],
      [['区民政局'], ['区住建局', '区自然资源局'], null],
    ]);
  });

  it('should not cut a unit whose name holds 和', () => {
    const doc = plan(outdent`
      某区2025年工业工作要点
      一、推进技改。实施技改项目30个。（区工业和信息化局牵头、区财政局配合）
    `);
    expect(duties(doc)).toEqual([[['区工业和信息化局'], ['区财政局'], null]]);
  });
});

describe('a prose duty with its deadline after a semicolon', () => {
  it('should read the units and the deadline of the item’s last sentence', () => {
    const doc = plan(outdent`
      某区2025年文化旅游工作要点
      一、重点工作
      （一）提升景区品质。完成投资3亿元。区文旅局牵头，区发改局、区财政局配合；2025年12月底前完成。
      （二）培育文旅业态。新培育旅游民宿10家。区文旅局、区商务局负责；年内完成。
    `);
    expect(duties(doc)).toEqual([
      [['区文旅局'], ['区发改局', '区财政局'], '2025-12-31'],
      [['区文旅局', '区商务局'], [], '2025-12-31'],
    ]);
  });

  it('should not read a sentence of work before a semicolon as units', () => {
    const doc = plan(outdent`
      某区2025年文化旅游工作要点
      一、重点工作
      （一）提升景区品质。完成投资3亿元。加强宣传推介；2025年12月底前完成。
    `);
    expect(doc.assignments).toEqual([]);
  });
});

describe('a department’s divisions in a bare bracket', () => {
  it('should read divisions named after their department, and a 处 named by its field', () => {
    const doc = plan(outdent`
      某省交通运输厅2025年工作要点
      一、重点工作
      1．推进绿色交通。新增新能源公交车辆600辆。（厅运输处，省交通物流集团；2025年10月底前）
      2．稳定粮食生产。推广复合种植2万亩。（局种植业股、局农技站）
      3．编制规划。（综合规划处）
    `);
    expect(duties(doc)).toEqual([
      [['厅运输处'], ['省交通物流集团'], '2025-10-31'],
      [['局种植业股'], ['局农技站'], null],
      [['综合规划处'], [], null],
    ]);
  });

  it('should not read a count or a place of 处 as a unit', () => {
    const doc = plan(outdent`
      某省交通运输厅2025年工作要点
      一、重点工作
      1．整治公路隐患。整治隐患路段（多处）。
      2．建设服务区。新建服务区（共计三处）。
    `);
    expect(doc.assignments).toEqual([]);
  });
});
