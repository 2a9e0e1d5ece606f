import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 * A hash of the code that is running: the bundle file when built (dist/),
 * or every source file when run from `src/` (tests, tsx). It is part of the
 * parse-cache key, so a change to the parser invalidates the cache even
 * when nobody bumped PARSER_VERSION.
 *
 * @returns The hash, computed once per process.
 */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  try {
    const self = fileURLToPath(import.meta.url);
    const files = /\.ts$/.test(self) ? sourceFiles(dirname(dirname(self))) : [self];
    for (const file of files) hash.update(file.slice(file.lastIndexOf('src'))).update(readFileSync(file));
  } catch {
    // Note: when the code cannot be read (an unusual bundler), PARSER_VERSION alone keys the cache.
    hash.update('unknown');
  }
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}
