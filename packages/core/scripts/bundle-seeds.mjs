// Copies the repository's seeds/ into the package before `pnpm pack` or
// `pnpm publish` (the prepack script), and removes the copy afterwards
// (postpack, with --remove). Installed, `defaultCorpusDir()` then finds
// node_modules/@plankb/core/seeds; in the checkout it finds the root seeds/.
//
// Note: plain JavaScript, not TypeScript, so it runs with no dev dependencies.
// Note: the copy is removed after packing because `defaultCorpusDir()` walks up
// from the module and would prefer a stale packages/core/seeds over the root one.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const to = fileURLToPath(new URL('../seeds/', import.meta.url));

rmSync(to, { recursive: true, force: true });
if (process.argv.includes('--remove')) {
  console.log(`removed ${to}`);
} else {
  if (!existsSync(`${from}manifest.json`)) {
    console.error(`bundle-seeds: no manifest.json in ${from}; expected the repository's seeds/ folder.`);
    process.exit(1);
  }
  cpSync(from, to, { recursive: true });
  console.log(`copied ${from} to ${to}`);
}
