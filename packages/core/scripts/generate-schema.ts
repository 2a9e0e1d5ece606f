// Writes schema/plan-document.schema.json from the zod model and its doc
// comments, then docs/model.md from that schema.
// Run: pnpm --filter @plankb/core generate:schema
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFileText } from './schema-docs.js';

const target = fileURLToPath(new URL('../schema/plan-document.schema.json', import.meta.url));
writeFileSync(target, jsonSchemaFileText());
console.log(`wrote ${target}`);
await import('./generate-model-docs.js');
