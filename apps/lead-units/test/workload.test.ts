import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PlanDocument } from '@plankb/core';
import { findDocument, loadCorpus } from '@plankb/core/corpus';
import { describe, expect, it } from 'vitest';
import { leadUnitWorkload, toMarkdown } from '../src/workload.js';

const draft: PlanDocument = findDocument(loadCorpus().documents, 'qingpu-2023-draft');

describe('leadUnitWorkload', () => {
  it('should put 区大数据中心 first in qingpu-2023-draft: it leads the most rows', () => {
    const [busiest, next] = leadUnitWorkload(draft);
    expect(busiest).toEqual({ unit: '区大数据中心', leads: 41, supports: 23, firstDue: '2023-06-30', lastDue: '2023-12-31' });
    expect(next && busiest && next.leads < busiest.leads).toBe(true);
  });

  it('should sort by rows led, then rows supported, and count every lead unit once', () => {
    const loads = leadUnitWorkload(draft);
    for (let i = 1; i < loads.length; i++) {
      const [a, b] = [loads[i - 1]!, loads[i]!];
      expect(a.leads > b.leads || (a.leads === b.leads && a.supports >= b.supports)).toBe(true);
    }
    const leadUnits = new Set(draft.assignments.flatMap((row) => row.leadUnits));
    expect(loads.map((l) => l.unit).sort()).toEqual([...leadUnits].sort());
    expect(loads.reduce((sum, l) => sum + l.leads, 0)).toBe(draft.assignments.reduce((sum, row) => sum + row.leadUnits.length, 0));
  });

  it('should give an empty table for a plan without a task-allocation table', () => {
    expect(leadUnitWorkload(findDocument(loadCorpus().documents, 'qingdao-2025'))).toEqual([]);
  });
});

describe('toMarkdown', () => {
  it('should write a heading and one table row per lead unit', () => {
    const loads = leadUnitWorkload(draft);
    const lines = toMarkdown(draft, loads).trimEnd().split('\n');
    expect(lines[0]).toBe(`# Lead-unit workload: ${draft.title}`);
    expect(lines[4]).toBe('| Lead unit | Leads | Supports | Earliest due | Latest due |');
    expect(lines[6]).toBe('| 区大数据中心 | 41 | 23 | 2023-06-30 | 2023-12-31 |');
    expect(lines).toHaveLength(6 + loads.length);
  });
});

describe('the start script', () => {
  it('should print the table for qingpu-2023-draft, and exit 2 naming the closest id for a typo', () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', env: { ...process.env, PLANKB_CORPUS: '' } });
    const ok = run();
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('| 区大数据中心 | 41 |');
    const typo = run('qingpu-2023-drafts');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/^unknown-id: Unknown document id: qingpu-2023-drafts\. Did you mean .*qingpu-2023-draft/);
  }, 60_000);
});
