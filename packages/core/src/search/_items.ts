import type { PlanDocument } from '../model/types.js';
import type { SearchItem } from './types.js';

/** A figure's title: its metric, led by its subject when the metric does not name it (`黄浦区` + `虚拟电厂需求响应`). */
function figureTitle(figure: { subject: string | null; metric: string }): string {
  return figure.subject && !figure.metric.includes(figure.subject) ? `${figure.subject}${figure.metric}` : figure.metric;
}

/**
 * The items of a corpus's documents: every task, then every target, then every indicator, document by document.
 *
 * @param documents The documents.
 * @returns The items.
 */
export function searchItems(documents: readonly PlanDocument[]): SearchItem[] {
  const items: SearchItem[] = [];
  for (const d of documents) {
    for (const t of d.tasks) items.push({ kind: 'task', id: t.id, docId: d.id, taskId: t.id, title: t.title, text: t.body });
    for (const f of d.targets) items.push({ kind: 'target', id: f.id, docId: d.id, taskId: f.taskId, title: figureTitle(f), text: f.quote });
    for (const f of d.indicators) items.push({ kind: 'indicator', id: f.id, docId: d.id, taskId: f.taskId, title: figureTitle(f), text: f.quote });
  }
  return items;
}
