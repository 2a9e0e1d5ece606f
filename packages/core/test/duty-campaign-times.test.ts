// Duty brackets of campaign plans (专项行动, 攻坚行动) a reader reads that plankb dropped (parser reach, hC session 12): the
// time a campaign runs to (即日起至2025年6月底, 自即日起到年底), the year's own span after bare names (…，各街道办事处；2025年内),
// and a street office (各街道办事处) among bare names; and bare names before a labelled time (（区民政局；完成时间：2025年9月）).
// Crafted probes d25 (商洛), d26 (丽江古城区), d29 (衢州柯城区), d30 (黄山屯溪区) of hC (/work/adv/hC/FINDINGS.md).
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'duty-campaign-times.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

describe('the duty brackets of a campaign plan', () => {
  it('should read the time a campaign runs to, 2025年内, and a street office among bare names', () => {
    const doc = plan(outdent`
      某区2025年城乡环境卫生整治百日攻坚行动方案
      一、重点任务
      （一）集中清理积存垃圾。清理积存垃圾5000吨以上。（区住建局牵头，各街道办事处落实；即日起至2025年6月底）
      （二）整治农贸市场周边秩序。（区市场监管局、区城管局，各街道办事处；2025年内）
      （三）开展“门前三包”。签订“门前三包”责任书3000份。（区城管局牵头；自即日起到年底）
    `);
    expect(doc.assignments.map((a) => [a.leadUnits, a.supportingUnits, a.due, a.dueText])).toEqual([
      [['区住建局'], ['各街道办事处'], '2025-06-30', '即日起至2025年6月底'],
      [['区市场监管局'], ['区城管局', '各街道办事处'], '2025-12-31', '2025年内'],
      [['区城管局'], [], '2025-12-31', '自即日起到年底'],
    ]);
  });
});

describe('bare names before a labelled time', () => {
  it('should read the names as the units the item is assigned to', () => {
    const doc = plan(outdent`
      某区2025年文旅融合发展重点工作安排
      （一）提升老街业态。引进首店品牌10家。（区商务局、老街街道办事处；完成时限：2025年11月底前）
      （二）打造演艺项目。推出常态化演艺节目3台。（区文旅局；时间节点：2025年6月）
    `);
    expect(doc.assignments.map((a) => [a.leadUnits, a.due])).toEqual([
      [['区商务局', '老街街道办事处'], '2025-11-30'],
      [['区文旅局'], '2025-06-30'],
    ]);
  });
});
