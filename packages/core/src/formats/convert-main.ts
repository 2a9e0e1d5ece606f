// The converter process: `node convert-main.js <format> < file` writes the conversion of the file's bytes (on stdin) as
// JSON to stdout.
// `convertSourceSync` runs it, so that plankb's synchronous API (parseFile, openDocument, loadCorpus) reads Word,
// PDF and web pages, whose libraries are asynchronous, and so that their code never loads in the caller's process.

import { readFileSync } from 'node:fs';
import type { SourceFormat } from '../corpus/source-format.js';
import { convertSource, isConvertedFormat } from './convert.js';

const [format] = process.argv.slice(2);
if (!isConvertedFormat((format ?? null) as SourceFormat | null)) {
  process.stderr.write('usage: convert-main <html|docx|doc|pdf> < file\n');
  process.exit(2);
}
// Note: no top-level await, so that the CommonJS build of this entry builds too (only the ES module one runs).
convertSource(readFileSync(0), format as Parameters<typeof convertSource>[1]).then(
  (conversion) => process.stdout.write(JSON.stringify(conversion)),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
