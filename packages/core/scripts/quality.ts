// Scores extraction and alignment on the seeds against the hand annotations (docs/quality.md).
// Run: pnpm --filter @plankb/core quality
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { evaluate, qualityTable } from '../test/quality/evaluate.js';
import { evaluateAlignment, f1 } from '../test/quality/evaluate-alignment.js';

const documents = loadCorpus().documents;
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
console.log('## Targets and indicators\n');
console.log(qualityTable(evaluate(documents)));
console.log('\n## Alignment\n');
console.log('| situation | annotated | found | correct | precision | recall |\n|---|---|---|---|---|---|');
const scores = evaluateAlignment(documents);
for (const s of scores) console.log(`| ${s.situation} (${s.a} → ${s.b}) | ${s.gold} | ${s.found} | ${s.correct} | ${pct(s.found ? s.correct / s.found : 1)} | ${pct(s.correct / s.gold)} |`);
const all = f1(scores);
console.log(`| all | ${scores.reduce((n, s) => n + s.gold, 0)} | ${scores.reduce((n, s) => n + s.found, 0)} | ${scores.reduce((n, s) => n + s.correct, 0)} | ${pct(all.precision)} | ${pct(all.recall)} |`);
