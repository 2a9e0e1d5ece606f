// A stage column of an indicator table that holds only a cumulative change (化学需氧量重点工程减排量 | — | 〔1200〕 | 〔2500〕),
// as environmental and energy plans state their cuts for a mid-term year and the period's end: each is a target due in
// its column's year. The mid-term one was lost. Crafted probe d07 of hC (/work/adv/hC/FINDINGS.md).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

describe('a cumulative change in a stage column', () => {
  it('should be a cumulative target due in the stage year', () => {
    const text = [
      '某区“十五五”生态环境保护规划',
      '',
      '表1  主要指标',
      '序号\t指标名称\t2024年现状\t2027年目标\t2030年目标\t指标属性',
      '1\t空气质量优良天数比率（%）\t82.1\t84\t86\t约束性',
      '2\t化学需氧量重点工程减排量（吨）\t—\t〔1200〕\t〔2500〕\t约束性',
    ].join('\n');
    const targets = parseDocument(text, { file: 'stage-cumulative.txt' }).documents[0]?.targets ?? [];
    expect(targets.map((t) => `${t.metric} ${t.value}${t.unit ?? ''} @${t.deadline?.year}`)).toEqual([
      '空气质量优良天数比率 84% @2027',
      '空气质量优良天数比率 86% @2030',
      '化学需氧量重点工程减排量（累计） 1200吨 @2027',
      '化学需氧量重点工程减排量（累计） 2500吨 @2030',
    ]);
  });
});
