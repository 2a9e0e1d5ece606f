// Matching the rows of a task table to the plan's tasks. A table attached to a plan (重点任务分工表) names its
// rows' tasks in its own words: the same title with its number (1.推动建立…), a shortened or reworded title, or
// no title at all, only the measures (具体措施) that paraphrase the task's text. Rows are matched by their title
// first, then by how much of their text the task's text holds, one row group to one task where possible.

import { diceSimilarity, normalizeForMatch } from '../_utils/similarity.js';
import type { Task } from '../model/types.js';
import type { AllocationRow, AllocationTable, Cell } from './allocation-table.js';
import type { ColumnRole } from './table-header.js';

/** What a row says about its task: its 重点任务 cell (written or carried down) and its content. */
export interface RowText {
  title: string | null;
  content: string;
}

/**
 * A row's cell of a column: an empty 重点任务 cell under a merged one is the task above; an empty cell of any other
 * column is empty.
 *
 * @param row The row.
 * @param role The column.
 * @returns The cell, its own or carried down.
 */
export function rowCell(row: AllocationRow, role: ColumnRole): Cell | undefined {
  const own = row.cells[role];
  return own && (own.text !== '' || !row.inherited[role]) ? own : row.inherited[role];
}

/** The column that says what a row does: its content, or in a table with none (序号 | 重点任务 | 责任单位) its task. */
export function doingColumn(table: AllocationTable): ColumnRole {
  return table.columns.includes('content') ? 'content' : 'task';
}

/**
 * What each row of a task table says about its task, for `matchRowsToTasks`.
 *
 * @param table The table.
 * @returns Each row's title (when the table names tasks beside their content) and content.
 */
export function rowTexts(table: AllocationTable): RowText[] {
  const doing = doingColumn(table);
  return table.rows.map((row) => ({ title: doing === 'content' ? rowCell(row, 'task')?.text || null : null, content: rowCell(row, doing)?.text ?? '' }));
}

/** The task a row belongs to, and how it was found. */
export interface RowMatch {
  task: Task | null;
  /** `title` (same or similar title), `content` (the row's text found in the task's), or `null`. */
  by: 'title' | 'content' | null;
  score: number;
}

/** Titles this similar (Dice over character bigrams) are the same task reworded between the plan and its table. */
export const MIN_TITLE_SIMILARITY = 0.6;
/**
 * A row belongs to a task when this share of its text's weighted bigrams occurs in the task's title and body.
 * Note: bigrams are weighted by how few of the plan's tasks hold them, so that words every task uses (推进, 数据,
 * 建设) count little; unrelated tasks of one plan share about a fifth of a row's weight, a paraphrase well over half.
 */
export const MIN_CONTENT_SHARE = 0.45;

// Note: the row's own number (1. 2、 （三）) is no part of its title.
const LEADING_LABEL = /^\s*(?:\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])\s*/;

const keyOf = (text: string): string => normalizeForMatch(text.replace(LEADING_LABEL, ''));

function bigramSet(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

/** The share of `row`'s bigram weight that `task` holds. */
function weightedShare(row: ReadonlySet<string>, task: ReadonlySet<string>, weight: (g: string) => number): number {
  let total = 0;
  let shared = 0;
  for (const g of row) {
    const w = weight(g);
    total += w;
    if (task.has(g)) shared += w;
  }
  return total === 0 ? 0 : shared / total;
}

/**
 * Match a table's rows to a plan's tasks. Rows that share a title (a merged
 * 重点任务 cell, or the title repeated) form one group. A group whose title is
 * a task's title (its number aside) takes that task. The others are scored
 * against every task by title similarity and by the share of their text the
 * task holds, and paired best first, one group to one task; a group whose
 * tasks were all taken by better pairs joins its best task if that still
 * passes the threshold (a task split over several rows). A group below the
 * threshold for every task matches none.
 *
 * @param rows The rows, in table order.
 * @param tasks The plan's tasks.
 * @returns For each row, its task (or `null`) and how it was found.
 */
export function matchRowsToTasks(rows: readonly RowText[], tasks: readonly Task[]): RowMatch[] {
  const groups = new Map<string, number[]>();
  rows.forEach((row, k) => {
    const key = row.title ? `t:${keyOf(row.title)}` : `r:${k}`;
    const members = groups.get(key);
    if (members) members.push(k);
    else groups.set(key, [k]);
  });
  const taskKeys = tasks.map((t) => keyOf(t.title));
  const taskGrams = tasks.map((t) => bigramSet(normalizeForMatch(`${t.title}${t.body}`)));
  const df = new Map<string, number>();
  for (const grams of taskGrams) for (const g of grams) df.set(g, (df.get(g) ?? 0) + 1);
  const weight = (g: string): number => Math.log((tasks.length + 1) / ((df.get(g) ?? 0) + 0.5));

  const result: RowMatch[] = rows.map(() => ({ task: null, by: null, score: 0 }));
  const assign = (members: readonly number[], t: number, by: 'title' | 'content', score: number): void => {
    for (const k of members) result[k] = { task: tasks[t] ?? null, by, score };
  };
  const taken = new Set<number>();
  const open: Array<{ members: number[]; scores: Array<{ t: number; by: 'title' | 'content'; score: number }> }> = [];
  for (const [key, members] of groups) {
    const title = key.startsWith('t:') ? key.slice(2) : null;
    const exact = title ? taskKeys.indexOf(title) : -1;
    if (exact >= 0) {
      assign(members, exact, 'title', 1);
      taken.add(exact);
      continue;
    }
    const text = bigramSet(normalizeForMatch(`${title ?? ''}${members.map((k) => rows[k]?.content ?? '').join('')}`));
    const scores = tasks.map((_, t) => {
      const byTitle = title ? diceSimilarity(title, taskKeys[t] ?? '') : 0;
      const byContent = weightedShare(text, taskGrams[t] ?? new Set(), weight);
      // Note: a title that passes its own threshold wins; otherwise the content share decides.
      if (byTitle >= MIN_TITLE_SIMILARITY) return { t, by: 'title' as const, score: 1 + byTitle };
      return { t, by: 'content' as const, score: byContent };
    });
    open.push({ members, scores: scores.filter((s) => s.score >= MIN_CONTENT_SHARE).sort((a, b) => b.score - a.score) });
  }
  // Best pairs first, each task to one group.
  const pairs = open.flatMap((g, i) => g.scores.map((s) => ({ i, ...s }))).sort((a, b) => b.score - a.score || a.t - b.t);
  const done = new Set<number>();
  for (const p of pairs) {
    if (done.has(p.i) || taken.has(p.t)) continue;
    assign(open[p.i]?.members ?? [], p.t, p.by, p.score);
    done.add(p.i);
    taken.add(p.t);
  }
  // A group whose tasks all went to better pairs joins its best one.
  open.forEach((g, i) => {
    const best = g.scores[0];
    if (!done.has(i) && best) assign(g.members, best.t, best.by, best.score);
  });
  return result;
}
