// Writes the column tables of docs/exports.md from the export column lists.
// Run: pnpm --filter @plankb/core generate:export-docs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportDocs } from '../test/quality/export-docs.js';

const target = fileURLToPath(new URL('../../../docs/exports.md', import.meta.url));
writeFileSync(target, exportDocs());
console.log(`wrote ${target}`);
