// Headings of an assessment that carry their score (一、经济发展（30分）, （一）招商引资（14分）, 1.党建引领（权重10%）), as 考核细则,
// 考核办法 and 考核方案 of towns, districts and departments weigh each part: the score is said of the heading, no part of its
// name, as a duty's bracket closing a title is not (crafted probes d20, d21 of hB's eleventh round).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

function outline(text: string): string[] {
  const doc = parseDocument(text, { file: 'scores.txt' }).documents[0];
  if (doc) expectExactQuotes(text, doc);
  return [...(doc?.sections ?? []).map((s) => `S ${s.title}`), ...(doc?.tasks ?? []).map((t) => `T ${t.sectionPath.join('>')}|${t.title}`)];
}

describe('a heading with its score', () => {
  it('should leave the score out of chapters and items, laid out and on one line', () => {
    const lines = [
      '某区2025年度乡镇（街道）高质量发展综合考核实施细则',
      '一、经济发展（30分）',
      '（一）地区生产总值增速（8分）。完成目标增速得满分，每低0.1个百分点扣0.5分。',
      '（二）招商引资（14 分）。引进亿元以上产业项目2个以上得满分。',
      '二、党的建设（20分）',
      '（一）基层党组织建设（满分20分）。按照党建工作责任制考核结果计分。',
    ];
    const expected = ['S 经济发展', 'S 党的建设', 'T 经济发展|地区生产总值增速', 'T 经济发展|招商引资', 'T 党的建设|基层党组织建设'];
    expect(outline(lines.join('\n'))).toEqual(expected);
    expect(outline(lines.join(''))).toEqual(expected);
  });

  it('should read a weight in per cent so, and keep a bracket that is no score', () => {
    const text = ['某县2025年部门目标责任制考核办法', '一、考核内容', '1.重点工作任务（权重40%）。考核年度重点工作完成情况。', '2.建设“15分钟”便民生活圈（2025年）。新建便民生活圈5个。'].join('\n');
    expect(outline(text)).toEqual(['S 考核内容', 'T 考核内容|重点工作任务', 'T 考核内容|建设“15分钟”便民生活圈（2025年）']);
  });
});
