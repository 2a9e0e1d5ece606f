import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusDataset, type DatasetTable, toCsv, toParquet } from '@plankb/core/export';
import type { Argv, CommandModule } from 'yargs';
import { CliError } from '../errors.js';
import { activeLang, messages } from '../i18n.js';
import { exportMessages } from '../i18n-export.js';
import type { Io } from '../io.js';
import type { ArgsOf, GlobalArgs } from '../options.js';
import { hasErrors } from '../output/diagnostics.js';
import { writeFailure, writeFileAtomic } from '../output/write-output.js';
import { issueLines, runHandler, type CommandResult } from './_shared.js';
import { openTrack, readStoreReporting } from './_store.js';
import { trackMessages } from '../i18n-track.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = exportMessages(activeLang());
  return (
    parser
      // Note: no alias here: the global option's -o is kept, and naming it again lists it twice in help.
      .option('output', { type: 'string', describe: t.optOutput, requiresArg: true })
      .option('store', { type: 'string', describe: t.optStore, requiresArg: true })
      // Note: the tables are always Parquet and CSV, so the global --format means nothing here.
      .hide('format')
      .example('$0 export --output plankb-data', t.example)
      .example('$0 export --corpus my-plans --output my-plans-data', t.exampleCorpus)
  );
}

export type ExportArgs = ArgsOf<typeof builder>;

/**
 * Make the output folder, or say why it cannot be one.
 *
 * @param folder The folder.
 * @param args The language.
 * @throws {CliError} `output-unwritable` for a file of that name or a folder that cannot be made.
 */
function makeFolder(folder: string, args: Pick<GlobalArgs, 'lang'>): void {
  const existing = statSync(folder, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) throw new CliError('output-unwritable', exportMessages(args.lang).notFolder(folder));
  try {
    mkdirSync(folder, { recursive: true });
  } catch (cause) {
    throw writeFailure(join(folder, 'documents.parquet'), cause, messages(args.lang));
  }
}

/**
 * Write one table as `<name>.parquet` and `<name>.csv`, each atomically.
 *
 * @param folder The output folder.
 * @param table The table.
 * @param args The language, for errors.
 */
function writeTable(folder: string, table: DatasetTable, args: Pick<GlobalArgs, 'lang'>): void {
  writeFileAtomic(join(folder, `${table.name}.parquet`), toParquet(table.rows, table.columns), messages(args.lang));
  writeFileAtomic(join(folder, `${table.name}.csv`), toCsv(table.rows, table.columns), messages(args.lang));
}

/**
 * Write the corpus, and the observations recorded for it, as a folder of
 * related tables in Parquet and CSV (docs/exports.md is their dictionary).
 * A corpus file that could not be read, or a store line that does not
 * validate, is reported and left out: the rest is written, and the exit code is 1.
 *
 * @param args The parsed arguments.
 * @param _io Unused: everything goes to files; what was written goes to stderr.
 * @returns No output, the tables written and the problems for stderr, and the exit code.
 * @throws {CliError} `output-required` without `--output`, `output-unwritable` when the folder cannot be written.
 */
export function handleExport(args: ExportArgs, _io: Io): CommandResult {
  const t = exportMessages(args.lang);
  if (args.output === undefined) throw new CliError('output-required', t.needOutput);
  const folder = resolve(args.output);
  const { corpus, storeDir } = openTrack(args);
  const { store, stderr: storeLines } = readStoreReporting(storeDir, trackMessages(args.lang));
  const tables = corpusDataset(corpus.documents, store.observations);
  makeFolder(folder, args);
  for (const table of tables) writeTable(folder, table, args);
  const exitCode = hasErrors(corpus.issues) || store.problems.length > 0 ? 1 : 0;
  const written = [t.written(tables.length, folder), ...tables.map((table) => t.table(table.name, table.rows.length))];
  return { output: '', wrote: true, stderr: [...written, ...issueLines(corpus.issues, 'error', corpus.dir), ...storeLines], exitCode };
}

export const exportCommand: CommandModule<GlobalArgs, ExportArgs> = {
  command: 'export',
  get describe() {
    return exportMessages(activeLang()).describe;
  },
  builder,
  handler: runHandler(handleExport),
};
