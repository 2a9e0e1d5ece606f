// The real-document development set (test/realdocs): every file yields a plan with its tasks, every reported item
// quotes its source exactly, and the quality figures stay at or above what the parser reaches today
// (docs/quality.md; pnpm --filter @plankb/core quality shows them).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../src/corpus/read-source.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';
import { fieldTotals, scoreAnnotations } from './quality/evaluate-annotations.js';
import { mainPlan, overall, readFacts, REALDOCS_DIR, realdocFiles, scoreRealdocs, totals } from './quality/evaluate-realdocs.js';

const files = realdocFiles();

describe.each(files)('%s', (file) => {
  const source = readSourceFile(join(REALDOCS_DIR, file));
  const { documents, issues } = parseDocument(source.text, { file });
  const doc = mainPlan(documents);

  it('should yield a plan with at least the tasks a reader counts', () => {
    expect(doc).not.toBeNull();
    expect(doc?.tasks.length).toBeGreaterThanOrEqual(readFacts()[file]?.tasks_min ?? 1);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('should quote the source exactly at every position it reports', () => {
    for (const d of documents) expectExactQuotes(source.text, d);
  });
});

describe('the development set as a whole', () => {
  const scores = scoreRealdocs();
  it('should keep the facts found at or above the level reached', () => {
    const all = overall(scores);
    expect(all.correct / all.gold).toBeGreaterThanOrEqual(0.98);
  });

  it.each(['title', 'region', 'year', 'date', 'docNumber', 'period', 'taskCount', 'tasks', 'targets', 'indicators', 'leadUnits'] as const)(
    'should keep facts.json %s recall at or above 95%%',
    (field) => {
      const f = totals(scores)[field];
      expect(f.correct / f.gold).toBeGreaterThanOrEqual(0.95);
    },
  );
});

describe('the development set against the full hand annotation', () => {
  const scores = scoreAnnotations();
  // Floors just below what the parser reaches (docs/quality.md), so a change that loses ground fails here.
  it.each([
    ['title', 0.95, 0.95],
    ['region', 0.95, 0.95],
    ['level', 0.95, 0.95],
    ['year', 0.95, 0.95],
    ['date', 0.95, 0.95],
    ['docNumber', 0.95, 0.95],
    ['period', 0.95, 0.95],
    ['chapters', 0.95, 0.95],
    ['tasks', 0.95, 0.96],
    ['leadUnits', 0.97, 0.96],
    ['targets', 0.97, 0.95],
    ['indicators', 0.92, 0.92],
  ] as const)('should keep %s precision at or above %d and recall at or above %d', (field, precision, recall) => {
    const t = fieldTotals(scores, field);
    expect(t.precision).toBeGreaterThanOrEqual(precision);
    expect(t.recall).toBeGreaterThanOrEqual(recall);
  });

  it('should keep the copies byte for byte (SHA256SUMS was made from the shared originals)', () => {
    const readme = readFileSync(join(REALDOCS_DIR, 'README.md'), 'utf8');
    for (const file of files) expect(readme).toContain(file);
    expect(files).toHaveLength(20);
    const sums = readFileSync(join(REALDOCS_DIR, 'SHA256SUMS'), 'utf8').trim().split('\n');
    for (const line of sums) {
      const [sum, name] = line.split(/\s+/);
      expect(createHash('sha256').update(readFileSync(join(REALDOCS_DIR, name ?? ''))).digest('hex'), name).toBe(sum);
    }
  });
});
