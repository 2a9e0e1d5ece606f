// A plan's task list attached after it as numbered items rather than a table: the plan's text sums its tasks up and
// points to the attachment (实施重点任务4项，具体任务及责任分工见附件。), and the attachment, titled as a list of tasks
// (…重点任务清单, …任务分工), sets them out one item each (1.推进…。…（牵头单位：…）). The list is the plan's, as its
// table would be: its items are the plan's tasks under the item that points to it, and no plan of its own.
import { kindFromTitle } from './metadata.js';
import { buildOutline } from './outline.js';
import type { Part } from './segment.js';
import type { SourceLine } from '../text/source-lines.js';

// Where a plan's text points to its attachment for its tasks (详见附件, 见附件2, 参见附表).
export const POINTS_TO_ATTACHED = /(?:详见|参见|见)(?:附件|附表)/;
// A title that names a list or division of tasks: a table in most plans, a numbered list in some.
const TASK_LIST_TITLE = /(?:任务清单|工作清单|任务分工|责任分工|工作分工|责任分解|任务分解)$/;

/** Whether a part is an attachment titled as a list of tasks whose outline is a flat list of items. */
function isFlatTaskList(lines: readonly SourceLine[], part: Part): boolean {
  const title = part.title?.text.trim() ?? '';
  if (!part.attachment || part.table !== null || !(TASK_LIST_TITLE.test(title) || kindFromTitle(title) === 'task-allocation')) return false;
  const outline = buildOutline(lines, part.contentStart, part.endLine);
  return outline.nodes.length >= 2 && outline.nodes.every((n) => n.label !== null && n.children.length === 0);
}

/** How many lines of a part point to an attachment. */
function pointers(lines: readonly SourceLine[], part: Part): number {
  let found = 0;
  for (let i = part.contentStart; i < part.endLine; i++) if (POINTS_TO_ATTACHED.test(lines[i]?.text ?? '')) found++;
  return found;
}

/**
 * The plans that are the task lists of the plan before them: a flat numbered list attached to a plan one line of
 * whose text points to an attachment.
 *
 * @param lines The file's lines.
 * @param parts The file's parts.
 * @param plans The indexes of the parts read as plans, in order.
 * @returns Each such list's part index, with the index of the plan it belongs to.
 */
export function attachedTaskLists(lines: readonly SourceLine[], parts: readonly Part[], plans: readonly number[]): Map<number, number> {
  const lists = new Map<number, number>();
  for (let k = 1; k < plans.length; k++) {
    const plan = plans[k - 1] as number;
    const list = plans[k] as number;
    if (lists.has(plan)) continue;
    const listPart = parts[list];
    const planPart = parts[plan];
    if (listPart && planPart && isFlatTaskList(lines, listPart) && pointers(lines, planPart) === 1) lists.set(list, plan);
  }
  return lists;
}
