// A task table set one cell per line whose cells hold several paragraphs (a page's <p>s inside a cell, taken out a
// line each): the row runs on past its columns, its lines of text then its lines of units.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const header = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'];

describe('one-cell-per-line task tables with cells of several paragraphs', () => {
  it('should read each row, a cell of several lines joined', () => {
    const text = [
      '某某区2025年养老服务提升行动重点任务分工表',
      '',
      ...header,
      ...['1', '完善居家养老服务', '新建社区养老服务站10个；', '发展家庭养老床位200张。', '区民政局', '各街道办事处', '2025年12月底前'],
      ...['2', '发展老年助餐', '新增老年助餐点15个。', '区民政局', '区市场监管局、', '各街道办事处', '2025年10月底前'],
      ...['3', '推进医养结合', '二级以上综合医院设立老年医学科比例达到80%。', '区卫生健康委', '区医保局', '2025年11月底前'],
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'paragraphs.txt' }).documents[0];
    expect(doc?.tasks.map((t) => [t.title, t.body])).toEqual([
      ['完善居家养老服务', '新建社区养老服务站10个；发展家庭养老床位200张。'],
      ['发展老年助餐', '新增老年助餐点15个。'],
      ['推进医养结合', '二级以上综合医院设立老年医学科比例达到80%。'],
    ]);
    expect(doc?.assignments.map((a) => [a.leadUnits, a.supportingUnits, a.due])).toEqual([
      [['区民政局'], ['各街道办事处'], '2025-12-31'],
      [['区民政局'], ['区市场监管局', '各街道办事处'], '2025-10-31'],
      [['区卫生健康委'], ['区医保局'], '2025-11-30'],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should end the table at a row whose lines are not text then units, as before', () => {
    const text = [
      '某某区2025年养老服务提升行动重点任务分工表',
      '',
      ...header,
      ...['1', '完善居家养老服务', '新建社区养老服务站10个。', '区民政局', '各街道办事处', '2025年12月底前'],
      ...['2', '发展老年助餐', '区民政局', '新增老年助餐点15个。', '区市场监管局', '各街道办事处', '2025年10月底前'],
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'mixed.txt' }).documents[0];
    expect(doc?.assignments.map((a) => a.content)).toEqual(['新建社区养老服务站10个。']);
  });
});
