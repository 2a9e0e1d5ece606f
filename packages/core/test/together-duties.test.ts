// A duty written as the subject of an item's opening sentence: A会同B… (A, together with B, A leading). General to
// official prose: 省经济和信息化厅会同省财政厅等单位制定… (realdocs 01), 环境保护部要会同有关部门定期… (37), 科技部会同有关部门… (30).
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { readTogetherSentence } from '../src/parse/duty-clause.js';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { sliceAt } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'together.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  return doc;
}

const duties = (doc: PlanDocument): string[] => {
  const ordinal = new Map(doc.tasks.map((t) => [t.id, t.ordinal]));
  return doc.assignments.map((a) => `t${a.taskId ? ordinal.get(a.taskId) : '-'} ${a.leadUnits.join('、')} | ${a.supportingUnits.join('、') || '-'}`);
};

describe('A会同B: the subject of an item’s opening sentence leads it', () => {
  it('should read the subject, a modal before 会同, and the units joined up to their verb or comma', () => {
    const read = (s: string): string => {
      const r = readTogetherSentence(s);
      return r ? `${r.clause.lead.flatMap((l) => l.units.map((u) => u.text)).join('、')} | ${r.clause.supporting.flatMap((l) => l.units.map((u) => u.text)).join('、')}` : 'none';
    };
    expect(read('省经济和信息化厅会同省财政厅等单位制定具体实施细则。')).toBe('省经济和信息化厅 | 省财政厅');
    expect(read('市生态环境局要会同有关部门定期调度。')).toBe('市生态环境局 | 有关部门');
    expect(read('市数据局会同市财政局、市发展改革委等部门，研究制定支持政策。')).toBe('市数据局 | 市财政局、市发展改革委');
    expect(read('依托部际联席会议，科技部会同有关部门做好规划任务的部署实施。')).toBe('科技部 | 有关部门');
  });

  it('should not read a subject that is no unit, a missing subject, or 我市', () => {
    for (const s of ['鼓励服务商会同应用企业，搭建平台。', '开展智慧城市建设，会同城管执法等部门开展治理。', '积极会同相关区级部门，优化指标。', '我市会同周边城市共建平台。']) expect(readTogetherSentence(s), s).toBeNull();
  });

  it('should make the lead of an item whose body opens with it, quoting the units exactly', () => {
    const text = outdent`
      某市2025年生态环境保护工作要点

      一、强化监督管理
      （一）严格评估考核。市生态环境局要会同有关部门定期对各区环境质量改善情况进行调度，结果向社会公开。
      （二）完善资金政策。市财政局会同市发展改革委等部门制定具体实施细则。严格申报程序。
      （三）加强宣传引导。拓展宣传渠道。市委宣传部会同有关部门组织开展主题宣传活动。
    `;
    const doc = plan(text);
    expect(duties(doc)).toEqual(['t1 市生态环境局 | 有关部门', 't2 市财政局 | 市发展改革委']);
    for (const a of doc.assignments) {
      expect(a.leadPosition && sliceAt(text, a.leadPosition)).toBe(a.leadUnits[0]);
      expect(a.supportingPosition && sliceAt(text, a.supportingPosition)).toBe(a.supportingUnits.join('、'));
    }
  });

  it('should leave 会同 deep in a long body, and a line whose duty is stated in brackets, to their other readings', () => {
    const text = outdent`
      某市2025年生态环境保护工作要点

      一、强化监督管理
      （一）提高待遇。支持技能人才提升待遇。机关和企业招用人员不得歧视毕业生。市人力资源社会保障局会同有关部门清理歧视政策。
      （二）完善资金政策。市财政局会同市发展改革委等部门制定实施细则。（牵头单位：市财政局；配合单位：市审计局）
    `;
    expect(duties(plan(text))).toEqual(['t2 市财政局 | 市审计局']);
  });
});
