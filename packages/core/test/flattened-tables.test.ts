// A task table whose rows lost their line breaks: the whole text on one line, or with a space or a tab for each break,
// its cells still between TABs as a spreadsheet or a web page's table copies them (序号<TAB>重点任务<TAB>牵头单位…<TAB>完成时限
// 1<TAB>深化…<TAB>区政务服务管理办公室<TAB>…<TAB>2025年6月底前2<TAB>推进…). The header gives a row's width and the 序号 column
// numbers the rows: each row is cut onto a line of its own and read as a table's rows are. Such a list gave no plan at
// all (crafted probes d04, d18 of hB's eleventh round: a district's task list alone, and a city's notice issuing one).
import { describe, expect, it } from 'vitest';
import { splitRunOnRows } from '../src/parse/run-on-rows.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

const LAID_OUT = [
  '某市某区2025年优化营商环境重点任务清单',
  '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
  '1\t深化“一件事一次办”改革，新增集成服务事项10项\t区政务服务管理办公室\t区各有关部门\t2025年6月底前',
  '2\t推进涉企经营许可事项全覆盖清单管理\t区市场监管局\t\t2025年9月底前',
  '3\t开展“惠企政策免申即享”，兑现资金不少于5000万元\t区财政局\t区工信局、区商务局\t2025年12月底前',
  '4\t加强信用修复服务，全年帮助企业完成信用修复200家次\t区发改委\t区市场监管局\t长期坚持',
];

function rows(text: string): string[] {
  const doc = parseDocument(text, { file: 'list.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return [`title ${doc?.title}`, ...(doc?.assignments ?? []).map((a) => `${a.taskTitle}|${a.leadUnits.join('、')}|${a.supportingUnits.join('、')}|${a.due ?? a.dueText}`)];
}

describe('a task table run onto one line', () => {
  const laidOut = rows(LAID_OUT.join('\n'));

  it('should read the laid-out table as a reader does', () => {
    expect(laidOut).toHaveLength(5);
    expect(laidOut[2]).toBe('推进涉企经营许可事项全覆盖清单管理|区市场监管局||2025-09-30');
  });

  it.each([
    ['one line', ''],
    ['a space for each break', ' '],
    ['a tab for each break', '\t'],
  ])('should give the same rows (%s)', (_, joint) => {
    expect(rows(LAID_OUT.join(joint))).toEqual(laidOut);
  });

  it('should cut before the header and each row, and after the last row when text follows', () => {
    const text = [...LAID_OUT, '各部门要明确专人负责，每季度末报送工作进展。'].join('\t');
    const pieces = splitRunOnRows(linesFromText(text)).map((l) => l.text.split('\t')[0]);
    expect(pieces).toEqual(['某市某区2025年优化营商环境重点任务清单', '序号', '1', '2', '3', '4', '各部门要明确专人负责，每季度末报送工作进展。']);
  });

  it('should leave a line of cells whose rows are not numbered 1, 2, 3 in turn', () => {
    const text = ['序号\t重点任务\t牵头单位\t完成时限', '1\t建设某某平台\t市数据局\t2025年底', '3\t推进某某改革\t市发改委\t2025年底', '4\t开展某某行动\t市商务局\t2025年底'].join('\t');
    expect(splitRunOnRows(linesFromText(text))).toHaveLength(1);
  });
});

// The same table copied with one space between cells (a site or a reader's text of a table, read a row a line since
// 75ab3a4), then flattened with a space, a full-width space or nothing for each row's break: the cells stand between
// single spaces as they stood between TABs (crafted probes d14 大理市 of hB's twelfth round, and hC's d22 重庆江津区 and
// d23 曲靖麒麟区 of the eleventh, flattened).
describe('a table with one space between cells run onto one line', () => {
  const spaced = LAID_OUT.map((l) => l.replace(/\t\t/g, '\t—\t').replace(/\t/g, ' '));
  const laidOut = rows(spaced.join('\n'));

  it('should read the laid-out rows', () => {
    expect(laidOut).toHaveLength(5);
  });

  it.each([
    ['one line', ''],
    ['a space for each break', ' '],
  ])('should give the same rows (%s)', (_, joint) => {
    expect(rows(spaced.join(joint))).toEqual(laidOut);
  });

  it('should give the same rows with full-width spaces', () => {
    const wide = spaced.map((l) => l.replace(/ /g, '\u3000'));
    expect(rows(wide.join('\u3000'))).toEqual(rows(wide.join('\n')));
  });

  it('should leave the line whole when a cell holds a space and the rows do not count out', () => {
    const text = spaced.join(' ').replace('区政务服务管理办公室', '区政务服务 管理办公室');
    expect(splitRunOnRows(linesFromText(text))).toHaveLength(1);
  });
});
