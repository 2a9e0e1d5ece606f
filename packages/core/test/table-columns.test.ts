// Task tables with columns beside the usual ones: the official answerable (责任领导, 包保领导), a 牵头单位 column next to
// a 责任单位 column (the second holds those who carry the work out with the lead), and task columns named by the genre
// (民生实事项目, 重点项目, 改革事项). General to 任务分解表 of every level of government.
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { headerRole, settleLeadColumns } from '../src/parse/table-header.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { sliceAt } from './helpers.js';

const rows = (doc: PlanDocument | undefined): string[] =>
  (doc?.assignments ?? []).map((a) => `${a.leadUnits.join('、')} | ${a.supportingUnits.join('、') || '-'} | ${a.dueText ?? '-'}`);

describe('task tables with more columns', () => {
  it('should pass over a column of officials', () => {
    const text = '某市2024年安全生产重点工作任务分解表\n\n序号\t重点任务\t具体措施\t责任领导\t牵头单位\t配合单位\t完成时限\n1\t开展治本攻坚\t开展隐患排查整治\t李某某\t市应急管理局\t市公安局、各镇（街道）\t2024年12月底前\n2\t强化交通安全\t开展交通安全整治\t王某某\t市公安局\t市交通运输局\t2024年10月底前\n';
    const doc = parseDocument(text, { file: 't.txt' }).documents[0];
    expect(rows(doc)).toEqual(['市应急管理局 | 市公安局、各镇（街道） | 2024年12月底前', '市公安局 | 市交通运输局 | 2024年10月底前']);
    for (const a of doc?.assignments ?? []) expect(a.leadPosition && sliceAt(text, a.leadPosition)).toBe(a.leadUnits[0]);
  });

  it('should read a 责任单位 column beside a 牵头单位 column as the supporting units', () => {
    expect(settleLeadColumns(['序号', '重点任务', '牵头单位', '责任单位', '完成时限'], ['number', 'task', 'lead', 'lead', 'due'])).toEqual(['number', 'task', 'lead', 'support', 'due']);
    // Two lists of those responsible name no lead: left as they are (the header is then no task table's).
    expect(settleLeadColumns(['责任单位', '责任部门'], ['lead', 'lead'])).toEqual(['lead', 'lead']);
    const text = '| 序号 | 民生实事项目 | 目标任务 | 牵头单位 | 责任单位 | 完成时间 |\n|---|---|---|---|---|---|\n| 1 | 城区老旧小区改造 | 改造老旧小区150个 | 市住建局 | 各城区政府 | 12月底 |\n| 2 | 农村公路提档升级 | 新改建农村公路500公里 | 市交通运输局 | 各县（市、区）政府 | 11月底 |\n';
    const doc = parseDocument(`某市2024年民生实事项目责任分解表\n\n${text}`, { file: 't.md' }).documents[0];
    expect(rows(doc)).toEqual(['市住建局 | 各城区政府 | 12月底', '市交通运输局 | 各县（市、区）政府 | 11月底']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['城区老旧小区改造', '农村公路提档升级']);
  });

  it('should know the genre’s task columns and the officials’ columns, and no other words', () => {
    expect(['民生实事项目', '重点项目', '改革事项', '包保领导', '责任领导', '责任人'].map(headerRole)).toEqual(['task', 'task', 'task', 'other', 'other', 'other']);
    expect(headerRole('李某某')).toBeNull();
  });
});

describe('a plan that states its tasks only in an attached table', () => {
  it('should take its tasks from the table of its attachment', () => {
    const text = '某市2024年优化营商环境重点任务清单\n\n为持续优化营商环境，制定本清单。\n\n附件\n\n某市2024年优化营商环境重点任务分工表\n\n序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n1\t提升企业开办便利度\t企业开办时间压缩至1个工作日以内\t市市场监管局\t市税务局\t2024年6月底前\n2\t优化不动产登记\t一般登记业务办理时间压缩至3个工作日\t市自然资源局\t市税务局\t2024年9月底前\n';
    const result = parseDocument(text, { file: 'list.txt' });
    const doc = result.documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['提升企业开办便利度', '优化不动产登记']);
    expect(rows(doc)).toEqual(['市市场监管局 | 市税务局 | 2024年6月底前', '市自然资源局 | 市税务局 | 2024年9月底前']);
    expect(doc?.assignments.every((a) => a.taskId !== null)).toBe(true);
    expect(result.issues.map((i) => i.code)).not.toContain('unmatched-assignment');
  });
});

describe('a task table under its title and the page’s information', () => {
  it('should read the table after 发布时间： and 来源： lines, which are no tasks', () => {
    const text = '2024年某市交通运输重点工作任务分解表\n发布时间：2024-02-20\n来源：某市交通运输局\n\n序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n1\t推进高速公路建设\t完成投资30亿元\t市交通建设投资集团\t沿线区县人民政府\t2024年12月底\n2\t提升水运服务能力\t完成航道整治工程\t市港航事务中心\t局综合规划科\t2024年12月底\n';
    const result = parseDocument(text, { file: 'info.txt' });
    const doc = result.documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进高速公路建设', '提升水运服务能力']);
    expect(rows(doc)).toEqual(['市交通建设投资集团 | 沿线区县人民政府 | 2024年12月底', '市港航事务中心 | 局综合规划科 | 2024年12月底']);
  });
});

describe('a units cell that labels its units without 单位', () => {
  it('should read 牵头：… 配合：… in one cell', () => {
    const text = '某市2024年教育重点工作任务分工表\n\n| 序号 | 重点任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n| 1 | 扩大学前教育资源 | 牵头：市教育局 配合：市财政局 | 2024年9月底 |\n| 2 | 推进义务教育均衡 | 牵头：市教育局；配合：市发展改革委、市财政局 | 2024年12月底 |\n';
    expect(rows(parseDocument(text, { file: 'cell.md' }).documents[0])).toEqual(['市教育局 | 市财政局 | 2024年9月底', '市教育局 | 市发展改革委、市财政局 | 2024年12月底']);
  });
});

describe('a task table with group headings between its rows', () => {
  it('should read the rows under each group heading as the same table', () => {
    const text = '某区2024年义务教育重点任务清单\n\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n一、扩充优质教育资源\n| 1 | 新建中小学校6所。 | 区教体局 | 2024年8月底前 |\n| 2 | 消除大班额。 | 区教体局、区发展改革局 | 2024年9月底前 |\n二、加强教师队伍建设\n| 3 | 补充中小学教师300名。 | 区教体局、区委编办 | 2024年12月底前 |\n';
    const doc = parseDocument(text, { file: 'groups.md' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['新建中小学校6所。', '消除大班额。', '补充中小学教师300名。']);
    expect(rows(doc)).toEqual(['区教体局 | - | 2024年8月底前', '区教体局、区发展改革局 | - | 2024年9月底前', '区教体局、区委编办 | - | 2024年12月底前']);
  });
});

describe('a task table whose task cell is merged over rows', () => {
  it('should make each row’s content its task, under the merged cell as its group, and give each row its duty', () => {
    const text = '某市2024年卫生健康工作任务分解方案\n\n| 序号 | 重点工作 | 具体任务 | 牵头科室 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- | --- |\n| 1 | 深化医药卫生体制改革 | 推进紧密型县域医共体建设，县域内就诊率达到90%以上。 | 体制改革科 | 各县（市、区）卫生健康委 | 2024年12月底 |\n| 2 | 深化医药卫生体制改革 | 推进公立医院高质量发展。 | 体制改革科 | 医政医管科 | 持续推进 |\n| 3 | 发展中医药事业 | 建设中医药传承创新示范区。 | 中医科 | 市中医院 | 2024年11月底 |\n';
    const doc = parseDocument(text, { file: 'rowspan.md' }).documents[0];
    expect(doc?.tasks.map((t) => `${t.sectionPath.join('/')}:${t.title}`)).toEqual([
      '深化医药卫生体制改革:推进紧密型县域医共体建设，县域内就诊率达到90%以上',
      '深化医药卫生体制改革:推进公立医院高质量发展',
      ':发展中医药事业',
    ]);
    const byTask = new Map(doc?.tasks.map((t) => [t.id, t.ordinal]));
    expect(doc?.assignments.map((a) => `${byTask.get(a.taskId ?? '')} ${a.leadUnits.join()}`)).toEqual(['1 体制改革科', '2 体制改革科', '3 中医科']);
    for (const t of doc?.tasks ?? []) expect(sliceAt(text, t.titlePosition)).toBe(t.title);
  });
});
