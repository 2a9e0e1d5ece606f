// A title set with letter spacing (a space between its characters) comes out of PDF text and centred page headings;
// general to typeset official documents, whose titles are spaced out to fill the line.
import { describe, expect, it } from 'vitest';
import { closeLetterSpacing, titleKind } from '../src/parse/metadata.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

describe('titles set with letter spacing', () => {
  it('should close the spaces between characters of a spaced-out title, and leave spaces between words', () => {
    expect(closeLetterSpacing('合 肥 市 2024 年 数 字 政 府 建 设 工 作 要 点')).toBe('合肥市2024年数字政府建设工作要点');
    expect(closeLetterSpacing('通　　知')).toBe('通　　知');
    expect(closeLetterSpacing('广州市黄埔区 广州开发区关于推进数字经济发展的若干措施')).toBe('广州市黄埔区 广州开发区关于推进数字经济发展的若干措施');
    expect(titleKind('合 肥 市 2024 年 数 字 政 府 建 设 工 作 要 点')).toBe('work-points');
  });

  it('should read the plan under a spaced-out title, on one line or wrapped over two, with its region from the title', () => {
    for (const title of ['合 肥 市 2024 年 数 字 政 府 建 设 工 作 要 点', '合 肥 市 2024 年 数 字 政 府\n建 设 工 作 要 点']) {
      const text = `${title}\n\n一、夯实数字基础设施\n1．优化电子政务外网。（责任单位：市数据资源局）\n2．建设城市算力中心。\n`;
      const doc = parseDocument(text, { file: 'spaced.txt' }).documents[0];
      expect([doc?.title, doc?.kind, doc?.region, doc?.year]).toEqual(['合肥市2024年数字政府建设工作要点', 'work-points', '合肥市', 2024]);
      expect(doc?.tasks.map((t) => t.title)).toEqual(['优化电子政务外网', '建设城市算力中心']);
    }
  });
});
