// Writes docs/themes.md from the theme taxonomy. Run: pnpm --filter @plankb/core generate:theme-docs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { themeDocs } from '../test/quality/theme-docs.js';

const target = fileURLToPath(new URL('../../../docs/themes.md', import.meta.url));
writeFileSync(target, themeDocs());
console.log(`wrote ${target}`);
