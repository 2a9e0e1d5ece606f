// The frame of an assessment (考核方案, 考评办法) in chapters with no item under them: whom it covers (考核对象, 考核范围),
// on what (考评内容 over a sentence), how (考核程序) and what its results are used for (考核结果运用): no task, as real
// 02's 考评办法 annotates none (crafted 考核方案 of a county's 安全生产 and a city's 乡镇 assessment, parser reach, round 9,
// helper r9-structure).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function parseOne(text: string) {
  const doc = parseDocument(text, { file: 'assessment.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
}

describe('the frame of an assessment in chapters with no item', () => {
  it('should state no task in them, and keep the scored items of its content', () => {
    const text = [
      '某县2025年度安全生产目标责任考核方案',
      '一、考核范围',
      '各乡镇人民政府（街道办事处），县直有关部门。',
      '二、考核内容',
      '1.安全生产责任落实情况（30分）。重点考核党政领导责任落实情况。',
      '2.重大事故隐患排查整治情况（40分）。重点考核隐患整改闭环情况。',
      '三、考核程序',
      '年底前由县安委办组织考核组，采取听取汇报、实地检查等方式进行。',
      '四、考核结果运用',
      '考核结果作为领导班子综合考核评价的重要依据。',
    ].join('\n');
    const doc = parseOne(text);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['安全生产责任落实情况', '重大事故隐患排查整治情况']);
    expect(doc?.sections.map((s) => [s.title, s.role])).toEqual([
      ['考核范围', 'context'],
      ['考核内容', 'tasks'],
      ['考核程序', 'context'],
      ['考核结果运用', 'context'],
    ]);
  });

  it('should do so under other names (考评对象, 考评内容 over a sentence, 结果运用)', () => {
    const text = ['某市数字政府建设考评办法', '一、考评对象', '各区县人民政府，市直各部门。', '二、考评内容', '《某市数字政府建设行动方案》确定的重点任务。', '三、重点工作', '（一）建设一体化平台。年底前建成。', '四、结果运用', '考评结果全市通报。'].join('\n');
    expect(parseOne(text)?.tasks.map((t) => t.title)).toEqual(['建设一体化平台']);
  });

  it('should keep a task named with those words, and a chapter of that name over items', () => {
    const text = ['某区2025年工作方案', '一、重点任务', '（一）完善考核方式。建立季度考核机制。', '（二）考核内容。将重点项目纳入考核。', '二、考核方式', '（一）日常考核。按月调度。', '（二）年终考核。年底集中考核。'].join('\n');
    expect(parseOne(text)?.tasks.map((t) => t.title)).toEqual(['完善考核方式', '考核内容', '日常考核', '年终考核']);
  });
});
