import type { PlanDocument, Task } from '@plankb/core';
import { loadCorpus } from '@plankb/core/corpus';

// The model's types, for functions of your own.
function tasksByChapter(document: PlanDocument): Map<string, Task[]> {
  const chapters = new Map<string, Task[]>();
  for (const task of document.tasks) {
    const chapter = task.sectionPath[0] ?? '(no chapter)';
    chapters.set(chapter, [...(chapters.get(chapter) ?? []), task]);
  }
  return chapters;
}

const shanghai = loadCorpus().documents.find((d) => d.id === 'shanghai-2025');
for (const [chapter, tasks] of shanghai ? tasksByChapter(shanghai) : []) {
  console.log(`${tasks.length}  ${chapter}`);
}
