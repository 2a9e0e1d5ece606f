import type { PlanDocument } from '@plankb/core';
import { currentEntries, resolveTarget, type StoreEntry } from '@plankb/core/track';
import { type FigureColumn, toCsv } from '@plankb/core/export';
import type { Argv, CommandModule } from 'yargs';
import { activeLang, messages } from '../../i18n.js';
import { numberText } from '../../output/figures.js';
import { trackMessages, type TrackMessages } from '../../i18n-track.js';
import { hasErrors } from '../../output/diagnostics.js';
import type { Io } from '../../io.js';
import type { ArgsOf, GlobalArgs } from '../../options.js';
import { renderMarkdownTable } from '../../output/markdown.js';
import { renderTable, type Column } from '../../output/table.js';
import { truncate, widest, widthOf } from '@plankb/terminal-text';
import { hiddenNote, outputWidth, runHandler, toJson, type CommandResult } from '../_shared.js';
import { chosenDocuments, corpusLines, docOption, moreFormats, openTrack, readStoreReporting, shownPath, storeOption, supersededBy } from './_shared.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = trackMessages(activeLang());
  return docOption(storeOption(moreFormats(parser, ['csv'] as const)))
    .option('target', { type: 'string', describe: t.optTarget, requiresArg: true })
    .option('all', { type: 'boolean', describe: t.optAll })
    .example('$0 track list', t.listExample)
    .example('$0 track list --target qingdao-2025/机架 --all', t.listExampleAll)
    .example('$0 track list --doc qingpu-2023-draft --format csv -o progress.csv', t.listExampleCsv);
}

export type ListArgs = ArgsOf<typeof builder>;

/** An entry with what the list shows beside it. */
interface Listed {
  entry: StoreEntry;
  supersededBy: string | null;
}

const unitOf = (e: StoreEntry): string => (e.type === 'observation' && e.unit !== null ? ` ${e.unit}` : '');

/** The flat columns of `track list --format csv`: observations and task progress side by side. */
export const LIST_COLUMNS: ReadonlyArray<FigureColumn<Listed>> = [
  { name: 'type', type: 'string', description: '`observation` or `task-progress`', get: (l) => l.entry.type },
  { name: 'entry_id', type: 'string', description: 'The entry id', get: (l) => l.entry.id },
  { name: 'doc_id', type: 'string', description: 'The document', get: (l) => l.entry.docId },
  { name: 'target', type: 'string', description: 'The target (observations)', get: (l) => (l.entry.type === 'observation' ? l.entry.target : null) },
  { name: 'task', type: 'string', description: 'The task (task progress)', get: (l) => (l.entry.type === 'task-progress' ? l.entry.task : null) },
  { name: 'metric', type: 'string', description: "The target's metric", get: (l) => (l.entry.type === 'observation' ? l.entry.metric : null) },
  { name: 'value', type: 'double', description: 'The value observed', get: (l) => (l.entry.type === 'observation' ? l.entry.value : null) },
  { name: 'unit', type: 'string', description: 'Its unit', get: (l) => (l.entry.type === 'observation' ? l.entry.unit : null) },
  { name: 'role', type: 'string', description: '`observation` or `baseline`', get: (l) => (l.entry.type === 'observation' ? l.entry.role : null) },
  { name: 'status', type: 'string', description: "The task's status", get: (l) => (l.entry.type === 'task-progress' ? l.entry.status : null) },
  { name: 'date', type: 'date', description: 'The date observed or of the status', get: (l) => l.entry.date },
  { name: 'source', type: 'string', description: 'Where the figure comes from', get: (l) => (l.entry.type === 'observation' ? l.entry.source : null) },
  { name: 'note', type: 'string', description: 'A note', get: (l) => l.entry.note },
  { name: 'recorded_by', type: 'string', description: 'Who recorded it', get: (l) => l.entry.recordedBy },
  { name: 'recorded_at', type: 'timestamp', description: 'When', get: (l) => l.entry.recordedAt },
  { name: 'supersedes', type: 'string', description: 'The entry it corrects', get: (l) => l.entry.supersedes },
  { name: 'superseded_by', type: 'string', description: 'The entry that corrects it', get: (l) => l.supersededBy },
];

/** An entry id's random tail (`…3f9a2c`), enough to find it in the Entry column; other text (the header) stays. */
const idTail = (text: string): string => (/^(ob|tp)-/.test(text) ? `…${text.slice(-6)}` : text);

function columns(t: TrackMessages, itemMin: number, withSuperseded: boolean): Column[] {
  return [
    { header: t.colEntry },
    { header: t.colDate },
    // Note: under a heading naming the document, a narrow terminal shows `tg6` for `qingdao-2025:tg6`.
    { header: t.colWhat, flex: 9, min: itemMin, short: (id) => id.slice(id.indexOf(':') + 1) },
    { header: t.colValue, align: 'right' },
    { header: t.colMetric, flex: 2, min: 8, hide: 2 },
    { header: t.colBy, flex: 4, min: 6, hide: 3 },
    { header: t.colNote, flex: 3, min: 8, hide: 1 },
    ...(withSuperseded ? [{ header: t.colSupersededBy, flex: 5, min: widthOf(t.colSupersededBy), short: idTail }] : []),
  ];
}

function cells(l: Listed, titles: Map<string, string>, t: TrackMessages, withSuperseded: boolean): string[] {
  const e = l.entry;
  const what = e.type === 'observation' ? e.target : e.task;
  const detail = e.type === 'observation' ? e.metric : (titles.get(e.task) ?? '');
  const value = e.type === 'observation' ? `${e.role === 'baseline' ? `${t.baselineMark} ` : ''}${numberText(e.value)}${unitOf(e)}` : t.taskStatuses[e.status];
  return [e.id, e.date, what, value, detail, e.recordedBy, e.note ?? '', ...(withSuperseded ? [l.supersededBy ?? ''] : [])];
}

/**
 * List the store's entries, observations and task progress, oldest recorded
 * first. Corrected entries are left out unless `--all`, which shows them with
 * the entry that corrects them.
 *
 * @param args The parsed arguments.
 * @param io The terminal.
 * @returns The entries (a table, the entries unchanged as JSON, CSV or Markdown) and the exit code.
 * @throws {PlanError} For an unknown document or target.
 */
export function handleList(args: ListArgs, io: Io): CommandResult {
  const t = trackMessages(args.lang);
  const { corpus, storeDir } = openTrack(args);
  const docs: PlanDocument[] | null = args.doc === undefined ? null : chosenDocuments(corpus, args.doc);
  const target = args.target === undefined ? null : resolveTarget(corpus.documents, args.target);
  const { store, stderr: problems } = readStoreReporting(storeDir, t);
  // Note: lines of the store that do not validate, or corpus files that could not be read, are content errors: what could be read is shown, and the exit code is 1.
  const exitCode = store.problems.length > 0 || hasErrors(corpus.issues) ? 1 : 0;
  const stderr = [...problems, ...corpusLines(corpus)];
  // Note: recordedAt orders entries by when they were recorded; the sort is stable, so file order breaks ties.
  const every: StoreEntry[] = [...store.observations, ...store.progress].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  const replaced = supersededBy(every);
  const shown = (args.all === true ? every : currentEntries(every)).filter(
    (e) => (docs === null || docs.some((d) => d.id === e.docId)) && (target === null || (e.type === 'observation' && e.target === target.id)),
  );
  const listed: Listed[] = shown.map((entry) => ({ entry, supersededBy: replaced.get(entry.id) ?? null }));
  switch (args.format) {
    case 'json':
      return { output: toJson(shown), stderr, exitCode };
    case 'csv':
      return { output: toCsv(listed, LIST_COLUMNS), stderr, exitCode };
    default:
      break;
  }
  const notShown = args.all === true ? 0 : every.length - currentEntries(every).length;
  const withSuperseded = args.all === true && listed.some((l) => l.supersededBy !== null);
  const titles = new Map(corpus.documents.flatMap((d) => d.tasks.map((task) => [task.id, task.title] as const)));
  const cols = columns(t, 0, withSuperseded);
  const rows = listed.map((l) => cells(l, titles, t, withSuperseded));
  const caption = t.entryCount(listed.length, shownPath(storeDir));
  const notes = notShown > 0 ? [t.supersededHidden(notShown)] : [];
  if (args.format === 'md') {
    return { output: `# ${caption}\n\n${listed.length === 0 ? `${t.noEntries}\n` : renderMarkdownTable(cols.map((c) => c.header), rows, cols.map((c) => c.align))}`, stderr: [...notes, ...stderr], exitCode };
  }
  // Note: data on stdout; the count and the notes on stderr.
  if (listed.length === 0) return { output: '', stderr: [caption, t.noEntries, ...notes, ...stderr], exitCode };
  // Text: a table per document, the one with the latest entry last, so the newest entry is at the bottom.
  const width = outputWidth(args, io);
  const groups = new Map<string, Listed[]>();
  // Note: push, not spread: copying the group for every entry made a 24,000-entry store take 21 s.
  for (const l of listed) {
    const group = groups.get(l.entry.docId);
    if (group) group.push(l);
    else groups.set(l.entry.docId, [l]);
  }
  const hidden = new Set<string>();
  const blocks = [...groups.entries()]
    .sort(([, a], [, b]) => (a.at(-1)?.entry.recordedAt ?? '').localeCompare(b.at(-1)?.entry.recordedAt ?? ''))
    .map(([docId, group]) => {
      const items = group.map((l) => (l.entry.type === 'observation' ? l.entry.target : l.entry.task));
      const itemMin = widest(items.map((id) => id.slice(id.indexOf(':') + 1)), widthOf(t.colWhat));
      const marked = withSuperseded && group.some((l) => l.supersededBy !== null);
      const table = renderTable(columns(t, itemMin, marked), group.map((l) => cells(l, titles, t, marked)), { width });
      for (const h of table.hidden) hidden.add(h);
      const title = corpus.documents.find((d) => d.id === docId)?.title;
      const heading = title === undefined ? docId : `${docId} · ${title}`;
      return `${width === undefined ? heading : truncate(heading, width)}\n${table.text}`;
    });
  return { output: blocks.join('\n'), stderr: [caption, ...notes, ...hiddenNote({ text: '', hidden: [...hidden] }, messages(args.lang)), ...stderr], exitCode };
}

export const listCommand: CommandModule<GlobalArgs, ListArgs> = {
  command: 'list',
  get describe() {
    return trackMessages(activeLang()).listDescribe;
  },
  builder,
  handler: runHandler(handleList),
};
