import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { Assignment, PlanDocument, Position } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes, sliceAt } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'crafted.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  return doc;
}

/** Each assignment as task ordinal → lead | supporting | due, to compare with what a reader finds. */
function duties(doc: PlanDocument): string[] {
  const ordinal = new Map(doc.tasks.map((t) => [t.id, t.ordinal]));
  return doc.assignments.map(
    (a) => `t${a.taskId ? ordinal.get(a.taskId) : '-'} ${a.leadUnits.join('、')} | ${a.supportingUnits.join('、') || '-'} | ${a.dueText ?? '-'} = ${a.due ?? '-'}`,
  );
}

/** Every position of an assignment quotes exactly the text it reports. */
function expectQuoted(text: string, a: Assignment): void {
  const at = (p: Position | null): string | null => (p ? sliceAt(text, p) : null);
  expect(at(a.contentPosition)).toBe(a.content);
  expect(at(a.duePosition)).toBe(a.dueText);
  expect(at(a.leadPosition)).toBe(a.leadUnits.length === 0 ? null : at(a.leadPosition));
  for (const u of a.leadUnits) expect(at(a.leadPosition)).toContain(u);
  for (const u of a.supportingUnits) expect(at(a.supportingPosition)).toContain(u);
}

describe('duties written at the end of items', () => {
  const text = outdent`
    某市2024年数字政府工作要点

    一、重点任务
    （一）夯实基础
    1.建设政务云平台。完成市级政务云扩容。（市大数据局、市财政局负责，排在第一位的为牵头单位，下同）
    2.推进数据共享。2024年9月底前完成数据目录编制。(市大数据局、市发展改革委负责)
    （二）深化应用
    3.推广电子证照。扩大电子证照应用范围。（牵头单位：市政务服务管理局；责任单位：各区政府；完成时限：2024年6月底前）
    4.优化营商环境。持续开展营商环境评价。
    （责任单位：市发展改革委、市市场监管局）
    二、保障措施
    加强组织领导，由市发展改革委、市财政局负责统筹协调（具体办法另行制定）。
  `;
  const doc = plan(text);

  it('should make each clause an assignment of its item, applying the convention it states to the clauses after it', () => {
    expect(duties(doc)).toEqual([
      't1 市大数据局 | 市财政局 | - = -',
      't2 市大数据局 | 市发展改革委 | 2024年9月底前 = 2024-09-30',
      't3 市政务服务管理局 | 各区政府 | 2024年6月底前 = 2024-06-30',
      't4 市发展改革委 | 市市场监管局 | - = -',
    ]);
  });

  it('should number rows in document order, with no 序号, under the chapter', () => {
    expect(doc.assignments.map((a) => [a.row, a.number, a.field])).toEqual([
      [1, null, '重点任务'],
      [2, null, '重点任务'],
      [3, null, '重点任务'],
      [4, null, '重点任务'],
    ]);
    expect(doc.assignments[2]?.taskTitle).toBe(doc.tasks[2]?.title);
  });

  it('should quote the source exactly at every position', () => {
    for (const a of doc.assignments) expectQuoted(text, a);
    expectExactQuotes(text, doc);
    expect(doc.assignments[0]?.content).toBe('1.建设政务云平台。完成市级政务云扩容。');
  });
});

describe('deadlines stated apart from the units', () => {
  const text = outdent`
    某市2024年数据工作要点

    一、重点任务
    1.建设数据平台。建成市级数据平台。（责任单位：市大数据局）（完成时限：2024年10月底前）
    2.编制数据目录。（完成时限：2024年6月底前）
    3.开展数据普查。覆盖全市各部门。（2021—2023年）
  `;
  const doc = plan(text);

  it('should give a deadline in the next bracket to the units before it, and read a labelled deadline alone', () => {
    expect(duties(doc)).toEqual(['t1 市大数据局 | - | 2024年10月底前 = 2024-10-31', 't2  | - | 2024年6月底前 = 2024-06-30']);
    for (const a of doc.assignments) expectQuoted(text, a);
    expect(sliceAt(text, doc.assignments[0]?.position as Position)).toBe('（责任单位：市大数据局）（完成时限：2024年10月底前）');
  });
});

describe('a clause hard-wrapped over two lines', () => {
  const text = outdent`
    某省2025年场景创新行动计划

    一、重点任务
    （一）建设算力场景。开放算力应用场景不少于10个。(济南市先行区建设
    办公室负责)(二)建设港口场景。开放港口应用场景。(青岛市先行区建设办公室负责)
  `;
  const doc = plan(text);

  it('should read it across the break, and read the next line after its close', () => {
    expect(doc.assignments.map((a) => a.leadUnits)).toEqual([['济南市先行区建设办公室'], ['青岛市先行区建设办公室']]);
    const first = doc.assignments[0] as Assignment;
    expect(sliceAt(text, first.position)).toBe('(济南市先行区建设\n办公室负责)');
    expect(sliceAt(text, first.leadPosition as Position)).toBe('济南市先行区建设\n办公室');
    expect(first.content).toBe('（一）建设算力场景。开放算力应用场景不少于10个。');
    expect(doc.assignments[1]?.content).toBe('(二)建设港口场景。开放港口应用场景。');
  });
});

describe('duties written before their items', () => {
  const text = outdent`
    某区2024年城市更新工作要点

    一、重点任务
    （一）推进旧区改造
    （牵头单位：区房管局）
    1.完成旧住房成套改造。年内完成改造5万平方米。
    （牵头单位：区建管委；配合单位：各街道）
    2.推进老旧小区综合治理。完成20个小区治理。
    （二）完善配套设施
    （牵头单位：区规划资源局）
    3.建设社区服务设施。新建社区食堂10家。
  `;
  const doc = plan(text);

  it('should give each clause to the item after it', () => {
    expect(duties(doc)).toEqual(['t1 区房管局 | - | - = -', 't2 区建管委 | 各街道 | - = -', 't3 区规划资源局 | - | - = -']);
    for (const a of doc.assignments) expectQuoted(text, a);
  });
});

describe('a duty stated once for a section', () => {
  const text = outdent`
    某市2024年数据工作要点

    一、重点任务
    （一）加强数据治理
    牵头单位：市大数据局
    1.建立数据目录。梳理公共数据资源。
    2.完善数据标准。制定数据质量规范。
    （二）推进数据应用
    3.建设数据平台。建成市级数据平台。（牵头单位：市工业和信息化局）
  `;
  const doc = plan(text);

  it('should apply it to the items of the section that state none', () => {
    expect(duties(doc)).toEqual(['t1 市大数据局 | - | - = -', 't2 市大数据局 | - | - = -', 't3 市工业和信息化局 | - | - = -']);
    for (const a of doc.assignments) expectQuoted(text, a);
  });
});

describe('a duty stated once for the items after it', () => {
  const text = outdent`
    某市2024年营商环境工作要点

    一、重点任务
    1.优化开办企业服务。压缩开办时间。（市市场监管局负责）
    （以下任务均由市政务服务管理局牵头，各区政府配合）
    2.推行一网通办。扩大网办事项范围。
    3.推进一件事一次办。新增一件事场景10个。（市人力资源社会保障局负责）
    4.完善政务服务评价。
    二、保障措施
    5.加强督查考核。
  `;
  const doc = plan(text);

  it('should apply it to the later items of its section that state no duty of their own', () => {
    expect(duties(doc)).toEqual([
      't1 市市场监管局 | - | - = -',
      't2 市政务服务管理局 | 各区政府 | - = -',
      't3 市人力资源社会保障局 | - | - = -',
      't4 市政务服务管理局 | 各区政府 | - = -',
    ]);
    for (const a of doc.assignments) expectQuoted(text, a);
  });
});

describe('a convention stated in the prose of the plan', () => {
  const text = outdent`
    某省2023年教育工作要点

    一、主要任务
    1.推进学前教育普及。新建幼儿园100所。（省教育厅、省财政厅负责）
    2.加强教师队伍建设。（省教育厅、省人力资源社会保障厅负责）
    二、组织实施
    各项任务中排在第一位的为牵头单位。
  `;

  it('should read the first unit of each list as the lead', () => {
    expect(duties(plan(text))).toEqual(['t1 省教育厅 | 省财政厅 | - = -', 't2 省教育厅 | 省人力资源社会保障厅 | - = -']);
  });

  it('without it, should give every unit of a 负责 list as a lead', () => {
    const without = text.replace('各项任务中排在第一位的为牵头单位。', '加强督查考核。');
    expect(duties(plan(without))).toEqual(['t1 省教育厅、省财政厅 | - | - = -', 't2 省教育厅、省人力资源社会保障厅 | - | - = -']);
  });
});

describe('lines of the development set, read as they are', () => {
  it('should read a 分工方案 measure with several clauses in one line', () => {
    const text = outdent`
      某某重点任务分工方案

      一、深化改革
      （一）落实减税降费政策。（财政部、税务总局等国务院相关部门及各地区按职责分工负责）具体措施：1．及时总结经验做法。（财政部牵头，国务院相关部门及各地区按职责分工负责）2．2020年底前开展涉企收费专项治理。（市场监管总局牵头，国家发展改革委等国务院相关部门按职责分工负责）
    `;
    const doc = plan(text);
    const leads = doc.assignments.map((a) => a.leadUnits.join('、'));
    expect(leads).toEqual(['财政部、税务总局、国务院相关部门、各地区', '财政部', '市场监管总局']);
    expect(doc.assignments[2]?.dueText).toBe('2020年底前');
    expect(doc.assignments[2]?.due).toBe('2020-12-31');
    for (const a of doc.assignments) expectQuoted(text, a);
  });

  it('should read an assessment item with its score, deadline and 牵头考核单位', () => {
    const text = outdent`
      某市2022年数字政府建设考评办法

      一、政务服务（25分）
      （一）网上办（3分）
      1．推进政务服务事项全程网办。（0.5分）（6月底完成，牵头考核单位：市审批服务局）
      2．提升热线服务水平。（0.5分）（持续推进，牵头考核单位：市政府办公室、市公安局）
    `;
    const doc = plan(text);
    expect(duties(doc)).toEqual(['t1 市审批服务局 | - | 6月底完成 = 2022-06-30', 't2 市政府办公室、市公安局 | - | 持续推进 = -']);
    for (const a of doc.assignments) expectQuoted(text, a);
  });
});
