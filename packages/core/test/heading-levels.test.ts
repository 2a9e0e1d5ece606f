// Chapters and tasks whose headings lost their numbers but kept their levels: a Word file converted to Markdown keeps
// its heading styles as ## and ### and drops the automatic numbering (一、, （一）) they carried; copied as plain text,
// a chapter's heading stands right over its first task's heading. And a chapter heading run into its first sentence
// by a space alone.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

describe('Markdown heading levels without numbers', () => {
  const text = outdent`
    # 某某市2025年数字经济发展工作要点

    为加快建设数字某某，制定本工作要点。

    ## 主要目标

    到2025年底，全市数字经济核心产业增加值占地区生产总值比重达到10%以上。

    ## 重点任务

    ### 加快数字基础设施建设

    推进5G网络深度覆盖，新建5G基站3000个。（牵头单位：市通信管理局）

    ### 推动数字产业化

    培育壮大电子信息制造业，全年软件业务收入增长15%。（牵头单位：市工业和信息化局）

    ## 保障措施

    ### 加强组织领导

    建立健全数字经济发展工作推进机制。

    ### 强化要素保障

    加大财政资金支持力度。
  `;

  it('should read ## headings as chapters and ### headings as their tasks, with the paragraphs under them as bodies', () => {
    const doc = parseDocument(text, { file: 'levels.md' }).documents[0];
    expect(doc?.sections.map((s) => [s.title, s.role, s.depth])).toEqual([
      ['主要目标', 'goals', 1],
      ['重点任务', 'tasks', 1],
      ['保障措施', 'tasks', 1],
    ]);
    expect(doc?.goals.map((g) => g.text)).toEqual(['到2025年底，全市数字经济核心产业增加值占地区生产总值比重达到10%以上。']);
    expect(doc?.tasks.map((t) => [t.sectionPath[0], t.title, t.body])).toEqual([
      ['重点任务', '加快数字基础设施建设', '推进5G网络深度覆盖，新建5G基站3000个。（牵头单位：市通信管理局）'],
      ['重点任务', '推动数字产业化', '培育壮大电子信息制造业，全年软件业务收入增长15%。（牵头单位：市工业和信息化局）'],
      ['保障措施', '加强组织领导', '建立健全数字经济发展工作推进机制。'],
      ['保障措施', '强化要素保障', '加大财政资金支持力度。'],
    ]);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['市通信管理局'], ['市工业和信息化局']]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should nest unnumbered ### headings under numbered ## chapters, and numbered items under them', () => {
    const mixed = outdent`
      # 某某省2025年交通运输工作要点

      全省交通运输工作要加快建设交通强省。

      ## 一、总体要求

      全年完成交通固定资产投资1000亿元以上。

      ## 二、重点任务

      ### 加快综合交通网络建设

      新增高速公路通车里程300公里。（牵头单位：省交通运输厅）

      ### 提升运输服务水平

      1. 推进城乡客运一体化。建制村通客车率保持100%。
      2. 发展多式联运。集装箱铁水联运量增长10%。

      ## 三、保障措施

      ### 强化组织领导

      各地要把交通运输工作摆上重要位置。
    `;
    const doc = parseDocument(mixed, { file: 'mixed.md' }).documents[0];
    expect(doc?.sections.map((s) => [s.label, s.title, s.depth])).toEqual([
      ['一、', '总体要求', 1],
      ['二、', '重点任务', 1],
      [null, '提升运输服务水平', 2],
      ['三、', '保障措施', 1],
    ]);
    expect(doc?.tasks.map((t) => [t.sectionPath.join('/'), t.label, t.title])).toEqual([
      ['重点任务', null, '加快综合交通网络建设'],
      ['重点任务/提升运输服务水平', '1.', '推进城乡客运一体化'],
      ['重点任务/提升运输服务水平', '2.', '发展多式联运'],
      ['保障措施', null, '强化组织领导'],
    ]);
    if (doc) expectExactQuotes(mixed, doc);
  });

  it('should leave numbered headings, and a lone unnumbered heading, as they were', () => {
    const numbered = outdent`
      # 某某县2025年安全生产工作要点

      ### 一、重点任务

      #### （一）深化专项整治

      排查整改重大事故隐患。

      #### （二）提升应急救援能力

      建设县级综合应急救援队伍1支。

      ### 二、保障措施

      严格落实安全生产责任制。
    `;
    const doc = parseDocument(numbered, { file: 'numbered.md' }).documents[0];
    expect(doc?.tasks.map((t) => [t.sectionPath[0], t.title])).toEqual([
      ['重点任务', '深化专项整治'],
      ['重点任务', '提升应急救援能力'],
    ]);
    // Note: a closing chapter over one paragraph states no task (see leaf-closing-chapters.test.ts).
    expect(doc?.sections.map((s) => [s.title, s.role])).toEqual([
      ['重点任务', 'tasks'],
      ['保障措施', 'context'],
    ]);
    // Note: one heading without a number, over a paragraph, is no structure: a note or a heading of the text's own.
    const lone = '# 某某县2025年工作要点\n\n## 一、重点任务\n\n1. 完善养护体系。健全养护体系。\n2. 加强路况检测。开展评定。\n\n### 说明\n\n本要点由县交通运输局负责解释。\n';
    const other = parseDocument(lone, { file: 'lone.md' }).documents[0];
    expect(other?.sections.map((s) => s.title)).toEqual(['重点任务']);
    expect(other?.tasks.map((t) => t.title)).toEqual(['完善养护体系', '加强路况检测']);
  });
});

describe('plain text: a chapter heading over its first task heading, numbers lost', () => {
  const text = outdent`
    某某县2024年优化营商环境工作要点

    为持续优化营商环境，结合我县实际，制定本要点。

    总体要求
    以习近平新时代中国特色社会主义思想为指导，推动营商环境持续改善。

    重点任务
    提升政务服务效能
    全面推行“一件事一次办”，年内实现20个高频事项集成办理。（牵头单位：县政务服务中心）
    优化市场准入环境
    深化商事制度改革，企业开办时间压缩至1个工作日以内。（牵头单位：县市场监管局）

    保障措施
    县优化营商环境工作领导小组统筹推进各项任务落实。
  `;

  it('should read the heading over a heading as a chapter and the headings under it as tasks, up to a closing chapter', () => {
    const doc = parseDocument(text, { file: 'two-levels.txt' }).documents[0];
    expect(doc?.sections.map((s) => [s.title, s.role])).toEqual([
      ['总体要求', 'goals'],
      ['重点任务', 'tasks'],
      ['保障措施', 'context'],
    ]);
    expect(doc?.tasks.map((t) => [t.sectionPath[0], t.title, t.body])).toEqual([
      ['重点任务', '提升政务服务效能', '全面推行“一件事一次办”，年内实现20个高频事项集成办理。（牵头单位：县政务服务中心）'],
      ['重点任务', '优化市场准入环境', '深化商事制度改革，企业开办时间压缩至1个工作日以内。（牵头单位：县市场监管局）'],
    ]);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['县政务服务中心'], ['县市场监管局']]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should take no attachment note over its list for a chapter over a task', () => {
    const attached = '某某县2025年农村公路养护工作方案\n\n为加强农村公路养护管理，制定本方案。\n\n工作目标\n全县农村公路优良中等路率达到80%以上。\n\n重点任务\n完善养护体系。健全县乡村三级养护体系。\n加强路况检测。每年开展技术状况评定。\n\n附件\n重点路段清单\n全县共确定重点养护路段20条，分年度组织实施。\n';
    const doc = parseDocument(attached, { file: 'attached.txt' }).documents[0];
    expect(doc?.sections.map((s) => s.title)).toEqual(['工作目标', '重点任务']);
    expect(doc?.tasks.map((t) => [t.sectionPath[0], t.title])).toEqual([
      ['重点任务', '完善养护体系'],
      ['重点任务', '加强路况检测'],
    ]);
  });
});

describe('plain text: a chapter of tasks named as such, a lead-in sentence before its first task heading', () => {
  it('should read the headings after the lead-in as the chapter’s tasks, up to a chapter that closes the plan', () => {
    const text = outdent`
      某某区2025年就业工作要点

      工作目标
      全年城镇新增就业1.2万人。

      重点任务
      围绕稳岗位、扩就业、强服务，重点抓好以下工作。
      稳定和扩大就业岗位
      落实稳岗返还政策，支持企业稳定岗位。（牵头单位：区人社局）
      促进重点群体就业
      开发见习岗位1000个。（牵头单位：区人社局）

      保障措施
      各街道、各部门要压实责任。
    `;
    const doc = parseDocument(text, { file: 'lead-in.txt' }).documents[0];
    expect(doc?.sections.map((s) => `${s.title}:${s.role}`).join(' ')).toBe('工作目标:goals 重点任务:tasks 保障措施:context');
    expect(doc?.tasks.map((t) => `${t.sectionPath.join('/')}|${t.title}`)).toEqual(['重点任务|稳定和扩大就业岗位', '重点任务|促进重点群体就业']);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('a chapter heading of four characters set off from its first sentence by a space', () => {
  it('should cut 发展目标 and 保障措施 from the sentences they run into', () => {
    const text = outdent`
      某某区2026年数字政府建设工作要点

      一、发展目标 到2026年底，全区政务服务事项网上可办率达到99%。
      二、重点任务
      （一）夯实数字底座。建设区级政务云平台。（责任单位：区大数据局）
      （二）深化数据共享 全年新增共享数据接口200个。（责任单位：区大数据局）
      三、保障措施 各部门要加强协同，确保各项任务按期完成。
    `;
    const doc = parseDocument(text, { file: 'spaced.txt' }).documents[0];
    expect(doc?.sections.map((s) => [s.title, s.role])).toEqual([
      ['发展目标', 'goals'],
      ['重点任务', 'tasks'],
      ['保障措施', 'context'],
    ]);
    expect(doc?.goals.map((g) => g.text)).toEqual(['到2026年底，全区政务服务事项网上可办率达到99%。']);
    expect(doc?.tasks.map((t) => [t.title, t.body])).toEqual([
      ['夯实数字底座', '建设区级政务云平台。（责任单位：区大数据局）'],
      ['深化数据共享', '全年新增共享数据接口200个。（责任单位：区大数据局）'],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should not cut a title of three characters, or one whose body is short', () => {
    const text = '某区2025年工作要点\n\n一、重点任务\n（一）抓招商 全力以赴引进重大项目，全年签约项目50个。\n（二）加强组织领导 成立专班。\n';
    const doc = parseDocument(text, { file: 'short.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['抓招商 全力以赴引进重大项目，全年签约项目50个', '加强组织领导 成立专班']);
  });
});
