import type { Assignment, PlanDocument } from '@plankb/core';
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
    .example('$0 assignments qingpu-2023-draft', t.assignmentsExample)
    .example('$0 assignments qingpu-2023-draft --format md -o assignments.md', t.assignmentsExampleMd);
}

export type AssignmentsArgs = ArgsOf<typeof builder>;

function columns(t: Messages): Column[] {
  return [
    { header: t.colRow, align: 'right' },
    { header: t.colNumber, align: 'right' },
    { header: t.colTask, flex: 1, min: 20 },
    { header: t.colLead, flex: 2, min: 20 },
    { header: t.colSupporting, flex: 3, min: 10 },
    { header: t.colDue },
    // Note: the deadline as written gives way first in a narrow terminal: the ISO date says the same.
    { header: t.colDueText, hide: 1 },
  ];
}

/** Units as Chinese writes a list of them: 区大数据中心、区科委. */
const units = (list: readonly string[]): string => list.join('、');

function rows(doc: PlanDocument): string[][] {
  const tasks = new Map(doc.tasks.map((task) => [task.id, `${task.label ?? ''}${task.title}`]));
  return doc.assignments.map((a: Assignment) => [
    String(a.row),
    a.number ?? '',
    (a.taskId === null ? undefined : tasks.get(a.taskId)) ?? a.taskTitle ?? '',
    units(a.leadUnits),
    units(a.supportingUnits),
    a.due ?? '',
    a.dueText ?? '',
  ]);
}

/**
 * List a document's task assignments: who leads, who supports, by when.
 *
 * @param args The parsed arguments.
 * @param io How wide the terminal is.
 * @returns The assignments (a table, the unchanged `assignments` array as JSON, or Markdown) and the exit code.
 */
export function handleAssignments(args: AssignmentsArgs, io: Io): CommandResult {
  const t = messages(args.lang);
  const opened = openRef(args.doc, args);
  const stderr = issueLines(opened.issues, 'warning', opened.base);
  if (opened.document === null) return { output: '', stderr, exitCode: 1 };
  const { document } = opened;
  const exitCode = hasErrors(opened.issues) ? 1 : 0;
  if (args.format === 'json') return { output: toJson(document.assignments), stderr, exitCode };
  if (document.assignments.length === 0) return { output: `${t.noAssignments(document.id)}\n`, stderr, exitCode };
  // Note: a plan whose text states no title (a page cut from a spreadsheet cell) is captioned by its id alone.
  const caption = [document.id, document.title, t.assignmentCount(document.assignments.length)].filter((part) => part !== null).join(' · ');
  return documentTable(args, io, caption, columns(t), rows(document), { stderr, exitCode });
}

export const assignmentsCommand: CommandModule<GlobalArgs, AssignmentsArgs> = {
  command: 'assignments <doc>',
  get describe() {
    return activeMessages().assignmentsDescribe;
  },
  builder,
  handler: runHandler(handleAssignments),
};
