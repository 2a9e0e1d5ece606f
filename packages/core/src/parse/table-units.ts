// The units of a task table's 牵头单位/责任单位 and 配合单位 cells. A table with one 责任单位 column often
// marks who leads inside the cell: 区科委（牵头）、区大数据中心, 区科委牵头，区大数据中心配合, or
// 牵头单位：区科委；配合单位：区大数据中心. Names are kept as written; brackets inside a name
// (区水务局（海洋局）) do not split it.

import { BODY_END, MANNER_NOTE, readDutyClause } from './duty-clause.js';

// Note: a unit marked as leading inside the list: 区科委（牵头）, 区科委(牵头单位).
const LEAD_MARK = /[（(]\s*牵头(?:单位|部门)?\s*[)）]$/;
const SUPPORT_MARK = /[（(]\s*(?:配合|协助|参与)(?:单位|部门)?\s*[)）]$/;

/**
 * Split a units cell into names on 、, commas, semicolons and slashes: 区府办、区科委 → [区府办, 区科委]. Brackets
 * inside a name (区水务局（海洋局）, 各县（市、区）) do not split it, and a list closed by 等 stays one name
 * (区教育局等相关部门), as a table writes it.
 *
 * @param text The cell's text.
 * @returns The names as written.
 */
export function splitUnits(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i] ?? '、';
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && /[、，,；;／/]/.test(c)) {
      names.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return names.filter((u) => u !== '' && !/^[-—–无]$/.test(u)).flatMap(spacedNames);
}

/**
 * Names a cell sets apart by spaces or line breaks (区卫生健康委 区医保局, a web page's <br> between them): each piece
 * a unit when every piece ends as a body's name does; else one name (广州市黄埔区 广州开发区 is one body).
 */
function spacedNames(name: string): string[] {
  if (!/[\s　]/.test(name)) return [name];
  const pieces = name.split(/[\s　]+/).filter((p) => p !== '');
  return pieces.length > 1 && pieces.every((p) => p.length >= 3 && BODY_END.test(p)) ? pieces : [name];
}

/**
 * Read the units of a row: the lead cell's units lead unless the cell itself marks who leads (…（牵头）, …牵头，…配合,
 * 牵头单位：…；配合单位：…), and then the others support; the supporting cell's units support.
 *
 * @param lead The 牵头单位/责任单位 cell's text, if any.
 * @param support The 配合单位 cell's text, if any.
 * @returns The lead and supporting units, as written.
 */
export function readTableUnits(leadCell: string | null, supportCell: string | null): { lead: string[]; supporting: string[] } {
  // Note: a note closing the cell on how its units share the work (区税务局（按职责分工负责）) is no part of the last name.
  const lead = leadCell === null ? null : leadCell.trim().replace(MANNER_NOTE, '');
  const support = supportCell === null ? null : supportCell.trim().replace(MANNER_NOTE, '');
  const supporting = support ? splitUnits(support) : [];
  if (!lead) return { lead: [], supporting };
  const clause = /牵头|配合|协助|参与/.test(lead) ? readDutyClause(lead) : null;
  if (clause && clause.lead.length > 0) {
    const named = clause.lead.flatMap((l) => l.units.map((u) => u.text));
    const others = [...clause.supporting.flatMap((l) => l.units.map((u) => u.text)), ...(clause.responsible?.units.map((u) => u.text) ?? [])];
    return { lead: named, supporting: [...others, ...supporting] };
  }
  const units = splitUnits(lead);
  if (units.some((u) => LEAD_MARK.test(u))) {
    const marked = units.filter((u) => LEAD_MARK.test(u)).map((u) => u.replace(LEAD_MARK, '').trim());
    const others = units.filter((u) => !LEAD_MARK.test(u)).map((u) => u.replace(SUPPORT_MARK, '').trim());
    return { lead: marked, supporting: [...others, ...supporting] };
  }
  return { lead: units.map((u) => u.replace(SUPPORT_MARK, '').trim()), supporting };
}
