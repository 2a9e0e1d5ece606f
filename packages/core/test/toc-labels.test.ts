// A table of contents of numbered headings without page numbers (目录 / 一、发展基础 / 二、总体要求 …), as plans copied
// from a web page or a Word file keep it: it is no content, and its headings are not the plan's chapters twice.
import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from '../src/parse/page-furniture.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';

const BODY = '一、发展基础与形势\n　　“十四五”期间，全州累计完成水利投资320亿元。\n\n二、主要任务\n　　（一）构建水资源配置体系。新建中型水库5座。\n　　（二）加强河湖保护治理。水质稳定保持Ⅱ类。\n\n三、保障措施\n　　（一）加强组织领导。建立工作机制。\n';

describe('a table of contents of numbered headings', () => {
  it('should drop the contents, sub-entries too, up to the body’s first heading, whatever its title says', () => {
    const text = `某州“十五五”水利发展规划\n目　录\n一、发展基础\n二、主要任务\n（一）构建水资源配置体系\n（二）加强河湖保护治理\n三、保障措施\n\n${BODY}`;
    const kept = dropPageFurniture(linesFromText(text)).map((l) => l.text.trim());
    expect(kept.slice(0, 3)).toEqual(['某州“十五五”水利发展规划', '', '一、发展基础与形势']);
    const doc = parseDocument(text, { file: 'toc.txt' }).documents[0];
    expect(doc?.sections.filter((s) => s.parentId === null).map((s) => s.title)).toEqual(['发展基础与形势', '主要任务', '保障措施']);
  });

  it('should keep a 目录 line over fewer than two entries, and text that is no list', () => {
    const text = `某州水利发展规划\n目录\n一、发展基础\n\n${BODY}`;
    expect(dropPageFurniture(linesFromText(text)).map((l) => l.text.trim())).toContain('一、发展基础');
  });
});
