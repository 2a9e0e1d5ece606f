import { normaliseUnit } from '@plankb/core';
import { type Duty, type DutyState, planDuties } from '@plankb/core/track';
import { type FigureColumn, toCsv } from '@plankb/core/export';
import type { Argv, CommandModule } from 'yargs';
import { activeLang, messages } from '../../i18n.js';
import { trackMessages, type TrackMessages } from '../../i18n-track.js';
import { hasErrors } from '../../output/diagnostics.js';
import type { Io } from '../../io.js';
import type { ArgsOf, GlobalArgs } from '../../options.js';
import { renderMarkdownTable } from '../../output/markdown.js';
import { renderTable, type Column } from '../../output/table.js';
import { truncate, widest, widthOf } from '@plankb/terminal-text';
import { hiddenNote, outputWidth, runHandler, toJson, type CommandResult } from '../_shared.js';
import {
  asOfOption,
  chosenDocuments,
  colourOn,
  corpusLines,
  dateArg,
  docOption,
  moreFormats,
  openTrack,
  paintLastColumn,
  painter,
  readStoreReporting,
  stateColour,
  storeOption,
} from './_shared.js';

export const DUTY_STATES = ['overdue', 'due', 'open', 'done', 'dropped'] as const satisfies readonly DutyState[];

/** How much of a duty's content the text table shows at most. */
const CONTENT_WIDTH = 40;

function builder(parser: Argv<GlobalArgs>) {
  const t = trackMessages(activeLang());
  return asOfOption(docOption(storeOption(moreFormats(parser, ['csv'] as const))))
    .option('unit', { type: 'string', describe: t.optLeadUnit, requiresArg: true })
    .option('state', { choices: DUTY_STATES, array: true, describe: t.optState, requiresArg: true })
    .example('$0 track tasks --doc qingpu-2023-draft --as-of 2023-10-01 --unit 区大数据中心', t.tasksExample)
    .example('$0 track tasks --state overdue --state due', t.tasksExampleState)
    .example('$0 track tasks --format csv -o duties.csv', t.tasksExampleCsv);
}

export type TrackTasksArgs = ArgsOf<typeof builder>;

const units = (list: readonly string[]): string => list.join('、');
// Note: made on first use, so that other commands do not pay for ICU's Chinese collation data.
let zh: Intl.Collator | undefined;
const collator = (): Intl.Collator => (zh ??= new Intl.Collator('zh'));
const byDue = (a: Duty, b: Duty): number => (a.due ?? '9999').localeCompare(b.due ?? '9999');

/** The flat columns of `track tasks --format csv`. */
export const DUTY_COLUMNS: ReadonlyArray<FigureColumn<Duty>> = [
  { name: 'doc_id', type: 'string', description: 'The document', get: (d) => d.docId },
  { name: 'task_id', type: 'string', description: 'The task', get: (d) => d.taskId },
  { name: 'task_title', type: 'string', description: "The task's title", get: (d) => d.taskTitle },
  { name: 'assignment_id', type: 'string', description: 'The row of the task table, or empty for a deadline from the task text', get: (d) => d.assignmentId },
  { name: 'content', type: 'string', description: 'What is to be done', get: (d) => d.content },
  { name: 'lead_units', type: 'string', description: 'Lead units, joined with 、', get: (d) => units(d.leadUnits) },
  { name: 'supporting_units', type: 'string', description: 'Supporting units, joined with 、', get: (d) => units(d.supportingUnits) },
  { name: 'due', type: 'date', description: 'The due date (ISO)', get: (d) => d.due },
  { name: 'due_text', type: 'string', description: 'The deadline as written (9月底)', get: (d) => d.dueText },
  { name: 'status', type: 'string', description: 'The task status last recorded', get: (d) => d.status },
  { name: 'state', type: 'string', description: 'done, dropped, overdue, due (within 30 days) or open', get: (d) => d.state },
];

/** Whether a unit name is the one asked for: as written, or under its full or short name (市发改委 finds 市发展和改革委员会). */
function matchesUnit(name: string, unit: string): boolean {
  return name.includes(unit) || normaliseUnit(name).includes(normaliseUnit(unit));
}

/** The lead units a duty is listed under: those matching `--unit`, or all; `null` for none. */
function leadsOf(duty: Duty, unit: string | undefined): Array<string | null> {
  const leads = unit === undefined ? duty.leadUnits : duty.leadUnits.filter((u) => matchesUnit(u, unit));
  return leads.length === 0 ? [null] : leads;
}

function stateCounts(duties: readonly Duty[], t: TrackMessages): string[] {
  return DUTY_STATES.flatMap((s) => {
    const n = duties.filter((d) => d.state === s).length;
    return n === 0 ? [] : [`${n} ${t.stateWords[s]}`];
  });
}

function columns(t: TrackMessages, idMin: number): Column[] {
  return [
    { header: t.colDue },
    { header: t.colTaskId, flex: 9, min: idMin, short: (id) => id.slice(id.indexOf(':') + 1) },
    { header: t.colTitle, flex: 1, min: 16 },
    { header: t.colContent, flex: 2, min: 16 },
    // Note: the other lead units give way first in a narrow terminal: the heading names the unit whose duties these are.
    { header: t.colCoLeads, flex: 3, min: 20, hide: 1 },
    { header: t.colState },
  ];
}

function cells(duty: Duty, lead: string | null, t: TrackMessages, cut: boolean): string[] {
  return [
    duty.due ?? '',
    duty.taskId ?? '',
    duty.taskTitle ?? '',
    cut ? truncate(duty.content, CONTENT_WIDTH) : duty.content,
    units(duty.leadUnits.filter((u) => lead === null || normaliseUnit(u) !== normaliseUnit(lead))),
    t.stateWords[duty.state],
  ];
}

/**
 * The duties of plans as of a date, per lead unit: every row of a task
 * table (or a task's own deadline) with its due date and whether it is
 * done, dropped, overdue, due within 30 days or open.
 *
 * @param args The parsed arguments.
 * @param io The terminal.
 * @returns The duties (a table per lead unit, `Duty[]` as JSON, CSV or Markdown) and the exit code.
 * @throws {PlanError} For an unknown document or a bad date.
 */
export function handleTrackTasks(args: TrackTasksArgs, io: Io): CommandResult {
  const t = trackMessages(args.lang);
  const asOf = dateArg(args['as-of'], '--as-of', t);
  const { corpus, storeDir } = openTrack(args);
  // Note: without --doc, the documents with a task table: their duties have lead units and dates.
  const documents = chosenDocuments(corpus, args.doc, (d) => d.assignments.length > 0);
  const { store, stderr: problems } = readStoreReporting(storeDir, t);
  // Note: lines of the store that do not validate, or corpus files that could not be read, are content errors: what could be read is shown, and the exit code is 1.
  const exitCode = store.problems.length > 0 || hasErrors(corpus.issues) ? 1 : 0;
  const stderr = [...problems, ...corpusLines(corpus)];
  const unit = args.unit?.trim() || undefined;
  const states = args.state === undefined || args.state.length === 0 ? null : new Set<DutyState>(args.state);
  const duties = documents
    .flatMap((d) => planDuties(d, store.progress, asOf))
    .filter((d) => (unit === undefined || d.leadUnits.some((u) => matchesUnit(u, unit))) && (states === null || states.has(d.state)));
  const firstLead = (d: Duty): string => leadsOf(d, unit)[0] ?? '\uffff';
  const sorted = [...duties].sort((a, b) => collator().compare(firstLead(a), firstLead(b)) || byDue(a, b));
  const caption = t.dutiesCaption(documents.map((d) => d.id), asOf, unit, sorted.length, stateCounts(sorted, t));
  switch (args.format) {
    case 'json':
      return { output: toJson(sorted), stderr, exitCode };
    case 'csv':
      return { output: toCsv(sorted, DUTY_COLUMNS), stderr, exitCode };
    case 'md': {
      const headers = [t.colLead, t.colDue, t.colState, t.colTaskId, t.colTitle, t.colContent];
      const rows = sorted.map((d) => [units(leadsOf(d, unit).filter((u): u is string => u !== null)), d.due ?? '', t.stateWords[d.state], d.taskId ?? '', d.taskTitle ?? '', d.content]);
      return { output: `# ${caption.replace('\n', ' · ')}\n\n${sorted.length === 0 ? '' : renderMarkdownTable(headers, rows)}`, stderr, exitCode };
    }
    default:
      break;
  }
  // Text: one table per lead unit, so each unit sees its own duties (a duty led by two units is under both).
  // Note: a unit written in full in one plan or clause and short in another (市发展和改革委员会, 市发改委) is one
  // unit: its duties are grouped under its longest spelling, the full name where the plans give it.
  const groups = new Map<string | null, Duty[]>();
  const spelling = new Map<string, string>();
  for (const duty of sorted) {
    for (const lead of leadsOf(duty, unit)) {
      const key = lead === null ? null : normaliseUnit(lead);
      if (key !== null && (lead as string).length > (spelling.get(key)?.length ?? 0)) spelling.set(key, lead as string);
      const group = groups.get(key) ?? [];
      if (!group.includes(duty)) groups.set(key, [...group, duty]);
    }
  }
  const named = (key: string | null): string | null => (key === null ? null : (spelling.get(key) ?? key));
  const order = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : collator().compare(named(a) as string, named(b) as string)));
  const width = outputWidth(args, io);
  const paint = painter(colourOn(args, io));
  const hidden = new Set<string>();
  const blocks = order.map((key) => {
    const lead = named(key);
    const list = [...(groups.get(key) ?? [])].sort(byDue);
    const idMin = widest(list.map((d) => (d.taskId ?? '').slice((d.taskId ?? '').indexOf(':') + 1)), widthOf(t.colTaskId));
    const table = renderTable(columns(t, idMin), list.map((d) => cells(d, lead, t, true)), { width });
    for (const h of table.hidden) hidden.add(h);
    const heading = `${lead ?? t.noLead} · ${t.dutyCount(list.length, stateCounts(list, t))}`;
    const text = paintLastColumn(table.text, list.map((d) => t.stateWords[d.state]), list.map((d) => stateColour(d.state)), paint);
    return `${width === undefined ? heading : truncate(heading, width)}\n${text}`;
  });
  // Note: with one lead unit, its heading already gives the counts.
  const top = (order.length === 1 ? caption.split('\n').slice(0, 1) : caption.split('\n')).map((line) => (width === undefined ? line : truncate(line, width)));
  // Note: data on stdout; the caption (documents, date, counts) on stderr, as every command does.
  if (blocks.length === 0) return { output: '', stderr: [...top, t.noDuties, ...stderr], exitCode };
  return { output: blocks.join('\n'), stderr: [...top, ...hiddenNote({ text: '', hidden: [...hidden] }, messages(args.lang)), ...stderr], exitCode };
}

export const trackTasksCommand: CommandModule<GlobalArgs, TrackTasksArgs> = {
  command: 'tasks',
  get describe() {
    return trackMessages(activeLang()).tasksDescribe;
  },
  builder,
  handler: runHandler(handleTrackTasks),
};
