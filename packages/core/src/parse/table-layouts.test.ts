import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { findAllocationTables, parseAllocationTable, type AllocationTable } from './allocation-table.js';
import { linesFromMarkdown } from './from-markdown.js';
import { linesFromText } from '../text/source-lines.js';
import { headerRole } from './table-header.js';

/** Each row as 序号 | 领域 | 任务 | 内容 | 牵头 | 配合 | 时限, carried cells included, to compare with what a reader sees. */
function rowsOf(table: AllocationTable | null): string[] {
  return (table?.rows ?? []).map((r) => {
    const get = (role: keyof typeof r.cells): string => {
      const own = r.cells[role];
      return (own && (own.text !== '' || !r.inherited[role]) ? own : r.inherited[role])?.text || '-';
    };
    return [get('number'), get('field'), get('task'), get('content'), get('lead'), get('support'), get('due')].join(' | ');
  });
}

describe('header words', () => {
  it('should read the roles of header cells as Chinese official documents write them', () => {
    expect(['序  号', '重点工作', '具体措施', '责任单位（部门）', '完成时限', '配合部门', '备注', '工作领域'].map(headerRole)).toEqual([
      'number',
      'task',
      'content',
      'lead',
      'due',
      'support',
      'other',
      'field',
    ]);
    expect(headerRole('加快建设城市数据底座')).toBeNull();
  });
});

describe('task tables one row per line', () => {
  it('should read a Markdown pipe table, skipping its delimiter row, with each cell quoted at its span', () => {
    const text = outdent`
      | 序号 | 重点工作 | 具体措施 | 责任单位 | 完成时限 |
      |:---:|---|---|---|---|
      | 1 | 建设城市数据底座 | 汇聚**基础数据** | 区大数据中心、区发改委 | 2024年12月底 |
      | 2 |  | 完善数据目录 | 区大数据中心 | 6月底 |

      后续段落。
    `;
    const lines = linesFromMarkdown(text);
    const table = parseAllocationTable(lines, 0);
    expect(table?.columns).toEqual(['number', 'task', 'content', 'lead', 'due']);
    // The empty 重点工作 cell of row 2 is the merged cell above.
    expect(rowsOf(table)).toEqual([
      '1 | - | 建设城市数据底座 | 汇聚基础数据 | 区大数据中心、区发改委 | - | 2024年12月底',
      '2 | - | 建设城市数据底座 | 完善数据目录 | 区大数据中心 | - | 6月底',
    ]);
    expect(table?.endLine).toBe(4);
    const lead = table?.rows[0]?.cells.lead;
    expect(lines[lead?.line ?? 0]?.text.slice(lead?.from, lead?.to)).toBe('区大数据中心、区发改委');
  });

  it('should read pipe-separated text rows, and a row of one cell as the 领域 of the rows under it', () => {
    const text = outdent`
      序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时间
      一 | 数字基础设施 |  |  |
      1 | 建设城市数据底座 | 区大数据中心 | 各街镇 | 全年
      2 | 推进公共数据开放 | 区科委 | — | 9月底
      二 | 数字政府 | | |
      3 | 提升政务服务效能 | 区政务服务中心 | 区大数据中心 | 长期
    `;
    expect(rowsOf(parseAllocationTable(linesFromText(text), 0))).toEqual([
      '1 | 数字基础设施 | 建设城市数据底座 | - | 区大数据中心 | 各街镇 | 全年',
      '2 | 数字基础设施 | 推进公共数据开放 | - | 区科委 | - | 9月底',
      '3 | 数字政府 | 提升政务服务效能 | - | 区政务服务中心 | 区大数据中心 | 长期',
    ]);
  });

  it('should read TAB-separated rows, a row short of its leading cells continuing the merged cells above', () => {
    const text = ['序号\t领域\t重点任务\t主要内容\t牵头单位\t配合单位\t完成时间', '1\t数据治理\t建立数据目录\t梳理公共数据资源\t区大数据中心\t\t6月底', '开展数据质量评估\t区大数据中心\t各街镇\t10月底', '2\t\t完善数据标准\t制定数据质量规范\t区市场监管局\t-\t全年', '', '三、保障措施'].join('\n');
    const table = parseAllocationTable(linesFromText(text), 0);
    expect(rowsOf(table)).toEqual([
      '1 | 数据治理 | 建立数据目录 | 梳理公共数据资源 | 区大数据中心 | - | 6月底',
      '- | 数据治理 | 建立数据目录 | 开展数据质量评估 | 区大数据中心 | 各街镇 | 10月底',
      '2 | 数据治理 | 完善数据标准 | 制定数据质量规范 | 区市场监管局 | - | 全年',
    ]);
    expect(table?.endLine).toBe(4);
  });
});

describe('task tables one cell per line', () => {
  const rows = [
    '1 | 数据治理 | 建立数据目录 | 梳理全区公共数据资源 | 区大数据中心 | - | 6月底',
    '2 | 数据治理 | 完善数据标准 | 制定数据质量规范 | 区市场监管局、区大数据中心 | - | 全年',
    '- | 数据治理 | 完善数据标准 | 开展数据质量评估 | 区大数据中心 | 各相关部门 | 10月底',
    '3 | 数字应用 | 打造数字孪生城区 | 建设城市信息模型平台 | 区规划资源局 | - | 2024年底前',
  ];

  it('should read cells on consecutive lines under other headers, with merged 领域 cells and empty cells', () => {
    const text = outdent`
      序号
      领域
      重点工作
      具体措施
      责任单位
      配合单位
      完成时限
      1
      数据治理
      建立数据目录
      梳理全区公共数据资源
      区大数据中心
      /
      6月底
      2
      完善数据标准
      制定数据质量规范
      区市场监管局、区大数据中心

      全年
      开展数据质量评估
      区大数据中心
      各相关部门
      10月底

      3
      数字应用
      打造数字孪生城区
      建设城市信息模型平台
      区规划资源局
      —
      2024年底前
      四、保障措施
      加强组织领导。
    `;
    const table = parseAllocationTable(linesFromText(text), 0);
    expect(table?.columns).toEqual(['number', 'field', 'task', 'content', 'lead', 'support', 'due']);
    expect(rowsOf(table)).toEqual(rows);
    expect(linesFromText(text)[table?.endLine ?? 0]?.text).toBe('四、保障措施');
  });

  it('should read cells separated by blank lines under other headers', () => {
    // An empty cell is one more blank line; the last row's empty 配合单位 is a dash.
    const text = ['序号', '领域', '重点工作', '具体措施', '责任单位', '配合单位', '完成时限', '1', '数据治理', '建立数据目录', '梳理全区公共数据资源', '区大数据中心\n', '6月底', '2', '完善数据标准', '制定数据质量规范', '区市场监管局、区大数据中心', '-', '全年', '开展数据质量评估', '区大数据中心', '各相关部门', '10月底', '3', '数字应用', '打造数字孪生城区', '建设城市信息模型平台', '区规划资源局', '-', '2024年底前'].join('\n\n');
    expect(rowsOf(parseAllocationTable(linesFromText(text), 0))).toEqual(rows);
  });

  it('should end rows before the next 序号 when the deadline is not the last column', () => {
    const text = ['序号', '重点任务', '完成时限', '牵头单位', '1', '建立数据目录', '6月底', '区大数据中心', '2', '完善数据标准', '全年', '区市场监管局'].join('\n');
    expect(rowsOf(parseAllocationTable(linesFromText(text), 0)).slice(0, 1)).toEqual(['1 | - | 建立数据目录 | - | 区大数据中心 | - | 6月底']);
  });
});

describe('finding task tables in a plan', () => {
  it('should find a table in the body and leave other tables (主要指标) alone', () => {
    const text = outdent`
      一、主要指标
      序号 | 指标 | 2025年 | 属性
      1 | 数据集 | 100 | 预期性
      二、重点任务
      序号	重点任务	牵头单位	完成时限
      1	建设城市数据底座	区大数据中心	全年
      三、保障措施
    `;
    const tables = findAllocationTables(linesFromText(text), 0, 7);
    expect(tables.map((t) => [t.startLine, t.endLine, t.rows.length])).toEqual([[4, 6, 1]]);
  });
});
