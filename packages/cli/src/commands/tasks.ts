import type { PlanDocument, Task } from '@plankb/core';
import type { Argv, CommandModule } from 'yargs';
import { activeMessages, messages, type Messages } from '../i18n.js';
import type { Io } from '../io.js';
import type { ArgsOf, GlobalArgs } from '../options.js';
import { hasErrors } from '../output/diagnostics.js';
import type { Column } from '../output/table.js';
import { documentTable, issueLines, runHandler, toJson, type CommandResult } from './_shared.js';
import { openRef } from './_corpus.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = activeMessages();
  return parser
    .positional('doc', { type: 'string', demandOption: true, describe: t.argDoc })
    .example('$0 tasks qingdao-2025', t.tasksExample)
    .example('$0 tasks plan.txt --format json', t.tasksExampleFile);
}

export type TasksArgs = ArgsOf<typeof builder>;

function columns(t: Messages): Column[] {
  return [
    { header: t.colId },
    { header: t.colLabel },
    { header: t.colTitle, flex: 1, min: 16 },
    { header: t.colSection, flex: 2, min: 10, hide: 1 },
    { header: t.colSource, align: 'right' },
  ];
}

function rows(doc: PlanDocument): string[][] {
  const sections = new Map(doc.sections.map((s) => [s.id, `${s.label ?? ''}${s.title}`]));
  return doc.tasks.map((task: Task) => [
    task.id,
    task.label ?? '',
    task.title,
    task.sectionId === null ? '' : (sections.get(task.sectionId) ?? ''),
    `${task.position.start.line}:${task.position.start.column}`,
  ]);
}

/**
 * List a document's tasks.
 *
 * @param args The parsed arguments.
 * @param io How wide the terminal is.
 * @returns The tasks (a table, the unchanged `tasks` array as JSON, or Markdown) and the exit code.
 */
export function handleTasks(args: TasksArgs, io: Io): CommandResult {
  const t = messages(args.lang);
  const opened = openRef(args.doc, args);
  const stderr = issueLines(opened.issues, 'warning', opened.base);
  if (opened.document === null) return { output: '', stderr, exitCode: 1 };
  const { document } = opened;
  const exitCode = hasErrors(opened.issues) ? 1 : 0;
  if (args.format === 'json') return { output: toJson(document.tasks), stderr, exitCode };
  const caption = `${document.id} · ${document.title ?? t.untitled} · ${t.taskCount(document.tasks.length)}`;
  return documentTable(args, io, caption, columns(t), rows(document), { stderr, exitCode });
}

export const tasksCommand: CommandModule<GlobalArgs, TasksArgs> = {
  command: 'tasks <doc>',
  get describe() {
    return activeMessages().tasksDescribe;
  },
  builder,
  handler: runHandler(handleTasks),
};
