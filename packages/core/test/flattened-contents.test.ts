// A five-year plan whose line breaks were lost (a database cell or a crawl that joined its lines): its contents run
// into the body, and each 第X章 / 第X节 heading runs straight into its first sentence. The contents, which such plans
// print, say where each heading ends; after a full stop a chapter or section label opens its part even when an earlier
// one was not read (the first chapter is glued to the last contents entry).
import { describe, expect, it } from 'vitest';
import { splitRunOnLines } from '../src/parse/run-on-lines.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes, sliceAt } from './helpers.js';

const PARTS = [
  ['第一章', '发展基础', [['第一节', '主要成效', '全县数字经济规模达到120亿元。'], ['第二节', '面临形势', '数字化转型进入深水区。']]],
  ['第二章', '重点任务', [['第一节', '夯实数字基础设施', '新建5G基站800个以上。'], ['第二节', '推动产业数字化转型', '培育数字化车间30个。']]],
  ['第三章', '保障措施', [['第一节', '强化组织领导', '建立县级统筹推进机制。']]],
] as const;

const CONTENTS = PARTS.map(([c, t, ss]) => `${c}　${t}　${ss.map(([s, st]) => `${s}　${st}`).join('　')}`).join('');
const BODY = PARTS.map(([c, t, ss]) => `${c}　${t}${ss.map(([s, st, body]) => `${s}　${st}${body}`).join('')}`).join('');
const TITLE = '某某县“十四五”数字经济发展规划';
const FLAT = `${TITLE}目　　录${CONTENTS}${BODY}`;

const pieces = (text: string): string[] => splitRunOnLines(linesFromText(text)).map((l) => l.text);

describe('a five-year plan flattened to one line, with its contents', () => {
  it('should end each heading where the contents say, and leave the contents whole', () => {
    const lines = pieces(FLAT);
    expect(lines[0]).toBe(`${TITLE}目　　录${CONTENTS}`);
    expect(lines.slice(1)).toEqual([
      '第一章　发展基础',
      '第一节　主要成效',
      '全县数字经济规模达到120亿元。',
      '第二节　面临形势',
      '数字化转型进入深水区。',
      '第二章　重点任务',
      '第一节　夯实数字基础设施',
      '新建5G基站800个以上。',
      '第二节　推动产业数字化转型',
      '培育数字化车间30个。',
      '第三章　保障措施',
      '第一节　强化组织领导',
      '建立县级统筹推进机制。',
    ]);
  });

  it('should read the same chapters and tasks as the plan with its line breaks, with exact quotes', () => {
    const flat = parseDocument(FLAT, { file: 'flat.txt' }).documents[0];
    const contents = PARTS.flatMap(([c, t, ss]) => [`${c}　${t}`, ...ss.map(([s, st]) => `${s}　${st}`)]);
    const body = PARTS.flatMap(([c, t, ss]) => [`${c}　${t}`, ...ss.flatMap(([s, st, text]) => [`${s}　${st}`, text])]);
    const lined = parseDocument([TITLE, '目　　录', ...contents, ...body].join('\n'), { file: 'lined.txt' }).documents[0];
    expect(lined?.tasks.map((t) => t.title)).toEqual(['夯实数字基础设施', '推动产业数字化转型', '强化组织领导']);
    expect(flat?.sections.filter((s) => s.depth === 1).map((s) => s.title)).toEqual(['发展基础', '重点任务', '保障措施']);
    expect(flat?.tasks.map((t) => t.title)).toEqual(lined?.tasks.map((t) => t.title));
    expect(flat?.tasks.map((t) => t.title)).toContain('推动产业数字化转型');
    const target = flat?.targets.find((t) => t.value === 800);
    expect(target && sliceAt(FLAT, target.position)).toBe(target?.quote);
    if (flat) expectExactQuotes(FLAT, flat);
  });

  it('should open a chapter after a full stop even when the one before it was not read', () => {
    // No contents: the first chapter's label follows the title with no full stop, so only the later ones are cut.
    const text = '某某县数字经济发展规划第一章　发展基础全县数字经济持续增长。第二章　重点任务加快建设数字基础设施。第三章　保障措施强化组织领导。';
    expect(pieces(text)).toEqual(['某某县数字经济发展规划第一章　发展基础全县数字经济持续增长。', '第二章　重点任务加快建设数字基础设施。', '第三章　保障措施强化组织领导。']);
  });

  it('should not end a heading at a listed title that the text continues as a longer heading, or that a pause follows', () => {
    const titles = '目录第一章　总体要求　第二章　主要任务';
    // 主要任务 is listed, but here the line says 主要任务和措施 with a space after: a heading on a line of its own.
    expect(pieces(`${titles}。第二章　主要任务　和措施`).slice(1)).toEqual(['第二章　主要任务　和措施']);
    expect(pieces(`${titles}。第二章　主要任务，分述如下。`).slice(1)).toEqual(['第二章　主要任务，分述如下。']);
  });
});

describe('a contents list with leader dots and page numbers, flattened', () => {
  // A plan's contents printed with leaders and page numbers (一、发展基础与形势……1), flattened with a space or a tab for
  // each break: the next entry's label, and the body's first heading, follow the page number at once; the contents ran
  // into one task of the first entry (crafted probe d10 of hB's eleventh round; PDF and Word exports print contents so).
  const LAID_OUT = [
    '某某区“十五五”生态环境保护规划',
    '目  录',
    '一、发展基础与形势……………………………………1',
    '二、主要任务…………………………………………5',
    '（一）深入打好蓝天保卫战……………………………5',
    '（二）深入打好碧水保卫战……………………………11',
    '三、保障措施…………………………………………17',
    '一、发展基础与形势',
    '“十四五”期间，全区生态环境质量持续改善。',
    '二、主要任务',
    '（一）深入打好蓝天保卫战',
    '1.推进工业污染深度治理。完成燃煤锅炉超低排放改造5台。',
    '（二）深入打好碧水保卫战',
    '1.加强饮用水水源地保护。水源地水质达标率保持100%。',
    '三、保障措施',
    '（一）加强组织领导。区生态环境保护委员会统筹推进规划实施。',
  ];
  const outline = (text: string): string[] => {
    const doc = parseDocument(text, { file: 'contents.txt' }).documents[0];
    if (doc) expectExactQuotes(text, doc);
    return [...(doc?.sections ?? []).map((s) => `S ${s.title}`), ...(doc?.tasks ?? []).map((t) => `T ${t.title}`)];
  };

  it.each([
    ['a space', ' '],
    ['a tab', '\t'],
  ])('should drop each entry and read the body as laid out (%s for each break)', (_, joint) => {
    expect(outline(LAID_OUT.join(joint))).toEqual(outline(LAID_OUT.join('\n')));
    expect(outline(LAID_OUT.join('\n'))).toContain('T 推进工业污染深度治理');
  });

  it('should number the body from its own 一、, not on from the entries (a PDF copied with a space for each break)', () => {
    const text = [
      '一、现状与形势..........1',
      '二、总体思路..........2',
      '（一）指导思想..........2',
      '三、重点任务..........5',
      '（一）加快系统创新，增强融合发展新动能..........5',
      '四、保障措施..........13',
      '一、现状与形势 近十年来，我国智能制造发展取得长足进步。',
      '二、总体思路 （一）指导思想 以习近平新时代中国特色社会主义思想为指导。',
      '三、重点任务 （一）加快系统创新，增强融合发展新动能。 强化科技支撑引领作用。',
      '四、保障措施 （一）强化统筹协调。加强部门协同。',
    ].join(' ');
    // Note: the space after （一）'s sentence stands for the line break before its first paragraph (real 32 sets 强化科技支撑
    // 引领作用… on a line of its own), which a lead sentence after it is cut at on a page flattened so.
    expect(pieces(text).map((p) => p.trim().slice(0, 6))).toEqual(['一、现状与形', '二、总体思路', '（一）指导思', '三、重点任务', '（一）加快系', '强化科技支撑', '四、保障措施', '（一）强化统']);
  });

  it('should cut after a page number only before a label', () => {
    expect(pieces('一、发展基础……………1二、主要任务……………5')).toEqual([]);
    expect(pieces('到2025年，全区共完成改造项目…………12个，二、三产业比重稳步提升。')).toHaveLength(1);
  });
});
