// A five-year plan's outline (纲要) in parts (第一篇), chapters and sections, flattened to one line: the title runs into
// the first part (…规划纲要第一篇　总体战略第一章…), and each later part follows the last sentence of the part before
// (…突破2000亿元。第二篇　做强…). The first part was not read as the text's first division, so the plan had no title and
// most of its outline; a part after a full stop was not cut as a chapter or a section is. Crafted probes of hB's
// twelfth round: 六盘水市 and 仁怀市 十五五 纲要.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const LINES = [
  '某市国民经济和社会发展第十五个五年规划纲要',
  '第一篇　总体战略',
  '第一章　发展基础',
  '“十四五”时期，全市经济总量迈上新台阶，地区生产总值突破1500亿元。',
  '第二章　主要目标',
  '到2030年，全市地区生产总值达到2200亿元。',
  '第二篇　构建现代化产业体系',
  '第三章　提升产业集群能级',
  '加快建设产业基地核心区，产业产值达到2000亿元。',
  '第三篇　推进城乡融合',
  '第四章　建设宜居宜业和美乡村',
  '新建和美乡村示范点50个。',
];

describe('a flattened outline in parts', () => {
  for (const join of ['', ' ']) {
    it(`should keep the title and every part, joined by ${JSON.stringify(join)}`, () => {
      const text = LINES.join(join);
      const doc = parseDocument(text).documents[0]!;
      expect(doc.title).toBe('某市国民经济和社会发展第十五个五年规划纲要');
      expect(doc.sections.filter((s) => s.label?.endsWith('篇')).map((s) => s.title)).toEqual(['总体战略', '构建现代化产业体系', '推进城乡融合']);
      expect(doc.tasks.map((t) => t.label)).toEqual(['第三章', '第四章']);
      expect(doc.tasks.map((t) => t.sectionPath[0])).toEqual(['构建现代化产业体系', '推进城乡融合']);
      expectExactQuotes(text, doc);
    });
  }
});
