import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { isPlanError, type PlanError } from '../src/errors/plan-error.js';

/**
 * Temporary folders for one test file, removed when its tests are done.
 *
 * @param prefix The folders' name prefix, to tell them apart in /tmp.
 * @returns A function that makes a new folder.
 */
export function tempDirs(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/**
 * The `PlanError` a call throws.
 *
 * @param fn The call.
 * @returns The error; any other outcome fails the test.
 */
export function thrown(fn: () => unknown): PlanError {
  try {
    fn();
  } catch (error) {
    if (isPlanError(error)) return error;
    throw error;
  }
  throw new Error('expected a PlanError');
}
