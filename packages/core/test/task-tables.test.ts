import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { Assignment, PlanDocument, Position } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { sliceAt } from './helpers.js';

function parse(text: string, file: string): { doc: PlanDocument; codes: string[] } {
  const result = parseDocument(text, { file });
  const doc = result.documents[0];
  if (!doc) throw new Error('no plan');
  return { doc, codes: result.issues.map((i) => i.code) };
}

/** Each assignment as task ordinal → lead | supporting | due, to compare with what a reader finds. */
function duties(doc: PlanDocument): string[] {
  const ordinal = new Map(doc.tasks.map((t) => [t.id, t.ordinal]));
  return doc.assignments.map((a) => `t${a.taskId ? ordinal.get(a.taskId) : '-'} ${a.leadUnits.join('、')} | ${a.supportingUnits.join('、') || '-'} | ${a.dueText ?? '-'} = ${a.due ?? '-'}`);
}

/** Every position of an assignment quotes exactly the text it reports, and lies within the row. */
function expectQuoted(text: string, a: Assignment): void {
  const at = (p: Position | null): string | null => (p ? sliceAt(text, p) : null);
  expect(at(a.contentPosition)).toBe(a.content);
  expect(at(a.duePosition)).toBe(a.dueText);
  for (const u of a.leadUnits) expect(at(a.leadPosition)).toContain(u);
  for (const u of a.supportingUnits) expect(at(a.supportingPosition)).toContain(u);
  for (const p of [a.contentPosition, a.leadPosition, a.duePosition]) {
    if (p) expect(p.start.offset >= a.position.start.offset && p.end.offset <= a.position.end.offset).toBe(true);
  }
}

const body = outdent`
  2024年某区数据工作要点

  一、夯实数字基础
  （一）加快建设城市数据底座。统筹建设全区公共数据平台，汇聚人口、法人、空间地理等基础数据，完善数据目录和共享交换机制。
  （二）推进公共数据开放。制定公共数据开放清单，年内新增开放数据集100个，建设开放数据沙箱。
  二、深化数据应用
  （三）打造数字孪生城区。依托城市信息模型平台，建设数字孪生城区，服务城市规划与应急管理。
  （四）提升政务服务效能。推动高频事项“一网通办”，优化线上办事体验，推广电子证照应用。
`;

describe('task tables in other layouts, end to end', () => {
  it('should read a Markdown pipe table attached to a plan, matching paraphrased rows by content', () => {
    const text = outdent`
      # 2024年某区数据工作要点

      ## 一、夯实数字基础

      ### （一）加快建设城市数据底座

      统筹建设全区公共数据平台，汇聚人口、法人、空间地理等基础数据，完善数据目录和共享交换机制。

      ### （二）推进公共数据开放

      制定公共数据开放清单，年内新增开放数据集100个，建设开放数据沙箱。

      ### （三）提升政务服务效能

      推动高频事项“一网通办”，优化线上办事体验，推广电子证照应用。

      ## 2024年某区数据工作重点任务分工表

      | 序号 | 重点工作 | 具体措施 | 责任单位 | 完成时限 |
      |---|---|---|---|---|
      | 1 | 一网通办 | 推广**电子证照**，高频事项网上办理 | 区政务服务中心（牵头）、区大数据中心 | 2024年9月底 |
      | 2 | 城市数据底座 | 汇聚人口、法人等基础数据 | 区大数据中心、区发展改革委 | 12月底 |
      | 3 | 开放数据 | 发布公共数据开放清单，新增开放数据集 | 区科委 | 全年 |
      | 4 | 低空经济 | 建设无人机起降点 | 区经委 | 持续推进 |
    `;
    const { doc, codes } = parse(text, 'pipe.md');
    expect(duties(doc)).toEqual([
      't3 区政务服务中心 | 区大数据中心 | 2024年9月底 = 2024-09-30',
      't1 区大数据中心、区发展改革委 | - | 12月底 = 2024-12-31',
      't2 区科委 | - | 全年 = 2024-12-31',
      't- 区经委 | - | 持续推进 = -',
    ]);
    // The row with no counterpart in the plan is kept, named by its own title, and reported.
    expect(doc.assignments[3]).toMatchObject({ taskId: null, taskTitle: '低空经济', number: '4' });
    expect(codes).toContain('unmatched-assignment');
    // Markup inside a cell is part of the quote: the position points at the source as it is.
    expect(doc.assignments[0]?.content).toBe('推广**电子证照**，高频事项网上办理');
    for (const a of doc.assignments) expectQuoted(text, a);
  });

  it('should read a TAB-separated table in the plan body, keeping its rows out of the tasks', () => {
    const text = [
      ...body.split('\n'),
      '三、任务分工',
      '序号\t重点任务\t主要内容\t牵头单位\t配合单位\t完成时间',
      '1\t城市数据底座建设\t汇聚基础数据\t区大数据中心\t区发改委\t2024年12月底',
      '2\t公共数据开放\t发布开放清单\t区科委\t\t6月底',
      '\t\t新增开放数据集100个\t区科委\t各部门\t12月底',
      '3\t数字孪生城区\t建设城市信息模型平台\t区规划资源局\t\t全年',
      '',
      '四、保障措施',
      '加强组织领导，健全工作机制。',
    ].join('\n');
    const { doc, codes } = parse(text, 'tab.txt');
    expect(doc.tasks.map((t) => t.title).slice(0, 4)).toEqual(['加快建设城市数据底座', '推进公共数据开放', '打造数字孪生城区', '提升政务服务效能']);
    // No row became an item (1\t城市数据底座建设… would read as item 1).
    expect(doc.tasks.filter((t) => /\t|区大数据中心|城市数据底座建设/.test(`${t.title}${t.body}`))).toEqual([]);
    expect(duties(doc)).toEqual([
      't1 区大数据中心 | 区发改委 | 2024年12月底 = 2024-12-31',
      't2 区科委 | - | 6月底 = 2024-06-30',
      't2 区科委 | 各部门 | 12月底 = 2024-12-31',
      't3 区规划资源局 | - | 全年 = 2024-12-31',
    ]);
    expect(codes).not.toContain('numbering-gap');
    for (const a of doc.assignments) expectQuoted(text, a);
  });

  it('should read pipe-separated text rows at the end of a plan without calling it cut off', () => {
    const text = `${body}\n附件：重点任务清单\n序号 | 重点任务 | 责任单位 | 完成时限\n1 | 加快建设城市数据底座 | 区大数据中心 | 2024年12月底\n2 | 推进公共数据开放 | 区科委牵头，区大数据中心配合 | 6月底`;
    const { doc, codes } = parse(text, 'rows.txt');
    expect(duties(doc)).toEqual(['t1 区大数据中心 | - | 2024年12月底 = 2024-12-31', 't2 区科委 | 区大数据中心 | 6月底 = 2024-06-30']);
    expect(codes).not.toContain('truncated');
    for (const a of doc.assignments) expectQuoted(text, a);
  });

  it('should read an attached table flattened one cell per line under other headers, with merged and empty cells', () => {
    const text = [
      ...body.split('\n'),
      '',
      '附件',
      '',
      '2024年数据工作重点任务分工表',
      '',
      ...['序号', '领域', '重点工作', '具体措施', '责任单位', '配合单位', '完成时限'],
      ...['1', '数字基础', '城市数据底座', '汇聚人口、法人、空间地理等基础数据', '区大数据中心', '/', '2024年12月底'],
      ...['2', '公共数据开放', '编制公共数据开放清单并发布', '区科委', '', '6月底'],
      ...['3', '数字应用', '政务服务', '推广电子证照，推动高频事项一网通办', '区政务服务中心', '区大数据中心', '9月底'],
      ...['依托城市信息模型平台建设数字孪生城区', '区规划资源局', '各街镇', '全年'],
    ].join('\n');
    const { doc } = parse(text, 'cells.txt');
    expect(duties(doc)).toEqual([
      't1 区大数据中心 | - | 2024年12月底 = 2024-12-31',
      't2 区科委 | - | 6月底 = 2024-06-30',
      't4 区政务服务中心 | 区大数据中心 | 9月底 = 2024-09-30',
      't4 区规划资源局 | 各街镇 | 全年 = 2024-12-31',
    ]);
    expect(doc.assignments.map((a) => a.field)).toEqual(['数字基础', '数字基础', '数字应用', '数字应用']);
    expect(doc.assignments[3]).toMatchObject({ number: null, taskTitle: '政务服务' });
    for (const a of doc.assignments) expectQuoted(text, a);
  });

  it('should read an attachment titled …重点任务分工 or …责任分解, without 表, as the plan’s task table', () => {
    for (const title of ['2024年数据工作重点任务分工', '某区2024年数据工作责任分解']) {
      const text = [
        ...body.split('\n'),
        '',
        '附件',
        '',
        title,
        ...['序号', '重点任务', '责任单位', '完成时限'],
        ...['1', '加快建设城市数据底座', '区大数据中心', '2024年12月底'],
        ...['2', '推进公共数据开放', '区科委、区大数据中心', '2024年6月底'],
        '',
      ].join('\n');
      const { doc } = parse(text, 'division.txt');
      expect(duties(doc), title).toEqual(['t1 区大数据中心 | - | 2024年12月底 = 2024-12-31', 't2 区科委、区大数据中心 | - | 2024年6月底 = 2024-06-30']);
      expect(doc.related.map((r) => [r.relation, r.kind])).toContainEqual(['attachment', 'task-allocation']);
      for (const a of doc.assignments) expectQuoted(text, a);
    }
  });

  it('should leave a plan titled …重点任务分工 that sets its tasks out as items a plan', () => {
    const text = outdent`
      某区2024年数据工作重点任务分工

      一、夯实数字基础
      1.加快建设城市数据底座。（责任单位：区大数据中心）
      2.推进公共数据开放。（责任单位：区科委）
    `;
    const { doc } = parse(text, 'items.txt');
    expect(doc.kind).toBe('implementation-plan');
    expect(doc.tasks.map((t) => t.title)).toEqual(['加快建设城市数据底座', '推进公共数据开放']);
    expect(duties(doc)).toEqual(['t1 区大数据中心 | - | - = -', 't2 区科委 | - | - = -']);
  });

  it('should read the tasks of a plan that states them only in its table from its rows', () => {
    const text = outdent`
      2024年某区数据工作要点

      为推进数字化转型，现将年度重点任务安排如下。

      | 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |
      |---|---|---|---|---|
      | 1 | 建设城市数据底座 | 区大数据中心 | 各街镇 | 全年 |
      | 2 | 推进公共数据开放 | 区科委 |  | 9月底 |
    `;
    const result = parseDocument(text, { file: 'only-table.md' });
    const doc = result.documents[0];
    expect(doc?.tasks.map((t) => [t.label, t.title])).toEqual([
      ['1', '建设城市数据底座'],
      ['2', '推进公共数据开放'],
    ]);
    expect(doc?.assignments.map((a) => [a.taskTitle, a.content, a.leadUnits, a.taskId])).toEqual([
      ['建设城市数据底座', '建设城市数据底座', ['区大数据中心'], 'only-table:t1'],
      ['推进公共数据开放', '推进公共数据开放', ['区科委'], 'only-table:t2'],
    ]);
    expect(result.issues.filter((i) => i.code === 'unmatched-assignment')).toEqual([]);
    for (const a of doc?.assignments ?? []) expectQuoted(text, a);
  });
});
