import { localToday, PlanError } from '@plankb/core';
import { suggestIds } from '@plankb/core/corpus';
import { appendEntries, assessTarget, observationEntry, resolveTarget, resolveTask, type StoreEntry, TASK_STATUSES, taskProgressEntry } from '@plankb/core/track';
import type { Argv, CommandModule } from 'yargs';
import { activeLang } from '../../i18n.js';
import { numberText } from '../../output/figures.js';
import { trackMessages, type TrackMessages } from '../../i18n-track.js';
import type { Io } from '../../io.js';
import type { ArgsOf, GlobalArgs } from '../../options.js';
import { runHandler, toJson, type CommandResult } from '../_shared.js';
import {
  byOption,
  colourOn,
  dateArg,
  numberArg,
  openTrack,
  painter,
  readStoreReporting,
  recorder,
  shownPath,
  statusLines,
  storeOption,
  supersededBy,
} from './_shared.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = trackMessages(activeLang());
  return byOption(storeOption(parser))
    .positional('entry', { type: 'string', demandOption: true, describe: t.argEntry })
    .option('value', { type: 'string', describe: t.optValue, requiresArg: true })
    .option('date', { type: 'string', describe: t.optDate, requiresArg: true })
    .option('note', { type: 'string', describe: t.optNote, requiresArg: true })
    .option('source', { type: 'string', describe: t.optSource, requiresArg: true })
    .option('status', { choices: TASK_STATUSES, describe: t.optCorrectStatus, requiresArg: true })
    .example('$0 track correct ob-20250701T020000-3f9a2c --value 62800', t.correctExample)
    .example('$0 track correct ob-20250701T020000-3f9a2c --date 2025-06-30 --note 按季报更正', t.correctExampleDate)
    .example('$0 track list --all', t.correctExampleList);
}

export type CorrectArgs = ArgsOf<typeof builder>;

const show = (value: unknown): string => (value === null || value === undefined || value === '' ? '—' : typeof value === 'number' ? numberText(value) : String(value));

/** `value 60,000 → 61,000; date 2025-06-30 → 2025-06-29`: what a correction changed. */
function changes(old: StoreEntry, fresh: StoreEntry, t: TrackMessages): string {
  const fields = ['value', 'date', 'status', 'source', 'note'] as const;
  const parts: string[] = [];
  for (const field of fields) {
    const before: unknown = field in old ? old[field as keyof StoreEntry] : undefined;
    const after: unknown = field in fresh ? fresh[field as keyof StoreEntry] : undefined;
    if (before !== after) parts.push(`${t.fieldNames[field]} ${show(before)} → ${show(after)}`);
  }
  return parts.join('; ');
}

/**
 * Correct an entry: add a new entry that supersedes it, with the fields
 * given changed. The old entry stays in the store (`track list --all`).
 *
 * @param args The parsed arguments.
 * @param io The terminal and environment.
 * @returns What changed (text, or the new entry as JSON) and the exit code.
 * @throws {PlanError} For an unknown entry (with close ids), one already corrected, or nothing to change.
 */
export function handleCorrect(args: CorrectArgs, io: Io): CommandResult {
  const t = trackMessages(args.lang);
  const date = args.date === undefined ? undefined : dateArg(args.date, '--date', t);
  const value = args.value === undefined ? undefined : numberArg(args.value, t);
  const { corpus, storeDir } = openTrack(args);
  const { store, stderr } = readStoreReporting(storeDir, t);
  const all: StoreEntry[] = [...store.observations, ...store.progress];
  const old = all.find((e) => e.id === args.entry);
  if (old === undefined) {
    const suggestions = suggestIds(args.entry, all.map((e) => e.id));
    throw new PlanError('unknown-id', t.unknownEntry(args.entry, suggestions, shownPath(storeDir)), { suggestions });
  }
  const newer = supersededBy(all).get(old.id);
  if (newer !== undefined) throw new PlanError('invalid-argument', t.alreadyCorrected(old.id, newer));
  if (value === undefined && date === undefined && args.note === undefined && args.source === undefined && args.status === undefined) {
    throw new PlanError('invalid-argument', t.nothingToCorrect(old.type === 'observation'));
  }
  const by = recorder(args, io);
  let fresh: StoreEntry;
  if (old.type === 'observation') {
    if (args.status !== undefined) throw new PlanError('invalid-argument', t.wrongField('--status', old.id));
    const target = resolveTarget(corpus.documents, old.target);
    fresh = observationEntry({
      target,
      value: value ?? old.value,
      date: date ?? old.date,
      unit: old.unit,
      role: old.role,
      source: args.source ?? old.source,
      note: args.note ?? old.note,
      by,
      supersedes: old.id,
    });
  } else {
    const wrong = value !== undefined ? '--value' : args.source !== undefined ? '--source' : null;
    if (wrong !== null) throw new PlanError('invalid-argument', t.wrongField(wrong, old.id));
    fresh = taskProgressEntry({ task: resolveTask(corpus.documents, old.task), status: args.status ?? old.status, date: date ?? old.date, note: args.note ?? old.note, by, supersedes: old.id });
  }
  appendEntries(storeDir, [fresh]);
  if (args.format === 'json') return { output: toJson(fresh), stderr, exitCode: 0 };
  const lines = [t.corrected(old.id, fresh.id), `  ${changes(old, fresh, t)}`, `  ${t.originalKept}`];
  if (fresh.type === 'observation') {
    const target = resolveTarget(corpus.documents, fresh.target);
    const now = localToday();
    const asOf = fresh.date > now ? fresh.date : now;
    const observations = [...store.observations, fresh];
    lines.push(...statusLines(assessTarget(target, observations, asOf, corpus.documents.find((d) => d.id === target.docId)), t, painter(colourOn(args, io))));
  }
  return { output: `${lines.join('\n')}\n`, stderr, exitCode: 0 };
}

export const correctCommand: CommandModule<GlobalArgs, CorrectArgs> = {
  command: 'correct <entry>',
  get describe() {
    return trackMessages(activeLang()).correctDescribe;
  },
  builder,
  handler: runHandler(handleCorrect),
};
