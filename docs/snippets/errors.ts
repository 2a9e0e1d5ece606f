import { isPlanError } from '@plankb/core';
import { findDocument, loadCorpus, readSourceFile } from '@plankb/core/corpus';

// Misuse and I/O throw a PlanError; its `code` is stable, for scripts to branch on.
try {
  findDocument(loadCorpus().documents, 'qingdao-2052');
} catch (error) {
  if (!isPlanError(error)) throw error;
  console.log(error.code, error.suggestions);
}

try {
  readSourceFile('no/such/plan.txt');
} catch (error) {
  if (!isPlanError(error)) throw error;
  console.log(error.code, '-', error.message);
}
