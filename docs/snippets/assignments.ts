import { findDocument, loadCorpus } from '@plankb/core/corpus';

const draft = findDocument(loadCorpus().documents, 'qingpu-2023-draft');
console.log(`${draft.assignments.length} rows`);

// One row of the 重点任务分工表: lead units, supporting units, the deadline as written and as a date.
const row = draft.assignments[1];
if (row) {
  console.log(row.taskTitle);
  console.log('lead:', row.leadUnits.join('、'));
  console.log('supporting:', row.supportingUnits.join('、') || '—');
  console.log('due:', row.dueText, '→', row.due);
  console.log('task:', draft.tasks.find((t) => t.id === row.taskId)?.label);
}
