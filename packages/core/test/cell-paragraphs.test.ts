// A task table set one cell per line whose cells hold several paragraphs (a page's <p>s inside a cell, taken out a
// line each): the row runs on past its columns, its lines of text then its lines of units.
import { describe, expect, it } from 'vitest';
import { joinHardWraps } from '../src/parse/hard-wrap.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
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

  it('should keep long task cells off the unit cell under them, whose lines are widths a PDF wraps at', () => {
    // Note: each task cell is the widest line among its row's short cells and ends with no full stop, as a wrapped
    // line of prose does; five of them made the text look hard-wrapped and ran each into its lead unit.
    const rows = [
      ['1', '推进紧密型县域医共体建设，实现县乡村一体化管理全覆盖', '县卫健委', '县医保局、县财政局', '2024年12月底前'],
      ['2', '实施基层医疗卫生机构能力提升工程，新建标准化村卫生室15所', '县卫健委', '各乡镇人民政府', '2024年10月底前'],
      ['3', '开展爱国卫生运动，巩固国家卫生县城创建成果', '县爱卫办', '县住建局、各乡镇人民政府', '持续推进'],
      ['4', '推进医疗保障支付方式改革，落实按病组付费', '县医保局', '县卫健委', '2024年6月底前'],
      ['5', '加强疾病预防控制体系建设，提升传染病监测预警能力', '县疾控中心', '县卫健委', '长期坚持'],
    ];
    const text = ['某县2024年卫生健康工作重点任务分工方案', '现将2024年重点任务分工如下：', '序号', '工作任务', '牵头单位', '配合单位', '完成时限', ...rows.flat(), ''].join('\n');
    const doc = parseDocument(text, { file: 'long-cells.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(rows.map((r) => r[1]));
    expect(doc?.assignments.map((a) => [a.leadUnits, a.supportingUnits])).toEqual([
      [['县卫健委'], ['县医保局', '县财政局']],
      [['县卫健委'], ['各乡镇人民政府']],
      [['县爱卫办'], ['县住建局', '各乡镇人民政府']],
      [['县医保局'], ['县卫健委']],
      [['县疾控中心'], ['县卫健委']],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should still join the wrapped prose around such a table, and leave the table’s cells apart', () => {
    const prose = [
      '1.推进算力基础设施建设。加快建设城市算力中心，新增标准',
      '机架2000个，推动算力资源统筹调度和开放共享，服务中小',
      '企业数字化转型。',
      '2.培育数据要素市场。建设市公共数据授权运营平台，开放',
      '公共数据集300个，培育数商企业50家，打造数据交易生态',
      '体系。',
      '3.发展人工智能产业。建设人工智能产业园，引进培育人工',
      '智能企业30家，打造行业大模型应用场景20个以上，推动',
      '产业集聚发展。',
    ];
    const table = ['序号', '重点任务', '牵头单位', '完成时限', '1', '推进算力基础设施建设，新增标准机架2000个', '市数据局', '2024年12月底前'];
    const joined = joinHardWraps(linesFromText(['某市2024年数字经济工作要点', ...prose, ...table, ''].join('\n'))).map((l) => l.text);
    expect(joined.slice(1, 4)).toEqual([prose.slice(0, 3).join(''), prose.slice(3, 6).join(''), prose.slice(6, 9).join('')]);
    expect(joined.slice(4, 12)).toEqual(table);
  });
});
