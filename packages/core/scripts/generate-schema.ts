// Writes schema/plan-document.schema.json from the zod model. Run: pnpm --filter @plankb/core generate:schema
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planDocumentJsonSchemaText } from '../src/model/json-schema.js';

const target = fileURLToPath(new URL('../schema/plan-document.schema.json', import.meta.url));
writeFileSync(target, planDocumentJsonSchemaText());
console.log(`wrote ${target}`);
