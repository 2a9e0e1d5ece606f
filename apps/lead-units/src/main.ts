// Prints the lead-unit workload of a plan in the bundled corpus as Markdown.
// Run: pnpm --filter @plankb/example-lead-units start [document-id]
import { isPlanError } from '@plankb/core';
import { findDocument, loadCorpus } from '@plankb/core/corpus';
import { leadUnitWorkload, toMarkdown } from './workload.js';

const id = process.argv[2] ?? 'qingpu-2023-draft';

try {
  const document = findDocument(loadCorpus().documents, id);
  if (document.assignments.length === 0) {
    console.error(`${id} has no task-allocation table. Try qingpu-2023-draft.`);
    process.exitCode = 1;
  } else {
    process.stdout.write(toMarkdown(document, leadUnitWorkload(document)));
  }
} catch (error) {
  // Misuse and I/O come as a PlanError with a code (here, `unknown-id`).
  if (!isPlanError(error)) throw error;
  console.error(`${error.code}: ${error.message}`);
  process.exitCode = 2;
}
