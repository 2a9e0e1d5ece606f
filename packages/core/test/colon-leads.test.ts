// Items headed by a short phrase and a colon: Markdown bullets with a bold lead (- **建设数据平台**：…) and plain
// paragraphs written the same way under a numbered heading.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

describe('items headed by a phrase and a colon', () => {
  it('should read Markdown bullets with a bold lead under a numbered heading as tasks, with their duties', () => {
    const text = [
      '# 某某区2025年数据要素工作要点',
      '',
      '## 一、重点任务',
      '',
      '### （一）夯实数据基础',
      '',
      '- **建设数据平台**：完成区数据平台二期建设。（责任单位：区数据局）',
      '- **完善数据目录**：编制公共数据目录不少于500条。（责任单位：区数据局）',
      '',
      '### （二）培育数据市场',
      '',
      '- **培育数商企业**：新增数商企业20家。（牵头单位：区科技局；配合单位：区发展改革局）',
      '- **推进数据交易**：数据交易额突破5亿元。（牵头单位：区发展改革局）',
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'bullets.md' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设数据平台', '完善数据目录', '培育数商企业', '推进数据交易']);
    expect(doc?.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['夯实数据基础', '培育数据市场']));
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['区数据局'], ['区数据局'], ['区科技局'], ['区发展改革局']]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should read plain paragraphs headed the same way as tasks', () => {
    const text = '某某区2025年数据要素工作要点\n一、夯实数据基础\n　　建设数据平台：完成区数据平台二期建设。\n　　完善数据目录：编制公共数据目录。\n二、培育数据市场\n';
    expect(parseDocument(text, { file: 'colons.txt' }).documents[0]?.tasks.map((t) => t.title)).toEqual(['建设数据平台', '完善数据目录', '培育数据市场']);
  });

  it('should leave terms the item names and then defines (…以日常监测、实地调研等方式进行) in the item', () => {
    const text = '某市2022年数字政府建设考评办法\n一、考评方式\n（一）考评以日常监测、实地调研等方式进行。每半年考评一次。\n　　日常监测：监测考评对象的落实情况。\n　　实地调研：深入有关地区、部门开展调研。\n（二）考评结果分为优秀、良好。\n';
    expect(parseDocument(text, { file: 'terms.txt' }).documents[0]?.tasks.map((t) => t.title)).toEqual(['考评以日常监测、实地调研等方式进行', '考评结果分为优秀、良好']);
  });

  it('should leave duty, goal and date lines headed by a colon in their item', () => {
    const text = '某某区2025年数据要素工作要点\n一、夯实数据基础\n（一）建设数据平台。\n　　总体目标：完成二期建设。\n　　到2025年：接入各部门数据。\n　　责任单位：区数据局\n（二）完善数据目录。\n';
    expect(parseDocument(text, { file: 'not-leads.txt' }).documents[0]?.tasks.map((t) => t.title)).toEqual(['建设数据平台', '完善数据目录']);
  });
});

describe('a lone led paragraph beside headings whose led paragraphs are items', () => {
  it('should read it as an item too, as its siblings are built alike', () => {
    const text = [
      '# 某某区2025年数据要素工作要点',
      '## （一）夯实数据基础',
      '- **建设数据平台**：完成区数据平台二期建设。（责任单位：区数据局）',
      '- **完善数据目录**：编制公共数据目录。（责任单位：区数据局）',
      '## （二）培育数据市场',
      '- **培育数商企业**：新增数商企业20家。（牵头单位：区科技局）',
      '',
    ].join('\n');
    const doc = parseDocument(text, { file: 'lone.md' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设数据平台', '完善数据目录', '培育数商企业']);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['区数据局'], ['区数据局'], ['区科技局']]);
  });

  it('should leave a heading with one paragraph a task when no sibling has led items', () => {
    const text = '某某区2025年数据要素工作要点\n（一）夯实数据基础\n　　建设数据平台：完成区数据平台二期建设。\n（二）培育数据市场\n　　培育数商企业：新增数商企业20家。\n';
    expect(parseDocument(text, { file: 'plain.txt' }).documents[0]?.tasks.map((t) => t.title)).toEqual(['夯实数据基础', '培育数据市场']);
  });
});

describe('work points with no numbered items, each paragraph opened by its heading', () => {
  it('should read each led paragraph as a task with its duty', () => {
    const text = '某某区2025年数字化转型工作要点\n　　为加快数字化转型，现提出如下工作要点。\n　　加快数字基础设施建设。新建5G基站300个。（责任单位：区工信局）\n　　推进政务服务数字化。网办率达到90%。（责任单位：区政数局）\n　　培育数字经济新业态。新增数字经济企业50家。（责任单位：区发改局）\n';
    const doc = parseDocument(text, { file: 'unnumbered.txt' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['加快数字基础设施建设', '推进政务服务数字化', '培育数字经济新业态']);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['区工信局'], ['区政数局'], ['区发改局']]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should not make items of a prose plan whose paragraphs do not open with a heading', () => {
    const text = '某某区2025年数字化转型工作要点\n　　为加快数字化转型，现提出如下工作要点，请各单位认真落实。\n　　各单位要加强组织领导，确保各项工作落到实处。\n';
    expect(parseDocument(text, { file: 'prose.txt' }).documents[0]?.tasks ?? []).toEqual([]);
  });
});

describe('goals set off by a dash', () => {
  it('should give a goal its headline without the dash', () => {
    const text = '某某市数字经济发展“十四五”规划\n第一章 发展目标\n——数字基础设施更加完善。5G基站达到2万个。\n——数字产业实力显著增强。核心产业增加值达到500亿元。\n第二章 主要任务\n一、加快5G网络建设。\n';
    const doc = parseDocument(text, { file: 'dash-goals.txt' }).documents[0];
    expect(doc?.goals.map((g) => g.title)).toEqual(['数字基础设施更加完善', '数字产业实力显著增强']);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('a notice that assigns its work in 一是, 二是 paragraphs', () => {
  it('should read it as the plan, kind notice, with its tasks', () => {
    const text = '某某县人民政府办公室关于做好2025年政务公开工作的通知\n各乡镇人民政府，县政府各部门：\n　　为做好今年政务公开工作，现就有关事项通知如下：\n　　一是加强政策解读。全年解读不少于10次。（县政府办牵头）\n　　二是优化政务服务。年内实现20个以上事项集成办理。（县行政审批局牵头）\n\n某某县人民政府办公室\n2025年3月1日\n';
    const doc = parseDocument(text, { file: 'notice-ordinals.txt' }).documents[0];
    expect([doc?.kind, doc?.tasks.map((t) => t.title)]).toEqual(['notice', ['加强政策解读', '优化政务服务']]);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['县政府办'], ['县行政审批局']]);
  });
});
