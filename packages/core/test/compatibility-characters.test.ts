// Text taken from a PDF by another tool (pdftotext, a viewer's copy) prints common characters as Kangxi radicals
// (⼀⼆⼈⼯⽅⾏⽇⽉ for 一二人工方行日月) or as radical forms (⻔ for 门) when the PDF's font maps them so. The converters
// read them as the ideographs they stand for (formats/normalize.ts), but a .txt reached the parser as it was: ⼀、 was no
// label, ⽅案 no kind of plan, 3⽉18⽇ no date, and a plan so printed gave no document at all. The parser now reads them as
// their ideographs; the values it derives hold the ideographs, its quotes the source's own characters.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { readCompatibilityForms } from '../src/text/compatibility-forms.js';
import { expectExactQuotes, sliceAt } from './helpers.js';

const PLAN = outdent`
  遵义市人民政府办公室关于印发遵义市2025年数字经济高质量发展行动方案的通知
  遵府办发〔2025〕12号
  各县（市、区）人民政府，市政府各部门：
  现将《遵义市2025年数字经济高质量发展行动方案》印发给你们，请认真贯彻执行。
  遵义市人民政府办公室
  2025年3月18日
  遵义市2025年数字经济高质量发展行动方案
  一、工作目标
  到2025年底，新建5G基站1200个，规模以上工业企业数字化转型覆盖率达到85%。
  二、重点任务
  1.加快5G网络建设。推进5G网络向乡镇延伸。（牵头单位：市工业和信息化局）
  2.发展智慧农业。建设数字农业示范基地15个。（牵头单位：市农业农村局）
`;

// Note: the radicals a PDF's font commonly maps characters to; U+2ED4 is in the CJK Radicals Supplement, which NFKC leaves.
const RADICALS: Record<string, string> = { 一: '\u2f00', 二: '\u2f06', 人: '\u2f08', 工: '\u2f2f', 方: '\u2f45', 日: '\u2f47', 月: '\u2f49', 行: '\u2f8f', 高: '\u2fbc', 门: '\u2ed4' };
const PRINTED = [...PLAN].map((c) => RADICALS[c] ?? c).join('');

describe('readCompatibilityForms', () => {
  it('should read Kangxi radicals, radical forms and compatibility ideographs as the ideographs they stand for, one for one', () => {
    expect(readCompatibilityForms('⼀、⼯作⽬标；各部⻔；3⽉18⽇；（⼀）１')).toBe('一、工作目标；各部门；3月18日；（一）１');
    expect(readCompatibilityForms('\uf900\ufa0e')).toBe('豈\ufa0e');
  });

  it('should leave a text without them as it is, and a character whose ideograph takes two code units', () => {
    const plain = '一、工作目标（一）１';
    expect(readCompatibilityForms(plain)).toBe(plain);
    expect(readCompatibilityForms('\ufa6c')).toBe('\ufa6c');
    expect(readCompatibilityForms('\u2e87')).toBe('\u2e87');
  });
});

describe('a plan taken from a PDF with common characters printed as radicals', () => {
  it('should read its title, number, date, region, chapters, tasks, targets and lead units as from the plain text', () => {
    expect(PRINTED).not.toBe(PLAN);
    const doc = parseDocument(PRINTED, { file: 'radicals.txt' }).documents[0];
    const plain = parseDocument(PLAN, { file: 'radicals.txt' }).documents[0];
    expect([doc?.title, doc?.region, doc?.date, doc?.docNumber, doc?.issuer]).toEqual([
      '遵义市2025年数字经济高质量发展行动方案',
      '遵义市',
      '2025-03-18',
      '遵府办发〔2025〕12号',
      '遵义市人民政府办公室',
    ]);
    // Note: a section's or task's title is a quote: the source's own characters, which the facts compare as NFKC does.
    expect(doc?.sections.map((s) => [s.label, s.title.normalize('NFKC')])).toEqual([
      ['⼀、', '工作目标'],
      ['⼆、', '重点任务'],
    ]);
    expect(doc?.tasks.map((t) => [t.label, t.title])).toEqual([
      ['1.', '加快5G网络建设'],
      ['2.', '发展智慧农业'],
    ]);
    expect(doc?.targets.map((t) => [t.value, t.unit, t.quote])).toEqual(
      expect.arrayContaining([
        [1200, '个', '新建5G基站1200个'],
        [85, '%', '规模以上⼯业企业数字化转型覆盖率达到85%'],
        [15, '个', '建设数字农业示范基地15个'],
      ]),
    );
    expect(doc?.assignments.flatMap((a) => a.leadUnits)).toEqual(['市⼯业和信息化局', '市农业农村局']);
    // The same items at the same positions as the plain text (a radical is one code unit, as its ideograph is).
    const where = (d: typeof doc) => [d?.sections.map((s) => s.titlePosition), d?.tasks.map((t) => t.position), d?.targets.map((t) => t.position), d?.assignments.map((a) => a.leadPosition)];
    expect(where(doc)).toEqual(where(plain));
    if (doc) {
      // Every quote is the source's own text at its position, radicals and all.
      expectExactQuotes(PRINTED, doc);
      expect(doc.sections[0]?.title).toBe('⼯作目标');
      expect(sliceAt(PRINTED, doc.sections[0]?.titlePosition ?? doc.source.position)).toBe('⼯作目标');
      expect(doc.provenance.date?.quote).toBe('2025年3⽉18⽇');
    }
  });
});
