import type { PlanDocument, Target, Task } from '../model/types.js';
import { THEMES, type Theme } from './taxonomy.js';

/**
 * The themes a task carries: those whose keywords occur in its title or body.
 *
 * @param task A task.
 * @param themes The taxonomy; the curated one by default.
 * @returns Theme ids, in taxonomy order.
 */
export function themesOf(task: Pick<Task, 'title' | 'body'>, themes: readonly Theme[] = THEMES): string[] {
  const text = `${task.title}\n${task.body}`;
  return themes.filter((t) => t.keywords.some((k) => text.includes(k))).map((t) => t.id);
}

/**
 * The themes a target carries: its task's, and those its own metric and sentence name (a target of a task on
 * computing that names 数据集 carries the data theme too).
 *
 * @param target A target.
 * @param document Its document, where its task is.
 * @param themes The taxonomy; the curated one by default.
 * @returns Theme ids, the task's first, each once.
 */
export function targetThemes(target: Pick<Target, 'taskId' | 'metric' | 'quote'>, document: Pick<PlanDocument, 'tasks'>, themes: readonly Theme[] = THEMES): string[] {
  const task = target.taskId === null ? undefined : document.tasks.find((t) => t.id === target.taskId);
  return [...new Set([...(task ? themesOf(task, themes) : []), ...themesOf({ title: target.metric, body: target.quote }, themes)])];
}

/** One row of the region × theme matrix: a document and its task count per theme. */
export interface ThemeRow {
  docId: string;
  region: string | null;
  year: number | null;
  period: { start: number; end: number } | null;
  /** Theme id → the ids of the document's tasks that carry it. */
  cells: Record<string, string[]>;
}

/**
 * The region × theme matrix over documents: for each document, which of its
 * tasks carry each theme.
 *
 * @param documents The documents (the whole corpus, say).
 * @param themes The taxonomy; the curated one by default.
 * @returns One row per document.
 */
export function themeMatrix(documents: readonly PlanDocument[], themes: readonly Theme[] = THEMES): ThemeRow[] {
  return documents.map((d) => {
    const cells: Record<string, string[]> = Object.fromEntries(themes.map((t) => [t.id, []]));
    for (const task of d.tasks) for (const id of themesOf(task, themes)) cells[id]?.push(task.id);
    return { docId: d.id, region: d.region, year: d.year, period: d.period, cells };
  });
}

/**
 * Find a theme by id, Chinese name or English gloss.
 *
 * @param name What the user typed (算力, compute).
 * @param themes The taxonomy.
 * @returns The theme, or `undefined`.
 */
export function findTheme(name: string, themes: readonly Theme[] = THEMES): Theme | undefined {
  const n = name.trim().toLowerCase();
  return themes.find((t) => t.id === n || t.name.toLowerCase() === n || t.name.split('/').some((p) => p.toLowerCase() === n) || t.en.toLowerCase() === n);
}
