// Search indexes kept in the cache folder, so that a repeated `plankb search` over an unchanged corpus
// loads its index instead of building it again (about a second at 50,000 tasks, several at 500,000 items).
//
// This module knows files, not search: a stored index is a small JSON header and a list of typed arrays,
// keyed by a string the caller makes from the corpus's content and the code. The search module checks that
// what it gets back is a well-formed index before using it.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/write-atomic.js';

/** The format of a stored index file; bump it when the layout below changes. */
const FILE_FORMAT = 1;
const MAGIC = 'plankb-search-index';
const SUFFIX = '.bin';
/** Indexes of other corpora (or of earlier states of one) kept beside the newest: a user switching between a few corpora keeps them all. */
const KEEP = 4;

/** The kinds of typed array a stored index holds. */
export type StoredArray = Int32Array | Uint16Array;

/** What a stored index holds: a header for the caller (JSON) and named typed arrays. */
export interface StoredIndex {
  readonly meta: unknown;
  readonly arrays: Readonly<Record<string, StoredArray>>;
}

interface Header {
  magic: string;
  format: number;
  key: string;
  meta: unknown;
  arrays: Array<{ name: string; type: 'i32' | 'u16'; length: number }>;
}

/**
 * The folder of stored search indexes under a cache folder.
 *
 * @param cacheDir The cache folder (the parse cache's).
 * @returns `<cacheDir>/search`.
 */
export function searchIndexDir(cacheDir: string): string {
  return join(cacheDir, 'search');
}

function pathOf(cacheDir: string, key: string): string {
  return join(searchIndexDir(cacheDir), `${key}${SUFFIX}`);
}

/** Padding to the next multiple of 8 bytes, so that every array starts aligned for its views. */
const padded = (n: number): number => (n + 7) & ~7;

/**
 * Read a stored index, or `null` when there is none, or it cannot be read as one (torn, edited, another
 * format, another key): the caller builds the index again and stores it over the bad file. The arrays
 * are views of the file's bytes, not copies.
 *
 * @param cacheDir The cache folder.
 * @param key The index's key.
 * @returns The header's `meta` and the arrays, or `null`.
 */
export function readStoredIndex(cacheDir: string, key: string): StoredIndex | null {
  const path = pathOf(cacheDir, key);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  let stored: StoredIndex | null;
  try {
    stored = decode(bytes, key);
  } catch {
    return null;
  }
  if (stored) {
    try {
      // Note: the modification time says which indexes were used last (see `pruneStoredIndexes`).
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // Note: a cache folder that can be read but not written (another user's) still serves its index.
    }
  }
  return stored;
}

function decode(bytes: Buffer, key: string): StoredIndex | null {
  if (bytes.length < 8) return null;
  const headerLength = bytes.readUInt32LE(0);
  if (headerLength > bytes.length - 8) return null;
  const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Partial<Header>;
  if (header.magic !== MAGIC || header.format !== FILE_FORMAT || header.key !== key || !Array.isArray(header.arrays)) return null;
  // Note: views need an aligned start; a file read into Node's shared pool (small files) may not be.
  const buffer = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  const arrays: Record<string, StoredArray> = {};
  let at = padded(8 + headerLength);
  for (const entry of header.arrays) {
    const { name, type, length } = entry as Partial<Header['arrays'][number]>;
    if (typeof name !== 'string' || !Number.isSafeInteger(length) || (length as number) < 0 || (type !== 'i32' && type !== 'u16')) return null;
    const size = (length as number) * (type === 'i32' ? 4 : 2);
    if (at + size > buffer.length) return null;
    arrays[name] = type === 'i32' ? new Int32Array(buffer.buffer, buffer.byteOffset + at, length) : new Uint16Array(buffer.buffer, buffer.byteOffset + at, length);
    at = padded(at + size);
  }
  if (at !== buffer.length) return null;
  return { meta: header.meta, arrays };
}

/**
 * Store an index atomically (a reader sees the old file or the new one), then remove the indexes used
 * least recently beyond the few kept. A cache that cannot be written is no error: the index was built and
 * is used all the same.
 *
 * @param cacheDir The cache folder.
 * @param key The index's key.
 * @param index The header's `meta` (JSON) and the arrays.
 * @returns Whether the file was written.
 */
export function writeStoredIndex(cacheDir: string, key: string, index: StoredIndex): boolean {
  const names = Object.keys(index.arrays);
  const header: Header = {
    magic: MAGIC,
    format: FILE_FORMAT,
    key,
    meta: index.meta,
    arrays: names.map((name) => {
      const array = index.arrays[name]!;
      return { name, type: array instanceof Int32Array ? 'i32' : 'u16', length: array.length };
    }),
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  // The file in chunks (the length, the header, each array, each padded to 8 bytes): no copy of the arrays.
  const start = Buffer.alloc(padded(8 + head.length));
  start.writeUInt32LE(head.length, 0);
  head.copy(start, 8);
  const chunks: Uint8Array[] = [start];
  for (const name of names) {
    const array = index.arrays[name]!;
    chunks.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    const pad = padded(array.byteLength) - array.byteLength;
    if (pad > 0) chunks.push(new Uint8Array(pad));
  }
  try {
    mkdirSync(searchIndexDir(cacheDir), { recursive: true });
    // Note: not durable: a file torn by a crash is read as no index and written again.
    writeFileAtomic(pathOf(cacheDir, key), chunks, { durable: false });
  } catch {
    return false;
  }
  pruneStoredIndexes(cacheDir, key);
  return true;
}

/**
 * Remove stored indexes beyond the `KEEP` used most recently (and the one just written): every change to a
 * corpus makes a new key, and the files of earlier states would otherwise stay for ever.
 *
 * @param cacheDir The cache folder.
 * @param current The key to keep whatever its time.
 */
export function pruneStoredIndexes(cacheDir: string, current: string): void {
  const dir = searchIndexDir(cacheDir);
  try {
    const files = readdirSync(dir)
      .filter((name) => name.endsWith(SUFFIX) && name !== `${current}${SUFFIX}`)
      .map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const file of files.slice(KEEP - 1)) rmSync(join(dir, file.name), { force: true });
  } catch {
    // Note: another process may be pruning too; what is left is pruned next time.
  }
}
