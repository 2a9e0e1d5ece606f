// A plan's own attachment note (附件：1.… 2.…) after its last sentence or its last item's duty bracket, with no notice that
// names the attachments, flattened (crafted plans of a 镇 and a 区, parser reach, round 9, helper r9-structure): the note
// and its signature are no items of the last chapter.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function parseOne(text: string) {
  const doc = parseDocument(text, { file: 'notes.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
}

const TOWN = [
  '某镇2025年乡村振兴工作方案',
  '一、重点任务',
  '（一）发展特色产业',
  '1、做大小吃产业。新培育小吃示范店10家。（责任单位：镇农业服务中心）',
  '2、发展茶叶种植。新增茶园500亩。（责任单位：镇农业服务中心）',
  '二、工作要求',
  '各村要高度重视，确保各项任务落到实处。',
  '附件：1.某镇2025年乡村振兴重点项目表',
  '2.某镇2025年乡村振兴任务分解表',
  '某镇人民政府',
  '2025年3月1日',
];

const DISTRICT = [
  '某区2025年营商环境优化提升工作要点',
  '一、优化市场环境',
  '（一）规范涉企收费。开展涉企收费专项检查。（责任单位：区市场监管局）',
  '（二）加强信用体系建设。建立企业信用修复机制。（责任单位：区发改局）',
  '附件：1．某区2025年营商环境重点任务清单',
  '2．某区2025年营商环境重点项目表',
  '某区优化营商环境工作领导小组办公室',
  '2025年2月28日',
];

describe('a plan\'s own attachment note, flattened', () => {
  it('should end the last chapter before the note, after a sentence', () => {
    for (const sep of ['\n', '', ' ', '\t']) {
      const doc = parseOne(TOWN.join(sep));
      expect(doc?.tasks.map((t) => t.title)).toEqual(['做大小吃产业', '发展茶叶种植']);
    }
  });

  it('should end the last item before the note, after its duty bracket', () => {
    for (const sep of ['\n', '', ' ', '\t']) {
      const doc = parseOne(DISTRICT.join(sep));
      expect(doc?.tasks.map((t) => t.title)).toEqual(['规范涉企收费', '加强信用体系建设']);
      expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['区市场监管局'], ['区发改局']]);
    }
  });

  it('should leave the last item as it was when the note names no document', () => {
    const text = [...DISTRICT.slice(0, 4), '附件：相关材料另行印发', ...DISTRICT.slice(6)].join(' ');
    expect(parseOne(text)?.tasks.map((t) => t.title)).toEqual(['规范涉企收费', '加强信用体系建设']);
  });
});
