// Line ends other than \n and \r that a reader sees as line breaks: Word's manual line break (U+000B, Shift+Enter, as
// a copy of a Word document or Word's object model gives it) and Unicode's line and paragraph separators (U+2028,
// U+2029, which JSON strings and some pages' text keep). Read as characters, they ran a signature's name into its
// date, a title into the preamble and one item into the next; a plan set out with them gave no document at all, and
// GB18030 text holding U+000B was taken for no text. The parser now ends lines at all of them (and at a lone \r, an old
// Mac's line end); positions still count the lines an editor shows, ended by \n, \r\n and \r.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../src/source/decode-source.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes, quoted } from './helpers.js';

const PLAN = outdent`
  关于印发湄潭县2025年茶产业发展工作要点的通知
  湄府办发〔2025〕8号
  各镇（街道）人民政府，县直各部门：
  现将《湄潭县2025年茶产业发展工作要点》印发给你们，请抓好落实。
  湄潭县人民政府办公室
  2025年2月20日

  湄潭县2025年茶产业发展工作要点
  一、稳定茶园基础
  全县茶园面积稳定在60万亩以上，新建高标准茶园2万亩。
  二、重点工作
  1.提升茶叶加工水平。新增清洁化生产线20条。（牵头单位：县农业农村局）
  2.拓展茶叶销售市场。茶叶综合产值增长8%。（牵头单位：县商务局）
`;

describe('linesFromText', () => {
  it('should end a line at U+000B, U+2028 and U+2029 as at \\n, \\r\\n and \\r, keeping each line\'s offset', () => {
    expect(linesFromText('\ufeff甲\u000b乙\u2028丙\u2029丁\r\n戊').map((l) => [l.text, l.start])).toEqual([
      ['甲', 1],
      ['乙', 3],
      ['丙', 5],
      ['丁', 7],
      ['戊', 10],
    ]);
  });
});

describe('a plan with other line ends', () => {
  // Note: a Word document's soft line breaks in its head and between the items of one paragraph, and the same text with
  // every line end a line separator, as a JSON string of a page's text gives it.
  const soft = PLAN.replace('办公室\n2025年', '办公室\u000b2025年').replace('工作要点\n一、', '工作要点\u000b一、').replace(/）\n2\./, '）\u000b2.');
  for (const [form, text] of [
    ['soft line breaks (U+000B)', soft],
    ['line separators (U+2028)', PLAN.replace(/\n/g, '\u2028')],
    ['paragraph separators (U+2029)', PLAN.replace(/\n/g, '\u2029')],
  ] as const) {
    it(`should read its title, number, date, chapters, tasks and lead units with ${form}`, () => {
      const doc = parseDocument(text, { file: 'breaks.txt' }).documents[0];
      expect([doc?.title, doc?.docNumber, doc?.date, doc?.region, doc?.issuer]).toEqual(['湄潭县2025年茶产业发展工作要点', '湄府办发〔2025〕8号', '2025-02-20', '湄潭县', '湄潭县人民政府办公室']);
      expect(doc?.sections.map((s) => [s.label, s.title])).toEqual([['二、', '重点工作']]);
      expect(doc?.tasks.map((t) => [t.label, t.title])).toEqual([
        ['一、', '稳定茶园基础'],
        ['1.', '提升茶叶加工水平'],
        ['2.', '拓展茶叶销售市场'],
      ]);
      expect([...(doc?.targets ?? []), ...(doc?.indicators ?? [])].map((t) => [t.value, t.unit, t.quote])).toEqual(
        expect.arrayContaining([
          [20000, '亩', '新建高标准茶园2万亩'],
          [20, '条', '新增清洁化生产线20条'],
        ]),
      );
      expect(doc?.assignments.flatMap((a) => a.leadUnits)).toEqual(['县农业农村局', '县商务局']);
      if (doc) {
        expect(quoted(text, doc, 'date')).toBe('2025年2月20日');
        expectExactQuotes(text, doc);
      }
    });
  }

  it('should read a plan whose lines end in a lone \\r (an old Mac\'s text) as the same plan', () => {
    const text = PLAN.replace(/\n/g, '\r');
    const doc = parseDocument(text, { file: 'mac.txt' }).documents[0];
    const plain = parseDocument(PLAN, { file: 'mac.txt' }).documents[0];
    expect([doc?.title, doc?.date, doc?.tasks.length, doc?.assignments.flatMap((a) => a.leadUnits)]).toEqual([plain?.title, plain?.date, 3, ['县农业农村局', '县商务局']]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should read a title broken by a soft line break as one title, quoted across the break', () => {
    const text = PLAN.replace('湄潭县2025年茶产业发展工作要点\n一、', '湄潭县2025年茶产业\u000b发展工作要点\n一、');
    const doc = parseDocument(text, { file: 'wrapped.txt' }).documents[0];
    expect(doc?.title).toBe('湄潭县2025年茶产业发展工作要点');
    if (doc) expectExactQuotes(text, doc);
  });

  it('should count positions in the lines an editor shows: a line separator ends no line there', () => {
    const text = PLAN.replace(/\n/g, '\u2028');
    const doc = parseDocument(text, { file: 'separators.txt' }).documents[0];
    const date = doc?.provenance.date?.position;
    expect([date?.start.line, date?.start.offset]).toEqual([1, text.indexOf('2025年2月20日')]);
  });

  it('should end a Markdown file\'s line at a soft line break, so the items around it stay two', () => {
    const text = '# 某市2025年工作要点\n\n一、重点任务\n\n1.推进项目建设。（牵头单位：市发展改革委）\u000b2.优化营商环境。（牵头单位：市政务服务局）\n';
    const doc = parseDocument(text, { file: 'soft.md' }).documents[0];
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进项目建设', '优化营商环境']);
    expect(doc?.assignments.flatMap((a) => a.leadUnits)).toEqual(['市发展改革委', '市政务服务局']);
  });

  it('should decode a GBK file holding soft line breaks', () => {
    const bytes = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0x0b, 0xb6, 0xfe, 0xa1, 0xa2]);
    expect(decodeSource(bytes)).toEqual({ ok: true, text: '一、\u000b二、', encoding: 'gb18030' });
  });

  it('should still refuse GBK-looking bytes holding other control characters', () => {
    const bytes = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0x01, 0xb6, 0xfe, 0xa1, 0xa2]);
    expect(decodeSource(bytes)).toMatchObject({ ok: false, code: 'not-utf8' });
  });
});
