import type { Goal, PlanDocument, Section, Task } from '@plankb/core';
import type { Messages } from '../i18n.js';
import { escapeInline } from './markdown.js';
import { oneLine, truncate, widthOf } from '@plankb/terminal-text';

/** A node of a document's outline: a section with what it holds, a task or a goal. */
export type OutlineNode =
  | { kind: 'section'; section: Section; children: OutlineNode[] }
  | { kind: 'task'; task: Task }
  | { kind: 'goal'; goal: Goal };

function offsetOf(node: OutlineNode): number {
  if (node.kind === 'section') return node.section.position.start.offset;
  return node.kind === 'task' ? node.task.position.start.offset : node.goal.position.start.offset;
}

/**
 * Build a document's outline as a tree: sections by their parent links,
 * with each task and goal under its section, all in document order.
 *
 * @param doc The document.
 * @returns The top-level nodes.
 */
export function buildOutline(doc: Pick<PlanDocument, 'sections' | 'tasks' | 'goals'>): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const bySection = new Map<string, OutlineNode[]>();
  for (const section of doc.sections) bySection.set(section.id, []);
  const place = (sectionId: string | null, node: OutlineNode): void => {
    const list = sectionId === null ? undefined : bySection.get(sectionId);
    (list ?? roots).push(node);
  };
  for (const section of doc.sections) place(section.parentId, { kind: 'section', section, children: bySection.get(section.id) ?? [] });
  for (const task of doc.tasks) place(task.sectionId, { kind: 'task', task });
  for (const goal of doc.goals) place(goal.sectionId, { kind: 'goal', goal });
  const sort = (nodes: OutlineNode[]): void => {
    nodes.sort((a, b) => offsetOf(a) - offsetOf(b));
    for (const node of nodes) if (node.kind === 'section') sort(node.children);
  };
  sort(roots);
  return roots;
}

/** A goal's headline, or the first sentence of its text cut to a readable length. */
function goalHeadline(goal: Goal): string {
  if (goal.title !== null) return goal.title;
  const sentence = oneLine(goal.text).split(/(?<=[。；;])/)[0] ?? '';
  return truncate(sentence, 60);
}

interface Line {
  depth: number;
  text: string;
  /** Shown after the text and never cut (a task's id). */
  suffix: string;
}

function flatten(nodes: readonly OutlineNode[], t: Messages, depth: number, out: Line[]): Line[] {
  for (const node of nodes) {
    if (node.kind === 'section') {
      const { label, title, role } = node.section;
      out.push({ depth, text: `${label ?? ''}${title}`, suffix: role === 'tasks' ? '' : `[${t.roles[role]}]` });
      flatten(node.children, t, depth + 1, out);
    } else if (node.kind === 'task') {
      out.push({ depth, text: `${node.task.label ?? ''}${node.task.title}`, suffix: node.task.id });
    } else {
      out.push({ depth, text: `${t.goalPrefix}${goalHeadline(node.goal)}`, suffix: '' });
    }
  }
  return out;
}

/**
 * Render an outline as an indented plain-text tree. Within a width, long
 * titles are cut with `…` and task ids are kept whole.
 *
 * @param nodes The outline.
 * @param t The interface strings.
 * @param options The indent of the top level and the width to fit.
 * @returns One line per node.
 */
export function renderOutlineText(nodes: readonly OutlineNode[], t: Messages, options: { indent: number; width: number | undefined }): string[] {
  return flatten(nodes, t, 0, []).map(({ depth, text, suffix }) => {
    const indent = ' '.repeat(options.indent + depth * 2);
    const tail = suffix === '' ? '' : `  ${suffix}`;
    const room = options.width === undefined ? Infinity : options.width - widthOf(indent) - widthOf(tail);
    return `${indent}${truncate(oneLine(text), Math.max(room, 8))}${tail}`;
  });
}

/**
 * Render an outline as nested Markdown lists; task ids are code spans.
 *
 * @param nodes The outline.
 * @param t The interface strings.
 * @returns One line per node.
 */
export function renderOutlineMarkdown(nodes: readonly OutlineNode[], t: Messages): string[] {
  return flatten(nodes, t, 0, []).map(({ depth, text, suffix }) => {
    const tail = suffix === '' ? '' : suffix.startsWith('[') ? ` _${escapeInline(suffix)}_` : ` \`${suffix}\``;
    return `${'  '.repeat(depth)}- ${escapeInline(text)}${tail}`;
  });
}
