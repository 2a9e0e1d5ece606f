// Scores extraction and alignment on the seeds against the hand annotations,
// and the parser on the real-document development set against its facts (docs/quality.md).
// Run: pnpm --filter @plankb/core quality [--misses]
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { evaluate, qualityTable } from '../test/quality/evaluate.js';
import { DEFAULT_THRESHOLD } from '../src/align/align-plans.js';
import { evaluateAlignment, evaluateRealAlignment, f1, offTopicLinks, offTopicPlans } from '../test/quality/evaluate-alignment.js';
import { annotationTables, scoreAnnotations } from '../test/quality/evaluate-annotations.js';
import { realdocsTables, scoreRealdocs } from '../test/quality/evaluate-realdocs.js';
import { FLATTENED_VARIANTS, FORMAT_VARIANTS, scoreVariant, variantTable } from '../test/quality/format-variants.js';
import { SPELLING_VARIANTS } from '../test/quality/spelling-variants.js';

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
console.log('\nReal pairs of test/realdocs (annotations/alignment-real.json, annotated before the aligner was run on them):\n');
console.log('| situation | annotated | found | correct | precision | recall |\n|---|---|---|---|---|---|');
const real = evaluateRealAlignment();
for (const s of real) console.log(`| ${s.situation} (${s.a.slice(0, 2)} → ${s.b.slice(0, 2)}) | ${s.gold} | ${s.found} | ${s.correct} | ${pct(s.found ? s.correct / s.found : 1)} | ${pct(s.correct / s.gold)} |`);
const allReal = f1(real);
console.log(`| all real pairs | ${real.reduce((n, s) => n + s.gold, 0)} | ${real.reduce((n, s) => n + s.found, 0)} | ${real.reduce((n, s) => n + s.correct, 0)} | ${pct(allReal.precision)} | ${pct(allReal.recall)} |`);
const offTopic = offTopicPlans();
const noise = offTopicLinks(documents, {}, offTopic);
console.log(`\nThreshold against the annotation and against links to off-topic plans (${noise.pairs} pairs of a seed and an off-topic real plan, relatedness at most ${noise.relatedness.toFixed(3)}: every link is noise):\n`);
console.log('| threshold | precision | recall | F1 | links to off-topic plans |\n|---|---|---|---|---|');
for (const threshold of [0.06, 0.08, 0.1, 0.11, 0.12, 0.15, 0.2]) {
  const r = f1(evaluateAlignment(documents, { threshold }));
  const mark = threshold === DEFAULT_THRESHOLD ? '**' : '';
  console.log(`| ${mark}${threshold.toFixed(2)}${mark} | ${pct(r.precision)} | ${pct(r.recall)} | ${r.f1.toFixed(3)} | ${offTopicLinks(documents, { threshold }, offTopic).links} |`);
}

console.log('\n## Real documents (test/realdocs, facts.json)\n');
const realdocs = scoreRealdocs();
console.log(realdocsTables(realdocs));
console.log('\n### The same documents in other forms (test/quality/format-variants.ts)\n');
const variants = [];
for (const variant of [...FORMAT_VARIANTS, ...FLATTENED_VARIANTS]) variants.push({ variant, scores: await scoreVariant(variant) });
console.log(variantTable(variants));
console.log('\n### The same documents in other spellings (test/quality/spelling-variants.ts)\n');
variants.length = 0;
for (const variant of SPELLING_VARIANTS) variants.push({ variant, scores: await scoreVariant(variant) });
console.log(variantTable(variants));
console.log('\n## Real documents (test/realdocs, the full hand annotation)\n');
console.log(annotationTables(scoreAnnotations()));
if (process.argv.includes('--misses')) {
  console.log('\n### What was missed\n');
  for (const s of realdocs) {
    if (s.misses.length === 0) continue;
    console.log(`- ${s.file}`);
    for (const m of s.misses) console.log(`  - ${m}`);
  }
}
