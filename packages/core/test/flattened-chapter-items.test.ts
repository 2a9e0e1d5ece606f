// Items numbered (1) or ① right under a chapter's heading that ends with its full stop (一、健全社会救助体系。), when the
// plan's line breaks were lost (crafted plans of a 民政局 and a 镇, parser reach, round 9, helper r9-structure).
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

const RELIEF = [
  '某市民政局2025年社会救助工作要点',
  '一、健全社会救助体系。',
  '（1）完善低收入人口动态监测。全面推进低收入人口认定。',
  '（2）加强急难临时救助。推行“先行救助”。',
  '二、提升救助服务效能。',
  '（1）推进“一门受理、协同办理”。实现“一网通办”。',
  '（2）规范资金使用管理。',
];

const TOWN = [
  '某镇2025年农业农村工作要点',
  '2025年，全镇重点抓好以下工作。',
  '一、稳定粮食和重要农产品供给。',
  '①落实粮食播种面积。全年粮食播种面积稳定在3.2万亩以上。',
  '②抓好生猪稳产保供。生猪出栏稳定在2万头。',
  '二、推进乡村产业发展。',
  '①壮大特色产业。新发展茶叶种植基地500亩。',
  '②发展乡村旅游。打造乡村旅游精品线路2条。',
];

describe('(1) and ① right after a chapter heading with its full stop, flattened', () => {
  it('should read the items under each chapter on one line, with spaces and with tabs', () => {
    for (const sep of ['', ' ', '\t']) {
      const doc = parseOne(RELIEF.join(sep));
      expect(doc?.sections.map((s) => s.title)).toEqual(['健全社会救助体系', '提升救助服务效能']);
      expect(doc?.tasks.map((t) => t.title)).toEqual(['完善低收入人口动态监测', '加强急难临时救助', '推进“一门受理、协同办理”', '规范资金使用管理']);
    }
  });

  it('should read circled numbers so, whatever the separator', () => {
    for (const sep of ['', ' ', '\t']) {
      const doc = parseOne(TOWN.join(sep));
      expect(doc?.tasks.map((t) => [t.label, t.title, t.sectionPath.join('>')])).toEqual([
        ['①', '落实粮食播种面积', '稳定粮食和重要农产品供给'],
        ['②', '抓好生猪稳产保供', '稳定粮食和重要农产品供给'],
        ['①', '壮大特色产业', '推进乡村产业发展'],
        ['②', '发展乡村旅游', '推进乡村产业发展'],
      ]);
    }
  });

  it('should leave (1) inside a paragraph: after a chapter heading and a sentence, and after a section heading', () => {
    expect(pieces('一、健全社会救助体系。全年重点做好以下工作：（1）完善监测。（2）加强救助。')).toEqual(['一、健全社会救助体系。全年重点做好以下工作：（1）完善监测。（2）加强救助。']);
    expect(pieces('（一）加强组织保障。（1）成立领导小组。（2）建立工作专班。')).toEqual(['（一）加强组织保障。（1）成立领导小组。（2）建立工作专班。']);
    expect(pieces('一、健全社会救助体系。（1）完善监测。（2）加强救助。')).toEqual(['一、健全社会救助体系。', '（1）完善监测。', '（2）加强救助。']);
  });
});
