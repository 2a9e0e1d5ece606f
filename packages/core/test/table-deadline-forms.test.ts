// Deadlines a task table's 完成时限 column writes besides months and quarters: a span of years (a three-year plan),
// recurring times (每季度) and dates with dots (a spreadsheet's 2025.12). A table set one cell per line without a 序号
// column ends each row at its deadline cell, so a deadline it did not know ended the table there.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

describe('deadline forms in a task table', () => {
  it('should read every row of a one-cell-per-line table whose deadlines are spans, recurring times and dotted dates', () => {
    const text = outdent`
      某某市数字乡村建设三年行动重点任务清单（2025—2027年）

      重点任务
      牵头单位
      完成时限
      推进农村宽带网络提速
      市通信管理办
      2025—2027年
      开展数字乡村试点
      市农业农村局
      每季度
      建设农产品溯源平台
      市市场监管局
      2025.12
      培育农村电商带头人
      市商务局
      逐年推进
    `;
    const doc = parseDocument(text, { file: 'deadlines.txt' }).documents[0];
    expect(doc?.assignments.map((a) => [a.content, a.leadUnits, a.dueText, a.due])).toEqual([
      ['推进农村宽带网络提速', ['市通信管理办'], '2025—2027年', '2027-12-31'],
      ['开展数字乡村试点', ['市农业农村局'], '每季度', null],
      ['建设农产品溯源平台', ['市市场监管局'], '2025.12', '2025-12-31'],
      ['培育农村电商带头人', ['市商务局'], '逐年推进', null],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });
});

describe('row numbers of a task table', () => {
  it('should take the numbers of rows under a group (1.1, 2-1) for 序号 cells', () => {
    const text = outdent`
      某某县2025年重点任务清单

      序号
      重点任务
      牵头单位
      备注
      1.1
      推进农村公路建设
      县交通运输局
      新改建100公里
      1.2
      加强河湖管护
      县水利局
      清四乱
      2-1
      建设智慧农业平台
      县农业农村局
      一期
    `;
    const doc = parseDocument(text, { file: 'sub-numbers.txt' }).documents[0];
    expect(doc?.assignments.map((a) => [a.number, a.content, a.leadUnits])).toEqual([
      ['1.1', '推进农村公路建设', ['县交通运输局']],
      ['1.2', '加强河湖管护', ['县水利局']],
      ['2-1', '建设智慧农业平台', ['县农业农村局']],
    ]);
    if (doc) expectExactQuotes(text, doc);
  });
});
