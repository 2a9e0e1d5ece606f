// A plan converted to Markdown and saved as .txt. Converters of Word files and pages (markitdown, pandoc, a clipper)
// mark a document's headings one way and nothing else: every heading a `#` line, or every heading a bold line. A .txt
// is read as Markdown only when it shows two kinds of syntax, so such a file was read as text: its title kept the `#`
// or `**`, its chapters were no labels, and a plan with bold headings gave no document at all.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown } from '../src/parse/from-markdown.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes, quoted } from './helpers.js';

const HEADINGS = outdent`
  # 遵义市2025年数字经济高质量发展行动方案

  为加快推进数字经济高质量发展，结合我市实际，制定本方案。

  ## 一、工作目标

  到2025年底，新建5G基站1200个；规模以上工业企业数字化转型覆盖率达到85%。

  ## 二、重点任务

  ### （一）夯实数字基础设施

  1.加快5G网络建设。推进5G网络向乡镇延伸。（牵头单位：市工业和信息化局）

  2.建设算力基础设施。新增标准机架2000个。（牵头单位：市发展改革委）

  ### （二）推动产业数字化转型

  3.发展智慧农业。建设数字农业示范基地15个。（牵头单位：市农业农村局）
`;

const BOLD = HEADINGS.replace(/^#{1,3} (.+)$/gm, '**$1**');

describe('Markdown saved as a .txt file', () => {
  it('should take headings on two lines, or bold lines on two lines, for Markdown', () => {
    expect(looksLikeMarkdown(HEADINGS)).toBe(true);
    expect(looksLikeMarkdown(BOLD)).toBe(true);
  });

  it('should take a text that opens with its title as a heading or a bold line for Markdown', () => {
    expect(looksLikeMarkdown('# 某市2025年工作要点\n\n一、总体要求\n推进建设。')).toBe(true);
    expect(looksLikeMarkdown('\ufeff**某市2025年工作要点**\n\n一、总体要求\n推进建设。')).toBe(true);
  });

  it('should not take one heading-like or bold line inside the text, or dashes alone, for Markdown', () => {
    expect(looksLikeMarkdown('某市2025年工作要点\n# 说明\n一、总体要求\n推进建设。')).toBe(false);
    expect(looksLikeMarkdown('某市2025年工作要点\n**一、总体要求**\n推进建设。\n二、主要任务')).toBe(false);
    expect(looksLikeMarkdown('推进建设。\n- 3 -\n完善机制。\n- 4 -\n')).toBe(false);
    expect(looksLikeMarkdown('#数字经济#\n#数字政府#\n推进建设。')).toBe(false);
  });

  for (const [form, text] of [
    ['# headings', HEADINGS],
    ['bold headings', BOLD],
  ] as const) {
    it(`should read a plan with ${form} in a .txt as it reads the same .md: title, chapters, tasks, targets, lead units`, () => {
      const asText = parseDocument(text, { file: 'plan.txt' }).documents;
      const asMarkdown = parseDocument(text, { file: 'plan.md' }).documents;
      expect(asText).toHaveLength(1);
      const doc = asText[0];
      expect(doc?.title).toBe('遵义市2025年数字经济高质量发展行动方案');
      expect(doc?.region).toBe('遵义市');
      expect(doc?.sections.map((s) => [s.label, s.title])).toEqual([
        ['一、', '工作目标'],
        ['二、', '重点任务'],
        ['（一）', '夯实数字基础设施'],
        ['（二）', '推动产业数字化转型'],
      ]);
      expect(doc?.tasks.map((t) => [t.label, t.title])).toEqual([
        ['1.', '加快5G网络建设'],
        ['2.', '建设算力基础设施'],
        ['3.', '发展智慧农业'],
      ]);
      expect(doc?.targets.map((t) => [t.value, t.unit, t.quote])).toEqual(
        expect.arrayContaining([
          [1200, '个', '新建5G基站1200个'],
          [85, '%', '规模以上工业企业数字化转型覆盖率达到85%'],
          [2000, '个', '新增标准机架2000个'],
        ]),
      );
      expect(doc?.assignments.flatMap((a) => a.leadUnits)).toEqual(['市工业和信息化局', '市发展改革委', '市农业农村局']);
      if (doc) {
        expect(quoted(text, doc, 'title')).toBe('遵义市2025年数字经济高质量发展行动方案');
        expectExactQuotes(text, doc);
      }
      expect(doc?.tasks).toEqual(asMarkdown[0]?.tasks);
    });
  }
});
