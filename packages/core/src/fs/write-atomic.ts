// File helpers shared by corpus/, cache/ and track/ (they lived in corpus/ as private
// modules, which made cache/ and track/ reach into corpus/ and corpus/ and cache/
// import each other).
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface WriteAtomicOptions {
  /**
   * Flush the data and the folder entry to disk (fsync) before and after the
   * rename, so the new file survives a crash. A cache can skip this: a torn
   * cache file is detected and rewritten.
   * @default true
   */
  durable?: boolean;
}

/** A unique temporary name next to `path` (same folder, so the rename stays on one file system). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Flush a folder's entries to disk, so a rename in it is durable.
 *
 * @param dir The folder.
 */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Note: some platforms (Windows) cannot open a folder; the rename is atomic all the same.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Write data to a new file that no one else can have opened (`O_EXCL`), and
 * optionally fsync it.
 *
 * @param path The file to create.
 * @param data Its content.
 * @param durable Whether to fsync.
 */
export function writeNewFile(path: string, data: string | Uint8Array | readonly Uint8Array[], durable: boolean): void {
  const fd = openSync(path, 'wx');
  try {
    // Note: a list of chunks is written one after the other, so a large file need not be copied into one buffer first.
    const chunks = typeof data === 'string' ? [Buffer.from(data, 'utf8')] : data instanceof Uint8Array ? [data] : data;
    for (const bytes of chunks) for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    if (durable) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Write a file atomically: write a temporary file in the same folder, then
 * rename it over the target. Readers see the old file or the new one, never
 * half of one, and a failed write leaves the old file in place.
 *
 * @param path The file to write.
 * @param data Its new content (bytes, or a list of chunks written in order).
 * @param options Whether to fsync.
 * @throws The file system's error, after removing the temporary file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array | readonly Uint8Array[], options: WriteAtomicOptions = {}): void {
  const durable = options.durable ?? true;
  const temp = tempPathFor(path);
  try {
    writeNewFile(temp, data, durable);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  if (durable) fsyncDir(dirname(path));
}
