import { describe, expect, it } from 'vitest';
import { parseAllocationTable } from './allocation-table.js';
import { linesFromText } from '../text/source-lines.js';

// Cells one per line, a blank line between cells; an empty cell adds a blank line.
const table = [
  '序号', '', '领域', '', '重点任务', '', '主要内容', '', '牵头单位', '', '配合单位', '', '完成时间', '',
  '1', '', '数据治理', '', '建立数据目录', '', '梳理全区公共数据资源。', '', '区大数据中心', '', '', '6月底', '',
  '2', '', '完善数据标准', '', '制定数据质量规范。', '', '区市场监管局、区大数据中心', '', '-', '', '全年', '',
  '开展数据质量评估。', '', '区大数据中心', '', '各相关部门、各街镇', '', '10月底', '',
  '', '',
  '关于某事项的报告', '', '根据工作安排,现将有关情况报告如下。',
].join('\n');

describe('parseAllocationTable', () => {
  const parsed = parseAllocationTable(linesFromText(table), 0);

  it('should read the header into column roles', () => {
    expect(parsed?.columns).toEqual(['number', 'field', 'task', 'content', 'lead', 'support', 'due']);
  });

  it('should recover rows with empty cells, merged cells and a continuation row', () => {
    const rows = parsed?.rows.map((r) => ({
      number: r.cells.number?.text ?? null,
      field: (r.cells.field ?? r.inherited.field)?.text,
      task: (r.cells.task ?? r.inherited.task)?.text,
      lead: r.cells.lead?.text,
      support: r.cells.support?.text,
      due: r.cells.due?.text,
    }));
    expect(rows).toEqual([
      { number: '1', field: '数据治理', task: '建立数据目录', lead: '区大数据中心', support: '', due: '6月底' },
      { number: '2', field: '数据治理', task: '完善数据标准', lead: '区市场监管局、区大数据中心', support: '', due: '全年' },
      { number: null, field: '数据治理', task: '完善数据标准', lead: '区大数据中心', support: '各相关部门、各街镇', due: '10月底' },
    ]);
  });

  it('should end where the rows stop fitting, before the next document', () => {
    const lines = linesFromText(table);
    expect(lines[parsed?.endLine ?? 0]?.text).toBe('');
    expect(lines.slice(parsed?.endLine).some((l) => l.text === '关于某事项的报告')).toBe(true);
  });

  it('should refuse text without a table header', () => {
    expect(parseAllocationTable(linesFromText('一、总体要求\n\n坚持统筹。'), 0)).toBeNull();
  });
});
