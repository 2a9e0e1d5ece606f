import { resolve } from 'node:path';
import { OBSERVATION_COLUMNS } from '@plankb/core/track';
import { toCsv, toMarkdownTable, toRecords, toXlsx } from '@plankb/core/export';
import type { Argv, CommandModule } from 'yargs';
import { CliError } from '../../errors.js';
import { activeLang } from '../../i18n.js';
import { trackMessages } from '../../i18n-track.js';
import type { Io } from '../../io.js';
import type { ArgsOf, GlobalArgs } from '../../options.js';
import { runHandler, toJson, type CommandResult } from '../_shared.js';
import { chosenDocuments, docOption, moreFormats, openTrack, readStoreReporting, storeOption } from './_shared.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = trackMessages(activeLang());
  return docOption(storeOption(moreFormats(parser, ['csv', 'xlsx'] as const, 'csv', t.optExportFormat)))
    .example('$0 track export -o observations.csv', t.exportExample)
    .example('$0 track export --format xlsx -o observations.xlsx', t.exportExampleXlsx)
    .example('$0 track export --doc qingdao-2025 --format md', t.exportExampleMd);
}

export type ExportArgs = ArgsOf<typeof builder>;

/**
 * Write every observation out, corrected ones included so the history
 * survives a round trip through `track import`, with the columns import reads.
 *
 * @param args The parsed arguments.
 * @param io Unused: the output goes to stdout or `--output` as it is.
 * @returns The table (CSV with a BOM, XLSX bytes for `--output`, JSON or Markdown, all with the same columns).
 * @throws {CliError} `output-required` for XLSX without `--output`.
 */
export async function handleExport(args: ExportArgs, _io: Io): Promise<CommandResult> {
  const t = trackMessages(args.lang);
  if (args.format === 'xlsx' && args.output === undefined) throw new CliError('output-required', t.needOutput);
  const { corpus, storeDir } = openTrack(args);
  const docs = args.doc === undefined ? null : new Set(chosenDocuments(corpus, args.doc).map((d) => d.id));
  const { store, stderr } = readStoreReporting(storeDir, t);
  // Note: lines of the store that do not validate are left out of the export and reported: exit 1, as `track list` does.
  const exitCode = store.problems.length > 0 ? 1 : 0;
  const rows = store.observations.filter((o) => docs === null || docs.has(o.docId));
  const written = args.output === undefined ? [] : [t.exported(rows.length, resolve(args.output))];
  switch (args.format) {
    case 'json':
      return { output: toJson(toRecords(rows, OBSERVATION_COLUMNS)), stderr: [...written, ...stderr], exitCode };
    case 'md':
      return { output: toMarkdownTable(rows, OBSERVATION_COLUMNS), stderr: [...written, ...stderr], exitCode };
    case 'xlsx':
      return { output: '', binary: await toXlsx(rows, OBSERVATION_COLUMNS, 'observations'), stderr: [...written, ...stderr], exitCode };
    default:
      return { output: toCsv(rows, OBSERVATION_COLUMNS), stderr: [...written, ...stderr], exitCode };
  }
}

export const exportCommand: CommandModule<GlobalArgs, ExportArgs> = {
  command: 'export',
  get describe() {
    return trackMessages(activeLang()).exportDescribe;
  },
  builder,
  handler: runHandler(handleExport),
};
