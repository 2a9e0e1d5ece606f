// The lock file that serialises writers of a corpus manifest or a track store; in fs/
// because corpus/ and track/ both take it.
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { PlanError } from '../errors/plan-error.js';
import { tempPathFor } from './write-atomic.js';

/** Options of a lock file: when a lock left behind counts as stale, and how long to wait. */
export interface LockOptions {
  /** A lock older than this is taken to be left by a crashed process and is broken. @default 10000 */
  staleMs?: number;
  /** How long to wait for the lock before giving up. @default 30000 */
  timeoutMs?: number;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Block the thread for `ms` milliseconds (the lock is synchronous, like the rest of the corpus API). */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** The content of a lock file left behind (too old, or held by a process of this machine that no longer runs), or `null` when it is live or gone. */
function staleContent(path: string, staleMs: number): string | null {
  let content: string;
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
    content = readFileSync(path, 'utf8');
  } catch {
    return null; // gone already: just try again
  }
  if (Date.now() - mtimeMs > staleMs) return content;
  const [pid, host] = content.split(' ');
  if (host !== hostname() || !pid || !/^\d+$/.test(pid)) return null;
  try {
    process.kill(Number(pid), 0);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH' ? content : null;
  }
}

/** Remove a stale lock, unless another process replaced it with a live one in the meantime. */
function breakLock(path: string, stale: string): void {
  const aside = tempPathFor(path);
  try {
    renameSync(path, aside);
  } catch {
    return; // another process broke it first
  }
  try {
    if (readFileSync(aside, 'utf8') !== stale) linkSync(aside, path); // Note: we moved a live lock aside; put it back (link fails if a new one exists).
  } catch {
    // Note: a new lock was taken meanwhile; the one moved aside is lost, as in any lock-file scheme after a crash.
  }
  rmSync(aside, { force: true });
}

function tryAcquire(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid} ${hostname()} ${new Date().toISOString()}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Run `fn` while holding a lock file, created with `O_EXCL` so that only one
 * process at a time holds it. A lock left by a crashed process (its pid is
 * gone, or it is older than `staleMs`) is broken: renamed away first, so
 * that of two processes breaking it at once only one succeeds.
 *
 * @param path The lock file's path.
 * @param fn What to do while holding it.
 * @param options How long to wait, and when a lock is stale.
 * @returns What `fn` returns.
 * @throws {PlanError} `file-unreadable` when the lock cannot be had in time.
 */
export function withFileLock<T>(path: string, fn: () => T, options: LockOptions = {}): T {
  const staleMs = options.staleMs ?? 10_000;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let wait = 2;
  while (!tryAcquire(path)) {
    if (Date.now() > deadline) {
      let holder = '';
      try {
        holder = readFileSync(path, 'utf8').trim();
      } catch {
        // gone in the meantime
      }
      throw new PlanError('file-unreadable', `${path}: another plankb process holds this lock (${holder || 'unknown'}).\nWait for it to finish, or remove the file if no plankb process is running.`);
    }
    const stale = staleContent(path, staleMs);
    if (stale !== null) {
      breakLock(path, stale);
      continue;
    }
    sleep(wait + Math.random() * wait);
    wait = Math.min(wait * 2, 50);
  }
  try {
    return fn();
  } finally {
    rmSync(path, { force: true });
  }
}
