// Which task (or section) each duty clause belongs to. A clause inside an
// item belongs to it. A clause on its own line belongs to the item before it,
// unless the plan puts its clauses before the items (the first clause of a
// section stands right under the heading and no clause closes a section), when
// it belongs to the item after it. A clause in a section's heading, with no
// item of its own, applies to the section's items that state no duty.
import type { Section, Task } from '../model/types.js';
import type { FoundClause } from './find-duty-clauses.js';
import { offsetAt, type SourceLine } from '../text/source-lines.js';

/** Where a clause belongs. */
export type Home =
  | { kind: 'task'; task: Task }
  /** A section's duty, or one stated for the items after it (`after`, else -1): `covers` are the items it applies to. */
  | { kind: 'section'; section: Section | null; covers: Task[]; after: number }
  | { kind: 'none' };

interface Range {
  start: number;
  end: number;
}

const rangeOf = (p: { position: { start: { offset: number }; end: { offset: number } } }): Range => ({ start: p.position.start.offset, end: p.position.end.offset });

/** The innermost item whose range holds the offset. */
function innermost<T extends { position: { start: { offset: number }; end: { offset: number } } }>(items: readonly T[], offset: number): T | null {
  let best: T | null = null;
  for (const item of items) {
    const r = rangeOf(item);
    if (r.start <= offset && offset < r.end && (!best || r.end - r.start < rangeOf(best).end - rangeOf(best).start)) best = item;
  }
  return best;
}

function lineOffset(lines: readonly SourceLine[], i: number): number {
  const line = lines[i] as SourceLine;
  return offsetAt(line, line.text.length - line.text.trimStart().length);
}

function neighbour(lines: readonly SourceLine[], i: number, step: 1 | -1, from: number, to: number): number {
  for (let j = i + step; j >= from && j < to; j += step) if ((lines[j]?.text.trim() ?? '') !== '') return j;
  return -1;
}

/**
 * The home of each clause, in the clauses' order.
 *
 * @param lines The file's lines.
 * @param tasks The plan's tasks.
 * @param sections The plan's sections.
 * @param clauses The clauses found in lines `[from, to)`.
 * @param from First line of the plan's content.
 * @param to Line after its last.
 * @returns One home per clause.
 */
export function clauseHomes(lines: readonly SourceLine[], tasks: readonly Task[], sections: readonly Section[], clauses: readonly FoundClause[], from: number, to: number): Home[] {
  const startsTask = new Map(tasks.map((t) => [t.position.start.offset, t]));
  // Note: a heading line starts where its section does (at the label), or at its title when it has none.
  const headings = new Set(sections.flatMap((s) => [s.position.start.offset, s.titlePosition.start.offset]));
  const taskAtLine = (i: number): Task | null => (i < 0 ? null : (startsTask.get(lineOffset(lines, i)) ?? null));
  // Note: a heading line that is also an item (（一）加强组织领导。…) is an item here.
  const headingLine = (i: number): boolean => i < 0 || (headings.has(lineOffset(lines, i)) && !taskAtLine(i));
  const inTask = (i: number): Task | null => (i < 0 ? null : innermost(tasks, lineOffset(lines, i)));
  const around = clauses.map((c) => ({ prev: neighbour(lines, c.line, -1, from, to), next: neighbour(lines, c.endLine, 1, from, to) }));
  let opensSection = 0;
  let closesSection = 0;
  let between = 0;
  clauses.forEach((c, k) => {
    if (!c.ownLine) return;
    const { prev, next } = around[k] as { prev: number; next: number };
    if (headingLine(prev) && taskAtLine(next)) opensSection++;
    if (inTask(prev) && headingLine(next)) closesSection++;
    if (inTask(prev) && taskAtLine(next)) between++;
  });
  const before = opensSection > 0 && closesSection === 0 && between > 0;
  const homes: Home[] = clauses.map((c, k) => {
    const { prev, next } = around[k] as { prev: number; next: number };
    const at = offsetAt(lines[c.line] as SourceLine, c.outerFrom);
    const nextTask = taskAtLine(next);
    const holder = innermost(tasks, at);
    // Note: 以下任务均由…牵头 covers the items after it in its section (the whole plan when it stands in none).
    if (c.clause.forFollowing) {
      const section = innermost(sections, at) ?? (holder?.sectionId ? (sections.find((s) => s.id === holder.sectionId) ?? null) : null);
      return { kind: 'section', section, covers: [], after: at };
    }
    if (c.ownLine && before && nextTask) return { kind: 'task', task: nextTask };
    if (holder) return { kind: 'task', task: holder };
    const previousTask = c.ownLine ? inTask(prev) : null;
    if (previousTask) return { kind: 'task', task: previousTask };
    const section = innermost(sections, at);
    return section ? { kind: 'section', section, covers: [], after: -1 } : { kind: 'none' };
  });
  if (!before) closeItemLists(lines, tasks, sections, clauses, homes, around);
  const stated = new Set(homes.flatMap((h) => (h.kind === 'task' ? [h.task.id] : [])));
  const children = new Map<string, string[]>();
  for (const s of sections) if (s.parentId) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s.id]);
  const subtree = (id: string): Set<string> => {
    const out = new Set([id]);
    for (const s of out) for (const c of children.get(s) ?? []) out.add(c);
    return out;
  };
  return homes.map((h) => {
    if (h.kind !== 'section') return h;
    const ids = h.section ? subtree(h.section.id) : null;
    const inScope = (t: Task): boolean => ids === null || (t.sectionId !== null && ids.has(t.sectionId));
    return { ...h, covers: tasks.filter((t) => inScope(t) && t.position.start.offset > h.after && !stated.has(t.id)) };
  });
}

/**
 * A duty on a line of its own after the last item of a list under an item (1.打造精品景区。 ①… ②… ③… then 牵头单位：…;
 * （一）打造精品旅游线路： 1.… 2.… then （责任单位：…）) is the duty of the item that holds the list, when no other item of
 * the list states one and the next line leaves the list: the list's items are the measures of one task, which the
 * parser reads as a section of tasks, and a plan that gave each measure its own duty would have put one under each.
 * Chapters (一、) are left out: a duty after a chapter's last item is that item's. Changes `homes` in place.
 */
function closeItemLists(lines: readonly SourceLine[], tasks: readonly Task[], sections: readonly Section[], clauses: readonly FoundClause[], homes: Home[], around: ReadonlyArray<{ prev: number; next: number }>): void {
  const byId = new Map(sections.map((s) => [s.id, s]));
  homes.forEach((h, k) => {
    const c = clauses[k] as FoundClause;
    if (h.kind !== 'task' || !c.ownLine || !h.task.sectionId) return;
    const section = byId.get(h.task.sectionId);
    if (!section || section.parentId === null) return;
    const list = tasks.filter((t) => t.sectionId === section.id);
    if (list.length < 2 || list[list.length - 1] !== h.task) return;
    // Note: every clause of the list's items is this one or another line of it (牵头单位：… / 完成时限：…) under the last item.
    const own = homes.flatMap((o, j) => (o.kind === 'task' && o.task.sectionId === section.id ? [j] : []));
    if (own.some((j) => (homes[j] as { task: Task }).task !== h.task || !(clauses[j] as FoundClause).ownLine)) return;
    // Note: the line after the duty leaves the list: the end, a heading, or a line past the section (the next item).
    const next = (around[own[own.length - 1] as number] as { next: number }).next;
    const at = next < 0 ? -1 : lineOffset(lines, next);
    const leaves = at < 0 || at >= section.position.end.offset || sections.some((s) => s.position.start.offset === at || s.titlePosition.start.offset === at);
    if (leaves) homes[k] = { kind: 'section', section, covers: [], after: -1 };
  });
}
