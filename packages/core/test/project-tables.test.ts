// Project tables (序号 | 项目名称 | 建设内容及规模 | 总投资（亿元） | 2025年计划投资 | 建设年限 | 牵头单位 | 责任单位 | 完成时限), as
// the yearly project plans of districts and counties set them, pasted as TAB cells or one cell per line: each row is a
// project with its units and deadline, and the plan's own items after the table keep their bracket duties. Crafted
// probes d03 (浙江, TAB cells) and d06 (安徽, a cell a line) of hC (/work/adv/hC/FINDINGS.md).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const duties = (text: string): string[] =>
  (parseDocument(text, { file: 'project-tables.txt' }).documents[0]?.assignments ?? []).map((a) => `${a.taskTitle ?? ''}: ${a.leadUnits.join('、')} / ${a.supportingUnits.join('、')} / ${a.dueText ?? '-'}`);

describe('a project table of TAB cells', () => {
  const text = [
    '某区2025年重大项目建设计划',
    '',
    '一、项目清单',
    '序号\t项目名称\t建设内容及规模\t总投资（亿元）\t2025年计划投资（亿元）\t牵头单位\t责任单位',
    '1\t智能装备产业园\t新建标准厂房25万平方米及配套设施\t18.5\t6\t区经信局\t经济开发区管委会',
    '2\t生态廊道提升工程\t整治河道12公里，建设绿道20公里\t9.2\t3.5\t区水利局\t区住建局、碧湖镇人民政府',
    '',
    '二、工作要求',
    '（一）强化要素保障。建立重大项目用地保障清单，年内保障项目用地3000亩以上。（责任单位：区自然资源和规划局、区发改局，完成时限：2025年12月底前）',
    '（二）加强督查考核。实行“月通报、季督查、年考核”制度。（区委督查室、区发改局按职责分工负责）',
  ].join('\n');

  it('should read each project with its units, and the duties of the items after the table', () => {
    const doc = parseDocument(text, { file: 'project-tables.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['智能装备产业园', '生态廊道提升工程', '强化要素保障', '加强督查考核']);
    expect(duties(text)).toEqual([
      '智能装备产业园: 区经信局 / 经济开发区管委会 / -',
      '生态廊道提升工程: 区水利局 / 区住建局、碧湖镇人民政府 / -',
      '强化要素保障: 区自然资源和规划局 / 区发改局 / 2025年12月底前',
      '加强督查考核: 区委督查室、区发改局 /  / -',
    ]);
  });

  it('should name a figure followed by 及 by the words before it', () => {
    const doc = parseDocument(text, { file: 'project-tables.txt' }).documents[0];
    expect(doc?.targets.find((t) => t.value === 250000)?.metric).toBe('新建标准厂房');
  });
});

describe('a project table one cell per line', () => {
  it('should end each row at its deadline, though its 建设年限 reads as a time, up to the last row before the text', () => {
    const cells = ['序号', '项目名称', '建设内容', '总投资（万元）', '建设年限', '牵头单位', '配合单位', '完成时限'];
    const rows = [
      ['1', '城区雨污分流改造工程', '改造雨污管网35公里', '28000', '2024—2025年', '区住建局', '区城管局、各街道', '2025年12月底前'],
      ['2', '公办幼儿园扩容工程', '新建幼儿园3所，新增学位1080个', '6500', '2025年', '区教体局', '区财政局', '2025年8月底前'],
    ];
    const text = ['某区2025年重点民生工程项目计划', '', '一、项目安排', ...cells, ...rows.flat(), '', '二、保障措施', '（一）强化资金保障。确保项目资金及时足额到位。（责任单位：区财政局；完成时限：2025年全年）'].join('\n');
    expect(duties(text)).toEqual([
      '城区雨污分流改造工程: 区住建局 / 区城管局、各街道 / 2025年12月底前',
      '公办幼儿园扩容工程: 区教体局 / 区财政局 / 2025年8月底前',
      '强化资金保障: 区财政局 /  / 2025年全年',
    ]);
  });
});
