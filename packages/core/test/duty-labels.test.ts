// The label words of duties, one list (src/parse/duty-labels.ts) for clauses, bracketed labels and table headers.
import { describe, expect, it } from 'vitest';
import { headerRole } from '../src/parse/table-header.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const duties = (text: string): string[][] => {
  const doc = parseDocument(text, { file: 'labels.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return (doc?.tasks ?? []).map((t) => {
    const a = doc?.assignments.find((x) => x.taskId === t.id);
    return [a?.leadUnits.join('、') || '-', a?.supportingUnits.join('、') || '-', a?.dueText ?? '-'];
  });
};

describe('duty labels', () => {
  it.each([
    ['（牵头部门：市数据局；参与部门：市公安局、市民政局；时间节点：2025年9月底）', ['市数据局', '市公安局、市民政局', '2025年9月底']],
    ['（主办单位：市数据局；协办单位：市财政局）', ['市数据局', '市财政局', '-']],
    ['（责任处室：数据资源处；配合处室：办公室）', ['数据资源处', '办公室', '-']],
    ['（实施主体：各区政府；时间安排：2025年底前）', ['各区政府', '-', '2025年底前']],
    ['（牵头科室：县数据局；协作单位：县财政局）', ['县数据局', '县财政局', '-']],
  ])('should read the duty clause %s', (clause, expected) => {
    expect(duties(`某某市2025年数据要素工作要点\n一、夯实基础\n1．建设数据平台。${clause}\n2．完善数据目录。\n`)[0]).toEqual(expected);
  });

  it('should read the same labels on a line of their own and after the last sentence', () => {
    expect(duties('某某市2025年数据要素工作要点\n一、夯实基础\n1．建设数据平台。\n牵头部门：市数据局\n2．完善数据目录。参与部门：市公安局。\n')).toEqual([
      ['市数据局', '-', '-'],
      ['-', '市公安局', '-'],
    ]);
  });

  it.each([
    ['牵头处室', 'lead'],
    ['实施主体', 'lead'],
    ['参与部门', 'support'],
    ['协作部门', 'support'],
    ['时间进度', 'due'],
    ['完成节点', 'due'],
  ])('should read the table header %s as a %s column', (word, role) => {
    expect(headerRole(word)).toBe(role);
  });
});

describe('unit names with their other name in brackets', () => {
  it('should read 市委网信办〔市互联网信息办公室〕 as one unit, as 市水务局（海洋局） is', () => {
    expect(duties('某某市2025年数据工作要点\n一、建设平台\n1．强化安全。（责任单位：市委网信办〔市互联网信息办公室〕、市公安局）\n2．完善目录。\n')[0]).toEqual(['市委网信办〔市互联网信息办公室〕', '市公安局', '-']);
  });
});

describe('a deadline after a labelled list, without its own label', () => {
  it('should read （责任单位：市数据局，2025年底前） as the unit and its deadline', () => {
    expect(duties('某某市2025年数据工作要点\n一、建设平台\n1．加强考核。（责任单位：市数据局、市财政局，2025年底前完成）\n2．完善目录。\n')[0]).toEqual(['市数据局', '市财政局', '2025年底前完成']);
  });
});

describe('a duty written as the last sentence of an item', () => {
  it('should read 由…牵头，…配合，…完成。 and …负责，…完成。 as the duty of the item', () => {
    expect(duties('某某市2025年数据工作要点\n一、建设平台\n1．推进共享。由市数据局牵头，市直各部门配合，2025年底前完成。\n2．完善目录。市数据局负责，2025年6月底前完成。\n')).toEqual([
      ['市数据局', '市直各部门', '2025年底前完成'],
      ['市数据局', '-', '2025年6月底前完成'],
    ]);
  });

  it('should leave prose that is no duty (政府主要负责规划战略, 校长负责制)', () => {
    expect(duties('某某市2025年数据工作要点\n一、建设平台\n1．完善治理。明确职责分工。政府主要负责规划战略、制定政策。\n2．完善制度。健全机制。落实校长负责制。\n')).toEqual([
      ['-', '-', '-'],
      ['-', '-', '-'],
    ]);
  });
});
