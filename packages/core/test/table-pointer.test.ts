// A short plan that states its tasks in the task table it attaches says so where its tasks would be (重点任务分工见附表。);
// and a table cell may set its units apart by spaces, as a web page's <br> between them comes out.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const T = '\t';
const table = [
  '附表',
  '某某区2025年养老服务提升行动重点任务分工表',
  ['序号', '重点任务', '具体措施', '牵头单位', '完成时限'].join(T),
  ['1', '完善居家养老服务', '新建社区养老服务站10个', '区民政局', '2025年12月底前'].join(T),
  ['2', '推进医养结合', '二级以上综合医院设立老年医学科比例达到80%', '区卫生健康委 区医保局', '2025年11月底前'].join(T),
  ['3', '建设开发区养老综合体', '建成养老综合体1个', '广州市黄埔区 广州开发区', '持续推进'].join(T),
  '',
].join('\n');

describe('a plan whose tasks point to its task table', () => {
  it('should take the table rows for its tasks, not the item that points to them', () => {
    const text = `某某区2025年养老服务提升行动方案\n\n为加快完善养老服务体系，制定本方案。\n\n一、重点任务\n重点任务分工见附表。\n\n二、保障措施\n具体任务分工详见附表。\n\n${table}`;
    const doc = parseDocument(text, { file: 'pointer.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['完善居家养老服务', '推进医养结合', '建设开发区养老综合体']);
    expect(doc?.assignments.map((a) => [a.taskId, a.leadUnits])).toEqual([
      ['pointer:t1', ['区民政局']],
      ['pointer:t2', ['区卫生健康委', '区医保局']],
      // Note: a place and a zone set apart by a space name one body.
      ['pointer:t3', ['广州市黄埔区 广州开发区']],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should keep the items when the plan states tasks of its own, or attaches no table', () => {
    const own = `某某区2025年养老服务提升行动方案\n\n一、完善居家养老服务\n新建社区养老服务站10个。\n\n二、任务分工\n重点任务分工见附表。\n\n${table}`;
    expect(parseDocument(own, { file: 'own.txt' }).documents[0]?.tasks.map((t) => t.title)).toEqual(['完善居家养老服务', '任务分工']);
    const alone = '某某区2025年养老服务提升行动方案\n\n一、重点任务\n重点任务分工见附表。\n';
    expect(parseDocument(alone, { file: 'alone.txt' }).documents[0]?.tasks.map((t) => t.title)).toEqual(['重点任务']);
  });
});
