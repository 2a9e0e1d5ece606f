// Structure forms from crafted plans (parser reach, session 10, helper hB): the numbering systems and boxes real offices
// publish beyond 一、/（一）/1. and 专栏1: Roman numerals and Latin letters (Word's list styles, written out as text by the
// .docx reader; the Unicode Roman numerals Ⅰ、 of technical and sector bodies), and boxes in square brackets or without a
// number.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { recogniseLabel } from '../src/text/numbering.js';
import { expectExactQuotes } from './helpers.js';

function parseOne(text: string, file = 'plan.txt') {
  const doc = parseDocument(text, { file }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
}

describe('Roman numerals and Latin letters as labels', () => {
  it.each([
    ['Ⅰ、加强基础研究', 'roman', 'Ⅰ、', 1],
    ['Ⅻ．第十二项', 'roman', 'Ⅻ．', 12],
    ['I. 总体要求', 'roman', 'I.', 1],
    ['IV.保障措施', 'roman', 'IV.', 4],
    ['Ⅳ、保障措施', 'roman', 'Ⅳ、', 4],
    ['XIV.第十四项', 'roman', 'XIV.', 14],
    ['ii.第二项', 'roman', 'ii.', 2],
    ['A.完善数字基础设施', 'letter', 'A.', 1],
    ['Ｃ．全角字母', 'letter', 'Ｃ．', 3],
    ['（b）小项', 'letter-paren', '（b）', 2],
  ])('should read %s', (line, style, text, number) => {
    expect(recogniseLabel(line)).toMatchObject({ style, text, number });
  });

  it.each([['Ⅱ、Ⅲ类水体比例下降'], ['A、B两类企业'], ['D、元宇宙街区、全景直播'], ['I、大数据等技术'], ['C、金外滩国际广场'], ['A级景区5家'], ['IT.信息'], ['I am'], ['i.e.例如']])('should not take %s for a label', (line) => {
    expect(recogniseLabel(line)).toBeNull();
  });

  it('should read chapters numbered Ⅰ、 Ⅱ、 (Unicode Roman numerals) over their 1. items', () => {
    const text = outdent`
      某市2025年科技工作要点

      Ⅰ、加强基础研究
      1.建设重点实验室。新建省级重点实验室5家。
      2.支持自由探索研究。设立基础研究专项。
      Ⅱ、推进关键核心技术攻关
      1.实施重大科技专项。
      2.推进产学研协同创新。
      Ⅲ、优化创新生态
      1.深化科技体制改革。
    `;
    const doc = parseOne(text);
    expect(doc?.sections.filter((s) => s.depth === 1).map((s) => [s.label, s.title])).toEqual([
      ['Ⅰ、', '加强基础研究'],
      ['Ⅱ、', '推进关键核心技术攻关'],
      ['Ⅲ、', '优化创新生态'],
    ]);
    expect(doc?.tasks.map((t) => [t.sectionPath[0], t.label, t.title])).toEqual([
      ['加强基础研究', '1.', '建设重点实验室'],
      ['加强基础研究', '2.', '支持自由探索研究'],
      ['推进关键核心技术攻关', '1.', '实施重大科技专项'],
      ['推进关键核心技术攻关', '2.', '推进产学研协同创新'],
      ['优化创新生态', '1.', '深化科技体制改革'],
    ]);
  });

  it('should read I. II. chapters over A. B. tasks, as Word numbers them, with goals and measures', () => {
    const text = outdent`
      某市2025年智慧城市建设工作要点

      为深入推进智慧城市建设，制定本要点。

      I. 总体要求
      以数字化转型为牵引，全面提升城市治理能力。
      II. 重点任务
      A. 完善数字基础设施
      加快5G基站建设，全年新建基站1200个。
      B. 推进数据共享开放
      建设市级公共数据开放平台，开放数据集500个以上。
      （a）完善开放目录
      （b）提升开放质量
      C. 提升城市治理水平
      推进“一网统管”平台建设。
      III. 保障措施
      加强组织领导，落实工作责任。
    `;
    const doc = parseOne(text);
    expect(doc?.sections.filter((s) => s.depth === 1).map((s) => [s.label, s.title, s.role])).toEqual([
      ['I.', '总体要求', 'goals'],
      ['II.', '重点任务', 'tasks'],
    ]);
    expect(doc?.tasks.map((t) => [t.label, t.title])).toEqual([
      ['A.', '完善数字基础设施'],
      ['（a）', '完善开放目录'],
      ['（b）', '提升开放质量'],
      ['C.', '提升城市治理水平'],
      ['III.', '保障措施'],
    ]);
    expect(doc?.sections.find((s) => s.label === 'B.')?.title).toBe('推进数据共享开放');
  });

  it('should leave a line that opens with a class of water or two letters in its paragraph', () => {
    const text = outdent`
      某县2025年水生态环境保护工作要点

      一、改善水环境质量
      （一）提升断面水质。
      Ⅱ、Ⅲ类水体比例稳定在90%以上。
      （二）加强企业监管。
      A、B两类企业全部纳入在线监控。
    `;
    const doc = parseOne(text);
    expect(doc?.tasks.map((t) => [t.title, t.body])).toEqual([
      ['提升断面水质', 'Ⅱ、Ⅲ类水体比例稳定在90%以上。'],
      ['加强企业监管', 'A、B两类企业全部纳入在线监控。'],
    ]);
  });
});

describe('专栏 boxes in brackets or without a number', () => {
  it('should read 【专栏2】 as a box, its items no tasks', () => {
    const text = outdent`
      某市“十五五”交通运输发展规划

      一、主要任务
      （一）构建现代化综合交通网络。加快高速铁路建设，完善高速公路网。
      （二）提升运输服务品质。推进旅客联程运输发展。
      【专栏2】运输服务提升工程
      1.客运服务提升工程。
      2.货运物流提升工程。
      （三）推进交通绿色智慧发展。推广新能源车辆。
      二、保障措施
      （一）加强组织领导。
    `;
    const doc = parseOne(text);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['构建现代化综合交通网络', '提升运输服务品质', '推进交通绿色智慧发展', '加强组织领导']);
    expect(doc?.sections.filter((s) => s.role === 'box').map((s) => s.title)).toEqual(['【专栏2】运输服务提升工程', '客运服务提升工程', '货运物流提升工程']);
  });

  it('should read an unnumbered 专栏 caption as a box, and a sentence about boxes as none', () => {
    const text = outdent`
      某县“十五五”文化旅游发展规划

      一、主要任务
      （一）提升公共文化服务水平。完善县乡村三级公共文化设施网络。
      （二）推进全域旅游发展。打造精品旅游景区。
      专栏　文化旅游重点项目
      1.县图书馆新馆建设项目。
      2.古镇保护开发项目。
      （三）加强文化遗产保护。开展文物普查。
      专栏 所列项目以实际批复为准，实施中可动态调整。
      二、保障措施
      （一）加强组织领导。
    `;
    const doc = parseOne(text);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['提升公共文化服务水平', '推进全域旅游发展', '加强文化遗产保护', '加强组织领导']);
    expect(doc?.sections.filter((s) => s.role === 'box').map((s) => s.title)).toEqual(['专栏　文化旅游重点项目', '县图书馆新馆建设项目', '古镇保护开发项目']);
    expect(doc?.tasks[2]?.body).toContain('专栏 所列项目以实际批复为准');
  });
});

describe('ordinal-numbered sentences right under a chapter', () => {
  it('should read 第一，/第二， paragraphs of one sentence as items, as their siblings with bodies are', () => {
    const text = outdent`
      某区2025年司法行政工作要点

      一、推进法治政府建设
      第一，加强行政执法监督。全面推行行政执法“三项制度”。
      第二，推进公共法律服务体系建设。建设公共法律服务中心。
      二、加强队伍建设
      第一，加强思想政治建设。
      第二，加强业务能力建设。
      三、强化保障措施
      一是加强组织领导。
      二是强化经费保障。
    `;
    const doc = parseOne(text);
    expect(doc?.tasks.map((t) => [t.sectionPath[0], t.label, t.title, t.body])).toEqual([
      ['推进法治政府建设', '第一，', '加强行政执法监督', '全面推行行政执法“三项制度”。'],
      ['推进法治政府建设', '第二，', '推进公共法律服务体系建设', '建设公共法律服务中心。'],
      ['加强队伍建设', '第一，', '加强思想政治建设', ''],
      ['加强队伍建设', '第二，', '加强业务能力建设', ''],
      ['强化保障措施', '一是', '加强组织领导', ''],
      ['强化保障措施', '二是', '强化经费保障', ''],
    ]);
  });

  it('should leave 一是/二是 measures inside a task and a chapter of long sentences as they are', () => {
    const text = outdent`
      某县2025年就业工作要点

      一、重点任务
      （一）稳定和扩大就业岗位
      一是支持企业稳岗扩岗。
      二是开发公益性岗位。
      二、保障措施
      一是各乡镇、各部门要加强组织领导，把就业工作摆上重要议事日程，定期研究解决就业工作中的重大问题。
      二是县财政要加大就业资金投入，统筹用好各类就业补助资金，确保各项就业政策落实到位。
    `;
    const doc = parseOne(text);
    // Note: the closing chapter over its sentences is no task (see leaf-closing-chapters.test.ts).
    expect(doc?.tasks.map((t) => t.title)).toEqual(['稳定和扩大就业岗位']);
    expect(doc?.tasks[0]?.body).toBe('一是支持企业稳岗扩岗。\n二是开发公益性岗位。');
  });
});

