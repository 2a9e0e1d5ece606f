// Duties set in the other brackets of Chinese text (GB/T 15834: （）, 〔〕, 【】), closing an item as （责任单位：…） does.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'duty-brackets.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  return doc;
}

/** Each assignment as task title → lead | supporting | due. */
function duties(doc: PlanDocument): string[] {
  const title = new Map(doc.tasks.map((t) => [t.id, t.title]));
  return doc.assignments.map((a) => `${a.taskId ? title.get(a.taskId) : '-'} ${a.leadUnits.join('、')} | ${a.supportingUnits.join('、') || '-'} | ${a.dueText ?? '-'}`);
}

describe('duties in other brackets of Chinese text', () => {
  it('should read a duty in 【】 or 〔〕 closing an item, as in （）', () => {
    const text = outdent`
      某区2024年优化营商环境工作要点
      一、提升政务服务效能
      （一）深化“一件事一次办”改革。新增集成服务场景10个。【责任单位：区行政审批局，配合单位：区直各相关部门】
      （二）推进政务服务“跨域通办”。【牵头单位：区行政审批局；完成时限：2024年12月底前】
      （三）规范涉企收费。开展专项整治。〔牵头单位：区发展改革局；配合单位：区财政局、区市场监管局〕
    `;
    const doc = plan(text);
    expect(duties(doc)).toEqual([
      '深化“一件事一次办”改革 区行政审批局 | 区直各相关部门 | -',
      '推进政务服务“跨域通办” 区行政审批局 | - | 2024年12月底前',
      '规范涉企收费 区发展改革局 | 区财政局、区市场监管局 | -',
    ]);
    expectExactQuotes(text, doc);
  });

  it('should read no duty from a document number or a note in those brackets', () => {
    const text = outdent`
      某区2024年工作要点
      一、重点任务
      （一）落实《某市优化营商环境条例》〔2023〕5号。推进改革。
      （二）推进政务服务。【重点】完善服务体系。
    `;
    expect(duties(plan(text))).toEqual([]);
  });
});
