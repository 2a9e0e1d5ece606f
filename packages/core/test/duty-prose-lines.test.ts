// Duties written as prose on a line of their own under the item (区人才办牵头，区房管局、区人社局配合。), as a labelled line
// (责任单位：…) stands there, and the convention 排名第一的为牵头单位 closing a list.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { readDutyClause } from '../src/parse/duty-clause.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

const duties = (text: string): string[] =>
  (parseDocument(text, { file: 'duty-prose-lines.txt' }).documents[0]?.assignments ?? []).map((a) => `${a.taskTitle} | ${a.leadUnits.join('、')} | ${a.supportingUnits.join('、')} | ${a.due ?? '-'}`);

describe('a prose duty on a line of its own', () => {
  it('should give each item the units its duty line names, with the line\'s deadline', () => {
    const text = outdent`
      某区2025年优化营商环境重点任务

      一、提升政务服务水平
      1.开展“无证明城市”建设，取消证明事项50项。
      区司法局负责，各相关部门配合，6月底前完成。
      2.加强人才支撑。引进各类高层次人才200名。
      区人才办牵头，区房管局、区人社局配合。
      3.改善人居环境。农村卫生厕所普及率达到75%。
      各镇（街道）负责落实，区住房城乡建设局、区生态环境局指导。
    `;
    expect(duties(text)).toEqual([
      '开展“无证明城市”建设，取消证明事项50项 | 区司法局 | 各相关部门 | 2025-06-30',
      '加强人才支撑 | 区人才办 | 区房管局、区人社局 | -',
      '改善人居环境 | 各镇（街道） | 区住房城乡建设局、区生态环境局 | -',
    ]);
  });

  it('should not read a line of prose that names no unit, or more than one sentence, as a duty', () => {
    const text = outdent`
      某区2025年优化营商环境重点任务

      一、提升政务服务水平
      1.开展“无证明城市”建设，取消证明事项50项。
      各部门要切实负责，确保按期完成。
      2.加强人才支撑。引进各类高层次人才200名。
      区人才办牵头。区房管局要做好住房保障。
    `;
    expect(duties(text)).toEqual([]);
  });
});

describe('排名第一的为牵头单位', () => {
  it('should take the note as the list\'s convention, not as a unit', () => {
    const clause = readDutyClause('责任单位：州农业农村局、州水利局、州财政局，排名第一的为牵头单位');
    expect([clause?.firstLeads, clause?.responsible?.units.map((u) => u.text)]).toEqual([true, ['州农业农村局', '州水利局', '州财政局']]);
  });
});

describe('a convention in brackets closing a labelled list', () => {
  it('should take the bracket as the convention, for this list and, with 下同, the lists after it', () => {
    const text = outdent`
      某市2025年人才工作要点

      一、重点任务
      1.深化人才发展体制机制改革。（责任单位：市委组织部、市委编办、市人力资源社会保障局（排名第一的为牵头单位，下同））
      2.实施青年人才集聚行动。（责任单位：市人力资源社会保障局、市教育局）
    `;
    expect(duties(text)).toEqual([
      '深化人才发展体制机制改革 | 市委组织部 | 市委编办、市人力资源社会保障局 | -',
      '实施青年人才集聚行动 | 市人力资源社会保障局 | 市教育局 | -',
    ]);
  });
});

