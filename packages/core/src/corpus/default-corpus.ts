import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_FILE } from './manifest-file.js';

/**
 * The bundled knowledge base: the `seeds/` folder shipped with the package
 * (or the repository's, in a checkout). `PLANKB_CORPUS` overrides it.
 *
 * @returns The folder's absolute path.
 */
export function defaultCorpusDir(): string {
  const fromEnv = process.env.PLANKB_CORPUS;
  if (fromEnv) return resolve(fromEnv);
  // Note: walk up from this module, since it runs from src/ in tests, from dist/ when built and from node_modules when installed.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    const seeds = join(dir, 'seeds');
    if (existsSync(join(seeds, MANIFEST_FILE))) return seeds;
    dir = dirname(dir);
  }
  return resolve('seeds');
}
