import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from '../errors.js';
import type { Messages } from '../i18n.js';

/**
 * Write a file atomically: write a temporary file in the same folder, then
 * rename it over the target, so readers never see half a file and a failed
 * write leaves the old file in place.
 *
 * @param path The file to write.
 * @param text Its new content.
 * @param t The interface strings, to say why a write failed.
 * @throws {CliError} `output-unwritable` when the folder or file cannot be written.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array, t: Pick<Messages, 'outputUnwritable' | 'folderUnwritable' | 'ioReasons'>): void {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, target);
  } catch (cause) {
    rmSync(temp, { force: true });
    throw writeFailure(path, cause, t);
  }
}

/** Errors about the folder a file goes in (it cannot take any new file), rather than about the file. */
const FOLDER_ERRORS = new Set(['ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR']);

/**
 * Say why a file could not be written, in terms a user can act on: the
 * folder and what is wrong with it (read-only, full, missing, not allowed),
 * or the file (a folder of that name). Never the temporary file's name.
 *
 * @param path The file the user asked for.
 * @param cause The file system's error.
 * @param t The interface strings.
 * @returns The error to throw.
 */
export function writeFailure(path: string, cause: unknown, t: Pick<Messages, 'outputUnwritable' | 'folderUnwritable' | 'ioReasons'>): CliError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? '';
  const reasons: Record<string, string> = t.ioReasons;
  const reason = reasons[code] ?? (code === '' ? String((cause as Error | undefined)?.message ?? cause) : code);
  if (FOLDER_ERRORS.has(code)) return new CliError('output-unwritable', t.folderUnwritable(dirname(resolve(path)), reason), { cause });
  return new CliError('output-unwritable', t.outputUnwritable(path, reason), { cause });
}
