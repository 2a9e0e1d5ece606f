// A target in an item whose duty names a deadline (新增学位3600个。（责任单位：区教育局；完成时间：2024年8月底前）) is due
// by that deadline, as a task table's row dates the targets it states (extract-figures.ts): the item's 完成时限 is when
// its work, figures included, is to be done.
import type { Assignment, Target } from '../model/types.js';

const PARTIAL = /阶段|持续|启动|开工|初步|开始|试点|常态/;

/**
 * Date the targets of each item by its duty's deadline, where the target's own text dates it by its year alone and the
 * deadline falls in that year. An item whose duties name different deadlines dates nothing.
 *
 * @param targets The plan's targets, changed in place.
 * @param assignments The plan's duties.
 */
export function dateByItemDue(targets: readonly Target[], assignments: readonly Assignment[]): void {
  const dueOf = new Map<string, string | null>();
  for (const a of assignments) {
    // Note: a deadline of a first step (3月底取得阶段性成效并持续推进, 6月底前启动) is no deadline of the item's figures.
    if (a.taskId === null || PARTIAL.test(a.dueText ?? '')) continue;
    const known = dueOf.get(a.taskId);
    dueOf.set(a.taskId, known === undefined || known === a.due ? a.due : null);
  }
  for (const t of targets) {
    const due = t.taskId === null ? null : dueOf.get(t.taskId);
    if (!due || !t.deadline || t.deadline.date !== null || Number(due.slice(0, 4)) !== t.deadline.year) continue;
    t.deadline = { year: t.deadline.year, date: due };
  }
}
