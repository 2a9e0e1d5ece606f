// One corpus load in a fresh process: prints what it took as JSON. Used by bench/run.ts; the parse cache follows
// PLANKB_CACHE / PLANKB_CACHE_DIR.
//
//   node bench/load-corpus-once.mjs <dir> [open|load]
//
// `open` (the default) is what `plankb docs`, the search and the pickers do: `openCorpus`, each document's head,
// and one document read in full (the last, as a picker would read the one chosen). `load` reads every document in
// full (`loadCorpus`), as a command over the whole corpus does.
import { loadCorpus, openCorpus } from '../packages/core/dist/corpus.js';

const mode = process.argv[3] ?? 'open';
const cpu = process.cpuUsage();
const started = performance.now();
let documents;
let tasks;
let cache;
let oneMs = 0;
if (mode === 'load') {
  const corpus = loadCorpus({ dir: process.argv[2] });
  documents = corpus.documents.length;
  tasks = corpus.documents.reduce((n, d) => n + d.tasks.length, 0);
  cache = corpus.cache;
} else {
  const corpus = openCorpus({ dir: process.argv[2] });
  documents = corpus.documents.length;
  tasks = corpus.documents.reduce((n, d) => n + d.counts.tasks, 0);
  const last = corpus.documents.at(-1);
  const before = performance.now();
  if (last && corpus.document(last.id).tasks.length !== last.counts.tasks) throw new Error('a document read in full differs from its head');
  oneMs = performance.now() - before;
  cache = corpus.cache;
}
const loadMs = performance.now() - started;
const used = process.cpuUsage(cpu);
const memory = process.memoryUsage();
console.log(
  JSON.stringify({
    mode,
    loadMs,
    // Note: CPU time, less sensitive than wall time to other work on a shared machine.
    cpuMs: (used.user + used.system) / 1000,
    oneDocumentMs: oneMs,
    documents,
    tasks,
    cache,
    heapUsedMB: memory.heapUsed / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
