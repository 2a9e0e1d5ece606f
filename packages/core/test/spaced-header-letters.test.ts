// A 主要指标 table as PDF text set out in columns gives it (pdftotext -layout): Word spreads a two-character header cell
// over its column's width (指   标, 单  位, 属  性), and the text keeps the spaces between its letters.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

describe('a space-set 主要指标 table whose header letters are spaced out', () => {
  const text = outdent`
    某市“十五五”教育发展规划

    第二章 发展目标

    到2030年，基本实现教育现代化。

    表 1   某市“十五五”教育事业发展主要指标

      序  号   指   标                           单  位    2025 年     2030 年     属  性
      1        学前教育毛入园率                   %         92.5        95          预期性
      2        九年义务教育巩固率                 %         98.6        99          约束性
      3        新增劳动力平均受教育年限           年        14.2        14.8        约束性
      4        每千人口托位数                     个        3.5         4.5         预期性

    第三章 主要任务

    一、推进学前教育普及普惠
    新建改扩建公办幼儿园30所。
  `;

  it('should read each row as a target with its baseline, as when the header is written without the spaces', () => {
    const doc = parseDocument(text, { file: 'spaced-header.txt' }).documents[0];
    const rows = (doc?.targets ?? []).map((t) => `${t.metric} ${t.value}${t.unit ?? ''} ${t.attribute ?? '-'} base ${t.baseline?.value ?? '-'} due ${t.deadline?.year ?? '-'}`);
    expect(rows).toEqual([
      '学前教育毛入园率 95% expected base 92.5 due 2030',
      '九年义务教育巩固率 99% binding base 98.6 due 2030',
      '新增劳动力平均受教育年限 14.8年 binding base 14.2 due 2030',
      '每千人口托位数 4.5个 expected base 3.5 due 2030',
      '新建改扩建公办幼儿园 30所 - base - due 2030',
    ]);
    expect(doc?.targets[0]?.quote).toBe('学前教育毛入园率                   %         92.5        95');
    expect(doc?.tasks.map((t) => t.title)).toEqual(['推进学前教育普及普惠']);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should still read no table from a line of spaced single characters that names no column', () => {
    const plain = outdent`
      某市2025年工作要点

      一、工作目标
      全　年　目　标　　任　务　　属　性
      全市新增就业2万人。
    `;
    const doc = parseDocument(plain, { file: 'spaced-header.txt' }).documents[0];
    expect((doc?.targets ?? []).map((t) => `${t.value}${t.unit}`)).toEqual(['20000人']);
  });
});
