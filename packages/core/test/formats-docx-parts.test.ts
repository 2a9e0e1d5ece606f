// Parts of a Word file that are not its running text: footnotes and endnotes, set apart from the text by Word (at the
// foot of a page, at the document's end), as headers and footers are.
import { describe, expect, it } from 'vitest';
import { convertSource } from '../src/formats/convert.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';
import { makeDocx, wordParagraph as p } from './helpers-formats.js';

const noteRef = (kind: 'footnote' | 'endnote', id: number): string =>
  `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:${kind}Reference w:id="${id}"/></w:r>`;
const note = (kind: 'footnote' | 'endnote', id: number, text: string): string => `<w:${kind} w:id="${id}"><w:p><w:r><w:${kind}Ref/></w:r><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:${kind}>`;

describe('a Word file with footnotes and endnotes', () => {
  const body = [
    p('某州“十四五”医疗保障发展规划'),
    p('一、发展目标'),
    `<w:p><w:r><w:t>到2025年，基本医疗保险参保率稳定在95%</w:t></w:r>${noteRef('footnote', 1)}<w:r><w:t>以上，DRG付费</w:t></w:r>${noteRef('endnote', 1)}<w:r><w:t>覆盖全部医疗机构。</w:t></w:r></w:p>`,
    p('二、主要任务'),
    p('（一）推进全民参保。落实参保资助政策，实现应保尽保。（牵头单位：州医保局）'),
    p('（二）深化支付方式改革。推进按病组付费改革。（牵头单位：州医保局；配合单位：州卫生健康局）'),
    p('某州医疗保障局'),
    p('2024年2月26日'),
  ].join('');
  const docx = makeDocx(body, { footnotes: note('footnote', 1, '参保率：参加基本医疗保险的人数占应参保人数的比例。'), endnotes: note('endnote', 1, 'DRG：疾病诊断相关分组。') });

  it('should leave the notes and their marks out of the text', async () => {
    const converted = await convertSource(docx, 'docx');
    expect(converted.text).toContain('参保率稳定在95%以上，DRG付费覆盖全部医疗机构。');
    expect(converted.text).not.toContain('疾病诊断相关分组');
    expect(converted.text).not.toContain('参加基本医疗保险的人数');
    expect(converted.text.trimEnd().split('\n').at(-1)).toBe('2024年2月26日');
  });

  it('should read the signature and date that end the plan, and its target, with exact quotes', async () => {
    const converted = await convertSource(docx, 'docx');
    const result = parseDocument(converted.text, { format: 'text' });
    const plan = result.documents[0];
    expect(plan?.issuer).toBe('某州医疗保障局');
    expect(plan?.date).toBe('2024-02-26');
    expect(result.issues.filter((i) => i.code === 'truncated')).toEqual([]);
    expect(plan?.targets.find((t) => t.value === 95)?.unit).toBe('%');
    if (plan) expectExactQuotes(converted.text, plan);
  });

  it('should keep a superscript that is no note mark, and brackets typed in the text', async () => {
    const converted = await convertSource(makeDocx(p('（一）建设调蓄池。新增库容5万立方米[注]。') + '<w:p><w:r><w:t>新增容积3万m</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>3</w:t></w:r><w:r><w:t>。</w:t></w:r></w:p>'), 'docx');
    expect(converted.text).toContain('新增库容5万立方米[注]。');
    expect(converted.text).toContain('新增容积3万m3。');
  });
});

// A field's result is what Word shows: a signature's date a DATE field writes, a document number a template fills in.
describe('a Word file with fields', () => {
  const simple = (instr: string, result: string): string => `<w:p><w:fldSimple w:instr="${instr}"><w:r><w:t>${result}</w:t></w:r></w:fldSimple></w:p>`;
  const plan = [
    p('某县卫生健康局关于印发某县2025年卫生健康工作要点的通知'),
    simple(' MERGEFIELD 文号 ', '某卫发〔2025〕3号'),
    p('各乡镇卫生院：现将《某县2025年卫生健康工作要点》印发给你们，请认真贯彻落实。'),
    p('某县卫生健康局'),
    simple(' DATE \\@ &quot;yyyy年M月d日&quot; ', '2025年3月5日'),
    p('某县2025年卫生健康工作要点'),
    p('一、提升医疗服务能力'),
    p('（一）加强临床专科建设。建设县级重点专科3个。（牵头单位：医政股）'),
    p('（二）改善就医感受。推广检查检验结果互认。（牵头单位：医政股）'),
  ].join('');

  it('should keep the text of a simple field, in its paragraph', async () => {
    const converted = await convertSource(makeDocx(plan), 'docx');
    const lines = converted.text.split('\n');
    expect(lines).toContain('某卫发〔2025〕3号');
    expect(lines).toContain('2025年3月5日');
    const at = converted.text.indexOf('2025年3月5日');
    expect(converted.origins?.find((o) => o.offset === at)?.paragraph).toBe(5);
    const result = parseDocument(converted.text, { format: 'text' });
    const work = result.documents.find((d) => d.tasks.length > 0);
    expect(work?.date).toBe('2025-03-05');
    expect(work?.docNumber).toBe('某卫发〔2025〕3号');
  });

  it('should give a complex field’s result once, and nothing for a simple field with no result', async () => {
    const complex = '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2025年3月5日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    const converted = await convertSource(makeDocx(p('某县卫生健康局') + complex + '<w:p><w:fldSimple w:instr=" PAGE "/></w:p>' + simple(' DOCPROPERTY Title ', '某县2025年卫生健康工作要点')), 'docx');
    expect(converted.text).toBe('某县卫生健康局\n2025年3月5日\n\n某县2025年卫生健康工作要点\n');
  });
});
