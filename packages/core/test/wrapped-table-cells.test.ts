// TAB task tables whose cells hold line breaks: a Word cell of several paragraphs, or a spreadsheet cell with a line
// break typed in it (which the spreadsheet puts in quotes), comes out of a copy as text over several lines.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes, sliceAt } from './helpers.js';

const T = '\t';

describe('TAB task tables with line breaks inside cells', () => {
  it('should rejoin a row spread over lines by breaks inside its cells, and read its task and duties', () => {
    const text = [
      '某某市2024年民生实事项目责任分解表',
      '',
      ['序号', '民生实事项目', '目标任务', '牵头单位', '责任单位', '完成时间'].join(T),
      ['1', '城区老旧小区改造', '改造老旧小区150个，惠及居民'].join(T),
      ['2.5万户', '市住建局', '各城区政府', '12月底'].join(T),
      ['2', '新建城市停车泊位', '新增公共停车泊位8000个', '市城管委', '市公安局交警支队、'].join(T),
      ['各城区政府', '11月底'].join(T),
      ['3', '城乡居民医保提标', '财政补助标准提高到每人每年670元', '市医保局', '市财政局', '6月底'].join(T),
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'wrapped.txt' }).documents[0];
    expect(doc?.tasks.map((t) => [t.title, t.body])).toEqual([
      ['城区老旧小区改造', '改造老旧小区150个，惠及居民2.5万户'],
      ['新建城市停车泊位', '新增公共停车泊位8000个'],
      ['城乡居民医保提标', '财政补助标准提高到每人每年670元'],
    ]);
    expect(doc?.assignments.map((a) => [a.leadUnits, a.supportingUnits, a.dueText])).toEqual([
      [['市住建局'], ['各城区政府'], '12月底'],
      [['市城管委'], ['市公安局交警支队', '各城区政府'], '11月底'],
      [['市医保局'], ['市财政局'], '6月底'],
    ]);
    expect(doc?.assignments.every((a) => a.taskId !== null)).toBe(true);
    if (doc) {
      expectExactQuotes(text, doc);
      // The body of a wrapped cell points from its first part to its last.
      expect(sliceAt(text, doc.tasks[0]?.bodyPosition as NonNullable<(typeof doc.tasks)[0]['bodyPosition']>)).toBe('改造老旧小区150个，惠及居民\n2.5万户');
    }
  });

  it('should read a spreadsheet copy whose multi-line cell is quoted, over three lines', () => {
    const text = [
      '某某区2025年优化营商环境重点任务清单',
      ['序号', '重点任务', '具体措施', '牵头单位', '完成时限'].join(T),
      ['1', '优化企业开办服务', '"压缩开办时间至0.5个工作日；'].join(T),
      '推广电子营业执照；',
      ['实现企业开办全程网办"', '区市场监管局', '2025年6月底前'].join(T),
      ['2', '加强涉企执法监督', '开展涉企行政执法突出问题专项整治', '区司法局', '持续推进'].join(T),
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'quoted.txt' }).documents[0];
    expect(doc?.tasks.map((t) => [t.title, t.body])).toEqual([
      ['优化企业开办服务', '压缩开办时间至0.5个工作日；推广电子营业执照；实现企业开办全程网办'],
      ['加强涉企执法监督', '开展涉企行政执法突出问题专项整治'],
    ]);
    expect(doc?.assignments.map((a) => [a.leadUnits, a.due])).toEqual([
      [['区市场监管局'], '2025-06-30'],
      [['区司法局'], null],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should not join a short row with the next row, nor lines that give more cells than the header', () => {
    const text = [
      '某某县2025年重点任务分工表',
      ['序号', '重点任务', '具体措施', '牵头单位', '完成时限'].join(T),
      // Note: a row that lost its empty last cells, then the next row (it opens with its 序号).
      ['1', '推进农村公路建设', '新改建农村公路100公里', '县交通运输局'].join(T),
      ['2', '加强河湖管护', '开展河湖清四乱行动', '县水利局', '持续推进'].join(T),
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'short-row.txt' }).documents[0];
    // Note: how the short row's cells are placed is the placing of rows that lost cells (allocation-table.ts); here only
    // that the next row stays a row of its own.
    expect(doc?.assignments.length).toBe(2);
    expect(doc?.assignments[1]).toMatchObject({ content: '开展河湖清四乱行动', taskTitle: '加强河湖管护', leadUnits: ['县水利局'], dueText: '持续推进' });
    expect(doc?.assignments[0]?.content).not.toContain('加强河湖管护');
    // A row and the line after it that together give more cells than the header stay apart.
    const wide = [
      '某某县2025年重点任务分工表',
      ['序号', '重点任务', '具体措施', '牵头单位', '完成时限'].join(T),
      ['1', '推进农村公路建设', '新改建农村公路100公里'].join(T),
      ['县交通运输局', '县财政局', '县自然资源局', '2025年底'].join(T),
      '',
    ].join('\n');
    const other = parseDocument(wide, { file: 'wide.txt' }).documents[0];
    expect(other?.assignments.some((a) => a.content.includes('新改建') && a.leadUnits.includes('县交通运输局'))).toBe(false);
  });
});
