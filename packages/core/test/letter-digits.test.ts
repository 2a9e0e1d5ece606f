// OCR of a scanned document, and text some PDFs give, read digits as the letters they look like: O or o for 0, l or I
// for 1 (2O25年, 1OO%, 4O万亩), and a dash for 一 (-、总体目标, 第-章). The year was no year (the date, the number and
// the year of a notice were lost, its title ran into the date), the figures were no figures and the heading no heading.
// They are read as the digits where nothing else can be meant; the values hold the digits, the quotes the source.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { findLetterDigits, readLetterDigits } from '../src/text/letter-digits.js';
import { expectExactQuotes, quoted } from './helpers.js';

const read = (text: string): string => readLetterDigits(text, findLetterDigits(text));

describe('readLetterDigits', () => {
  it('should read O, o, l and I inside a run of digits as 0 and 1, one for one', () => {
    expect(read('到2O25年底，4O万亩，1OO%，2OOO户，2Ol9年，2O2l年，第1I条')).toBe('到2025年底，40万亩，100%，2000户，2019年，2021年，第11条');
    expect(read('２Ｏ２５年、2〇25年')).toBe('２０２５年、2025年');
  });

  it('should read a dash as 一 in a heading number: -、 at a line start, （-）, 第-章', () => {
    expect(read('-、总体目标\n（-）加强领导\n  —、重点任务\n第-章 总则\n第－节')).toBe('一、总体目标\n（一）加强领导\n  一、重点任务\n第一章 总则\n第一节');
  });

  it('should read = as 二 and a lower-case l as 1 in a heading\'s or an item\'s number', () => {
    expect(read('=、严格过程监管\n（=）加强\n第=章 目标\nl.加强监管\n  l、推进')).toBe('二、严格过程监管\n（二）加强\n第二章 目标\n1.加强监管\n  1、推进');
    const text = 'a=、b\nx = 1、y\nl. Smith\nhtml、css\n推进l.x';
    expect(read(text)).toBe(text);
  });

  it('should leave codes, units and names that mix letters and digits, and other dashes, as written', () => {
    const text = 'H2O、CO2、O2O、5G、B2B、500ml、IPv6、P2P、GB2O25、3D、1O0Mbps、O型、10个，2-3年，A-、，—— 3 ——，二〇二五年';
    expect(findLetterDigits(text)).toEqual([]);
    expect(read(text)).toBe(text);
  });
});

const SCANNED = outdent`
  关于印发《凤台县2O25年农村人居环境整治提升实施方案》的通知
  凤政办发〔2O25〕9号
  各乡镇人民政府，县直各部门：
  现将《凤台县2O25年农村人居环境整治提升实施方案》印发给你们，请认真贯彻落实。
  凤台县人民政府办公室
  2O25年4月1O日
  凤台县2O25年农村人居环境整治提升实施方案
  -、工作目标
  到2O25年底，农村生活垃圾无害化处理率达到1OO%，农村生活污水治理率达到4O%以上。
  二、重点任务
  （-）推进农村改厕。完成农村户厕改造2OOO户。（牵头单位：县农业农村局）
  （二）整治村容村貌。清理村内沟塘5OO处，2O25年9月底前完成。（牵头单位：县住房城乡建设局）
`;

describe('a scanned notice with letters read for digits', () => {
  const doc = parseDocument(SCANNED, { file: 'scanned.txt' }).documents[0];

  it('should read its title, number, date and year with the digits, quoting the source', () => {
    expect([doc?.title, doc?.docNumber, doc?.date, doc?.year, doc?.region]).toEqual(['凤台县2025年农村人居环境整治提升实施方案', '凤政办发〔2025〕9号', '2025-04-10', 2025, '凤台县']);
    if (doc) {
      expect(quoted(SCANNED, doc, 'date')).toBe('2O25年4月1O日');
      expectExactQuotes(SCANNED, doc);
    }
  });

  it('should read its chapters and tasks, the heading numbered with a dash among them (its label quoted as written)', () => {
    expect(doc?.sections.map((s) => [s.label, s.title])).toEqual([
      ['-、', '工作目标'],
      ['二、', '重点任务'],
    ]);
    expect(doc?.tasks.map((t) => [t.label, t.title])).toEqual([
      ['（-）', '推进农村改厕'],
      ['（二）', '整治村容村貌'],
    ]);
  });

  it('should read its targets with the digits, and the deadline', () => {
    expect([...(doc?.targets ?? []), ...(doc?.indicators ?? [])].map((t) => [t.value, t.unit, t.quote])).toEqual(
      expect.arrayContaining([
        [100, '%', '农村生活垃圾无害化处理率达到1OO%'],
        [40, '%', '农村生活污水治理率达到4O%以上'],
        [2000, '户', '完成农村户厕改造2OOO户'],
      ]),
    );
    expect(doc?.assignments.map((a) => [a.leadUnits, a.due])).toEqual([
      [['县农业农村局'], null],
      [['县住房城乡建设局'], '2025-09-30'],
    ]);
  });

  it('should say where it read letters as digits, for the reader to check', () => {
    const notes = parseDocument(SCANNED, { file: 'scanned.txt' }).issues.filter((i) => i.code === 'garbled-text');
    expect(notes.map((i) => (i.position ? SCANNED.slice(i.position.start.offset, i.position.end.offset) : ''))).toEqual(
      expect.arrayContaining(['2O25', '1O', '1OO', '2OOO']),
    );
    expect(notes[0]?.message).toBe('「2O25」 holds letters that OCR or a conversion read for digits (O for 0, l for 1); it is read as 2025.');
  });
});

describe('a plan whose codes mix letters and digits', () => {
  it('should read them as written, and warn of nothing', () => {
    const text = outdent`
      某市2025年数字经济工作要点
      一、重点任务
      1.推进O2O服务。建设5G基站3OO个。（牵头单位：市工业和信息化局）
      2.治理水环境。推进H2O监测，CO2排放强度下降5%。（牵头单位：市生态环境局）
    `;
    const result = parseDocument(text, { file: 'codes.txt' });
    const doc = result.documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进O2O服务', '治理水环境']);
    expect(result.issues.filter((i) => i.code === 'garbled-text').map((i) => i.message)).toEqual([
      '「3OO」 holds letters that OCR or a conversion read for digits (O for 0, l for 1); it is read as 300.',
    ]);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('a plan whose OCR read 二 as = and 1 as l in its numbers', () => {
  it('should read every chapter and item, the labels quoted as written', () => {
    const text = outdent`
      安顺市西秀区2025年食品安全工作要点
      -、强化源头治理
      l.加强农产品质量安全监管。农产品抽检合格率稳定在98%以上。（牵头单位：区农业农村局）
      2.推进化肥农药减量。化肥使用量同比减少3%。（牵头单位：区农业农村局）
      =、严格过程监管
      3.开展校园食品安全专项整治。学校食堂“明厨亮灶”覆盖率达到100%。（牵头单位：区市场监管局、区教育局）
    `;
    const doc = parseDocument(text, { file: 'ocr-labels.txt' }).documents[0];
    expect(doc?.sections.map((s) => [s.label, s.title])).toEqual([
      ['-、', '强化源头治理'],
      ['=、', '严格过程监管'],
    ]);
    expect(doc?.tasks.map((t) => [t.label, t.title])).toEqual([
      ['l.', '加强农产品质量安全监管'],
      ['2.', '推进化肥农药减量'],
      ['3.', '开展校园食品安全专项整治'],
    ]);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['区农业农村局'], ['区农业农村局'], ['区市场监管局', '区教育局']]);
    if (doc) expectExactQuotes(text, doc);
  });
});
