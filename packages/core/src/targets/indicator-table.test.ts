import { describe, expect, it } from 'vitest';
import { linesFromText } from '../text/source-lines.js';
import { readCell, readUnit } from './indicator-cells.js';
import { readIndicatorTables } from './indicator-table.js';

const rowsOf = (text: string, year: number | null = 2030) => {
  const lines = linesFromText(text);
  return readIndicatorTables(lines, 0, lines.length, year);
};

describe('readUnit', () => {
  it.each([
    ['万平方米', 4, '平方米'],
    ['％', 0, '％'],
    ['亿立方米', 8, '立方米'],
    ['个', 0, '个'],
  ])('should read %s', (text, power, unit) => {
    expect(readUnit(text)).toMatchObject({ power, unit });
  });

  it('should read no unit in a name', () => {
    expect(readUnit('一、二类')).toBeNull();
  });
});

describe('a 主要指标 table one cell per line', () => {
  const table = [
    '主要指标表', '类别', '序号', '一级指标', '二级指标', '单位', '属性', '“十四五”', '完成值', '“十五五”', '目标值', '',
    '宜居城区', '1', '既有居住建筑改造', '旧住房成套改造任务', '万平方米', '预期性', '25', '1.4', '',
    '2', '开展完整社区建设', '完整社区覆盖率', '％', '预期性', '-', '60', '',
    '3', '老旧街区改造数量', '个', '预期性', '', '≥5', '',
    '4', '人均避难面积', '平方米', '约束性', '＞1.5', '＞1.7', '',
    '一、重点任务',
  ].join('\n');

  it('should read each row: baseline, target, comparator, scaled unit, years from the header', () => {
    const { rows } = rowsOf(table);
    expect(rows.map((r) => [r.metric, r.unit, r.attribute, r.baseline?.value ?? null, r.target?.value, r.target?.comparator])).toEqual([
      ['旧住房成套改造任务', '平方米', '预期性', 250000, 14000, null],
      ['完整社区覆盖率', '％', '预期性', null, 60, null],
      ['老旧街区改造数量', '个', '预期性', null, 5, '>='],
      ['人均避难面积', '平方米', '约束性', 1.5, 1.7, '>'],
    ]);
    expect(rows[0]).toMatchObject({ baseAsOf: '2025-12-31', targetYear: 2030 });
  });

  it('should claim the table\'s lines so that no cell is read twice', () => {
    const { claimed } = rowsOf(table);
    expect(claimed.has(19)).toBe(true);
    expect(claimed.has(table.split('\n').indexOf('一、重点任务'))).toBe(false);
  });
});

describe('a 主要指标 table flattened into one line', () => {
  const line =
    '专栏1　主要指标指　　标2015年2020年〔累计〕1属性生态环境质量1.空气质量地级及以上城市2空气质量优良天数比率（%）76.7＞80-约束性细颗粒物未达标地级及以上城市浓度下降（%）--〔18〕约束性地表水质量劣Ⅴ类水体比例（%）9.7＜5-约束性污染地块安全利用率（%）-90以上-约束性森林覆盖率（%）21.6623.04〔1.38〕约束性森林蓄积量（亿立方米）151165〔14〕约束性湿地保有量（亿亩）-≥8-预期性主要污染物排放总量减少（%）化学需氧量--〔10〕约束性氨氮--〔10〕重点生态功能区所属县域生态环境状况指数60.4＞60.4-预期性';

  it('should read the rows it can split without guessing', () => {
    const { rows } = rowsOf(line, null);
    const show = rows.map((r) => [r.metric, r.unit, r.baseline?.value ?? null, r.target?.comparator ?? null, r.target?.value ?? null, r.cumulative?.value ?? null]);
    expect(show).toEqual([
      ['空气质量优良天数比率', '%', 76.7, '>', 80, null],
      ['细颗粒物未达标地级及以上城市浓度下降', '%', null, null, null, 18],
      // A category glued to a row's name without a footnote mark stays in it.
      ['地表水质量劣Ⅴ类水体比例', '%', 9.7, '<', 5, null],
      ['污染地块安全利用率', '%', null, '>=', 90, null],
      ['森林覆盖率', '%', 21.66, null, 23.04, 1.38],
      // Glued columns split where both have as many integer digits: 151 | 165.
      ['森林蓄积量', '立方米', 15100000000, null, 16500000000, 1400000000],
      ['湿地保有量', '亩', null, '>=', 800000000, null],
      ['化学需氧量', '%', null, null, null, 10],
      ['氨氮', '%', null, null, null, 10],
      ['重点生态功能区所属县域生态环境状况指数', null, 60.4, '>', 60.4, null],
    ]);
    expect(rows[0]).toMatchObject({ attribute: '约束性', baseAsOf: '2015-12-31', targetYear: 2020 });
  });

  it('should quote each row from its metric', () => {
    const { rows } = rowsOf(line, null);
    const t = rows[0]?.target;
    expect(line.slice(t?.quoteFrom, t?.to)).toBe('空气质量优良天数比率（%）76.7＞80');
  });
});

describe('a 主要指标 table flattened into one line: attributes, footnotes and list numbers', () => {
  const line =
    '主要指标指　　标2015年2020年〔累计〕1属性主要污染物排放总量减少（%）化学需氧量--〔10〕约束性氨氮--〔10〕二氧化硫--〔15〕氮氧化物--〔15〕6.区域性污染物排放总量减少（%）重点地区重点行业挥发性有机物5--〔10〕预期性重点地区总氮6--〔10〕预期性森林覆盖率（%）21.6623.04〔1.38〕约束性';

  it('should give a row without an attribute the one of the merged cell above it', () => {
    const { rows } = rowsOf(line, null);
    expect(rows.map((r) => [r.metric, r.attribute, r.cumulative?.value ?? null])).toEqual([
      ['化学需氧量', '约束性', 10],
      ['氨氮', '约束性', 10],
      ['二氧化硫', '约束性', 15],
      // A list number glued after the last cell (…〔15〕6.区域性…) numbers the next group.
      ['氮氧化物', '约束性', 15],
      // A footnote mark glued to the name (…有机物5--〔10〕) is no baseline.
      ['重点地区重点行业挥发性有机物', '预期性', 10],
      ['重点地区总氮', '预期性', 10],
      ['森林覆盖率', '约束性', 1.38],
    ]);
  });

  it('should quote a cumulative value after a footnote mark exactly', () => {
    const { rows } = rowsOf(line, null);
    const c = rows[4]?.cumulative;
    expect(line.slice(c?.from, c?.to)).toBe('10');
  });
});

describe('a 主要指标 Markdown pipe table', () => {
  const table = [
    '| 序号 | 指标 | 单位 | 2025年 | 2030年 | 〔累计〕 | 属性 |',
    '|---|---|---|---|---|---|---|',
    '| 1 | 森林覆盖率 | % | 21.66 | 23.04 | 〔1.38〕 | 约束性 |',
    '| 2 | 新建口袋公园 | 个 | - | 30-50 | | 预期性 |',
    '| 3 | 单位GDP能耗降低 | % | - | - | 〔13.5〕 | 约束性 |',
    '| 4 | 空气质量优良天数比率（%） | | 87.5 | ＞90 | | |',
    '| 5 | 旧住房改造面积 | 万平方米 | 25 | ≥50 | | 预期性 |',
    '',
    '一、重点任务',
  ].join('\n');

  it('should read the metric, unit, baseline, target, range, cumulative value and attribute of each row', () => {
    const { rows } = rowsOf(table, null);
    expect(rows.map((r) => [r.metric, r.unit, r.attribute, r.baseline?.value ?? null, r.target?.value ?? null, r.target?.valueMax ?? null, r.target?.comparator ?? null, r.cumulative?.value ?? null])).toEqual([
      ['森林覆盖率', '%', '约束性', 21.66, 23.04, null, null, 1.38],
      ['新建口袋公园', '个', '预期性', null, 30, 50, '>=', null],
      ['单位GDP能耗降低', '%', '约束性', null, null, null, null, 13.5],
      // A unit in brackets after the name; an empty 属性 cell is a merged cell: the row above's.
      ['空气质量优良天数比率', '%', '约束性', 87.5, 90, null, '>', null],
      ['旧住房改造面积', '平方米', '预期性', 250000, 500000, null, '>=', null],
    ]);
    expect(rows[0]).toMatchObject({ baseAsOf: '2025-12-31', targetYear: 2030 });
  });

  it('should claim the table\'s lines, and quote a row from its metric to its target', () => {
    const { rows, claimed } = rowsOf(table, null);
    expect([...claimed].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const t = rows[0]?.target;
    const line = table.split('\n')[2] ?? '';
    expect(line.slice(t?.quoteFrom, t?.to)).toBe('森林覆盖率 | % | 21.66 | 23.04');
  });

  it('should leave a pipe table without 属性 to the text', () => {
    const { rows } = rowsOf('| 指标 | 2025年 | 2030年 |\n|---|---|---|\n| 森林覆盖率（%） | 21 | 23 |', null);
    expect(rows).toEqual([]);
  });
});

describe('a value cell', () => {
  it.each([
    ['80-85', 80, 85, '>='],
    ['3—5', 3, 5, '>='],
    ['≥5', 5, null, '>='],
    ['15左右', 15, null, null],
  ])('should read %s', (text, value, valueMax, comparator) => {
    expect(readCell(text, 0)).toMatchObject({ value, valueMax, comparator });
  });

  it('should read no value in - or text', () => {
    expect(readCell('-', 0)).toBeNull();
    expect(readCell('持续提升', 0)).toBeNull();
  });
});
