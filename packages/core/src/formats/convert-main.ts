// The converter process: `node convert-main.js <format> < file` writes the conversion of the file's bytes (on stdin) as
// JSON to stdout.
// `convertSourceSync` runs it, so that plankb's synchronous API (parseFile, openDocument, loadCorpus) reads Word,
// PDF and web pages, whose libraries are asynchronous, and so that their code never loads in the caller's process.

import type { SourceFormat } from '../source/source-format.js';
import { convertSource, isConvertedFormat } from './convert.js';

// Note: stdout carries only the JSON; libraries that log (pdf.js warns about missing canvas support) go to stderr.
const toStderr = (...values: unknown[]): void => {
  process.stderr.write(`${values.map(String).join(' ')}\n`);
};
console.log = toStderr;
console.info = toStderr;
console.warn = toStderr;
console.debug = toStderr;

const [format] = process.argv.slice(2);
if (!isConvertedFormat((format ?? null) as SourceFormat | null)) {
  process.stderr.write('usage: convert-main <html|docx|doc|pdf> < file\n');
  process.exit(2);
}
/** The file's bytes, from stdin. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// Note: stdin is read as a stream, not with readFileSync(0): on Node 20, after a synchronous read of a pipe, the
// module loader fails to resolve the converters' dependencies through pnpm's symlinks (ERR_MODULE_NOT_FOUND).
// No top-level await, so that the CommonJS build of this entry builds too (only the ES module one runs).
readStdin()
  .then((bytes) => convertSource(bytes, format as Parameters<typeof convertSource>[1]))
  .then(
    (conversion) => process.stdout.write(JSON.stringify(conversion)),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
