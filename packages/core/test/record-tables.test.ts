// A task table set out as records, a field a line (序号：1 / 重点任务：… / 责任单位：… / 完成时限：…), as a page that shows a
// table as cards or a copied spreadsheet gives it (crafted 重点任务 of a district and 责任分解 of a city, parser reach,
// round 9, helper r9-structure): each record is a row, no field a task of its own.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function parseOne(text: string) {
  const doc = parseDocument(text, { file: 'records.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
}

const duties = (doc: ReturnType<typeof parseOne>): string[] => (doc?.assignments ?? []).map((a) => `${a.taskTitle}: ${a.leadUnits.join('、')} / ${a.supportingUnits.join('、')} / ${a.due ?? '-'}`);

describe('a task table set out as records', () => {
  it('should read each record opened by its 序号 as a row, blank lines between', () => {
    const fields = (n: number, task: string, content: string, unit: string, due: string): string[] => [`序号：${n}`, `重点任务：${task}`, `主要内容：${content}`, `责任单位：${unit}`, `完成时限：${due}`, ''];
    const text = ['某区2025年城市更新行动重点任务', '', ...fields(1, '推进老旧小区改造', '完成老旧小区改造12个', '区住建局', '2025年12月底'), ...fields(2, '实施城中村改造', '启动3个城中村改造项目', '区城市更新办', '2025年11月底')].join('\n');
    const doc = parseOne(text);
    expect(doc?.tasks.map((t) => [t.label, t.title])).toEqual([
      ['1', '推进老旧小区改造'],
      ['2', '实施城中村改造'],
    ]);
    expect(duties(doc)).toEqual(['推进老旧小区改造: 区住建局 /  / 2025-12-31', '实施城中村改造: 区城市更新办 /  / 2025-11-30']);
  });

  it('should read records with no 序号, their units parted into lead and support', () => {
    const fields = (task: string, lead: string, support: string, due: string): string[] => [`任务名称：${task}`, `具体内容：${task}，年内完成`, `牵头单位：${lead}`, `配合单位：${support}`, `完成时间：${due}`, ''];
    const text = ['某市2025年为民办实事项目责任分解', '', ...fields('新建改扩建公办幼儿园', '市教育局', '各县（市、区）人民政府', '2025年12月底'), ...fields('新建长者食堂', '市民政局', '市财政局', '2025年10月底')].join('\n');
    const doc = parseOne(text);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['新建改扩建公办幼儿园', '新建长者食堂']);
    expect(duties(doc)).toEqual(['新建改扩建公办幼儿园: 市教育局 / 各县（市、区）人民政府 / 2025-12-31', '新建长者食堂: 市民政局 / 市财政局 / 2025-10-31']);
  });

  it('should leave the fields under each item of a plan as the item\'s', () => {
    const text = ['某区2025年城市更新工作方案', '一、重点任务', '（一）推进老旧小区改造', '工作内容：完成老旧小区改造12个。', '责任单位：区住建局', '完成时限：2025年12月底', '（二）实施城中村改造', '工作内容：启动3个城中村改造项目。', '责任单位：区城市更新办', '完成时限：2025年12月底'].join('\n');
    const doc = parseOne(text);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进老旧小区改造', '实施城中村改造']);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['区住建局'], ['区城市更新办']]);
  });
});
