// A text copied with its line numbers (a draft printed with numbered lines, a viewer that numbers them): every line opens
// with its number, rising by one a line (crafted 镇 work plan numbered with spaces and a 区 plan's PDF text numbered with
// tabs, parser reach, round 9, helper r9-structure).
import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from '../src/parse/page-furniture.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

function parseOne(text: string) {
  const doc = parseDocument(text, { file: 'numbered.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return doc;
}

const TOWN = [
  '1 某镇2025年人居环境整治提升工作方案',
  '2 ',
  '3 为持续改善农村人居环境，结合我镇实际，制定本方案。',
  '4 一、工作目标',
  '5 到2025年底，全镇卫生厕所普及率达到90%以上。',
  '6 二、重点任务',
  '7 （一）开展村庄清洁行动。全年集中整治4次以上。（责任单位：镇农业农村办）',
  '8 （二）推进农村厕所革命。新建改造户厕300户。（责任单位：镇农业农村办）',
].join('\n');

const WRAPPED = [
  '1\t某区关于推进乡村全面振兴的实施意见',
  '2\t第一部分　主要任务',
  '3\t（一）提升粮食安全保障能力',
  '4\t1．稳定粮食生产。全区粮食播种面积稳定在12万亩以上，确保',
  '5\t粮食产量稳定。',
  '6\t2．建设高标准农田。新建和改造提升高标准农田1.5万亩。',
  '7\t（二）推进乡村产业发展',
  '8\t1．壮大特色产业。打造蜜橘全产业链，产值达到30亿元。',
].join('\n');

describe('a text copied with its line numbers', () => {
  it('should read the plan under the numbers set off by a space', () => {
    const doc = parseOne(TOWN);
    expect(doc?.title).toBe('某镇2025年人居环境整治提升工作方案');
    expect(doc?.sections.map((s) => [s.title, s.role])).toEqual([
      ['工作目标', 'goals'],
      ['重点任务', 'tasks'],
    ]);
    expect(doc?.tasks.map((t) => t.title)).toEqual(['开展村庄清洁行动', '推进农村厕所革命']);
    expect(doc?.assignments.map((a) => a.leadUnits)).toEqual([['镇农业农村办'], ['镇农业农村办']]);
  });

  it('should read it under numbers set off by a tab, its lines hard-wrapped', () => {
    const doc = parseOne(WRAPPED);
    expect(doc?.tasks.map((t) => [t.title, t.sectionPath.join('>')])).toEqual([
      ['稳定粮食生产', '主要任务>提升粮食安全保障能力'],
      ['建设高标准农田', '主要任务>提升粮食安全保障能力'],
      ['壮大特色产业', '主要任务>推进乡村产业发展'],
    ]);
  });

  it('should leave numbers that do not number every line, or rise otherwise', () => {
    const texts = (text: string): string[] => dropPageFurniture(linesFromText(text)).map((l) => l.text);
    const table = ['某镇重点任务清单', '序号 重点任务 责任单位', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `${n} 开展第${n}项整治 镇农业农村办`)].join('\n');
    expect(texts(table)).toEqual(table.split('\n'));
    const list = [1, 2, 3, 4, 5, 6, 7].map((n) => `${n} 开展第${n}项整治。`);
    const skipping = list.map((l, k) => (k === 3 ? l.replace(/^4/, '9') : l)).join('\n');
    expect(texts(skipping)).toEqual(skipping.split('\n'));
    const few = list.slice(0, 5).join('\n');
    expect(texts(few)).toEqual(few.split('\n'));
  });
});
