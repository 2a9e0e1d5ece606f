// The cascade alone, timed as `pnpm bench` times it, with a SHA-256 of every cascade it makes: to time a change to
// align/ or cascade/ in minutes rather than the whole bench, and to show it leaves every link and score the same.
// It imports core's sources from the repository given, so the same corpus can be run by two checkouts (a second
// worktree at the commit before a change) and the two hashes compared.
//
//   pnpm exec tsx bench/cascade-oracle.ts [--root .] [--docs 2000] [--seed 42] [--regions fixed|scaled]
//                                         [--corpus dir] [--limit uppers] [--no-hash]
//
// The corpus is generated once into --corpus (a folder in the system temp folder by default) and reused; it needs the
// built SDK (bench/generate-corpus.ts imports dist/). It is loaded through the checkout's parse cache (PLANKB_CACHE_DIR
// to put it elsewhere). --limit runs the first upper plans only (at 20,000 documents on the fixed regions the whole
// cascade takes many minutes). The hash is taken outside the timed calls; --no-hash leaves it out.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PlanDocument } from '../packages/core/dist/index.js';
import { plansByParent } from './timing.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = resolve(option('root') ?? repoRoot);
const docs = Number(option('docs') ?? 2000);
const seed = Number(option('seed') ?? 42);
const regions = option('regions') === 'scaled' ? 'scaled' : 'fixed';
const corpusDir = resolve(option('corpus') ?? join(tmpdir(), `plankb-cascade-${docs}-${seed}-${regions}`));
const limit = Number(option('limit') ?? Number.POSITIVE_INFINITY);
const hashed = !process.argv.includes('--no-hash');

type Cascade = (upper: PlanDocument, lowers: readonly PlanDocument[]) => { rows: Array<{ cells: Array<{ taskIds: string[] }> }> };
type Lower = (upper: PlanDocument, documents: readonly PlanDocument[]) => PlanDocument[];

if (!existsSync(join(corpusDir, 'manifest.json'))) {
  const { generateCorpus } = (await import('./generate-corpus.js')) as typeof import('./generate-corpus.js');
  generateCorpus({ documents: docs, seed, dir: corpusDir, regions });
}
const source = (entry: string): string => pathToFileURL(join(root, 'packages', 'core', 'src', entry)).href;
const { loadCorpus } = (await import(source('corpus.ts'))) as { loadCorpus: (o: { dir: string }) => { documents: PlanDocument[] } };
const { cascadePlan, lowerPlans } = (await import(source('align.ts'))) as { cascadePlan: Cascade; lowerPlans: Lower };
const { documents } = loadCorpus({ dir: corpusDir });

const hash = createHash('sha256');
let [uppers, pairs, links, inCalls] = [0, 0, 0, 0];
const cpu = process.cpuUsage();
const started = performance.now();
// Note: as bench/run.ts: the plans grouped by parent region once, then each plan's lower plans from its group.
const byParent = plansByParent(documents);
for (const upper of documents) {
  if (uppers >= limit) break;
  const lowers = upper.region === null ? [] : lowerPlans(upper, byParent.get(upper.region) ?? []);
  if (lowers.length === 0) continue;
  uppers++;
  pairs += lowers.length;
  const called = performance.now();
  const cascade = cascadePlan(upper, lowers);
  inCalls += performance.now() - called;
  if (!hashed) continue;
  hash.update(JSON.stringify(cascade));
  for (const row of cascade.rows) for (const cell of row.cells) links += cell.taskIds.length;
}
const used = process.cpuUsage(cpu);
const result = {
  root,
  corpus: corpusDir,
  documents: documents.length,
  regions: new Set(documents.flatMap((d) => (d.region === null ? [] : [d.region]))).size,
  uppers,
  pairs,
  cascadeMs: Math.round(inCalls),
  loopWallMs: Math.round(performance.now() - started),
  loopCpuMs: Math.round((used.user + used.system) / 1000),
  ...(hashed ? { links, sha256: hash.digest('hex') } : {}),
};
console.log(JSON.stringify(result));
