// Structure of plans whose line breaks were lost (the whole text on one line, or each line break replaced by a space),
// from crafted plans (parser reach, session 10, helper hB): a frame chapter's standard name run straight into its first
// sentence (一、指导思想坚持…), the first item of a list that a plan uses at two depths glued to its heading, a 专栏 box run
// on after a paragraph, a heading's colon followed by a space, and a body that opens with a quoted name.
import { describe, expect, it } from 'vitest';
import { splitRunOnLines } from '../src/parse/run-on-lines.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

const pieces = (text: string): string[] => splitRunOnLines(linesFromText(text)).map((l) => l.text);

function parseOne(text: string) {
  const doc = parseDocument(text, { file: 'flat.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
}

const LAID_OUT = [
  '某市推进新型工业化实施方案',
  '为加快推进新型工业化，制定本方案。',
  '一、指导思想',
  '坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念。',
  '二、基本原则',
  '坚持创新驱动。坚持绿色发展。',
  '三、发展目标',
  '到2027年，全市规上工业增加值年均增长6%以上。',
  '四、重点任务',
  '（一）推动产业链现代化。实施产业链链长制。',
  '（二）推进制造业数字化转型。建设智能工厂20个。',
  '五、保障措施',
  '（一）加强组织领导。',
];

describe('a frame chapter named by its standard name, run into its first sentence', () => {
  it('should end the heading after the name, on one line and when the page set the name in bold in the paragraph', () => {
    const doc = parseOne(LAID_OUT.join(''));
    expect(doc?.sections.filter((s) => s.depth === 1).map((s) => [s.title, s.role])).toEqual([
      ['指导思想', 'context'],
      ['基本原则', 'context'],
      ['发展目标', 'goals'],
      ['重点任务', 'tasks'],
      ['保障措施', 'tasks'],
    ]);
    expect(doc?.goals.map((g) => g.text)).toEqual(['到2027年，全市规上工业增加值年均增长6%以上。']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推动产业链现代化', '推进制造业数字化转型', '加强组织领导']);
  });

  it('should keep a verb phrase that opens with the words of a name whole (发展基础设施, 发展环境保护产业)', () => {
    const text = ['某市2025年重点工作', '一、重点任务', '（一）发展基础设施，推进5G网络建设和算力中心布局。', '（二）发展环境保护产业，培育节能环保龙头企业。'].join('\n');
    expect(parseOne(text)?.tasks.map((t) => t.title)).toEqual(['发展基础设施，推进5G网络建设和算力中心布局', '发展环境保护产业，培育节能环保龙头企业']);
    const flat = ['某市数字经济发展规划', '一、发展基础', '“十四五”以来，全市数字经济快速发展。', '二、主要任务', '（一）建设新型基础设施。加快建设算力中心。'].join('');
    expect(parseOne(flat)?.sections.find((s) => s.depth === 1)?.title).toBe('发展基础');
  });

  it('should keep a longer name whole (总体要求和主要目标, 工作目标任务) and a task named with those words', () => {
    const text = ['某县2025年工作方案', '一、总体要求和主要目标', '到2025年，全县粮食产量稳定在50万吨以上。', '二、工作目标任务', '（一）保障措施落实到位。完善保障机制。', '（二）加强督查。'].join('\n');
    const doc = parseOne(text);
    expect(doc?.sections.filter((s) => s.depth === 1).map((s) => s.title)).toEqual(['总体要求和主要目标', '工作目标任务']);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['保障措施落实到位', '加强督查']);
  });
});

describe('the first item of a list used at two depths, glued to its heading', () => {
  it('should cut 1. after a section heading when 1. first stood under a chapter', () => {
    const text = [
      '某区2025年教育工作要点',
      '一、落实立德树人根本任务',
      '1．加强思想政治教育。推进思政课一体化建设。',
      '2．深化课程改革。推进新课程新教材实施。',
      '二、推进教育优质均衡发展',
      '（一）扩大优质学前教育资源',
      '1．新建改扩建幼儿园5所。',
      '2．提高普惠性幼儿园覆盖率。',
      '（二）推进义务教育优质均衡',
      '1．实施集团化办学。',
      '2．推进“双减”工作。',
    ].join('');
    expect(pieces(text).filter((l) => /^（[一二]）/.test(l))).toEqual(['（一）扩大优质学前教育资源', '（二）推进义务教育优质均衡']);
    const doc = parseOne(text);
    expect(doc?.tasks.map((t) => [t.sectionPath.at(-1), t.title])).toEqual([
      ['落实立德树人根本任务', '加强思想政治教育'],
      ['落实立德树人根本任务', '深化课程改革'],
      ['扩大优质学前教育资源', '新建改扩建幼儿园5所'],
      ['扩大优质学前教育资源', '提高普惠性幼儿园覆盖率'],
      ['推进义务教育优质均衡', '实施集团化办学'],
      ['推进义务教育优质均衡', '推进“双减”工作'],
    ]);
  });

  it('should leave a 1. after a heading that has ended its sentence, and a number inside a heading', () => {
    expect(pieces('（一）推进城市更新。实施1.5级改造工程，完成改造面积1万平方米。')).toHaveLength(1);
  });
});

describe('a 专栏 box run on after a paragraph', () => {
  const laidOut = [
    '某市“十五五”交通运输发展规划',
    '一、主要任务',
    '（一）构建现代化综合交通网络。加快高速铁路建设，完善高速公路网。',
    '专栏1　综合交通网络重点工程',
    '1.铁路工程。建设城际铁路2条。',
    '2.公路工程。新改建高速公路100公里。',
    '（二）提升运输服务品质。推进旅客联程运输发展。',
    '二、保障措施',
    '（一）加强组织领导。',
  ];

  it.each([
    ['one line', ''],
    ['space-joined', ' '],
  ])('should read the box and its items apart from the tasks (%s)', (_, joint) => {
    const doc = parseOne(laidOut.join(joint));
    expect(doc?.tasks.map((t) => t.title)).toEqual(['构建现代化综合交通网络', '提升运输服务品质', '加强组织领导']);
    expect(doc?.sections.filter((s) => s.role === 'box').map((s) => s.title)).toEqual(['专栏1　综合交通网络重点工程', '铁路工程', '公路工程']);
  });

  it('should not cut a box run on inside the items of another box, whose end is not known there', () => {
    const line = '专栏8　环境治理重点工程（一）工业污染源达标排放。改造燃煤锅炉。（二）农村环境综合整治。整治建制村。专栏9　生态工程（一）国土绿化行动。开展植树增绿。';
    // Note: the caption opening the line is cut from the first item glued to it, as a box's first item after a sentence is.
    expect(pieces(line)).toEqual(['专栏8　环境治理重点工程', '（一）工业污染源达标排放。改造燃煤锅炉。', '（二）农村环境综合整治。整治建制村。专栏9　生态工程（一）国土绿化行动。开展植树增绿。']);
  });

  it('should leave 专栏 in a sentence where it is', () => {
    expect(pieces('（一）加强宣传。开设专栏3个，宣传典型经验。（二）强化考核。')).toEqual(['（一）加强宣传。开设专栏3个，宣传典型经验。', '（二）强化考核。']);
  });
});

describe('space-joined headings', () => {
  it('should end a heading at its colon when a space follows it', () => {
    const text = ['某县2025年文明城市创建工作方案', '一、工作目标：', '确保通过省级文明城市复评。', '二、工作任务：', '（一）提升城市环境：', '开展城乡环境综合整治，整治背街小巷30条。', '（二）提升公共服务：', '完善城市公共服务设施，新建公厕20座。'].join(' ');
    const doc = parseOne(text);
    expect(doc?.sections.filter((s) => s.depth === 1).map((s) => [s.title, s.role])).toEqual([
      ['工作目标', 'goals'],
      ['工作任务', 'tasks'],
    ]);
    expect(doc?.tasks.map((t) => [t.title, t.body])).toEqual([
      ['提升城市环境', '开展城乡环境综合整治，整治背街小巷30条。'],
      ['提升公共服务', '完善城市公共服务设施，新建公厕20座。'],
    ]);
  });

  it('should end a heading at the space before a body that opens with a quoted name', () => {
    const text = ['某市数字经济发展规划', '一、发展基础', '“十四五”以来，全市数字经济快速发展。', '二、主要任务', '（一）建设新型基础设施。加快建设算力中心。', '（二）培育数字产业。壮大数字核心产业。'].join(' ');
    const doc = parseOne(text);
    expect(doc?.sections.filter((s) => s.depth === 1).map((s) => [s.title, s.role])).toEqual([
      ['发展基础', 'context'],
      ['主要任务', 'tasks'],
    ]);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['建设新型基础设施', '培育数字产业']);
  });
});

describe('tab-joined headings', () => {
  // A page copied with a tab for each line break (a cell's text, an editor's paste; crafted probes d03, d06 of hB's eleventh
  // round): a heading ends at the tab before its body as at a space; it took the body into its title.
  it('should end a heading at the tab before its body', () => {
    const text = ['某市县域商业体系建设行动方案', '一、总体目标', '到2026年，全市建成县级物流配送中心5个、乡镇商贸中心30个。', '二、保障措施', '各县市区要建立工作推进机制，确保各项任务落到实处。'].join('\t');
    const doc = parseOne(text);
    // Note: the closing chapter over one paragraph is no task (see leaf-closing-chapters.test.ts); its heading is cut all the same.
    expect(doc?.sections.map((s) => [s.title, s.role])).toEqual([
      ['总体目标', 'goals'],
      ['保障措施', 'context'],
    ]);
    expect(doc?.goals.map((g) => g.text)).toEqual(['到2026年，全市建成县级物流配送中心5个、乡镇商贸中心30个。']);
    expect(doc?.tasks).toEqual([]);
  });
});

describe('items numbered (1) and articles in a flattened plan', () => {
  it('should cut (1) glued to a chapter heading and each next number after a full stop', () => {
    const text = [
      '某县2025年民政工作要点',
      '一、兜牢民生底线',
      '（1）完善社会救助体系。健全分层分类救助制度。',
      '（2）加强困难群众帮扶。开展低收入人口动态监测。',
      '二、发展养老服务',
      '（1）建设县级养老服务中心。',
      '（2）推进居家社区养老服务。',
    ].join('');
    const doc = parseOne(text);
    expect(doc?.tasks.map((t) => [t.sectionPath[0], t.label, t.title])).toEqual([
      ['兜牢民生底线', '（1）', '完善社会救助体系'],
      ['兜牢民生底线', '（2）', '加强困难群众帮扶'],
      ['发展养老服务', '（1）', '建设县级养老服务中心'],
      ['发展养老服务', '（2）', '推进居家社区养老服务'],
    ]);
  });

  it('should leave (1) that enumerates inside a sentence or an item where it is', () => {
    expect(pieces('（一）完善申报材料。申请时需提供：（1）有效身份证明；（2）购机发票。（二）加强审核。')).toEqual([
      '（一）完善申报材料。申请时需提供：（1）有效身份证明；（2）购机发票。',
      '（二）加强审核。',
    ]);
    expect(pieces('（一）加强组织保障。（1）成立领导小组。（2）建立工作专班。（二）强化考核。')).toEqual(['（一）加强组织保障。（1）成立领导小组。（2）建立工作专班。', '（二）强化考核。']);
  });

  it('should cut each article (第一条, 第二条) after a full stop', () => {
    const text = [
      '某市促进民营经济高质量发展若干措施',
      '为进一步促进民营经济高质量发展，制定以下措施。',
      '第一条 降低经营成本。落实减税降费政策。',
      '第二条 加大金融支持。设立民营企业纾困基金，规模10亿元。',
      '第三条 支持创新发展。对新认定的高新技术企业给予一次性奖励20万元。',
    ].join('');
    expect(pieces(text).map((l) => l.slice(0, 3))).toEqual(['某市促', '第一条', '第二条', '第三条']);
    expect(pieces('全市已建成第一条智能网联示范道路。第一条示范线长10公里。')).toHaveLength(1);
  });
});

describe('一、 glued to a 第X节 heading', () => {
  const laidOut = [
    '某省“十五五”生态环境保护规划',
    '“十四五”期间，全省生态环境质量持续改善。',
    '第三章 深入打好蓝天保卫战',
    '第一节 推进产业结构优化',
    '一、推动重点行业绿色转型。实施钢铁行业超低排放改造。',
    '二、加快淘汰落后产能。依法依规淘汰落后产能。',
    '第二节 推进能源结构优化',
    '一、严格控制煤炭消费。实施煤炭消费总量控制。',
    '二、大力发展清洁能源。新增光伏装机100万千瓦。',
  ];

  it.each([
    ['one line', ''],
    ['space-joined', ' '],
  ])('should cut the section heading before its first item (%s)', (_, joint) => {
    const doc = parseOne(laidOut.join(joint));
    expect(doc?.tasks.map((t) => [t.sectionPath.at(-1), t.label, t.title])).toEqual([
      ['推进产业结构优化', '一、', '推动重点行业绿色转型'],
      ['推进产业结构优化', '二、', '加快淘汰落后产能'],
      ['推进能源结构优化', '一、', '严格控制煤炭消费'],
      ['推进能源结构优化', '二、', '大力发展清洁能源'],
    ]);
  });

  it('should leave 一、 that ends a word of the heading (统一、) in it', () => {
    expect(pieces('第二节 推进标准统一、规范管理加快制定地方标准。')).toHaveLength(1);
    expect(pieces('第二节 打造全国重要的增长极之一、全面提升能级。')).toHaveLength(1);
  });
});


describe('items numbered ① and ⑴, flattened', () => {
  // Word's numbering sets ① or ⑴ before the items of a county's or a district's list (crafted probe d07 of hB's eleventh
  // round, 晋江 重点工作安排); flattened, they were lost into their chapter as ① and ⑴ were never cut. They open a list
  // only glued to a heading, then each next number after a full stop or a duty's bracket, as （1） does.
  const LAID_OUT = [
    '某市2024年乡村振兴重点工作安排',
    '一、稳定粮食生产',
    '①全年粮食播种面积稳定在10万亩以上。（责任单位：市农业农村局）',
    '②建设高标准农田5000亩。（责任单位：市农业农村局、市财政局）',
    '二、建设宜居宜业和美乡村',
    '⑴推进农村生活污水治理，治理率达到85%。（责任单位：市生态环境局）',
    '⑵完成农村户厕改造1200户。（责任单位：市农业农村局）',
  ];
  const tasks = (text: string): string[] => (parseOne(text)?.tasks ?? []).map((t) => `${t.sectionPath.join('>')}|${t.label}${t.title}`);

  it('should give the items of the laid-out plan on one line and with a space for each break', () => {
    const laidOut = tasks(LAID_OUT.join('\n'));
    expect(laidOut).toHaveLength(4);
    expect(tasks(LAID_OUT.join(''))).toEqual(laidOut);
    expect(tasks(LAID_OUT.join(' '))).toEqual(laidOut);
  });

  it('should leave ① that enumerates inside a sentence', () => {
    expect(pieces('（一）加强监测。重点监测①水质；②水量。（二）强化执法。')).toEqual(['（一）加强监测。重点监测①水质；②水量。', '（二）强化执法。']);
  });
});

describe('a box item numbered before a number and a Latin letter, flattened', () => {
  // 1.5G网络提升工程 opens a box's item as it opens a line (digital plans name their works so; crafted probe d12): the
  // decimal reading kept the box's first item in its caption and let the second out of the box as a task.
  it('should keep the box and its items apart from the tasks', () => {
    const text = [
      '某区数字经济发展规划',
      '一、主要任务',
      '（一）夯实数字基础设施',
      '1.建设新型网络设施。累计建成5G基站3000个。',
      '2.布局算力基础设施。建设智算中心1个。',
      '专栏1 数字基础设施重点工程',
      '1.5G网络提升工程。新建5G基站1000个。',
      '2.算力中心建设工程。建设智算中心。',
      '（二）壮大数字核心产业',
      '1.发展智能模具产业。打造模具产业数字化转型示范区。',
    ];
    const titles = (t: string): string[] => (parseOne(t)?.tasks ?? []).map((x) => x.title);
    expect(titles(text.join('\n'))).toEqual(['建设新型网络设施', '布局算力基础设施', '发展智能模具产业']);
    expect(titles(text.join(''))).toEqual(titles(text.join('\n')));
    expect(pieces('全区带宽提升到1.5G以上。')).toHaveLength(1);
  });
});

describe('a closing 附则 chapter run into its text', () => {
  // 若干措施 and 办法 close on a chapter 附则 whose text says when they apply (四、附则本措施自印发之日起施行…); flattened,
  // the name ran into that text and the chapter came out as a task titled with its first clause (crafted probe d22 长沙望城区
  // 若干措施 of hB's eleventh round; 附则 is the standard closing chapter of 办法, 细则 and 措施, as section roles already read it).
  const LINES = ['某区支持实体经济高质量发展若干措施', '一、降低企业要素成本', '1.降低用电成本。力争全年降低企业用电成本1000万元。', '2.降低物流成本。按物流费用的2%给予补贴。', '二、附则', '本措施自印发之日起施行，有效期三年。'];

  it.each([
    ['one line', ''],
    ['a space for each break', ' '],
    ['a tab for each break', '\t'],
  ])('should read 附则 as context, as laid out (%s)', (_, joint) => {
    const doc = parseOne(LINES.join(joint));
    expect(doc?.sections.map((s) => [s.title, s.role])).toEqual([
      ['降低企业要素成本', 'tasks'],
      ['附则', 'context'],
    ]);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['降低用电成本', '降低物流成本']);
  });
});
