// Who leads and who supports, once a clause is read and the plan's convention
// is known. The rules, in order:
//
// 1. A unit marked as leading (…牵头, 牵头单位：…, A会同B) leads; units marked
//    as supporting (…配合, 配合单位：…) and those "responsible by their duties"
//    beside a lead (…牵头，国务院相关部门按职责分工负责) support.
// 2. Where the plan states that the first-named unit leads (列第一位者为牵头部门,
//    排在第一位的为牵头单位), the first unit of an unmarked list leads and the
//    rest support.
// 3. Without such a statement, a 责任单位 / 责任部门 list (责任单位：A、B，C)
//    is read the same way: its first unit leads. Task-division practice orders
//    these lists by responsibility, and the plans that spell the convention out
//    do so because it is the custom; the trailing 各区政府 / 相关企事业单位 of
//    such lists are never the lead. When the clause also labels supporting
//    units (责任单位：A、B；配合单位：C), every 责任单位 leads.
// 4. A bare list of those responsible (省教育厅、省财政厅负责; 各地区、各部门负责)
//    names them all as responsible, and they are all given as lead units.
import type { DutyClause, UnitList } from './duty-clause.js';
import type { UnitName } from './unit-names.js';

/** The lead and supporting units of a clause, with offsets into the clause's text. */
export interface DutyRoles {
  lead: UnitName[];
  supporting: UnitName[];
}

/**
 * Split a clause's units into lead and supporting units.
 *
 * @param clause The clause as read.
 * @param firstLeads Whether the plan states, for this clause, that the first-named unit leads.
 * @returns The units in the order written.
 */
export function dutyRoles(clause: DutyClause, firstLeads: boolean): DutyRoles {
  const lead = clause.lead.flatMap((l: UnitList) => l.units);
  const supporting = clause.supporting.flatMap((l: UnitList) => l.units);
  const responsible = clause.responsible?.units ?? [];
  if (responsible.length === 0) return { lead, supporting };
  if (lead.length > 0) return { lead, supporting: [...responsible, ...supporting].sort((a, b) => a.from - b.from) };
  const firstOnly = firstLeads || clause.firstLeads || (clause.responsibleLabelled && clause.supporting.length === 0);
  if (!firstOnly) return { lead: responsible, supporting };
  const [head, ...rest] = responsible as [UnitName, ...UnitName[]];
  return { lead: [head], supporting: [...rest, ...supporting].sort((a, b) => a.from - b.from) };
}
