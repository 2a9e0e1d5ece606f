// The real-document development set (test/realdocs): every file yields a plan with its tasks, every reported item
// quotes its source exactly, and the quality figures stay at or above what the parser reaches today
// (docs/quality.md; pnpm --filter @plankb/core quality shows them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../src/corpus/read-source.js';
import { parseDocument } from '../src/parse/parse-document.js';
import { expectExactQuotes } from './helpers.js';
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
    expect(all.correct / all.gold).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ['title', 0.95],
    ['tasks', 0.95],
    ['taskCount', 0.95],
    ['indicators', 0.9],
    ['targets', 0.8],
  ] as const)('should keep %s recall at or above %d', (field, floor) => {
    const f = totals(scores)[field];
    expect(f.correct / f.gold).toBeGreaterThanOrEqual(floor);
  });

  it('should keep the copies byte for byte as the README lists them', () => {
    const readme = readFileSync(join(REALDOCS_DIR, 'README.md'), 'utf8');
    for (const file of files) expect(readme).toContain(file);
    expect(files).toHaveLength(20);
  });
});
