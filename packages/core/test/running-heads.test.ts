// Running heads (书眉) of printed plans, as PDF text and pdftotext keep them: the document's title or its chapter's,
// repeated at the top of each page right after the page number of the page before (or a form feed). They are no
// new document and no new chapter. General to every typeset 规划 and 方案.
import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from '../src/parse/page-furniture.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';

const TITLE = '某省“十五五”水安全保障规划';
const body = (brk: (n: number) => string): string =>
  [
    TITLE,
    '第一章 发展基础',
    '“十四五”期间，全省累计完成水利投资2860亿元。',
    brk(1),
    TITLE,
    '第二章 主要任务',
    '一、加快堤防建设。完成堤防加固300公里。（牵头单位：省水利厅）',
    '二、推进水库建设。新建中型水库5座。（牵头单位：省水利厅）',
    brk(2),
    TITLE,
    '第二章 主要任务',
    '三、保障城乡供水。农村自来水普及率达到95%。（牵头单位：省水利厅）',
    '第三章 保障措施',
    '一、加强组织领导。建立工作机制。',
    '',
  ].join('\n');

describe('running heads', () => {
  for (const [name, brk] of [
    ['page numbers', (n: number) => `— ${n} —`],
    ['gazette page numbers', (n: number) => `· ${n} ·`],
    ['form feeds', () => '\f'],
  ] as const) {
    it(`should read one plan, its chapters once, across ${name}`, () => {
      const result = parseDocument(body(brk), { file: 'heads.txt' });
      expect(result.documents).toHaveLength(1);
      const doc = result.documents[0];
      expect(doc?.title).toBe(TITLE);
      expect(doc?.sections.filter((s) => s.parentId === null).map((s) => s.title)).toEqual(['发展基础', '主要任务', '保障措施']);
      expect(doc?.tasks.map((t) => t.title)).toEqual(['加快堤防建设', '推进水库建设', '保障城乡供水', '加强组织领导']);
    });
  }

  it('should keep a repeated heading that follows no page break, and a repeated sentence or field after one', () => {
    const text = '加强组织领导\n第一项\n加强组织领导\n“十四五”期间成效明显。\n— 2 —\n“十四五”期间成效明显。\n责任单位：市水利局\n— 3 —\n责任单位：市水利局\n';
    const kept = dropPageFurniture(linesFromText(text)).map((l) => l.text);
    expect(kept.filter((t) => t === '加强组织领导')).toHaveLength(2);
    expect(kept.filter((t) => t === '“十四五”期间成效明显。')).toHaveLength(2);
    expect(kept.filter((t) => t === '责任单位：市水利局')).toHaveLength(2);
  });
});
