import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '@plankb/core/corpus';

const corpus = loadCorpus();
const document = corpus.documents.find((d) => d.id === 'qingpu-2025');
if (!document) throw new Error('qingpu-2025 is missing');

// Positions point into the source file: the slice is exactly the item's text.
const text = readFileSync(join(corpus.dir, document.source.file), 'utf8');
const task = document.tasks[0];
if (task) {
  const { start, end } = task.titlePosition;
  console.log(`${document.source.file}:${start.line}:${start.column}`, text.slice(start.offset, end.offset) === task.title, task.title);
}

// Provenance says where each metadata value came from: the text, the manifest, or derived.
for (const field of ['title', 'region', 'year']) {
  const p = document.provenance[field];
  console.log(field, p?.from, p?.quote ?? '', p?.position ? `line ${p.position.start.line}` : '');
}
