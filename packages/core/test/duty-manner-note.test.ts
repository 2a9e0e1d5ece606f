// A bracket after a labelled list of units that says how they share the work (责任单位：区发改委、区科委（按职责分工负责）):
// a note on the list, not the last unit's other name.
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { dutyRoles } from '../src/parse/duty-roles.js';
import { readDutyClause } from '../src/parse/duty-clause.js';
import { readTableUnits } from '../src/parse/table-units.js';
import { parseDocument } from '../src/pipeline/parse-document.js';

function roles(text: string): { lead: string[]; supporting: string[] } | null {
  const clause = readDutyClause(text);
  if (!clause) return null;
  const r = dutyRoles(clause, false);
  return { lead: r.lead.map((u) => u.text), supporting: r.supporting.map((u) => u.text) };
}

describe('a manner note closing a labelled list', () => {
  it.each([
    ['责任单位：区科委、区发改委（按职责分工负责）', ['区科委'], ['区发改委']],
    ['责任单位：省农业农村厅、省商务厅(按职责分工负责)', ['省农业农村厅'], ['省商务厅']],
    ['配合单位：市财政局、市人力资源社会保障局（按照职责分工落实）', [], ['市财政局', '市人力资源社会保障局']],
    ['责任单位：各区人民政府（分别负责）', ['各区人民政府'], []],
  ])('should leave the note out of %s', (text, lead, supporting) => {
    expect(roles(text)).toEqual({ lead, supporting });
  });

  it('should keep a unit\'s other name and a lead mark in brackets', () => {
    expect(roles('责任单位：市水务局（海洋局）、市规划资源局')).toEqual({ lead: ['市水务局（海洋局）'], supporting: ['市规划资源局'] });
    expect(roles('责任单位：市财政局、市发展改革委（牵头）')).toEqual({ lead: ['市发展改革委'], supporting: ['市财政局'] });
  });

  it('should read the units of an item whose duty line ends with the note', () => {
    const text = outdent`
      某区2025年科技创新工作要点

      二、重点任务
      1.加快建设创新载体。推动大学科技园提质增效，新增孵化面积2万平方米。
      责任单位：区科委、区发改委（按职责分工负责）
    `;
    const doc = parseDocument(text, { file: 'manner-note.txt' }).documents[0];
    expect(doc?.assignments.map((a) => [a.leadUnits, a.supportingUnits])).toEqual([[['区科委'], ['区发改委']]]);
  });
});

describe('a label whose units are followed by others said to do the work by their duties', () => {
  it.each([
    ['责任单位：县委政法委，县直有关部门按职责分工负责', ['县委政法委'], ['县直有关部门']],
    ['牵头单位：市发展改革委，各有关单位按职责分工负责', ['市发展改革委'], ['各有关单位']],
    ['责任单位：市民政局，各区人民政府负责落实', ['市民政局'], ['各区人民政府']],
    ['配合单位：各区政府负责落实', [], ['各区政府']],
  ])('should give the label\'s role to the units it names first: %s', (text, lead, supporting) => {
    expect(roles(text)).toEqual({ lead, supporting });
  });
});

describe('a manner note closing a task table\'s units cell', () => {
  it('should leave the note out of the cell\'s last unit, and keep a unit\'s other name', () => {
    expect(readTableUnits('区不动产登记中心、区税务局（按职责分工负责）', null)).toEqual({ lead: ['区不动产登记中心', '区税务局'], supporting: [] });
    expect(readTableUnits('区科委', '区财政局、区水务局（海洋局）')).toEqual({ lead: ['区科委'], supporting: ['区财政局', '区水务局（海洋局）'] });
  });
});

