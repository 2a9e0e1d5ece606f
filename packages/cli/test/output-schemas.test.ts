import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AttainmentSchema, CascadeSchema, PlanDiffSchema, SearchResultSchema } from '@plankb/core';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

// The JSON the commands print is what core's output schemas describe (published as @plankb/core/schema/*.json), so
// that a consumer can validate it. A schema is strict: a field the CLI adds or drops fails here.

const store = mkdtempSync(join(tmpdir(), 'plankb-output-schemas-'));
afterAll(() => rmSync(store, { recursive: true, force: true }));

/** The command's JSON output, after checking that it ran. */
async function json(args: string[]): Promise<unknown> {
  const { code, stdout, stderr } = await runCli([...args, '--format', 'json']);
  expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(stdout);
}

/** The problems zod finds, none when the value matches. */
function problems(schema: typeof PlanDiffSchema | typeof CascadeSchema | typeof AttainmentSchema | typeof SearchResultSchema, value: unknown): string[] {
  return schema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
}

describe('the CLI JSON outputs match the published schemas', () => {
  it('plankb diff prints a PlanDiff', async () => {
    const diff = await json(['diff', 'qingpu-2023-draft', 'qingpu-2023']);
    expect(problems(PlanDiffSchema, diff)).toEqual([]);
    expect((diff as { pairs: unknown[] }).pairs.length).toBeGreaterThan(0);
  });

  it('plankb cascade prints a Cascade', async () => {
    const cascade = await json(['cascade', 'shanghai-2025']);
    expect(problems(CascadeSchema, cascade)).toEqual([]);
    expect((cascade as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
  });

  it('plankb track status prints Attainments, with and without observations', async () => {
    expect((await runCli(['track', 'record', 'qingdao-2025:tg1', '1', '--date', '2025-06-30', '--store', store])).code).toBe(0);
    const statuses = (await json(['track', 'status', '--doc', 'qingdao-2025', '--as-of', '2025-07-01', '--store', store])) as Array<{ latest: unknown }>;
    expect(statuses.length).toBeGreaterThan(1);
    expect(statuses.some((s) => s.latest !== null)).toBe(true);
    for (const status of statuses) expect(problems(AttainmentSchema, status)).toEqual([]);
  });

  it('plankb search prints search results: SearchHits with the matched text and its source position', async () => {
    const hits = (await json(['search', '算力'])) as Array<{ at: unknown }>;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((hit) => hit.at !== null)).toBe(true);
    for (const hit of hits) expect(problems(SearchResultSchema, hit)).toEqual([]);
  });
});
