// PDF tables from page geometry: rules drawn by the page, text items in the cells between them.

import { describe, expect, it } from 'vitest';
import type { PdfItem } from '../src/formats/pdf-lines.js';
import type { Rule } from '../src/formats/pdf-rules.js';
import { looksTabular, tablesOfPage } from '../src/formats/pdf-tables.js';

const item = (str: string, x: number, y: number, size = 10): PdfItem => ({ str, x, y, width: [...str].length * size, size });
const across = (y: number, x0 = 50, x1 = 350): Rule => ({ x0, y0: y, x1, y1: y });
const down = (x: number, y0 = 100, y1 = 160): Rule => ({ x0: x, y0, x1: x, y1 });

describe('PDF tables', () => {
  it('should read a ruled grid as rows, repeating a cell whose rule across is missing', () => {
    // Three rows of 20 points, three columns; the third column has no rule between rows 2 and 3 (a merged cell).
    const rules = [across(100), across(120), across(140, 50, 250), across(160), down(50), down(150), down(250), down(350)];
    const items = [item('任务', 60, 114), item('内容', 160, 114), item('牵头单位', 260, 114), item('1', 60, 134), item('建设平台', 160, 134), item('市数据局', 260, 144), item('2', 60, 154), item('推进共享', 160, 154), item('正文在表外。', 60, 200)];
    const { rows, rest } = tablesOfPage(items, rules);
    expect(rows.map((r) => r.text)).toEqual(['| 任务 | 内容 | 牵头单位 |', '| 1 | 建设平台 | 市数据局 |', '| 2 | 推进共享 | 市数据局 |']);
    expect(rows.every((r) => r.row.columns === 3 && !r.row.caption)).toBe(true);
    expect(rest.map((i) => i.str)).toEqual(['正文在表外。']);
  });

  it('should take the columns of a table ruled only across from the gaps in its text', () => {
    const rules = [across(100), across(120), across(160)];
    const items = [item('指标', 60, 114), item('目标值', 200, 114), item('数据中心数量', 60, 134), item('10', 200, 134), item('算力规模', 60, 154), item('5万', 200, 154)];
    expect(tablesOfPage(items, rules).rows.map((r) => r.text)).toEqual(['| 指标 | 目标值 |', '| 数据中心数量 | 10 |', '| 算力规模 | 5万 |']);
  });

  it('should not read a grid drawn over running text, or a box around it, as a table', () => {
    const grid = [across(100), across(120), across(140), down(50, 100, 140), down(120, 100, 140), down(200, 100, 140), down(350, 100, 140)];
    const text = [item('这是一段正文，跨过了格线。', 55, 114), item('第二行正文也跨过格线。', 55, 134)];
    expect(tablesOfPage(text, grid).rows).toEqual([]);
    const box = [across(100), across(120), across(140), down(50, 100, 140), down(350, 100, 140)];
    expect(tablesOfPage(text, box).rows).toEqual([]);
  });

  it('should give a row of one cell across the table as a caption', () => {
    const rules = [across(80), across(100), across(120), across(140), down(50, 80, 140), down(200, 100, 140), down(350, 80, 140)];
    const items = [item('主要指标', 150, 94), item('指标', 60, 114), item('属性', 210, 114), item('数量', 60, 134), item('约束性', 210, 134)];
    const { rows } = tablesOfPage(items, rules);
    expect(rows.map((r) => [r.text, r.row.caption])).toEqual([['主要指标', true], ['| 指标 | 属性 |', false], ['| 数量 | 约束性 |', false]]);
  });

  it('should look for rules only on a page where cells line up after wide gaps on three lines', () => {
    const column = [item('指标', 60, 114), item('目标值', 200, 114), item('数据中心数量', 60, 134), item('10', 201, 134), item('算力规模', 60, 154), item('5万', 202, 154)];
    expect(looksTabular(column)).toBe(true);
    // A signature block and a date set flush right: gaps, but nothing lines up on three lines.
    const signature = [item('海南省农业农村厅', 100, 300), item('海南省财政厅', 300, 300), item('2024年7月1日', 280, 320), item('（此件主动公开）', 80, 340)];
    expect(looksTabular(signature)).toBe(false);
    expect(looksTabular([item('推进数据共享，加强统筹协调。', 60, 100), item('落实工作责任。', 60, 120)])).toBe(false);
  });
});
