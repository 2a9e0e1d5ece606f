// A plan's table of contents with no page numbers (目录 / 第一章　… / 第一节　…, as web pages print a five-year plan's),
// flattened with a space or a tab for each line break (crafted plans of a province's 卫健委 and a city's 农业农村局, parser
// reach, round 9, helper r9-structure): the body's first chapter follows the contents' last entry after a space.
import { describe, expect, it } from 'vitest';
import { splitRunOnLines } from '../src/parse/run-on-lines.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

const pieces = (text: string): string[] => splitRunOnLines(linesFromText(text)).map((l) => l.text);

function parseOne(text: string) {
  const doc = parseDocument(text, { file: 'flat.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
}

const CHAPTERS = [
  '某省“十四五”卫生健康发展规划',
  '目　录',
  '第一章　发展基础与面临形势',
  '第二章　总体要求',
  '第三章　全面推进健康建设',
  '第一章　发展基础与面临形势',
  '第一节　发展基础',
  '“十三五”时期，全省卫生健康事业取得显著成效。',
  '第二章　总体要求',
  '第一节　指导思想',
  '坚持以人民健康为中心。',
  '第三章　全面推进健康建设',
  '第一节　构建强大公共卫生体系',
  '改革完善疾病预防控制体系。',
  '第二节　提升医疗服务水平',
  '推进区域医疗中心建设。',
];

const SECTIONS = [
  '某市“十四五”农业农村现代化规划',
  '目录',
  '第一章　规划背景',
  '第一节　发展基础',
  '第二章　提升粮食综合生产能力',
  '第一节　稳定粮食生产',
  '第二节　建设高标准农田',
  '第一章　规划背景',
  '第一节　发展基础',
  '“十三五”时期，全市粮食总产量稳定在350万吨以上。',
  '第二章　提升粮食综合生产能力',
  '第一节　稳定粮食生产',
  '严格落实粮食安全党政同责，稳定粮食播种面积。',
  '第二节　建设高标准农田',
  '新建高标准农田100万亩。',
];

describe('a contents list with no page numbers, each line break a space or a tab', () => {
  it('should start the body at its first chapter, after a contents list of chapters', () => {
    for (const sep of [' ', '\t']) {
      const doc = parseOne(CHAPTERS.join(sep));
      expect(doc?.sections.map((s) => [s.depth, s.title, s.role])).toEqual([
        [1, '发展基础与面临形势', 'context'],
        [2, '发展基础', 'context'],
        [1, '总体要求', 'goals'],
        [2, '指导思想', 'context'],
        [1, '全面推进健康建设', 'tasks'],
      ]);
      expect(doc?.tasks.map((t) => t.title)).toEqual(['构建强大公共卫生体系', '提升医疗服务水平']);
    }
  });

  it('should start it so after a contents list of chapters and sections', () => {
    for (const sep of [' ', '\t']) {
      const doc = parseOne(SECTIONS.join(sep));
      expect(doc?.sections.map((s) => [s.depth, s.title])).toEqual([
        [1, '规划背景'],
        [2, '发展基础'],
        [1, '提升粮食综合生产能力'],
      ]);
      expect(doc?.tasks.map((t) => t.title)).toEqual(['稳定粮食生产', '建设高标准农田']);
    }
  });

  it('should keep the contents entries together, and a heading with no contents before it as it was', () => {
    expect(pieces(CHAPTERS.slice(0, 8).join(' '))[0]).toBe('某省“十四五”卫生健康发展规划 目　录 第一章　发展基础与面临形势 第二章　总体要求 第三章　全面推进健康建设 ');
    expect(pieces('第一章　发展基础 第一节　发展成就 全市粮食总产量稳定。')).toEqual(['第一章　发展基础 ', '第一节　发展成就 全市粮食总产量稳定。']);
  });
});
