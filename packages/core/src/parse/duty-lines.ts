// Duties stated over several lines of their own under (or above) an item, one
// label a line, as Word-exported work points and task-division plans set them:
//
//   责任单位：基础教育科
//   配合单位：发展规划科、财务科
//   完成时限：2024年8月底前
//
// The lines are one duty, read as the same labels on one line would be.
import type { DutyClause, UnitList } from './duty-clause.js';
import type { FoundClause } from './find-duty-clauses.js';
import type { SourceLine } from '../text/source-lines.js';

/** Clauses that state one duty: the first, those folded into it, and what they say together. */
export interface DutyGroup {
  head: FoundClause;
  /** Every clause of the group, the head first. */
  parts: FoundClause[];
  /** The clauses' lists and deadline together; each list and the deadline keep offsets into their own clause. */
  clause: DutyClause;
  /** The clause each list and the deadline come from, to quote them. */
  ownerOf: Map<UnitList | 'due', FoundClause>;
}

const hasUnits = (c: DutyClause): boolean => c.lead.length > 0 || c.supporting.length > 0 || c.responsible !== null;

/** Whether line `next` comes right after line `last`, with only blank lines between. */
function follows(lines: readonly SourceLine[], last: number, next: number): boolean {
  if (next <= last) return false;
  for (let i = last + 1; i < next; i++) if ((lines[i]?.text.trim() ?? '') !== '') return false;
  return true;
}

/**
 * Whether clause `c` goes on the duty of `group`: `c` stands on a line of its own right after the group's last line,
 * which the group's last clause ends, and
 * `c` adds what the group lacks or more of whom it joins — supporting units or a deadline, never a second lead or deadline.
 */
function continues(lines: readonly SourceLine[], group: DutyGroup, c: FoundClause): boolean {
  const last = group.parts[group.parts.length - 1] as FoundClause;
  // Note: the first of the lines may close its item's line instead (…全面开展隐患排查。【责任单位】市应急管理局 / 【完成时限】…).
  const endsLine = last.ownLine || /^[\s　。；;]*$/.test(lines[last.endLine]?.text.slice(last.outerTo) ?? '');
  if (!c.ownLine || !endsLine || !follows(lines, last.endLine, c.line)) return false;
  if (c.clause.forFollowing || group.clause.forFollowing || c.clause.lead.length > 0) return false;
  if (c.clause.due && group.clause.due) return false;
  // Note: a second list of those responsible (责任单位 after 责任单位) starts another item's duty.
  if (c.clause.responsible && group.clause.responsible && !hasUnits({ ...c.clause, responsible: null })) return false;
  return hasUnits(c.clause) || c.clause.due !== null;
}

function groupOf(c: FoundClause): DutyGroup {
  const ownerOf = new Map<UnitList | 'due', FoundClause>();
  for (const l of [...c.clause.lead, ...c.clause.supporting, ...(c.clause.responsible ? [c.clause.responsible] : [])]) ownerOf.set(l, c);
  if (c.clause.due) ownerOf.set('due', c);
  return { head: c, parts: [c], clause: { ...c.clause, lead: [...c.clause.lead], supporting: [...c.clause.supporting] }, ownerOf };
}

function fold(group: DutyGroup, c: FoundClause): void {
  group.parts.push(c);
  const merged = group.clause;
  for (const l of c.clause.supporting) {
    merged.supporting.push(l);
    group.ownerOf.set(l, c);
  }
  if (c.clause.responsible) {
    // Note: 责任单位 under a 牵头单位 line are those who carry the work out with the lead (as on one line).
    if (merged.responsible || merged.lead.length > 0) merged.supporting.push(c.clause.responsible);
    else {
      merged.responsible = c.clause.responsible;
      merged.responsibleLabelled = c.clause.responsibleLabelled;
    }
    group.ownerOf.set(c.clause.responsible, c);
  }
  if (c.clause.due && !merged.due) {
    merged.due = c.clause.due;
    group.ownerOf.set('due', c);
  }
  merged.firstLeads ||= c.clause.firstLeads;
  merged.carriesOver ||= c.clause.carriesOver;
}

/**
 * Group the clauses that state one duty over consecutive lines of their own.
 *
 * @param lines The file's lines.
 * @param clauses The clauses in document order.
 * @returns The groups in document order; a clause alone is a group of one.
 */
export function groupDutyLines(lines: readonly SourceLine[], clauses: readonly FoundClause[]): DutyGroup[] {
  const groups: DutyGroup[] = [];
  for (const c of clauses) {
    const group = groups[groups.length - 1];
    if (group && continues(lines, group, c)) fold(group, c);
    else groups.push(groupOf(c));
  }
  return groups;
}
