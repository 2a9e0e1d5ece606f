// Writes schema/plan-document.schema.json from the zod model and its doc
// comments, the JSON Schemas of the CLI's JSON outputs beside it
// (schema/plan-diff.schema.json …, from src/model/output-schemas.ts), then
// docs/model.md from the model's schema.
// Run: pnpm --filter @plankb/core generate:schema
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFileText, outputSchemaFileTexts } from './schema-docs.js';

const target = fileURLToPath(new URL('../schema/plan-document.schema.json', import.meta.url));
writeFileSync(target, jsonSchemaFileText());
console.log(`wrote ${target}`);
for (const [name, text] of Object.entries(outputSchemaFileTexts())) {
  const file = fileURLToPath(new URL(`../schema/${name}`, import.meta.url));
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
await import('./generate-model-docs.js');
