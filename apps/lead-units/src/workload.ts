import type { Assignment, PlanDocument } from '@plankb/core';

/** One lead unit's share of a task-allocation table (重点任务分工表). */
export interface UnitLoad {
  /** The unit as written in the table, e.g. 区大数据中心. */
  unit: string;
  /** Rows that name it as a lead unit (牵头单位). */
  leads: number;
  /** Rows that name it as a supporting unit (配合单位). */
  supports: number;
  /** The earliest ISO due date of the rows it leads; `null` when none has a date. */
  firstDue: string | null;
  /** The latest ISO due date of the rows it leads. */
  lastDue: string | null;
}

/**
 * Count, for every unit that leads at least one row, the rows it leads and
 * supports, and the span of the due dates of the rows it leads.
 *
 * @param document A parsed plan with a task-allocation table.
 * @returns One entry per lead unit, busiest first (most rows led, then most supported, then by name).
 */
export function leadUnitWorkload(document: PlanDocument): UnitLoad[] {
  const loads = new Map<string, UnitLoad>();
  const loadOf = (unit: string): UnitLoad => {
    let load = loads.get(unit);
    if (!load) {
      load = { unit, leads: 0, supports: 0, firstDue: null, lastDue: null };
      loads.set(unit, load);
    }
    return load;
  };
  for (const row of document.assignments) {
    for (const unit of row.leadUnits) {
      const load = loadOf(unit);
      load.leads++;
      widenDueSpan(load, row);
    }
  }
  // Supporting rows count only for units that lead something: this is a lead-unit table.
  for (const row of document.assignments) {
    for (const unit of row.supportingUnits) {
      const load = loads.get(unit);
      if (load) load.supports++;
    }
  }
  return [...loads.values()].sort((a, b) => b.leads - a.leads || b.supports - a.supports || a.unit.localeCompare(b.unit, 'zh'));
}

/** Stretch a unit's due-date span to cover a row. ISO dates compare correctly as strings. */
function widenDueSpan(load: UnitLoad, row: Assignment): void {
  if (row.due === null) return;
  if (load.firstDue === null || row.due < load.firstDue) load.firstDue = row.due;
  if (load.lastDue === null || row.due > load.lastDue) load.lastDue = row.due;
}

/**
 * Render the workload as a Markdown table, with a heading naming the document.
 *
 * @param document The plan the table comes from.
 * @param loads What `leadUnitWorkload` returned for it.
 * @returns Markdown text ending in a newline.
 */
export function toMarkdown(document: PlanDocument, loads: readonly UnitLoad[]): string {
  const lines = [
    `# Lead-unit workload: ${document.title ?? document.id}`,
    '',
    `\`${document.id}\`: ${document.assignments.length} rows in the task-allocation table, ${loads.length} lead units.`,
    '',
    '| Lead unit | Leads | Supports | Earliest due | Latest due |',
    '|---|---:|---:|---|---|',
    ...loads.map((l) => `| ${l.unit} | ${l.leads} | ${l.supports} | ${l.firstDue ?? '—'} | ${l.lastDue ?? '—'} |`),
  ];
  return `${lines.join('\n')}\n`;
}
