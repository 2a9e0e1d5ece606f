// One corpus load in a fresh process, as `plankb docs` does it: prints what it took as JSON.
// Used by bench/run.ts; the parse cache follows PLANKB_CACHE / PLANKB_CACHE_DIR.
import { loadCorpus } from '../packages/core/dist/index.js';

const cpu = process.cpuUsage();
const started = performance.now();
const corpus = loadCorpus({ dir: process.argv[2] });
const loadMs = performance.now() - started;
const used = process.cpuUsage(cpu);
const memory = process.memoryUsage();
console.log(
  JSON.stringify({
    loadMs,
    // Note: CPU time, less sensitive than wall time to other work on a shared machine.
    cpuMs: (used.user + used.system) / 1000,
    documents: corpus.documents.length,
    tasks: corpus.documents.reduce((n, d) => n + d.tasks.length, 0),
    cache: corpus.cache,
    heapUsedMB: memory.heapUsed / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
