import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/write-atomic.js';
import type { ParseCache } from './parse-cache.js';

/**
 * What a cached load remembers about a corpus folder's files: each file's
 * size, times and inode, and the SHA-256 of its bytes. When a file's stat
 * is unchanged the next load looks its parse up by that SHA-256 without
 * reading the file, as git's index and make do. It is an index, not a
 * source of truth: a parse the cache does not have is made from the file's
 * bytes, hashed again.
 */
export interface SourceIndex {
  readonly path: string;
  readonly files: Map<string, SourceStamp>;
  /** Whether an entry was added, changed or dropped since it was read. */
  changed: boolean;
}

/** `[size, mtimeMs, ctimeMs, ino, hashedAt, sha256]` of one file, `hashedAt` in ms since the epoch. */
type SourceStamp = [number, number, number, number, number, string];

/** The format of an index file; bump it when its layout changes. */
const INDEX_FORMAT = 1;

/**
 * How long before it was hashed a file must have been last modified for its
 * stat to vouch for its bytes. A file modified within this window (on a file
 * system that keeps times to the second, say) could change again with the
 * same stat; it is hashed on every load until it is older. (A file whose
 * times were put back, by `touch -d` or an archive, has a new ctime.)
 */
const SETTLE_MS = 2000;

function isStamp(value: unknown): value is SourceStamp {
  return Array.isArray(value) && value.length === 6 && value.slice(0, 5).every((n) => typeof n === 'number') && typeof value[5] === 'string';
}

/**
 * Open the source index of a corpus folder, in the parse cache's folder.
 *
 * @param cache The parse cache.
 * @param dir The corpus folder's absolute path.
 * @returns The index; empty when there is none yet or it cannot be read.
 */
export function openSourceIndex(cache: ParseCache, dir: string): SourceIndex {
  const name = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  const index: SourceIndex = { path: join(cache.dir, 'sources', `${name}.json`), files: new Map(), changed: false };
  try {
    const data = JSON.parse(readFileSync(index.path, 'utf8')) as { plankbSourceIndex?: unknown; dir?: unknown; files?: Record<string, unknown> };
    if (data.plankbSourceIndex !== INDEX_FORMAT || data.dir !== dir || typeof data.files !== 'object' || data.files === null) return index;
    for (const [file, stamp] of Object.entries(data.files)) if (isStamp(stamp)) index.files.set(file, stamp);
  } catch {
    // Note: no index yet, or a torn one: this load hashes every file and writes it.
  }
  return index;
}

/**
 * The SHA-256 the index holds for a file whose stat has not changed since it was hashed.
 *
 * @param index The source index.
 * @param file The file, relative to the corpus folder.
 * @param stats Its stat now.
 * @returns The SHA-256, or `undefined` when the file must be read and hashed.
 */
export function knownSha256(index: SourceIndex, file: string, stats: Stats): string | undefined {
  const stamp = index.files.get(file);
  if (!stamp) return undefined;
  const [size, mtimeMs, ctimeMs, ino, hashedAt, sha256] = stamp;
  const same = size === stats.size && mtimeMs === stats.mtimeMs && ctimeMs === stats.ctimeMs && ino === stats.ino;
  return same && mtimeMs < hashedAt - SETTLE_MS ? sha256 : undefined;
}

/**
 * Record the SHA-256 of a file's bytes and the stat it was read with.
 *
 * @param index The source index.
 * @param file The file, relative to the corpus folder.
 * @param stats Its stat, taken before its bytes were read.
 * @param sha256 The SHA-256 of the bytes.
 * @param hashedAt When the bytes were read (ms since the epoch).
 */
export function rememberSha256(index: SourceIndex, file: string, stats: Stats, sha256: string, hashedAt: number): void {
  const stamp: SourceStamp = [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, hashedAt, sha256];
  const old = index.files.get(file);
  if (old?.every((v, i) => v === stamp[i])) return;
  index.files.set(file, stamp);
  index.changed = true;
}

/**
 * Keep only the files a load saw, and write the index when it changed.
 *
 * @param index The source index.
 * @param dir The corpus folder's absolute path.
 * @param seen The files of this load.
 */
export function saveSourceIndex(index: SourceIndex, dir: string, seen: ReadonlySet<string>): void {
  for (const file of index.files.keys()) {
    if (!seen.has(file)) {
      index.files.delete(file);
      index.changed = true;
    }
  }
  if (!index.changed) return;
  try {
    mkdirSync(join(index.path, '..'), { recursive: true });
    const data = { plankbSourceIndex: INDEX_FORMAT, dir, files: Object.fromEntries(index.files) };
    // Note: atomic, not fsynced, like the cache files: a torn index is read as none.
    writeFileAtomic(index.path, JSON.stringify(data), { durable: false });
    index.changed = false;
  } catch {
    // Note: a read-only or full disk only costs the next load the hashing.
  }
}
