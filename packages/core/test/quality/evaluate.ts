import { readFileSync } from 'node:fs';
import type { PlanDocument } from '../../src/model/types.js';

interface GoldTarget {
  task: string;
  metric: string;
  value: number;
  unit: string;
  comparator: string;
  year: number;
  approx: boolean;
}
interface GoldIndicator {
  metric: string;
  value: number;
  unit: string;
  comparator: string | null;
  asOf: string;
  approx: boolean;
}
type Gold = Record<string, { targets: GoldTarget[]; indicators: GoldIndicator[] }>;

export const FIELDS = ['value', 'unit', 'comparator', 'deadline', 'metric', 'approx', 'task'] as const;
export type Field = (typeof FIELDS)[number];

export interface Score {
  predicted: number;
  gold: number;
  /** Per field: items whose field is right. A missing or extra item is wrong in every field. */
  correct: Record<Field, number>;
}

export function readGold(): Gold {
  return JSON.parse(readFileSync(new URL('../annotations/figures.json', import.meta.url), 'utf8')) as Gold;
}

const norm = (s: string): string => s.replace(/[\s“”"]/g, '');

interface Item {
  metric: string;
  subject: string | null;
  value: number;
  unit: string | null;
  comparator: string | null;
  deadline: string | null;
  approx: boolean;
  task: string | null;
}

function score(predicted: Item[], gold: Item[]): Score {
  const result: Score = { predicted: predicted.length, gold: gold.length, correct: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number> };
  const unused = [...predicted];
  for (const g of gold) {
    // Pair on the figure itself; among equal figures prefer the one with the same metric.
    const candidates = unused.filter((p) => p.value === g.value && p.unit === g.unit);
    const p = candidates.find((c) => norm(c.metric) === norm(g.metric)) ?? candidates[0];
    if (!p) continue;
    unused.splice(unused.indexOf(p), 1);
    result.correct.value++;
    result.correct.unit++;
    if (p.comparator === g.comparator) result.correct.comparator++;
    if (p.deadline === g.deadline) result.correct.deadline++;
    if ([norm(p.metric), norm(`${p.subject ?? ''}${p.metric}`)].includes(norm(g.metric))) result.correct.metric++;
    if (p.approx === g.approx) result.correct.approx++;
    if (p.task === g.task) result.correct.task++;
  }
  return result;
}

function add(a: Score, b: Score): Score {
  return { predicted: a.predicted + b.predicted, gold: a.gold + b.gold, correct: Object.fromEntries(FIELDS.map((f) => [f, a.correct[f] + b.correct[f]])) as Record<Field, number> };
}

const empty = (): Score => ({ predicted: 0, gold: 0, correct: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number> });

/**
 * Score extracted targets and indicators against the hand annotation.
 *
 * @param documents The parsed seed documents.
 * @returns Totals for targets and for indicators.
 */
export function evaluate(documents: readonly PlanDocument[]): { targets: Score; indicators: Score } {
  const gold = readGold();
  let targets = empty();
  let indicators = empty();
  for (const doc of documents) {
    const g = gold[doc.id] ?? { targets: [], indicators: [] };
    targets = add(
      targets,
      score(
        doc.targets.map((t) => ({ ...t, deadline: String(t.deadline?.year ?? ''), task: t.taskId?.split(':')[1] ?? null })),
        g.targets.map((t) => ({ ...t, subject: null, deadline: String(t.year) })),
      ),
    );
    indicators = add(
      indicators,
      score(
        doc.indicators.map((t) => ({ ...t, deadline: t.asOf, task: null })),
        g.indicators.map((t) => ({ ...t, subject: null, deadline: t.asOf, task: null })),
      ),
    );
  }
  return { targets, indicators };
}

/** Precision and recall of a field, as fractions. */
export function precisionRecall(s: Score, field: Field): { precision: number; recall: number } {
  return { precision: s.predicted === 0 ? 1 : s.correct[field] / s.predicted, recall: s.gold === 0 ? 1 : s.correct[field] / s.gold };
}

/** The quality table as Markdown, for docs/quality.md. */
export function qualityTable(result: { targets: Score; indicators: Score }): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const rows = ['| | field | precision | recall |', '|---|---|---|---|'];
  for (const [name, s] of [['targets', result.targets], ['indicators', result.indicators]] as const) {
    for (const field of FIELDS) {
      if (name === 'indicators' && field === 'task') continue;
      const { precision, recall } = precisionRecall(s, field);
      rows.push(`| ${name} (${s.predicted} found, ${s.gold} annotated) | ${field === 'deadline' && name === 'indicators' ? 'asOf' : field} | ${pct(precision)} | ${pct(recall)} |`);
    }
  }
  return rows.join('\n');
}
