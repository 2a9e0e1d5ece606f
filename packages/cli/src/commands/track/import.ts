import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PlanError } from '@plankb/core';
import { appendEntries, OBSERVATION_COLUMNS, type ObservationEntry, readObservationTable, type RowProblem, type StoreContents } from '@plankb/core/track';
import type { Argv, CommandModule } from 'yargs';
import { activeLang } from '../../i18n.js';
import { trackMessages, type TrackMessages } from '../../i18n-track.js';
import type { Io } from '../../io.js';
import type { ArgsOf, GlobalArgs } from '../../options.js';
import { localMessage } from '../../output/zh-messages.js';
import { runHandler, toJson, type CommandResult } from '../_shared.js';
import { byOption, openTrack, readStoreReporting, recorder, shownPath, storeOption } from './_shared.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = trackMessages(activeLang());
  return byOption(storeOption(parser))
    .positional('file', { type: 'string', demandOption: true, describe: t.argImportFile })
    .example('$0 track import observations.csv', t.importExample)
    .example('$0 track import 2025-q2.xlsx --store ../team-store --by 王芳', t.importExampleXlsx)
    .epilogue(t.importColumns(OBSERVATION_COLUMNS.map((c) => `${c.name}: ${c.description}`)));
}

export type ImportArgs = ArgsOf<typeof builder>;

const sameReading = (a: ObservationEntry, b: ObservationEntry): boolean =>
  a.target === b.target && a.value === b.value && a.date === b.date && a.role === b.role && a.supersedes === b.supersedes;

/**
 * Check the ids a file gives (core keeps them, so an exported store imports
 * with its corrections still pointing at what they correct). An id already
 * in the store is the same entry imported before (skipped) or a clash (a
 * problem); an id twice in the file is a problem.
 */
function checkIds(entries: readonly ObservationEntry[], rows: readonly number[], store: StoreContents, t: TrackMessages): { entries: ObservationEntry[]; problems: RowProblem[]; skipped: number } {
  const stored = new Map<string, ObservationEntry>(store.observations.map((o) => [o.id, o]));
  const taken = new Set<string>([...store.observations, ...store.progress].map((e) => e.id));
  const seen = new Map<string, number>();
  const kept: ObservationEntry[] = [];
  const problems: RowProblem[] = [];
  let skipped = 0;
  entries.forEach((entry, k) => {
    const row = rows[k] ?? k + 2;
    const first = seen.get(entry.id);
    if (first !== undefined) return void problems.push({ row, message: t.idTwice(entry.id, first) });
    seen.set(entry.id, row);
    const old = stored.get(entry.id);
    if (old !== undefined) {
      if (sameReading(old, entry)) skipped++;
      else problems.push({ row, message: t.idClash(entry.id) });
      return;
    }
    if (taken.has(entry.id)) return void problems.push({ row, message: t.idClash(entry.id) });
    kept.push(entry);
  });
  return { entries: kept, problems, skipped };
}

/**
 * Import a table of observations (CSV or XLSX, the columns of `track
 * export`). All or nothing: when any row has a problem, each is reported
 * with its row number and nothing is written.
 *
 * @param args The parsed arguments.
 * @param io The environment (who is importing).
 * @returns The entries as JSON, or in text nothing on stdout and how many were imported on stderr; exit code 1 when a row has a problem.
 * @throws {PlanError} For a missing file or one that is neither CSV nor XLSX.
 */
export async function handleImport(args: ImportArgs, io: Io): Promise<CommandResult> {
  const t = trackMessages(args.lang);
  const path = resolve(args.file);
  if (!existsSync(path)) throw new PlanError('file-not-found', t.noSuchFile(args.file));
  const { corpus, storeDir } = openTrack(args);
  const read = await readObservationTable(path, corpus.documents, recorder(args, io));
  const { store, stderr } = readStoreReporting(storeDir, t);
  const checked = read.problems.length === 0 ? checkIds(read.entries, read.rows, store, t) : { entries: read.entries, problems: read.problems, skipped: 0 };
  if (checked.problems.length > 0) {
    const lines = [...checked.problems].sort((a, b) => a.row - b.row).map((p) => `${args.file}:${t.row(p.row)}: ${localMessage(p.message, args.lang)}`);
    return { output: '', stderr: [...stderr, ...lines, t.nothingImported(checked.problems.length)], exitCode: 1 };
  }
  appendEntries(storeDir, checked.entries);
  // A correction whose original is in neither the store nor the file corrects nothing: say so.
  const known = new Set([...store.observations, ...store.progress, ...checked.entries].map((e) => e.id));
  const notes = checked.entries.flatMap((e) => (e.supersedes !== null && !known.has(e.supersedes) ? [t.danglingSupersedes(e.id, e.supersedes)] : []));
  if (args.format === 'json') return { output: toJson(checked.entries), stderr: [...stderr, ...notes], exitCode: 0 };
  // Note: a count, not data: stderr, so stdout holds data only (the entries, with --format json).
  return { output: '', stderr: [t.imported(checked.entries.length, shownPath(storeDir), checked.skipped), ...stderr, ...notes], exitCode: 0 };
}

export const importCommand: CommandModule<GlobalArgs, ImportArgs> = {
  command: 'import <file>',
  get describe() {
    return trackMessages(activeLang()).importDescribe;
  },
  builder,
  handler: runHandler(handleImport),
};
