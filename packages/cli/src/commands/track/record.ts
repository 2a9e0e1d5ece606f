import { appendEntries, assessTarget, observationEntry, resolveTarget } from '@plankb/core/track';
import { localToday } from '@plankb/core';
import type { Argv, CommandModule } from 'yargs';
import { activeLang } from '../../i18n.js';
import { numberText } from '../../output/figures.js';
import { trackMessages } from '../../i18n-track.js';
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
  targetText,
} from './_shared.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = trackMessages(activeLang());
  return byOption(storeOption(parser))
    .positional('target', { type: 'string', demandOption: true, describe: t.argTarget })
    .positional('value', { type: 'string', demandOption: true, describe: t.argValue })
    .option('date', { type: 'string', describe: t.optDate, requiresArg: true })
    .option('note', { type: 'string', describe: t.optNote, requiresArg: true })
    .option('source', { type: 'string', describe: t.optSource, requiresArg: true })
    .option('baseline', { type: 'boolean', describe: t.optBaseline })
    .option('unit', { type: 'string', describe: t.optUnit, requiresArg: true })
    .example('$0 track record qingdao-2025/机架 63000 --date 2025-06-30 --source 市大数据局通报', t.recordExample)
    .example('$0 track record qingdao-2025:tg6 55000 --date 2024-12-31 --baseline', t.recordExampleBaseline)
    .example('$0 track record huangpu-2026-2030/需求响应 30 --date 2026-12-31 --store ../team-store', t.recordExampleStore);
}

export type RecordArgs = ArgsOf<typeof builder>;

/**
 * Record an observation of a target (or its baseline with `--baseline`) and
 * say where the target now stands.
 *
 * @param args The parsed arguments.
 * @param io The terminal and environment (for who is recording and colour).
 * @returns What was recorded (text, or the entry as JSON) and the exit code.
 * @throws {PlanError} For an unknown target (with close ones), a bad value or date, or another unit.
 */
export function handleRecord(args: RecordArgs, io: Io): CommandResult {
  const t = trackMessages(args.lang);
  const date = dateArg(args.date, '--date', t);
  const value = numberArg(args.value, t);
  const { corpus, storeDir } = openTrack(args);
  const target = resolveTarget(corpus.documents, args.target);
  const entry = observationEntry({
    target,
    value,
    date,
    unit: args.unit,
    role: args.baseline === true ? 'baseline' : 'observation',
    source: args.source ?? null,
    note: args.note ?? null,
    by: recorder(args, io),
  });
  appendEntries(storeDir, [entry]);
  // Note: only this target's observations are needed to say where it stands.
  const { store, stderr } = readStoreReporting(storeDir, t, { target: target.id });
  if (args.format === 'json') return { output: toJson(entry), stderr, exitCode: 0 };
  // Note: a value dated after today (a year-end figure entered early) counts from its own date.
  const now = localToday();
  const asOf = date > now ? date : now;
  const assessment = assessTarget(target, store.observations, asOf, corpus.documents.find((d) => d.id === target.docId));
  const lines = [
    t.recorded(entry.role, entry.id, shownPath(storeDir)),
    `  ${t.labelTarget}${target.id} ${target.metric} (${targetText({ targetValue: target.value, unit: target.unit, comparator: target.comparator })})`,
    `  ${t.labelValue}${numberText(entry.value)}${entry.unit === null ? '' : ` ${entry.unit}`} · ${entry.date}`,
    ...(entry.source === null ? [] : [`  ${t.labelSource}${entry.source}`]),
    ...(entry.note === null ? [] : [`  ${t.labelNote}${entry.note}`]),
    ...statusLines(assessment, t, painter(colourOn(args, io))),
  ];
  return { output: `${lines.join('\n')}\n`, stderr, exitCode: 0 };
}

export const recordCommand: CommandModule<GlobalArgs, RecordArgs> = {
  command: 'record <target> <value>',
  get describe() {
    return trackMessages(activeLang()).recordDescribe;
  },
  builder,
  handler: runHandler(handleRecord),
};
