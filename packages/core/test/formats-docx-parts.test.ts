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
