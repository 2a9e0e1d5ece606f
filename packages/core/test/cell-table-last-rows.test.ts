// A task table set one cell a line with no deadline column (序号 / 项目名称 / 目标任务 / 牵头单位 / 责任单位): its last row
// was lost when a blank line and text followed it, or when it closed the text (its unit cell taken for the signature), and a
// row ended early at a cell that reads as a 序号 (an indicator's target 5, 2.5) (parser reach, r9-figures; part-metadata.ts
// and allocation-table.ts). Crafted probes f30 (one cell a line) and y of /work/adv/r9-figures.
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function plan(text: string): PlanDocument {
  const doc = parseDocument(text, { file: 'cell-table-last-rows.txt' }).documents[0];
  if (!doc) throw new Error('no plan');
  expectExactQuotes(text, doc);
  return doc;
}

const head = ['某市2025年民生实事', '', '序号', '项目名称', '目标任务', '牵头单位', '责任单位'];
const rows = ['1', '老旧小区改造', '改造老旧小区150个', '市住建局', '各区人民政府', '2', '停车泊位', '新增公共停车泊位1.5万个', '市城管局', '市公安局'];
const leads = (doc: PlanDocument): string[][] => doc.assignments.map((a) => [...a.leadUnits, ...a.supportingUnits]);

describe('the last row of a table a cell a line without a deadline column', () => {
  it('should be read when the table closes the text', () => {
    expect(leads(plan([...head, ...rows].join('\n')))).toEqual([
      ['市住建局', '各区人民政府'],
      ['市城管局', '市公安局'],
    ]);
  });

  it('should be read when a blank line and text follow it', () => {
    expect(leads(plan([...head, ...rows, '', '各单位要抓好落实。'].join('\n')))).toEqual([
      ['市住建局', '各区人民政府'],
      ['市城管局', '市公安局'],
    ]);
  });

  it('should still take a signature under a table for the signature', () => {
    const doc = plan([...head, ...rows, '', '各单位要抓好落实。', '', '某市人民政府办公室', '2025年3月1日'].join('\n'));
    expect(leads(doc)).toEqual([
      ['市住建局', '各区人民政府'],
      ['市城管局', '市公安局'],
    ]);
    expect(doc.date).toBe('2025-03-01');
  });
});

describe('a row whose cell reads as a 序号', () => {
  it('should run to the next row’s number', () => {
    const doc = plan(
      ['某市2025年主要指标责任分工方案', '', '序号', '指标名称', '单位', '2025年目标', '牵头单位', '责任单位', '1', '一般公共预算收入增速', '%', '5', '市财政局', '市税务局', '2', '城镇新增就业', '万人', '2.5', '市人社局', '各区县人民政府', '', '各牵头单位要加强指标监测。'].join(
        '\n',
      ),
    );
    expect(doc.tasks.map((t) => t.title)).toEqual(['一般公共预算收入增速', '城镇新增就业']);
    expect(leads(doc)).toEqual([
      ['市财政局', '市税务局'],
      ['市人社局', '各区县人民政府'],
    ]);
  });
});
