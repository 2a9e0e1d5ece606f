// A numbering label set on a line of its own with its heading under it (一、 / 总体要求, （一） / 强化产业链招商, 第一章 /
// 总则): a PDF whose label is a text run of its own, a page that sets it in a block of its own, a Word list's number
// copied apart from its text. The label numbers the heading under it.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes, sliceAt } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'lone.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  return doc;
}

describe('a numbering label alone on its line', () => {
  it('should number the heading under it, across a blank line, at every level', () => {
    const text = outdent`
      某某县2024年招商引资工作方案

      一、
      总体目标

      2024年，全县计划引进亿元以上项目30个。

      二、
      重点任务

      （一）
      强化产业链招商

      全年引进产业链项目15个以上。（牵头单位：县商务局）

      （二）

      开展以商招商

      全年举办乡贤座谈会4场以上。（牵头单位：县工商联）
    `;
    const doc = plan(text);
    expect(doc.sections.map((s) => `${s.label}|${s.title}|${s.role}`)).toEqual(['一、|总体目标|goals', '二、|重点任务|tasks']);
    expect(doc.tasks.map((t) => `${t.label}|${t.title}|${t.body}`)).toEqual(['（一）|强化产业链招商|全年引进产业链项目15个以上。（牵头单位：县商务局）', '（二）|开展以商招商|全年举办乡贤座谈会4场以上。（牵头单位：县工商联）']);
    expect(doc.assignments.map((a) => a.leadUnits.join())).toEqual(['县商务局', '县工商联']);
    const first = doc.tasks[0];
    expect(first && sliceAt(text, first.position)).toBe('（一）\n强化产业链招商\n\n全年引进产业链项目15个以上。（牵头单位：县商务局）');
    expectExactQuotes(text, doc);
  });

  it('should number a chapter and an article so set in a PDF’s text', () => {
    const text = outdent`
      某某省科技成果转化激励措施
      第一章
      总则
      第一条　为加快推进科技成果转化，制定本措施。
      第二章
      激励措施
      第二条
      建设科技成果转化中试基地。到2025年，建成省级中试基地30个。
      第三条
      培育技术经理人队伍。每年培养技术经理人1000名以上。
    `;
    const doc = plan(text);
    expect(doc.sections.filter((s) => s.parentId === null).map((s) => `${s.label}|${s.title}|${s.role}`)).toEqual(['第一章|总则|context', '第二章|激励措施|tasks']);
    expect(doc.tasks.map((t) => `${t.label}|${t.title}`)).toEqual(['第二条|建设科技成果转化中试基地', '第三条|培育技术经理人队伍']);
    expectExactQuotes(text, doc);
  });

  it('should leave a bare number alone on its line (a page’s number) and the cells of a table set one to a line', () => {
    const text = outdent`
      某市2024年重点事项任务分工

      一、工作目标
      全市推出重点事项13个。
      5
      二、任务分工
      序号
      重点事项
      牵头单位
      完成时限
      1.
      企业信息变更一件事
      市市场监管局
      2024年9月底
      2.
      新生儿出生一件事
      市卫生健康委
      2024年6月底
    `;
    const doc = plan(text);
    // Note: 二、任务分工 heads the table: its rows' section, no task.
    expect(doc.tasks.map((t) => `${t.label}|${t.title}|${t.sectionPath.join('/')}`)).toEqual(['1.|企业信息变更一件事|任务分工', '2.|新生儿出生一件事|任务分工']);
    expect(doc.assignments.map((a) => a.leadUnits.join())).toEqual(['市市场监管局', '市卫生健康委']);
  });
});
