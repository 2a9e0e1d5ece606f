// A 主要指标 table whose cells are set apart by spaces, one row per line: how PDF and OCR text give a table.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const plan = (rows: string): string => `某某省数字政府建设“十四五”规划\n第一章 发展目标\n表1 主要指标\n${rows}\n第二章 主要任务\n一、完善平台。\n二、推进共享。\n`;

describe('indicator tables set apart by spaces', () => {
  it('should read each row: baseline as an indicator, target as a target, with unit and year', () => {
    const text = plan('序号 指标名称 单位 2020年 2025年 指标属性\n1 政务服务事项网上可办率 % 90 100 预期性\n2 电子证照应用数量 项 300 1000 约束性');
    const doc = parseDocument(text, { file: 'spaced-table.txt' }).documents[0];
    expect(doc?.targets.map((t) => [t.metric, t.value, t.unit, t.deadline?.year])).toEqual([
      ['政务服务事项网上可办率', 100, '%', 2025],
      ['电子证照应用数量', 1000, '项', 2025],
    ]);
    expect(doc?.indicators.map((t) => [t.metric, t.value, t.asOf])).toEqual([
      ['政务服务事项网上可办率', 90, '2020-12-31'],
      ['电子证照应用数量', 300, '2020-12-31'],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });

  it('should stop at a row whose cells do not line up with the header, and read no sentence as a header', () => {
    const text = plan('序号 指标名称 单位 2020年 2025年 属性\n1 政务数据共享率 % 70 95 约束性\n2 5G 基站 数量 个 100 500 预期性');
    expect(parseDocument(text, { file: 'misaligned.txt' }).documents[0]?.targets.map((t) => t.metric)).toEqual(['政务数据共享率']);
    const prose = plan('全省 政务服务 能力 显著 提升 属性');
    expect(parseDocument(prose, { file: 'prose.txt' }).documents[0]?.targets).toEqual([]);
  });
});
