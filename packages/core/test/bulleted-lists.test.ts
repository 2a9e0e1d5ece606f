// A list drawn with one bullet (◆, ●, ■ …), as a page or a Word file draws its items: right under a title or a chapter,
// each bulleted paragraph is an item, as 1. 2. number them, whether or not it opens with a heading of its own. A list of
// projects (为民办实事项目: ◆新建改建公办幼儿园5所，新增学位1800个。（责任单位：区教育局）) had no tasks at all, its duties
// no task to hold them; numbered the same way it had one task an item.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { splitRunOnBullets } from '../src/parse/run-on-bullets.js';
import { linesFromText } from '../src/text/source-lines.js';
import { onlyPlan } from './helpers.js';

const parse = onlyPlan;

const PROJECTS = outdent`
  某区2024年为民办实事项目
  ◆新建改建公办幼儿园5所，新增学位1800个。（责任单位：区教育局）
  ◆新增养老床位300张，建设社区嵌入式养老服务机构3家。（责任单位：区民政局）
  ◆改造老旧小区20个，惠及居民6000户。（责任单位：区住建局）
`;

const COUNTY_POINTS = outdent`
  某县2024年优化营商环境工作要点
  一、总体要求
  坚持以市场主体需求为导向，持续优化营商环境。
  二、重点任务
  ■ 企业开办时间压缩至0.5个工作日以内，实现“一网通办”。（牵头单位：县市场监管局）
  ■ 工程建设项目审批时间控制在40个工作日以内。（牵头单位：县住建局）
  ■ 政务服务事项全程网办率达到90%以上。（牵头单位：县行政审批局）
`;

const MEASURES_OF_AN_ITEM = outdent`
  某市2024年数字经济工作要点
  一、重点任务
  （一）加快数字基础设施建设。
  ● 新建5G基站2000个。
  ● 新增算力规模500P。
  （牵头单位：市工信局）
  （二）推进产业数字化。培育数字化车间10个。（牵头单位：市工信局）
`;

describe('a bulleted list', () => {
  it('should read each bulleted project under a title as a task with its duty', () => {
    const doc = parse(PROJECTS);
    expect(doc.tasks.map((t) => t.title)).toEqual(['新建改建公办幼儿园5所，新增学位1800个', '新增养老床位300张，建设社区嵌入式养老服务机构3家', '改造老旧小区20个，惠及居民6000户']);
    expect(doc.assignments.map((a) => a.leadUnits.join('、'))).toEqual(['区教育局', '区民政局', '区住建局']);
    expect(doc.targets.map((t) => `${t.metric}:${t.value}`)).toContain('改造老旧小区:20');
  });

  it('should read each bulleted paragraph of a chapter of tasks as a task', () => {
    const doc = parse(COUNTY_POINTS);
    expect(doc.tasks).toHaveLength(3);
    expect(doc.tasks[1]?.title).toBe('工程建设项目审批时间控制在40个工作日以内');
    expect(doc.assignments.map((a) => a.leadUnits.join('、'))).toEqual(['县市场监管局', '县住建局', '县行政审批局']);
  });

  it('should leave the bulleted measures inside a numbered item to that item', () => {
    const doc = parse(MEASURES_OF_AN_ITEM);
    expect(doc.tasks.map((t) => t.title)).toEqual(['加快数字基础设施建设', '推进产业数字化']);
  });

  it('should read the same lists run together on one line, as a flattened page gives them', () => {
    for (const joint of ['', ' ']) {
      const projects = onlyPlan(PROJECTS.split('\n').join(joint));
      expect(projects.title).toBe('某区2024年为民办实事项目');
      expect(projects.tasks.map((t) => t.title)).toEqual(parse(PROJECTS).tasks.map((t) => t.title));
      expect(projects.assignments.map((a) => a.leadUnits.join('、'))).toEqual(['区教育局', '区民政局', '区住建局']);
    }
    const points = COUNTY_POINTS.split('\n');
    const runOn = [...points.slice(0, 3), points.slice(3).join('')].join('\n');
    expect(onlyPlan(runOn).tasks.map((t) => t.title)).toEqual(parse(COUNTY_POINTS).tasks.map((t) => t.title));
  });

  it('should cut no line at marks that are no list: a rating, a lone bullet, a bullet after an open sentence', () => {
    const uncut = (text: string) => splitRunOnBullets(linesFromText(text)).map((l) => l.text);
    for (const text of ['创建★★★★★级景区2家，★★★★级景区5家，推动全域旅游提质增效，打造文旅融合发展示范区。', '◆新建公办幼儿园5所，新增学位1800个，推进学前教育普惠发展，提升保教质量水平。', '建设◆型数据中心和◆型边缘节点，推进算力基础设施一体化布局，满足各类应用需求。']) {
      expect(uncut(text)).toEqual([text]);
    }
  });

  it('should leave bulleted parts of one sentence to the paragraph, laid out or run together', () => {
    const chapter = outdent`
      某县2024年数据工作要点
      一、夯实数据基础
      推进公共数据治理，主要包括：
      ●数据归集；
      ●数据治理；
      ●数据开放。
      二、强化数据应用
      开展数据创新应用大赛。
    `;
    expect(onlyPlan(chapter).tasks.map((t) => t.title)).toEqual(['夯实数据基础', '强化数据应用']);
    const text = '推进公共数据治理，主要包括：●数据归集工作；●数据治理工作；●数据开放工作。';
    expect(splitRunOnBullets(linesFromText(text)).map((l) => l.text)).toEqual([text]);
  });
});

