// Lead units marked in the list (（牵头）, （牵头单位）, （双牵头）, （共同牵头）), before the verb of the others (市科技局（牵头），
// 市工业和信息化局、市财政局配合) or in a bracket of bare names, as county and city task lists mark them: the marked units
// lead, the mark is no part of their names. Crafted probes d11 (山东, duty lines) and d12 (广西, brackets) of hC
// (/work/adv/hC/FINDINGS.md).
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const read = (text: string) => {
  const doc = parseDocument(text, { file: 'lead-marks.txt' }).documents[0];
  return (doc?.assignments ?? []).map((a) => ({
    duty: `${a.leadUnits.join('、')} / ${a.supportingUnits.join('、')}`,
    quoted: a.leadPosition ? text.slice(a.leadPosition.start.offset, a.leadPosition.end.offset) : null,
  }));
};

describe('lead units marked in the list', () => {
  it('should lead before the verb of the others, and two or all marked together', () => {
    const text = outdent`
      某县2025年文旅产业发展工作方案

      一、重点工作
      （一）提升景区品质。新增4A级景区2个。（县文化广电体育和旅游局（牵头），县自然资源局、县住房城乡建设局配合；2025年12月底前）
      （二）培育夜间经济。打造夜间文旅消费集聚区3个。（县商务局、县文化广电体育和旅游局（共同牵头），各乡镇人民政府）
      （三）完善旅游交通。新建旅游公路30公里。责任单位：县交通运输局、县公路发展中心（双牵头），县财政局；完成时限：2025年10月底前。
      （四）强化宣传推介。举办节庆活动20场以上。（责任单位：县委宣传部（牵头单位）、县融媒体中心）
    `;
    expect(read(text).map((r) => r.duty)).toEqual([
      '县文化广电体育和旅游局 / 县自然资源局、县住房城乡建设局',
      '县商务局、县文化广电体育和旅游局 / 各乡镇人民政府',
      '县交通运输局、县公路发展中心 / 县财政局',
      '县委宣传部 / 县融媒体中心',
    ]);
  });

  it('should read a labelled line whose marked unit comes before the verb of the others', () => {
    const text = outdent`
      某市2025年重点任务落实方案

      一、培育新质生产力
      1.新增高新技术企业60家。
      责任单位：市科技局（牵头），市工业和信息化局、市财政局配合
      完成时限：2025年12月底
    `;
    expect(read(text)).toEqual([{ duty: '市科技局 / 市工业和信息化局、市财政局', quoted: '市科技局' }]);
  });
});
