import { hash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/write-atomic.js';
import type { Conversion } from '../formats/types.js';
import { codeFingerprint } from './code-fingerprint.js';
import type { ParseCache } from './parse-cache.js';

function isConversion(value: unknown): value is Conversion {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Conversion>;
  return typeof v.format === 'string' && typeof v.text === 'string' && Array.isArray(v.notes) && typeof v.metadata === 'object';
}

/**
 * The text extracted from a web page, Word or PDF file, from the cache when
 * the same bytes were converted by the same code before (the key is their
 * SHA-256, the format and the code's fingerprint), else converted and kept
 * there: a command run again on the same PDF does not convert it again.
 *
 * @param sha256 The SHA-256 of the file's bytes.
 * @param format The file's format.
 * @param cache The cache, or `null` to convert every time.
 * @param convert The conversion, called on a miss.
 * @returns The conversion.
 */
export function cachedConversion(sha256: string, format: string, cache: ParseCache | null, convert: () => Conversion): Conversion {
  if (cache === null) return convert();
  const path = join(cache.dir, 'extracted', `${hash('sha256', `${codeFingerprint()}:${format}:${sha256}`)}.json`);
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (isConversion(data)) return data;
  } catch {
    // Note: no entry, or a torn one: convert and write it again.
  }
  const conversion = convert();
  try {
    mkdirSync(join(cache.dir, 'extracted'), { recursive: true });
    writeFileAtomic(path, JSON.stringify(conversion), { durable: false });
  } catch {
    // Note: a read-only or full disk only costs the next run a conversion.
  }
  return conversion;
}
