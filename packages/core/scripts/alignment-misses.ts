// The links the aligner misses and the wrong ones it makes, on the year-to-year pair of the seeds and the annotated
// real pairs, with the two tasks' titles: what to read before changing the aligner (docs/quality.md).
//
//   pnpm --filter @plankb/core exec tsx scripts/alignment-misses.ts

import { readFileSync } from 'node:fs';
import { alignPlans } from '../src/align/align-plans.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { PlanDocument } from '../src/model/types.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
const docs = loadCorpus().documents;
const byId = new Map(docs.map((d) => [d.id, d]));
const seeds = JSON.parse(readFileSync(new URL('../test/annotations/alignment.json', import.meta.url), 'utf8')).pairs;
const real = JSON.parse(readFileSync(new URL('../test/annotations/alignment-real.json', import.meta.url), 'utf8')).pairs;
const dir = new URL('../test/realdocs/', import.meta.url);
const read = (f: string): PlanDocument => parseDocument(readFileSync(new URL(f, dir), 'utf8'), { file: f }).documents[0] as PlanDocument;
for (const g of [...seeds.filter((p: { situation: string }) => p.situation.startsWith('one year')), ...real]) {
  const [a, b] = g.files ? g.files.map(read) : [byId.get(g.a)!, byId.get(g.b)!];
  const al = alignPlans(a, b, {});
  const t = (d: PlanDocument, id: string) => { const x = d.tasks.find((k) => k.id === id); return x ? `${x.label ?? ''}${x.title}`.slice(0, 30) : id; };
  const found = new Map(al.links.map((l) => [`${l.a} ${l.b}`, l]));
  const gold = new Set(g.links.map(([x, y]: [string, string]) => `${x} ${y}`));
  console.log(`\n## ${g.situation} ${g.a} -> ${g.b}`);
  for (const k of gold) if (!found.has(k)) { const [x, y] = k.split(' '); console.log(`MISS ${x.split(':')[1]}→${y.split(':')[1]}  ${t(a, x)}  ⇒  ${t(b, y)}`); }
  for (const [k, l] of found) if (!gold.has(k)) console.log(`WRONG ${l.a.split(':')[1]}→${l.b.split(':')[1]} ${l.score.toFixed(3)} [${l.signals}] ${t(a, l.a)}  ⇒  ${t(b, l.b)}`);
}
