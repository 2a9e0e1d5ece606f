// A sum over the plan's years after a yearly rate (每年新建5G基站2000个以上，五年累计建成1万个以上), a later stage parted from
// the figure before by that figure's noun (到2023年底，建成充电桩3000个；到2025年底，累计建成8000个), and a growth against an
// average (年均增长6.5%左右，增速快于全区平均水平0.5个百分点): each measures what the figure before it names. Crafted probes
// d13 (福建) and d16 (内蒙古) of hC (/work/adv/hC/FINDINGS.md).
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const metrics = (text: string): string[] =>
  (parseDocument(text, { file: 'figure-sums-and-stages.txt' }).documents[0]?.targets ?? []).map((t) => `${t.metric} ${t.value}${t.unit ?? ''} @${t.deadline?.year}`);

describe('sums, stages and growths against an average', () => {
  it('should name each by the figure before it', () => {
    const text = outdent`
      某市“十四五”新型基础设施建设规划

      一、发展目标
      到2025年，全市地区生产总值年均增长6.5%左右，增速快于全区平均水平0.5个百分点。每年新建5G基站2000个以上，五年累计建成1万个以上。到2023年底，建成充电桩3000个；到2025年底，累计建成8000个。
    `;
    expect(metrics(text)).toEqual([
      '地区生产总值年均增长 6.5% @2025',
      '地区生产总值增速快于全区平均水平 0.5个百分点 @2025',
      '每年新建5G基站 2000个 @2025',
      '新建5G基站 10000个 @2025',
      '充电桩 3000个 @2023',
      '充电桩 8000个 @2025',
    ]);
  });

  it('should read a sum over three years and a stage after a named figure alike', () => {
    const text = outdent`
      某市制造业数字化转型三年行动方案（2025—2027年）

      一、主要目标
      每年新增数字化转型标杆企业20家以上，三年累计培育100家以上。到2025年底，完成200家规上企业数字化诊断；到2026年底，累计完成600家。
    `;
    expect(metrics(text)).toEqual([
      '每年新增数字化转型标杆企业 20家 @2027',
      '数字化转型标杆企业 100家 @2027',
      '规上企业数字化诊断 200家 @2025',
      '规上企业数字化诊断 600家 @2026',
    ]);
  });
});
