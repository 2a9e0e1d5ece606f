import { loadCorpus } from '@plankb/core/corpus';

// The bundled seeds; loadCorpus({ dir: 'my-corpus' }) reads another folder.
const corpus = loadCorpus();

for (const document of corpus.documents) {
  console.log(`${document.id}: ${document.title} (${document.tasks.length} tasks)`);
}

const qingdao = corpus.documents.find((d) => d.id === 'qingdao-2025');
const task = qingdao?.tasks.find((t) => t.label === '(十七)');
console.log(task?.title, task?.sectionPath);
