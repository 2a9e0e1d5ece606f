// A table attached after a plan under a title of no document's kind (附件 / 某街道2025年重点项目计划表, 附件1 / 某县…重大建设
// 项目一览表): its rows are the plan's projects, read as a table inside the plan is (project-tables.test.ts) and as the same
// page joined with spaces already read them (crafted plans of a 街道 and a 县, parser reach, round 9, helper r9-structure).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const PLAN = ['某街道2025年工作计划', '', '一、聚力经济发展', '1、狠抓招商引资。全年引进亿元以上项目5个。', '2、优化营商环境。为企业解决问题100件以上。', ''];

function tasksOf(text: string): string[] {
  const { documents } = parseDocument(text, { file: 'attached.txt' });
  for (const doc of documents) expectExactQuotes(text, doc);
  return documents.flatMap((d) => d.tasks.map((t) => t.title));
}

describe('a project table attached under a title of no kind', () => {
  it('should read its rows as tasks, its cells TAB-parted', () => {
    const text = [...PLAN, '附件', '', '某街道2025年重点项目计划表', '', '序号\t项目名称\t建设内容\t总投资（万元）\t责任科室', '1\t社区服务中心改造\t改造建筑面积3000平方米\t1200\t社会事务办', '2\t雨污分流工程\t改造管网2.5公里\t2500\t城市管理办'].join('\n');
    expect(tasksOf(text)).toEqual(['狠抓招商引资', '优化营商环境', '社区服务中心改造', '雨污分流工程']);
    const doc = parseDocument(text, { file: 'attached.txt' }).documents.find((d) => d.tasks.some((t) => t.title === '雨污分流工程'));
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['社会事务办'], ['城市管理办']]);
  });

  it('should read them so under a numbered mark, a cell a line', () => {
    const text = [...PLAN, '附件1', '', '某县2025年重大建设项目一览表', '', '序号', '项目名称', '建设内容', '责任单位', '1', '综合客运枢纽', '新建客运站房1.2万平方米', '县交通运输局', '2', '流域治理工程', '治理河道15公里', '县水利局'].join('\n');
    expect(tasksOf(text)).toEqual(['狠抓招商引资', '优化营商环境', '综合客运枢纽', '流域治理工程']);
  });

  it('should read no task from an attached table of indicators, or from an attachment of prose', () => {
    const indicators = [...PLAN, '附件', '', '某街道2025年主要指标表', '', '序号\t指标名称\t单位\t2024年\t2025年目标', '1\t地区生产总值增速\t%\t6.5\t7', '2\t固定资产投资增速\t%\t8\t10'].join('\n');
    expect(tasksOf(indicators)).toEqual(['狠抓招商引资', '优化营商环境']);
    const prose = [...PLAN, '附件', '', '某街道2025年重点工作说明', '', '全年重点工作围绕经济发展展开，各科室要按职责抓好落实。'].join('\n');
    expect(tasksOf(prose)).toEqual(['狠抓招商引资', '优化营商环境']);
  });
});
