// Figures a reader records that plankb dropped or misnamed (parser reach, r9-figures): a whole number of years after a measure
// named as a span of years (平均受教育年限达到12年), and a list graded by a money scale (千亿级产业集群2个、百亿级10个), whose
// bare scale before a count is no money level. Crafted probes f06, f19, f23, f24 of /work/adv/r9-figures.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'figure-years-and-money-grades.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

const named = (doc: PlanDocument): string[] => doc.targets.map((t) => `${t.metric} ${t.value}${t.unit ?? ''}`);

describe('years of schooling', () => {
  it('should read a whole number of years after 年限 and a verb of reaching', () => {
    const doc = plan(outdent`
      某市“十五五”教育事业发展规划
      一、发展目标
      到2030年，劳动年龄人口平均受教育年限提高到12年，新增劳动力平均受教育年限达到15.5年。
    `);
    expect(named(doc)).toEqual(['劳动年龄人口平均受教育年限 12年', '劳动力平均受教育年限 15.5年']);
  });

  it('should not read a span stated or bounded, or a count of years, as a target', () => {
    const doc = plan(outdent`
      某市“十五五”教育事业发展规划
      一、发展目标
      到2030年，用3年时间建成体系，方案实施年限为3年，定向生服务年限不少于6年。
    `);
    expect(named(doc)).toEqual([]);
  });
});

describe('lists graded by a money scale', () => {
  it('should give each scale the thing the list names once', () => {
    const doc = plan(outdent`
      某市2025年工业工作要点
      一、主要目标
      培育千亿级数字产业集群2个、百亿级10个；培育百亿级企业3家、五十亿级20家。
    `);
    expect(named(doc)).toEqual(['千亿级数字产业集群 2个', '百亿级数字产业集群 10个', '百亿级企业 3家', '五十亿级企业 20家']);
  });

  it('should still read a money scale that stands as a level', () => {
    const doc = plan(outdent`
      某市2025年工业工作要点
      一、主要目标
      新能源产业规模达到千亿级。
    `);
    expect(doc.targets.map((t) => [t.metric, t.value, t.unit])).toEqual([['新能源产业规模', 100000000000, '元']]);
  });
});
