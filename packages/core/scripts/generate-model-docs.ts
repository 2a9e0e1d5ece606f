// Writes docs/model.md from the committed JSON Schema. Run: pnpm docs:model
// (pnpm --filter @plankb/core generate:schema runs it too, after the schema).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelDocs } from './model-docs.js';

const target = fileURLToPath(new URL('../../../docs/model.md', import.meta.url));
writeFileSync(target, modelDocs());
console.log(`wrote ${target}`);
