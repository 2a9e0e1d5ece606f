import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { expectExactQuotes } from './helpers.js';

const seedsDir = join(import.meta.dirname, '..', '..', '..', 'seeds');
const seed = (name: string): string => readFileSync(join(seedsDir, name), 'utf8');

/** Each document's tasks as label and title: what must not change when a file is read in pieces. */
const outline = (doc: { tasks: ReadonlyArray<{ label: string | null; title: string; body: string }> }): string[] => doc.tasks.map((t) => `${t.label} ${t.title} ${t.body.length}`);

describe('large inputs', () => {
  it('should read long Markdown in pieces exactly as it reads one copy', () => {
    const one = seed('shanghai-2025-work-points.md');
    const copies = 16; // about 170 KB: three 64 KB pieces
    const text = Array.from({ length: copies }, () => one).join('\n\n');
    const single = parseDocument(one, { file: 'plan.md' }).documents[0];
    const result = parseDocument(text, { file: 'plan.md' });
    expect(result.documents).toHaveLength(copies);
    for (const doc of result.documents) {
      expect(outline(doc)).toEqual(outline(single ?? doc));
      expectExactQuotes(text, doc);
    }
  }, 60_000);

  // Note: no timing is asserted (a loaded machine took 35 s where a quiet one takes about 1 s); the test's timeout
  // catches a quadratic step (finding each figure's task by scanning all tasks took minutes), and `pnpm bench` times it.
  it('should parse a plan of 10,000 tasks, quoting every title and target exactly', () => {
    const text = Array.from({ length: 450 }, () => seed('qingdao-2025-big-data-work-points.txt')).join('\n');
    const [doc] = parseDocument(text, { file: 'plan.txt' }).documents;
    expect(doc?.tasks.length).toBeGreaterThan(10_000);
    // Note: expectExactQuotes recounts lines from the start of the text for every point; here the quotes alone are checked.
    for (const task of doc?.tasks ?? []) expect(text.slice(task.titlePosition.start.offset, task.titlePosition.end.offset)).toBe(task.title);
    for (const target of doc?.targets ?? []) expect(text.slice(target.position.start.offset, target.position.end.offset)).toBe(target.quote);
  }, 120_000);
});
