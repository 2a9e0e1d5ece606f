import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PlanError } from '../errors/plan-error.js';
import type { ConvertedFormat } from './convert.js';
import type { Conversion } from './types.js';

/** The command that runs the converter process, wherever this module runs from. */
function converterCommand(): { args: string[]; cwd: string | undefined } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // Note: from the sources (tests, tsx), the converter runs from its source too, through tsx.
    return { args: ['--import', 'tsx', fileURLToPath(new URL('./convert-main.ts', here))], cwd: fileURLToPath(new URL('../../', here)) };
  }
  // Note: bundled into the CLI, import.meta.url is @plankb/core's package.json; built, it is dist/index.(c)js.
  const script = here.endsWith('/package.json') ? new URL('./dist/convert-main.js', here) : new URL('./convert-main.js', here);
  return { args: [fileURLToPath(script)], cwd: undefined };
}

/**
 * Convert a file synchronously: in a separate Node process, since the
 * converters' libraries (pdf.js, mammoth, word-extractor) are asynchronous
 * and plankb's file API is not. The process loads only the converter the
 * format needs.
 *
 * @param path The file's path, for messages.
 * @param bytes The file's bytes.
 * @param format Its format.
 * @returns The conversion.
 * @throws {PlanError} `file-unreadable` when the converter cannot read the file (a damaged or encrypted file).
 */
export function convertSourceSync(path: string, bytes: Uint8Array, format: ConvertedFormat): Conversion {
  const { args, cwd } = converterCommand();
  try {
    const out = execFileSync(process.execPath, [...args, format], { input: bytes, cwd, maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'pipe'], env: process.env });
    return JSON.parse(out.toString('utf8')) as Conversion;
  } catch (cause) {
    const stderr = String((cause as { stderr?: Buffer }).stderr ?? '').trim().split('\n').slice(-3).join(' ').replace(/[.。]+$/, '');
    const what = { html: 'web page', docx: 'Word (.docx) file', doc: 'Word 97–2003 (.doc) file', pdf: 'PDF file' }[format];
    throw new PlanError('file-unreadable', `${path}: could not read this ${what}${stderr ? `: ${stderr}` : ''}.\nExpected a ${what} that opens in its usual program; if it is damaged or password-protected, save it again (or as .docx or PDF) and retry.`, { cause });
  }
}
