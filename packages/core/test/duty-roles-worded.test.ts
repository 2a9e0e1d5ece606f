// Duty clauses that word the roles: units set off before those who support (（省教育厅，省发展改革委、省工业和信息化厅配合）,
// 牵头单位：省发展改革委，省教育厅协助) are the ones supported, not supporters too; a role named with 为 as a label names it
// (区应急管理局为牵头单位，区安委会各成员单位为配合单位); 负总责 leads and 负责指导 guides; 协同责任单位 supports beside the
// 主要责任单位. Crafted probes d20 (吉林, district) and d21 (河北, provincial department) of hC (/work/adv/hC/FINDINGS.md).
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const duties = (text: string): string[] =>
  (parseDocument(text, { file: 'duty-roles-worded.txt' }).documents[0]?.assignments ?? []).map((a) => `${a.leadUnits.join('、')} / ${a.supportingUnits.join('、')}`);

describe('units set off before those who support', () => {
  it('should be supported, in a bracket and under a label', () => {
    const text = outdent`
      某省2025年职业教育工作要点

      一、深化产教融合
      1.建设市域产教联合体10个。（省教育厅，省发展改革委、省工业和信息化厅配合）
      2.遴选省级产教融合型企业100家。（牵头单位：省发展改革委，省教育厅、省人力资源社会保障厅协助；完成时限：2025年10月底前）
      3.组建基层应急救援队伍15支。（责任主体：各街道办事处，区应急管理局负责指导）
    `;
    expect(duties(text)).toEqual(['省教育厅 / 省发展改革委、省工业和信息化厅', '省发展改革委 / 省教育厅、省人力资源社会保障厅', '各街道办事处 / 区应急管理局']);
  });
});

describe('roles named in words', () => {
  it('should read 为牵头单位, 为配合单位, 负总责 and 协同责任单位', () => {
    const text = outdent`
      某区2025年安全生产工作要点

      一、重点任务
      （一）压实安全生产责任。全年召开安委会全体会议4次以上。（区应急管理局为牵头单位，区安委会各成员单位为配合单位）
      （二）强化消防安全治理。建设微型消防站30个。（主要责任单位：区消防救援大队；协同责任单位：各街道办事处）
      （三）开展安全宣传教育。开展安全培训2万人次。（区应急管理局负总责，各行业主管部门具体落实）
    `;
    expect(duties(text)).toEqual(['区应急管理局 / 区安委会各成员单位', '区消防救援大队 / 各街道办事处', '区应急管理局 / 各行业主管部门']);
  });
});
