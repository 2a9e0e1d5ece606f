// Goals in prose that mark each figure 约束性 or 预期性 in brackets, as a plan without a 主要指标 table writes them: the
// line is prose, not a table flattened into one line, and each target takes the attribute its bracket states.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const targets = (text: string): string[] =>
  (parseDocument(text, { file: 'prose-attributes.txt' }).documents[0]?.targets ?? []).map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.attribute ?? '-'}`);

describe('goals in prose marked 约束性 and 预期性', () => {
  it('should read every figure of the line, each with its attribute', () => {
    const text = outdent`
      某县“十四五”生态环境保护规划

      二、主要目标
      到2025年，县城空气质量优良天数比率达到95%以上（约束性），细颗粒物平均浓度控制在25微克/立方米以内【约束性】；森林覆盖率达到68.5%（预期性指标），新增造林面积2万亩。
    `;
    expect(targets(text)).toEqual([
      '县城空气质量优良天数比率 >= 95% binding',
      '细颗粒物平均浓度 <= 25微克/立方米 binding',
      '森林覆盖率 = 68.5% expected',
      '造林面积 = 20000亩 -',
    ]);
  });

  it('should still read a table flattened into one line as a table', () => {
    const text = outdent`
      某县“十四五”生态环境保护规划

      二、主要目标
      主要指标指　　标2020年2025年属性空气质量优良天数比率（%）90.2＞92约束性森林覆盖率（%）62.163约束性
    `;
    expect(targets(text)).toEqual(['空气质量优良天数比率 > 92% binding', '森林覆盖率 = 63% binding']);
  });
});
