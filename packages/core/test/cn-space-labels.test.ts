import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { recogniseLabel } from '../src/text/numbering.js';
import { expectExactQuotes } from './helpers.js';

// A chapter's Chinese numeral with a space where its 、 should be: a WeChat article's heading badges (一 | 工作目标) and
// copies that lost the 、.
describe('chapters numbered with a space instead of 、', () => {
  it('should read 一 工作目标 as a label, and not a spaced 一是, a quantity or a letter-spaced line', () => {
    expect(recogniseLabel('一 工作目标')).toMatchObject({ style: 'cn-comma', number: 1, text: '一' });
    expect(recogniseLabel('十二\u3000保障措施')).toMatchObject({ style: 'cn-comma', number: 12 });
    expect(recogniseLabel('一 是加强组织领导。')).toBeNull();
    expect(recogniseLabel('一 个中心、两个基本点')).toBeNull();
    expect(recogniseLabel('十 四 五 规 划')).toBeNull();
    expect(recogniseLabel('一 流 城 市')).toBeNull();
    expect(recogniseLabel('一 ')).toBeNull();
  });

  const plan = (sep: string) =>
    [
      '某县2025年农村人居环境整治工作方案',
      '为持续改善农村人居环境，制定本方案。',
      `一${sep}工作目标`,
      '到2025年底，全县农村卫生厕所普及率达到95%以上。',
      `二${sep}重点任务`,
      '（一）推进农村厕所革命。新改建农村户厕2000座。（责任单位：县农业农村局）',
      '（二）加强生活垃圾治理。建设垃圾中转站5座。（责任单位：县住建局）',
      `三${sep}保障措施`,
      '（一）加强组织领导。成立工作专班。',
      '',
    ].join('\n');

  it.each([' ', '\u3000', '  '])('should outline a plan whose chapters are numbered so (separator %j) as it outlines 一、', (sep) => {
    const text = plan(sep);
    const doc = parseDocument(text, { file: 'plan.txt' }).documents[0];
    const reference = parseDocument(plan('、'), { file: 'plan.txt' }).documents[0];
    expect(doc?.sections.map((s) => [s.title, s.role])).toEqual(reference?.sections.map((s) => [s.title, s.role]));
    expect(doc?.sections.map((s) => s.title)).toEqual(['工作目标', '重点任务', '保障措施']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(reference?.tasks.map((t) => t.title));
    expect(doc?.tasks.map((t) => t.title)).toContain('加强生活垃圾治理');
    // The next chapter's heading no longer runs into the last task's body.
    expect(doc?.tasks.find((t) => t.title === '加强生活垃圾治理')?.body).toBe('建设垃圾中转站5座。（责任单位：县住建局）');
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['县农业农村局'], ['县住建局']]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should leave prose lines that open with a numeral and a space as they were', () => {
    const text = ['某区2025年工作要点', '一、强化统筹', '1.加强组织领导。各部门要', '一 是明确责任，二是压实任务。', ''].join('\n');
    const doc = parseDocument(text, { file: 'p.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['加强组织领导']);
  });
});
