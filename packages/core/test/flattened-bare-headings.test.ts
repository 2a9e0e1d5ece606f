// Headings with no body of their own (（三）实施工业园区提升工程, a 保障措施 chapter listing （一）加强组织领导 （二）…) in a
// plan flattened with a space or a tab for each line break (crafted plans of a city's 工业振兴 and a district's 文旅,
// parser reach, round 9, helper r9-structure).
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

const INDUSTRY = [
  '某市2025年工业振兴三年行动方案',
  '一、重点任务',
  '（一）推动传统产业转型升级',
  '1.推进制糖产业精深加工。延伸甘蔗综合利用产业链。',
  '2.推动铝产业绿色发展。',
  '（二）实施工业园区提升工程',
  '（三）强化企业梯度培育',
  '1.培育专精特新企业。新增专精特新中小企业30家。',
  '二、保障措施',
  '（一）强化组织领导',
  '（二）加强要素保障',
  '（三）严格督查考核',
];

const TOURISM = [
  '某区2025年文旅融合发展工作方案',
  '一、重点任务',
  '（一）丰富文旅产品供给',
  '1、打造夜间经济集聚区',
  '2、开发研学旅游产品',
  '（二）提升公共文化服务',
  '1、完善公共文化设施网络。新建城市书房5个。',
  '（三）加强文旅市场监管',
  '二、保障措施',
  '（一）加强组织领导',
  '（二）强化资金保障',
];

describe('headings with no body, each line break a space or a tab', () => {
  it('should end a bare heading before the next heading of the outline', () => {
    for (const sep of [' ', '\t']) {
      const doc = parseOne(INDUSTRY.join(sep));
      expect(doc?.tasks.map((t) => [t.title, t.sectionPath.join('>')])).toEqual([
        ['推进制糖产业精深加工', '重点任务>推动传统产业转型升级'],
        ['推动铝产业绿色发展', '重点任务>推动传统产业转型升级'],
        ['实施工业园区提升工程', '重点任务'],
        ['培育专精特新企业', '重点任务>强化企业梯度培育'],
        ['强化组织领导', '保障措施'],
        ['加强要素保障', '保障措施'],
        ['严格督查考核', '保障措施'],
      ]);
    }
  });

  it('should end bare items so, and a bare item before its parent list\'s next heading', () => {
    for (const sep of [' ', '\t']) {
      const doc = parseOne(TOURISM.join(sep));
      expect(doc?.tasks.map((t) => [t.title, t.sectionPath.join('>')])).toEqual([
        ['打造夜间经济集聚区', '重点任务>丰富文旅产品供给'],
        ['开发研学旅游产品', '重点任务>丰富文旅产品供给'],
        ['完善公共文化设施网络', '重点任务>提升公共文化服务'],
        ['加强文旅市场监管', '重点任务'],
        ['加强组织领导', '保障措施'],
        ['强化资金保障', '保障措施'],
      ]);
    }
  });

  it('should leave a label after a space in a sentence, out of sequence, or before a numeral', () => {
    expect(pieces('（一）加强组织领导 各单位要落实（二）所列任务。')).toEqual(['（一）加强组织领导 各单位要落实（二）所列任务。']);
    expect(pieces('（一）加强组织领导 （三）强化资金保障')).toEqual(['（一）加强组织领导 （三）强化资金保障']);
    expect(pieces('一、发展第一产业 二、三产业融合发展')).toEqual(['一、发展第一产业 二、三产业融合发展']);
    expect(pieces('（一）加强组织领导 （二）强化资金保障')).toEqual(['（一）加强组织领导 ', '（二）强化资金保障']);
  });
});
