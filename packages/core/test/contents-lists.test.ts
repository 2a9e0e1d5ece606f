// A table of contents one entry a line, without page numbers, as a web page or a Word copy gives it: it is no part of
// the plan's outline. It ends where its first entry comes again, whether that is a chapter label (第一章, 一、) or a
// part with no label that plans put before their chapters (序言, 前言); entries after the chapters (结束语, 附件 …) are
// listed too. Each chapter's sections are numbered from 第一节 again, so a repeated 第一节 is no end.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const TITLE = '某某区“十四五”数字经济发展规划';
const BODY = [
  '第一章　发展基础',
  '“十三五”以来，全区数字经济快速发展。',
  '第一节　主要成效',
  '全区数字经济规模达到120亿元。',
  '第二章　重点任务',
  '第一节　夯实数字基础设施',
  '到2025年，新建5G基站800个以上。',
  '第二节　推动产业数字化转型',
  '培育数字化车间30个。',
  '第三章　保障措施',
  '第一节　强化组织领导',
  '建立区级统筹推进机制。',
];
const CONTENTS = ['第一章　发展基础', '第一节　主要成效', '第二章　重点任务', '第一节　夯实数字基础设施', '第二节　推动产业数字化转型', '第三章　保障措施', '第一节　强化组织领导'];
const TASKS = ['夯实数字基础设施', '推动产业数字化转型', '强化组织领导'];

const read = (lines: string[]) => {
  const text = lines.join('\n');
  const doc = parseDocument(text, { file: 'plan.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
};

describe('a table of contents one entry a line', () => {
  it('should end at the first entry written again, not at a later chapter\'s 第一节', () => {
    const doc = read([TITLE, '目　　录', ...CONTENTS, ...BODY]);
    expect(doc?.tasks.map((t) => t.title)).toEqual(TASKS);
    expect(doc?.sections.filter((s) => s.depth === 1).map((s) => s.title)).toEqual(['发展基础', '重点任务', '保障措施']);
  });

  it('should list a 序言 before the chapters and a 结束语 after them', () => {
    const doc = read([TITLE, '目　　录', '序　　言', ...CONTENTS, '结束语', '序　　言', '为加快数字经济发展，编制本规划。', ...BODY, '结束语', '让我们团结一心，奋力实现规划目标。']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(TASKS);
    expect(doc?.sections.filter((s) => s.depth === 1).map((s) => s.title)).toEqual(['发展基础', '重点任务', '保障措施']);
  });

  it('should do the same for contents of 一、 and （一） headings with a 前言', () => {
    const cn = (line: string): string => line.replace(/^第([一二三])章　/, '$1、').replace(/^第([一二])节　/, '（$1）');
    const doc = read([TITLE, '目录', '前言', ...CONTENTS.map(cn), '前言', '为加快数字经济发展，编制本规划。', ...BODY.map(cn)]);
    expect(doc?.tasks.map((t) => t.title)).toEqual(TASKS);
  });

  it('should keep a 目录 line over a list that runs into the text as the text', () => {
    // No entry comes again: the lines under 目录 are the plan itself (a PDF whose contents the converter dropped).
    const doc = read([TITLE, '目录', '前言', '为加快数字经济发展，编制本规划。', ...BODY]);
    expect(doc?.tasks.map((t) => t.title)).toEqual(TASKS);
  });
});

describe('a heading set over two lines, its label alone on the first', () => {
  const twoLines = (line: string): string => line.replace(/^(第[一二三]章|第[一二]节)　/, '$1\n');

  it('should read the label and the title under it as one heading, quoting each exactly', () => {
    const doc = read([TITLE, ...BODY.map(twoLines)]);
    expect(doc?.tasks.map((t) => t.title)).toEqual(TASKS);
    expect(doc?.sections.filter((s) => s.depth === 1).map((s) => [s.label, s.title])).toEqual([
      ['第一章', '发展基础'],
      ['第二章', '重点任务'],
      ['第三章', '保障措施'],
    ]);
  });

  it('should pass over a blank line between them, as a viewer\'s copy of a PDF has', () => {
    const doc = read([TITLE, ...BODY.map((l) => twoLines(l).replace('\n', '\n\n'))]);
    expect(doc?.tasks.map((t) => t.title)).toEqual(TASKS);
  });

  it('should not take a sentence or another heading under a label for its title', () => {
    // The line under 第二章 is a sentence, and under 第一节 another label: neither is joined to the label.
    const doc = read([TITLE, '第一章　发展基础', '全区数字经济快速发展。', '第二章', '到2025年，全区建成5G基站800个以上。']);
    expect(doc?.sections.map((s) => [s.label, s.title])).toEqual([['第一章', '发展基础']]);
    const lines = read([TITLE, '第一章', '第一节　主要成效', '全区数字经济规模达到120亿元。']);
    expect(lines?.sections.map((s) => [s.label, s.title])).toEqual([['第一节', '主要成效']]);
  });
});
