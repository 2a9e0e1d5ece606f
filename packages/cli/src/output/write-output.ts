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
export function writeFileAtomic(path: string, text: string | Uint8Array, t: Pick<Messages, 'outputUnwritable' | 'ioReasons'>): void {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, target);
  } catch (cause) {
    rmSync(temp, { force: true });
    const code = (cause as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' ? t.ioReasons[code] : (cause as Error).message;
    throw new CliError('output-unwritable', t.outputUnwritable(path, reason), { cause });
  }
}
