// The paragraph a year's work plan opens with before its first heading states the year's goals (全年接待游客达到2200万
// 人次…; 全年城乡低保平均标准分别达到…), which plankb read as reported figures with no date, as any text outside a
// section (parser reach, r9-figures). Crafted probes f20 (渭南临渭区 文旅), f29 (曲靖 民政) of /work/adv/r9-figures.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'figure-opening-paragraph.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

const kinds = (doc: PlanDocument): string[] => [...doc.targets.map((t) => `T ${t.metric} ${t.value} @${t.deadline?.year}`), ...doc.indicators.map((i) => `I ${i.metric} ${i.value}`)];

describe('the opening paragraph of a year’s work plan', () => {
  it('should read its figures as the year’s targets', () => {
    const doc = plan(outdent`
      某区2025年文化旅游工作要点

      全年接待游客达到2200万人次，实现旅游综合收入150亿元；创建国家AAAA级旅游景区1家。

      一、重点工作
      （一）提升景区品质。完成投资3亿元。
    `);
    expect(kinds(doc)).toEqual(['T 接待游客 22000000 @2025', 'T 旅游综合收入 15000000000 @2025', 'T 创建国家AAAA级旅游景区 1 @2025', 'T 投资 300000000 @2025']);
  });

  it('should still read a review of the year before as reported', () => {
    const doc = plan(outdent`
      某区2025年文化旅游工作要点

      2024年，全区接待游客2000万人次。全区现有A级景区12家。

      一、重点工作
      （一）提升景区品质。完成投资3亿元。
    `);
    expect(kinds(doc)).toEqual(['T 投资 300000000 @2025', 'I 接待游客 20000000', 'I A级景区 12']);
  });

  it('should not read the opening of a plan of several years as targets', () => {
    const doc = plan(outdent`
      某区“十五五”文化旅游发展规划

      全区接待游客2000万人次，旅游综合收入120亿元。

      一、发展目标
      到2030年，接待游客达到3000万人次。
    `);
    expect(kinds(doc)).toEqual(['T 接待游客 30000000 @2030', 'I 接待游客 20000000', 'I 旅游综合收入 12000000000']);
  });
});
