import type { PlanDocument, Section, Task } from '@plankb/core';
import { THEMES, themesOf } from '@plankb/core/align';
import { formatTarget, formatValue } from './format.js';
import type { Messages } from './messages.js';
import { wrapSpans, type Span } from './spans.js';

/** A row of the outline tree: a section heading or a task, with its depth. */
export type OutlineRow = { kind: 'section'; section: Section; depth: number } | { kind: 'task'; task: Task; depth: number };

/** The ids of the sections that enclose a row, innermost first. */
export function ancestorsOf(row: OutlineRow, sections: ReadonlyMap<string, Section>): string[] {
  const out: string[] = [];
  let id = row.kind === 'section' ? row.section.parentId : row.task.sectionId;
  while (id !== null) {
    out.push(id);
    id = sections.get(id)?.parentId ?? null;
  }
  return out;
}

/**
 * A document's outline as tree rows in document order: sections at their
 * depth, each task one level below its section.
 *
 * @param document The document.
 * @returns Every row, before folding.
 */
export function outlineRows(document: PlanDocument): OutlineRow[] {
  const sections = new Map(document.sections.map((s) => [s.id, s]));
  const rows: Array<OutlineRow & { at: number; order: number }> = [
    ...document.sections.map((section) => ({ kind: 'section' as const, section, depth: section.depth - 1, at: section.position.start.offset, order: 0 })),
    ...document.tasks.map((task) => ({
      kind: 'task' as const,
      task,
      depth: task.sectionId === null ? 0 : (sections.get(task.sectionId)?.depth ?? 0),
      at: task.position.start.offset,
      order: 1,
    })),
  ];
  rows.sort((a, b) => a.at - b.at || a.order - b.order);
  return rows.map(({ at: _at, order: _order, ...row }) => row);
}

/**
 * A task's full text and everything attached to it, as wrapped lines: title,
 * sections, body, targets, indicators, assignments and themes.
 *
 * @param document The task's document.
 * @param task The task.
 * @param t The interface strings.
 * @param width The width to wrap to.
 * @param color Whether colour is on.
 * @returns The lines.
 */
export function taskDetailLines(document: PlanDocument, task: Task, t: Messages, width: number, color: boolean): Span[][] {
  const heading = (text: string): Span[] => [{ text, bold: true, underline: true, color: color ? 'cyan' : undefined }];
  const blocks: Span[][] = [
    [{ text: `${task.label ?? ''}${task.label ? ' ' : ''}${task.title}`, bold: true }],
  ];
  if (task.sectionPath.length > 0) blocks.push([{ text: task.sectionPath.join(' › '), dim: true }]);
  blocks.push([], [{ text: task.body }]);
  const targets = document.targets.filter((x) => x.taskId === task.id);
  if (targets.length > 0) {
    blocks.push([], heading(t.plan.targets));
    for (const x of targets) {
      const due = x.deadline ? ` · ${x.deadline.date ?? t.plan.by(String(x.deadline.year))}` : '';
      blocks.push([{ text: '• ' }, { text: x.subject && !x.metric.includes(x.subject) ? `${x.subject}${x.metric}` : x.metric }, { text: `  ${formatTarget(x)}`, bold: true }, { text: due, dim: true }]);
    }
  }
  const indicators = document.indicators.filter((x) => x.taskId === task.id);
  if (indicators.length > 0) {
    blocks.push([], heading(t.plan.indicators));
    for (const x of indicators) {
      blocks.push([{ text: `• ${x.metric}` }, { text: `  ${formatValue(x.value, x.unit)}`, bold: true }, { text: x.asOf ? ` · ${t.plan.asOf(x.asOf)}` : '', dim: true }]);
    }
  }
  const assignments = document.assignments.filter((x) => x.taskId === task.id);
  if (assignments.length > 0) {
    blocks.push([], heading(t.plan.assignments));
    for (const x of assignments) {
      blocks.push([{ text: `• ${x.content}` }]);
      const parts = [
        x.leadUnits.length > 0 ? `${t.plan.lead}: ${x.leadUnits.join('、')}` : null,
        x.supportingUnits.length > 0 ? `${t.plan.supporting}: ${x.supportingUnits.join('、')}` : null,
        (x.dueText ?? x.due) !== null ? `${t.plan.due}: ${x.dueText ?? x.due}` : null,
      ].filter((p): p is string => p !== null);
      if (parts.length > 0) blocks.push([{ text: `  ${parts.join(' · ')}`, dim: true }]);
    }
  }
  const themes = themesOf(task).map((id) => THEMES.find((th) => th.id === id)?.name ?? id);
  if (themes.length > 0) blocks.push([], [{ text: `${t.plan.themes}: `, bold: true }, { text: themes.join(' · ') }]);
  return blocks.flatMap((b) => wrapSpans(b, width));
}

/**
 * A section's heading and its tasks, as wrapped lines.
 *
 * @param document The document.
 * @param section The section.
 * @param t The interface strings.
 * @param width The width to wrap to.
 * @returns The lines.
 */
export function sectionDetailLines(document: PlanDocument, section: Section, t: Messages, width: number): Span[][] {
  const inside = (task: Task): boolean => {
    let id = task.sectionId;
    while (id !== null) {
      if (id === section.id) return true;
      id = document.sections.find((s) => s.id === id)?.parentId ?? null;
    }
    return false;
  };
  const tasks = document.tasks.filter(inside);
  const blocks: Span[][] = [
    [{ text: `${section.label ?? ''}${section.title}`, bold: true }],
    [{ text: t.plan.sectionTasks(tasks.length), dim: true }],
    [],
    ...tasks.map((task): Span[] => [{ text: `• ${task.label ?? ''}${task.label ? ' ' : ''}${task.title}` }]),
  ];
  if (section.role === 'goals') {
    const goals = document.goals.filter((g) => g.sectionId === section.id);
    for (const g of goals) blocks.push([], [{ text: g.text }]);
  }
  // Note: figures stated in the section's own text (a chapter's preamble, a 发展基础 review), not in a task.
  const indicators = document.indicators.filter((x) => x.sectionId === section.id && x.taskId === null);
  if (indicators.length > 0) {
    blocks.push([], [{ text: t.plan.indicators, bold: true, underline: true }]);
    for (const x of indicators) {
      blocks.push([{ text: `• ${x.metric}` }, { text: `  ${formatValue(x.value, x.unit)}`, bold: true }, { text: x.asOf ? ` · ${t.plan.asOf(x.asOf)}` : '', dim: true }]);
    }
  }
  return blocks.flatMap((b) => wrapSpans(b, width));
}
