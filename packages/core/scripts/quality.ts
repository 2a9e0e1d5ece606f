// Scores target and indicator extraction on the seeds against the hand annotation.
// Run: pnpm --filter @plankb/core quality
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { evaluate, qualityTable } from '../test/quality/evaluate.js';

console.log(qualityTable(evaluate(loadCorpus().documents)));
