// Bounds written as signs in the text (parser reach, hC session 10): technical plans write 达标率≥85%, PUE≤1.25 and
// 覆盖率>95% in their prose as their indicator tables do; and a cut of emissions after 分别 (化学需氧量、氨氮排放量分别削减
// 800吨、60吨) goes to each name, as a change does; 新建设施农业基地 is 新建 + 设施农业基地, no 建设 before 施.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function targetsOf(text: string): Array<[string, string, number, string | null]> {
  const doc = parseDocument(text, { file: 'figure-signs.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc.targets.map((t) => [t.metric, t.comparator, t.value, t.unit]);
}

describe('a bound written as a sign', () => {
  it('should read ≥, ≤, > and < before a figure as its comparator, no part of the metric, with a unit or bare', () => {
    expect(
      targetsOf(outdent`
        某市2025年数据中心建设工作要点
        一、重点任务
        1.推进绿色数据中心建设。新建大型数据中心PUE≤1.25，存量数据中心PUE<1.4。
        2.提升网络能力。5G网络覆盖率>95%，千兆用户数≥50万户，夜间达标率＞85%。
      `),
    ).toEqual([
      ['新建大型数据中心PUE', '<=', 1.25, null],
      ['存量数据中心PUE', '<', 1.4, null],
      ['5G网络覆盖率', '>', 95, '%'],
      ['千兆用户数', '>=', 500_000, '户'],
      ['夜间达标率', '>', 85, '%'],
    ]);
  });
});

describe('a cut after 分别', () => {
  it('should give each name its own cut', () => {
    expect(
      targetsOf(outdent`
        某市2025年生态环境保护工作要点
        一、重点任务
        1.推进工业污染治理。化学需氧量、氨氮排放量分别削减800吨、60吨。
      `),
    ).toEqual([
      ['化学需氧量排放量削减', '=', 800, '吨'],
      ['氨氮排放量削减', '=', 60, '吨'],
    ]);
  });
});

describe('建设施 read as 建 + 设施', () => {
  it('should keep 设施 whole in the metric of 新建设施农业基地', () => {
    expect(
      targetsOf(outdent`
        某县2025年农业农村工作要点
        一、重点任务
        1.发展设施农业。新建设施农业基地2～3个，建设高标准农田1万亩。
      `),
    ).toEqual([
      ['新建设施农业基地', '>=', 2, '个'],
      ['高标准农田', '=', 10_000, '亩'],
    ]);
  });
});
