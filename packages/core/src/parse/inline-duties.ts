// Duties written inline in a plan's text — （牵头单位：…；责任单位：…）,
// （省发展改革委牵头，…按职责分工负责）, （省教育厅、省财政厅负责）, a labelled
// line before or after the item — as assignments of the plan's tasks. Who
// leads is decided by `dutyRoles` (see its rules); deadlines are read from the
// clause, or from a 2020年底前 in the text the clause covers.
import type { Assignment, PlanIssue, Position, Section, Task } from '../model/types.js';
import { FIRST_LEADS } from './duty-clause.js';
import { dutyRoles } from './duty-roles.js';
import { clauseSpan, findDutyClauses, type FoundClause } from './find-duty-clauses.js';
import { groupDutyLines, type DutyGroup } from './duty-lines.js';
import { findBodyDeadline } from './inline-deadline.js';
import { resolveDeadline } from '../text/deadline.js';
import { quoteOffsets, type Quote } from '../text/quote.js';
import { clauseHomes, type Home } from './duty-homes.js';
import { spanOf, type SourceLine } from '../text/source-lines.js';
import type { PlanContent } from '../text/plan-content.js';
import type { UnitName } from './unit-names.js';

/** What `readInlineDuties` reads: the plan's content, and where it came from. */
export interface InlineDutyInput extends PlanContent {
  file: string | null;
  /** The plan's year, for deadlines that do not name one (6月底). */
  year: number | null;
}

function quoteLine(input: InlineDutyInput, line: number, from: number, to: number): Quote {
  const span = spanOf(input.lines[line] as SourceLine, from, to);
  return quoteOffsets(input.locator, span.start, span.end);
}

/** The units as they stand in the source: from the first to the last, each found in the clause it was read from. */
function quoteUnits(input: InlineDutyInput, group: DutyGroup, units: readonly UnitName[]): Quote | null {
  const lists = [...group.clause.lead, ...group.clause.supporting, ...(group.clause.responsible ? [group.clause.responsible] : [])];
  const spans = units.map((u) => {
    const list = lists.find((l) => l.units.includes(u));
    return clauseSpan(input.lines, (list && group.ownerOf.get(list)) ?? group.head, u.from, u.to);
  });
  if (spans.length === 0) return null;
  return quoteOffsets(input.locator, Math.min(...spans.map((x) => x.start)), Math.max(...spans.map((x) => x.end)));
}

const positionQuote = (input: InlineDutyInput, p: Position): Quote => quoteOffsets(input.locator, p.start.offset, p.end.offset);

/** A stretch of a clause's own text, which may run on into the next line of a hard-wrapped text. */
function quoteClause(input: InlineDutyInput, c: FoundClause, from: number, to: number): Quote {
  const span = clauseSpan(input.lines, c, from, to);
  return quoteOffsets(input.locator, span.start, span.end);
}

/** The whole duty, brackets included: from its first clause's opening to its last clause's close. */
function quoteWhole(input: InlineDutyInput, group: DutyGroup): Quote {
  const last = group.parts[group.parts.length - 1] as FoundClause;
  const start = spanOf(input.lines[group.head.line] as SourceLine, group.head.outerFrom, group.head.outerFrom + 1).start;
  const end = spanOf(input.lines[last.endLine] as SourceLine, last.outerTo - 1, last.outerTo).end;
  return quoteOffsets(input.locator, start, end);
}

/** The text a clause covers on its own line: from the item (or the previous clause) up to the clause. */
function sameLineContent(input: InlineDutyInput, c: FoundClause, previousEnd: number, startOffset: number | null): Quote | null {
  const line = input.lines[c.line] as SourceLine;
  let from = Math.max(line.text.length - line.text.trimStart().length, previousEnd);
  if (startOffset !== null) {
    for (let i = from; i < c.outerFrom; i++) if (spanOf(line, i, i + 1).start >= startOffset) { from = i; break; }
  }
  let to = c.outerFrom;
  // Note: a clause may stand before its sentence's full stop (…支撑体系（省大数据局牵头）。加强…): the next text starts after it.
  while (from < to && /[\s　。；;，,]/.test(line.text[from] as string)) from++;
  while (to > from && /[\s　]/.test(line.text[to - 1] as string)) to--;
  return to - from >= 2 ? quoteLine(input, c.line, from, to) : null;
}

function chapterOf(byId: ReadonlyMap<string, Section>, sectionId: string | null): Section | null {
  let s = sectionId ? byId.get(sectionId) : undefined;
  while (s?.parentId) s = byId.get(s.parentId);
  return s ?? null;
}

/** The convention stated in the plan's prose, outside any clause: it holds for every clause. */
function proseConvention(input: InlineDutyInput, clauses: readonly FoundClause[]): boolean {
  for (let i = input.from; i < input.to; i++) {
    const text = input.lines[i]?.text ?? '';
    const m = FIRST_LEADS.exec(text);
    if (m && !clauses.some((c) => c.line === i && c.outerFrom <= m.index && m.index < c.outerTo)) return true;
  }
  return false;
}

/**
 * Read the duties a plan states inline and make each an assignment of the
 * task it belongs to (a clause in a section's heading that has no item of
 * its own applies to the section's items that have none).
 *
 * @param input The plan's lines, locator, tasks, sections and year.
 * @returns The assignments in document order (`row` counts them, `number` is null) and any that match no task.
 */
export function readInlineDuties(input: InlineDutyInput): { assignments: Assignment[]; issues: PlanIssue[] } {
  const found = findDutyClauses(input.lines, input.from, input.to);
  const issues: PlanIssue[] = [];
  if (found.length === 0) return { assignments: [], issues };
  const groups = groupDutyLines(input.lines, found);
  // Note: a duty over several lines is placed by its first and last lines (the item it follows or precedes).
  const placed = groups.map((g) => ({ ...g.head, endLine: (g.parts[g.parts.length - 1] as FoundClause).endLine }));
  const homes = clauseHomes(input.lines, input.tasks, input.sections, placed, input.from, input.to);
  const everywhere = proseConvention(input, found);
  const sectionsById = new Map(input.sections.map((s) => [s.id, s]));
  let carried = false;
  const drafts: Array<Omit<Assignment, 'id' | 'row'>> = [];
  let previous: FoundClause | null = null;
  for (const [k, group] of groups.entries()) {
    const c = group.head;
    const home = homes[k] as Home;
    const roles = dutyRoles(group.clause, everywhere || carried);
    if (group.clause.firstLeads && group.clause.carriesOver) carried = true;
    const lead = quoteUnits(input, group, roles.lead);
    const support = quoteUnits(input, group, roles.supporting);
    const whole = quoteWhole(input, group);
    const previousEnd = previous?.endLine === c.line ? previous.outerTo : 0;
    previous = group.parts[group.parts.length - 1] as FoundClause;
    const startOffset = home.kind === 'task' ? home.task.position.start.offset : home.kind === 'section' && home.section ? home.section.position.start.offset : null;
    const sameLine = c.ownLine ? null : sameLineContent(input, c, previousEnd, startOffset);
    const stated = group.clause.due;
    const clauseDue = stated ? quoteClause(input, group.ownerOf.get('due') ?? c, stated.span.from, stated.span.to) : null;
    const base = {
      type: 'assignment' as const,
      docId: input.docId,
      number: null,
      leadUnits: roles.lead.map((u) => u.text),
      supportingUnits: roles.supporting.map((u) => u.text),
      leadPosition: lead?.position ?? null,
      supportingPosition: support?.position ?? null,
      position: whole.position,
    };
    const add = (task: Task | null, content: Quote, field: Section | null, title: string | null): void => {
      let due = clauseDue ? { quote: clauseDue, date: resolveDeadline(stated?.head ?? '', input.year) } : null;
      if (!due) {
        const body = findBodyDeadline(content.text, input.year);
        if (body) due = { quote: quoteOffsets(input.locator, content.start + body.from, content.start + body.to), date: body.due };
      }
      drafts.push({
        ...base,
        taskId: task?.id ?? null,
        field: field?.title ?? null,
        taskTitle: title,
        content: content.text,
        contentPosition: content.position,
        due: due?.date ?? null,
        dueText: due?.quote.text ?? null,
        duePosition: due?.quote.position ?? null,
      });
    };
    if (home.kind === 'task') {
      const t = home.task;
      add(t, sameLine ?? positionQuote(input, t.titlePosition), chapterOf(sectionsById, t.sectionId), t.title);
    } else if (home.kind === 'section') {
      const section = home.section;
      if (home.covers.length === 0) add(null, sameLine ?? (section ? positionQuote(input, section.titlePosition) : whole), chapterOf(sectionsById, section?.id ?? null), section?.title ?? null);
      for (const t of home.covers) add(t, positionQuote(input, t.titlePosition), chapterOf(sectionsById, t.sectionId), t.title);
    } else {
      add(null, sameLine ?? whole, null, null);
      issues.push({
        code: 'unmatched-assignment',
        severity: 'warning',
        message: `The duty ${whole.text} stands outside every task and section of the plan.`,
        file: input.file,
        docId: input.docId,
        position: whole.position,
        source: 'core:parse',
      });
    }
  }
  // Note: rows follow the text they cover, so a duty stated once for later items takes each item's place.
  const ordered = drafts.map((a, k) => ({ a, k })).sort((x, y) => x.a.contentPosition.start.offset - y.a.contentPosition.start.offset || x.k - y.k);
  const assignments = ordered.map(({ a }, k): Assignment => ({ ...a, id: `${input.docId}:a${k + 1}`, row: k + 1 }));
  return { assignments, issues };
}
