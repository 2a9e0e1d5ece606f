import { appendEntries, resolveTask, TASK_STATUSES, taskProgressEntry } from '@plankb/core/track';
import type { Argv, CommandModule } from 'yargs';
import { activeLang } from '../../i18n.js';
import { trackMessages } from '../../i18n-track.js';
import type { Io } from '../../io.js';
import type { ArgsOf, GlobalArgs } from '../../options.js';
import { runHandler, toJson, type CommandResult } from '../_shared.js';
import { byOption, dateArg, openTrack, readStoreReporting, recorder, shownPath, storeOption } from './_shared.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = trackMessages(activeLang());
  return byOption(storeOption(parser))
    .positional('task', { type: 'string', demandOption: true, describe: t.argTask })
    .positional('status', { choices: TASK_STATUSES, demandOption: true, describe: t.argStatus })
    .option('date', { type: 'string', describe: t.optDate, requiresArg: true })
    .option('note', { type: 'string', describe: t.optNote, requiresArg: true })
    .example('$0 track task qingpu-2023-draft:t4 in-progress --date 2023-09-15', t.taskExample)
    .example('$0 track task qingpu-2023-draft:t3 done --date 2023-09-28 --note 已印发管理办法', t.taskExampleDone);
}

export type TaskArgs = ArgsOf<typeof builder>;

/**
 * Record progress on a task: not-started, in-progress, done or dropped.
 *
 * @param args The parsed arguments.
 * @param io The environment (who is recording).
 * @returns What was recorded (text, or the entry as JSON) and the exit code.
 * @throws {PlanError} For an unknown task (with close ids) or a bad date.
 */
export function handleTask(args: TaskArgs, io: Io): CommandResult {
  const t = trackMessages(args.lang);
  const date = dateArg(args.date, '--date', t);
  const { corpus, storeDir } = openTrack(args);
  const task = resolveTask(corpus.documents, args.task);
  const entry = taskProgressEntry({ task, status: args.status, date, note: args.note ?? null, by: recorder(args, io) });
  appendEntries(storeDir, [entry]);
  const { stderr } = readStoreReporting(storeDir, t);
  if (args.format === 'json') return { output: toJson(entry), stderr, exitCode: 0 };
  const lines = [
    t.recordedTask(entry.id, shownPath(storeDir)),
    `  ${t.labelTask}${task.id} ${task.label ?? ''}${task.title}`,
    `  ${t.labelStatus}${t.taskStatuses[entry.status]} · ${entry.date}`,
    ...(entry.note === null ? [] : [`  ${t.labelNote}${entry.note}`]),
  ];
  return { output: `${lines.join('\n')}\n`, stderr, exitCode: 0 };
}

export const taskCommand: CommandModule<GlobalArgs, TaskArgs> = {
  command: 'task <task> <status>',
  get describe() {
    return trackMessages(activeLang()).taskDescribe;
  },
  builder,
  handler: runHandler(handleTask),
};
