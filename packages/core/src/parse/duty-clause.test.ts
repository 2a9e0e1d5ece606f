import { describe, expect, it } from 'vitest';
import { readDutyClause, type DutyClause } from './duty-clause.js';
import { dutyRoles } from './duty-roles.js';
import { readInlineDeadline } from './inline-deadline.js';

/** Lead and supporting units of a clause, as a reader lists them. */
function roles(text: string, firstLeads = false): { lead: string[]; supporting: string[]; due: string | null } | null {
  const clause = readDutyClause(text);
  if (!clause) return null;
  const r = dutyRoles(clause, firstLeads);
  return { lead: r.lead.map((u) => u.text), supporting: r.supporting.map((u) => u.text), due: clause.due ? text.slice(clause.due.span.from, clause.due.span.to) : null };
}

describe('readDutyClause', () => {
  it('should read labelled lead, responsible and supporting units', () => {
    expect(roles('牵头单位：市发展改革委；责任单位：市财政局、各区政府')).toEqual({ lead: ['市发展改革委'], supporting: ['市财政局', '各区政府'], due: null });
    expect(roles('责任单位：市工业和信息化局；配合单位：市财政局')).toEqual({ lead: ['市工业和信息化局'], supporting: ['市财政局'], due: null });
    expect(roles('责任单位：市大数据局、市工业和信息化局；配合单位：市委网信办')?.lead).toEqual(['市大数据局', '市工业和信息化局']);
  });

  it('should take the first unit of a 责任单位 or 责任部门 list as the lead', () => {
    expect(roles('责任单位：市委宣传部，市工业和信息化局、市科技局，各区、市政府')).toEqual({
      lead: ['市委宣传部'],
      supporting: ['市工业和信息化局', '市科技局', '各区、市政府'],
      due: null,
    });
    expect(roles('责任部门：市规划资源局、各区政府、相关企事业科研单位')?.lead).toEqual(['市规划资源局']);
    expect(roles('责任部门：市水务局（海洋局）、市规划资源局')?.lead).toEqual(['市水务局（海洋局）']);
  });

  it('should take the units a list marks （牵头） as its leads, without the mark, the others as supporting', () => {
    expect(roles('责任单位：市财政局、市发展改革委（牵头）、各区政府')).toEqual({ lead: ['市发展改革委'], supporting: ['市财政局', '各区政府'], due: null });
    expect(roles('责任部门：区数据局(牵头)，区财政局；完成时限：2024年底')).toEqual({ lead: ['区数据局'], supporting: ['区财政局'], due: '2024年底' });
    expect(roles('责任部门：市水务局（海洋局）、市规划资源局')?.lead).toEqual(['市水务局（海洋局）']);
  });

  it('should read 牵头 and 配合 verbs, and those responsible beside a lead as supporting', () => {
    expect(roles('省大数据局、省政府办公厅牵头，各有关部门、各市政府配合')).toEqual({ lead: ['省大数据局', '省政府办公厅'], supporting: ['各有关部门', '各市政府'], due: null });
    expect(roles('省发展改革委牵头，省工业和信息化厅等按职责分工负责')).toEqual({ lead: ['省发展改革委'], supporting: ['省工业和信息化厅'], due: null });
    expect(roles('财政部牵头，国务院相关部门及各地区按职责分工负责')).toEqual({ lead: ['财政部'], supporting: ['国务院相关部门', '各地区'], due: null });
    expect(roles('市场监管总局牵头，人力资源社会保障部、税务总局等国务院相关部门及各地区按职责分工负责')?.supporting).toEqual([
      '人力资源社会保障部',
      '税务总局',
      '国务院相关部门',
      '各地区',
    ]);
    expect(roles('省经济和信息化厅会同省财政厅负责')).toEqual({ lead: ['省经济和信息化厅'], supporting: ['省财政厅'], due: null });
  });

  it('should give groups of units before one verb that verb (A、B，C按职责分工负责)', () => {
    expect(roles('区发改委、区经信委，各镇街按职责分工负责')).toEqual({ lead: ['区发改委', '区经信委'], supporting: ['各镇街'], due: null });
    expect(roles('市发展改革委，市财政局')).toBeNull();
  });

  it('should pass over the official named beside the units', () => {
    expect(roles('责任领导：张副区长；责任单位：区数据局')).toEqual({ lead: ['区数据局'], supporting: [], due: null });
  });

  it('should give every unit of a bare 负责 list as a lead, unless the first is said to lead', () => {
    expect(roles('省教育厅、省财政厅、省发展改革委负责')?.lead).toEqual(['省教育厅', '省财政厅', '省发展改革委']);
    expect(roles('各地区、各部门负责')?.lead).toEqual(['各地区', '各部门']);
    expect(roles('省教育厅、省财政厅负责', true)).toEqual({ lead: ['省教育厅'], supporting: ['省财政厅'], due: null });
  });

  it('should read a convention the clause states, and whether it holds for the clauses after it', () => {
    const clause = readDutyClause('省委教育工委、省委宣传部、团省委负责，列第一位者为牵头部门，下同') as DutyClause;
    expect(clause.firstLeads).toBe(true);
    expect(clause.carriesOver).toBe(true);
    expect(dutyRoles(clause, false).lead.map((u) => u.text)).toEqual(['省委教育工委']);
    const own = readDutyClause('责任单位：市财政局、市国资委，排在第一位的为牵头单位') as DutyClause;
    expect(own.firstLeads).toBe(true);
    expect(own.carriesOver).toBe(false);
    expect(own.responsible?.units.map((u) => u.text)).toEqual(['市财政局', '市国资委']);
  });

  it('should read a duty stated once for the items after it', () => {
    const clause = readDutyClause('以下任务均由市政务服务管理局牵头，各区政府配合') as DutyClause;
    expect(clause.forFollowing).toBe(true);
    expect(dutyRoles(clause, false).lead.map((u) => u.text)).toEqual(['市政务服务管理局']);
    expect(readDutyClause('下列各项工作牵头单位：市大数据局')?.forFollowing).toBe(true);
    expect(readDutyClause('市大数据局牵头')?.forFollowing).toBe(false);
  });

  it('should read deadlines in the clause, labelled or leading it', () => {
    expect(roles('6月底完成，牵头考核单位：市工信局')).toEqual({ lead: ['市工信局'], supporting: [], due: '6月底完成' });
    expect(roles('持续优化，牵头考核单位：市住建局、审批服务局')).toEqual({ lead: ['市住建局', '审批服务局'], supporting: [], due: '持续优化' });
    expect(roles('责任单位：市数据资源局；完成时间：2024年12月')).toEqual({ lead: ['市数据资源局'], supporting: [], due: '2024年12月' });
    expect(roles('牵头单位：区科委；完成时限：2024年6月底前')?.due).toBe('2024年6月底前');
    expect(roles('省教育厅负责，2022年底前完成')?.due).toBe('2022年底前完成');
  });

  it('should read the adverb before a verb (共同, 分别, 联合) as no part of a name, and 参加 and 其他责任单位 as supporting', () => {
    expect(roles('州农业农村局、州乡村振兴局共同负责')).toEqual({ lead: ['州农业农村局', '州乡村振兴局'], supporting: [], due: null });
    expect(roles('市住建局、市水务局共同牵头，各乡镇（街道）配合')).toEqual({ lead: ['市住建局', '市水务局'], supporting: ['各乡镇（街道）'], due: null });
    expect(roles('省商务厅、省农业农村厅分别负责')).toEqual({ lead: ['省商务厅', '省农业农村厅'], supporting: [], due: null });
    expect(roles('各乡镇（街道）分别负责，市住建局指导')).toEqual({ lead: ['各乡镇（街道）'], supporting: ['市住建局'], due: null });
    expect(roles('省农业农村厅牵头，省科技厅、省发展改革委参加')).toEqual({ lead: ['省农业农村厅'], supporting: ['省科技厅', '省发展改革委'], due: null });
    expect(roles('省政务服务管理办公室牵头，各市人民政府协同推进')).toEqual({ lead: ['省政务服务管理办公室'], supporting: ['各市人民政府'], due: null });
    expect(roles('牵头单位：市住建局；参加单位：市公安局、市自然资源局')).toEqual({ lead: ['市住建局'], supporting: ['市公安局', '市自然资源局'], due: null });
    expect(roles('主要责任单位：市商务局；其他责任单位：市邮政管理局、市农业农村局')).toEqual({ lead: ['市商务局'], supporting: ['市邮政管理局', '市农业农村局'], due: null });
  });

  it('should read the duties units do the work by before the verb (按职责分工落实, 根据职责分工负责, 按职能职责配合)', () => {
    expect(roles('市发展改革局牵头，市工业和信息化局、市农业农村局等按职责分工落实')).toEqual({ lead: ['市发展改革局'], supporting: ['市工业和信息化局', '市农业农村局'], due: null });
    expect(roles('市工业和信息化局牵头，各县（市、区）政府根据职责分工负责')).toEqual({ lead: ['市工业和信息化局'], supporting: ['各县（市、区）政府'], due: null });
    expect(roles('市住房城乡建设局牵头，市自然资源局按照职责分工配合')).toEqual({ lead: ['市住房城乡建设局'], supporting: ['市自然资源局'], due: null });
    expect(roles('各县（市、区）政府按职责分别落实，市直有关部门按职能职责指导')).toEqual({ lead: ['各县（市、区）政府'], supporting: ['市直有关部门'], due: null });
    expect(roles('市农业农村局牵头，各县（市、区）政府按职责推进')).toEqual({ lead: ['市农业农村局'], supporting: ['各县（市、区）政府'], due: null });
    expect(roles('市中级人民法院、市人民检察院按职责分别负责')).toEqual({ lead: ['市中级人民法院', '市人民检察院'], supporting: [], due: null });
  });

  it('should read the deadline labels of supervision sheets (截止时间, 办结时限, 完成日期)', () => {
    expect(roles('责任单位：市大数据局；截止时间：2024年9月底')).toEqual({ lead: ['市大数据局'], supporting: [], due: '2024年9月底' });
    expect(roles('责任单位：市行政审批服务局；办结时限：2024年11月')).toEqual({ lead: ['市行政审批服务局'], supporting: [], due: '2024年11月' });
    expect(roles('市司法局牵头，市直各执法部门按职责分工负责；完成日期：2024年12月31日')?.due).toBe('2024年12月31日');
  });

  it('should read a label joined to its units by 为, as prose writes it', () => {
    expect(roles('牵头单位为州农业农村局，配合单位为州发展改革委、州财政局')).toEqual({ lead: ['州农业农村局'], supporting: ['州发展改革委', '州财政局'], due: null });
    expect(roles('责任单位为州人力资源社会保障局，配合单位为州乡村振兴局')).toEqual({ lead: ['州人力资源社会保障局'], supporting: ['州乡村振兴局'], due: null });
    expect(roles('牵头单位为州农业农村局，完成时限为2024年11月底')).toEqual({ lead: ['州农业农村局'], supporting: [], due: '2024年11月底' });
  });

  it('should read a clause of verbs before a labelled deadline', () => {
    expect(roles('市住建局牵头；完成时限：2024年11月底')).toEqual({ lead: ['市住建局'], supporting: [], due: '2024年11月底' });
    expect(roles('市商务局牵头，市财政局配合；完成时间：2024年12月')).toEqual({ lead: ['市商务局'], supporting: ['市财政局'], due: '2024年12月' });
    expect(roles('市商务局负责；完成时限：2024年12月')).toEqual({ lead: ['市商务局'], supporting: [], due: '2024年12月' });
  });

  it('should not take a parenthesis of prose, a score or a name for a duty', () => {
    for (const text of [
      '0.5分',
      '以下简称“市发改委”',
      '包括牵头单位自身',
      '技工院校内由人力资源社会保障行政部门负责',
      '2021—2023年',
      '试行',
      '对本级人民政府负责',
      '含各区县政府',
      '一',
      '市、区',
      '责任单位：加强统筹协调',
      '各方共同负责',
      '加强统筹；完成时限：2024年12月',
      '建立健全部门协同推进',
      '牵头单位为主体',
      '责任单位为，',
      '（市司法局牵头',
      '（市司法局牵头，市直各执法部门',
      '试点先行推进',
      '市发改委推进',
    ]) {
      expect(readDutyClause(text), text).toBeNull();
    }
  });
});

describe('readInlineDeadline', () => {
  it('should read a time and a short completion phrase, or an open-ended phrase', () => {
    expect(readInlineDeadline('5月底取得阶段性成效并持续推进')?.head).toBe('5月底');
    expect(readInlineDeadline('2024年6月底前')?.head).toBe('2024年6月底前');
    expect(readInlineDeadline('长期坚持')?.head).toBe('长期坚持');
    expect(readInlineDeadline('按进度推进')?.head).toBe('按进度推进');
  });

  it('should not read a unit or a sentence as a deadline', () => {
    expect(readInlineDeadline('省教育厅负责')).toBeNull();
    expect(readInlineDeadline('6月底前各区政府、各部门完成清单梳理并报送市政府办公厅备案')).toBeNull();
  });
});
