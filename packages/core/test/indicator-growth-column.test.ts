// The 年均增长〔累计〕 column of a development plan's 主要指标 table: beside a level to reach, its plain value is the level's
// yearly growth, a target of its own; its bracketed value the five-year change, in 〔〕 or in the square brackets web pages
// and converted text use.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';

const rows = (table: string[]): string => ['某县国民经济和社会发展第十四个五年规划纲要', '', '第二章 发展目标', '', '表1  “十四五”时期经济社会发展主要指标', '', ...table].join('\n');

const targets = (text: string): string[] =>
  (parseDocument(text, { file: 'growth-column.txt' }).documents[0]?.targets ?? []).map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.deadline?.year ?? '-'} ${t.attribute ?? '-'}`);

describe('a 年均增长〔累计〕 column', () => {
  const table = [
    '类别\t指标\t2020年\t2025年\t年均增长[累计]\t属性',
    '经济发展\t地区生产总值（亿元）\t152.3\t220\t7.5%\t预期性',
    '\t常住人口城镇化率（%）\t48.5\t56\t[7.5]\t预期性',
    '创新驱动\t研发经费投入增长（%）\t—\t—\t>10\t预期性',
    '绿色生态\t单位地区生产总值能源消耗降低（%）\t—\t—\t［13.5］\t约束性',
    '\t森林覆盖率（%）\t62.1\t63\t〔0.9〕\t约束性',
  ];

  it('should read the yearly growth beside the level, and the change in any of the brackets', () => {
    expect(targets(rows(table))).toEqual([
      '地区生产总值 = 22000000000元 2025 expected',
      '地区生产总值年均增长 = 7.5% 2025 expected',
      '常住人口城镇化率 = 56% 2025 expected',
      '常住人口城镇化率（累计） = 7.5% 2025 expected',
      '研发经费投入增长 > 10% 2025 expected',
      '单位地区生产总值能源消耗降低（累计） = 13.5% 2025 binding',
      '森林覆盖率 = 63% 2025 binding',
      '森林覆盖率（累计） = 0.9% 2025 binding',
    ]);
  });

  it('should read the same table set out with spaces', () => {
    expect(targets(rows(table.map((r) => r.replace(/\t/g, '    ').replace(/^    /, '        '))))).toEqual(targets(rows(table)));
  });

  it('should read no growth from a 累计 column without 年均, nor from a bracketed value', () => {
    const cumulativeOnly = ['序号\t指标\t单位\t2020年\t2025年\t〔累计〕\t属性', '1\t地区生产总值\t亿元\t152.3\t220\t7.5\t预期性'];
    expect(targets(rows(cumulativeOnly))).toEqual(['地区生产总值 = 22000000000元 2025 expected']);
  });
});
