// Headings that end in a full stop (（一）加快数字基础设施建设。, 一、总体要求。), as many district and county offices end
// every heading, with （1） items under them, and each item closed by its duty's bracket (…。（牵头单位：…；完成时限：…）):
// flattened to one line or with a space for each break, the items were lost into their heading's body, since （1） opened
// a list only after a heading with no full stop, and the next （2） only after a full stop (crafted probes d01, d03 of hB's
// eleventh round).
import { describe, expect, it } from 'vitest';
import { splitRunOnLines } from '../src/parse/run-on-lines.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { linesFromText } from '../src/text/source-lines.js';
import { expectExactQuotes } from './helpers.js';

const pieces = (text: string): string[] => splitRunOnLines(linesFromText(text)).map((l) => l.text);

const LAID_OUT = [
  '某市某区2025年数字经济发展工作要点',
  '一、总体要求。',
  '坚持数字产业化和产业数字化双轮驱动，力争全年数字经济核心产业增加值增长10%以上。',
  '二、重点任务。',
  '（一）加快数字基础设施建设。',
  '（1）新建5G基站300个，实现重点区域5G网络全覆盖。（牵头单位：区经信局；完成时限：2025年12月底前）',
  '（2）布局建设边缘计算节点2个。（牵头单位：区发改局；完成时限：2025年12月底前）',
  '（二）推动产业数字化转型。',
  '（1）推动100家以上企业上云用云。（牵头单位：区经信局；配合单位：区商务局）',
  '（2）培育智能工厂和数字化车间3个（责任单位：区经信局）',
  '（3）推进商贸流通数字化，打造智慧商圈1个。（牵头单位：区商务局）',
];

function tasksOf(text: string): string[] {
  const doc = parseDocument(text, { file: 'flat.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return (doc?.tasks ?? []).map((t) => `${t.sectionPath.join('>')}|${t.label}${t.title}`);
}

describe('（1） items under a heading that ends in a full stop, flattened', () => {
  const laidOut = tasksOf(LAID_OUT.join('\n'));

  it('should read the laid-out plan as a reader does', () => {
    expect(laidOut).toEqual([
      '重点任务>加快数字基础设施建设|（1）新建5G基站300个，实现重点区域5G网络全覆盖',
      '重点任务>加快数字基础设施建设|（2）布局建设边缘计算节点2个',
      '重点任务>推动产业数字化转型|（1）推动100家以上企业上云用云',
      '重点任务>推动产业数字化转型|（2）培育智能工厂和数字化车间3个',
      '重点任务>推动产业数字化转型|（3）推进商贸流通数字化，打造智慧商圈1个',
    ]);
  });

  it('should give the same items on one line and with a space for each line break', () => {
    expect(tasksOf(LAID_OUT.join(''))).toEqual(laidOut);
    expect(tasksOf(LAID_OUT.join(' '))).toEqual(laidOut);
  });

  it('should cut the next （2） after a duty bracket, or after a bracket closing a sentence', () => {
    expect(pieces('（一）推进改革。（1）实施某某改革，推动若干事项落地。（牵头单位：区经信局）（2）开展某某试点工作。')).toEqual([
      '（一）推进改革。',
      '（1）实施某某改革，推动若干事项落地。（牵头单位：区经信局）',
      '（2）开展某某试点工作。',
    ]);
    expect(pieces('一、推进改革（1）实施某某改革，推动若干事项落地。（2025年底前完成）（2）开展某某试点工作。')).toHaveLength(3);
  });

  it('should leave （1） in a heading of more than one sentence or clause, and a bracket of no duty inside a sentence', () => {
    // Note: a paragraph, not a heading: its (1) (2) enumerate inside it.
    expect(pieces('（一）推进改革。各部门要加强协调，形成合力，具体包括（1）完善制度，（2）加强监督。')).toHaveLength(1);
    expect(pieces('（一）推进改革，加强协调。（1）完善制度体系建设，推动若干事项落地见效。')).toHaveLength(1);
    expect(pieces('（一）推进改革。（1）完善制度（含市级和区级），（2）加强监督。')).toHaveLength(1);
    expect(pieces('（一）加强组织保障。（1）成立领导小组。（2）建立工作专班。')).toHaveLength(1);
  });
});

describe('a heading whose full stop a web page sets off by a space', () => {
  it('should leave the space out of the title (加强值班值守 。)', () => {
    const text = ['某市2025年防汛工作方案', '一、保障措施', '（ 一 ） 加强值班值守 。', '（ 二 ） 强化物资保障 。 储备防汛物资。'].join('\n');
    expect(tasksOf(text)).toEqual(['保障措施|（ 一 ）加强值班值守', '保障措施|（ 二 ）强化物资保障']);
  });
});
