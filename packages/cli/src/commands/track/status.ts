import type { PlanDocument } from '@plankb/core';
import { assessTarget, type Attainment, type AttainmentStatus } from '@plankb/core/track';
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
import { inRegion, resolveRegion } from '../_filters.js';
import { hiddenNote, outputWidth, runHandler, toJson, type CommandResult } from '../_shared.js';
import {
  asOfOption,
  attainmentBar,
  chosenDocuments,
  colourOn,
  corpusLines,
  dateArg,
  docOption,
  moreFormats,
  openTrack,
  paintLastColumn,
  painter,
  ratioText,
  readStoreReporting,
  statusColour,
  storeOption,
  targetText,
  type Paint,
} from './_shared.js';

/** The statuses in the order a summary counts them: best first. */
export const STATUS_ORDER: readonly AttainmentStatus[] = ['achieved', 'on-track', 'needs-acceleration', 'limited-progress', 'deteriorating', 'overdue', 'no-data'];

function builder(parser: Argv<GlobalArgs>) {
  const t = trackMessages(activeLang());
  return asOfOption(docOption(storeOption(moreFormats(parser, ['csv'] as const))))
    .option('region', { type: 'string', describe: t.optRegion, requiresArg: true })
    .example('$0 track status', t.statusExample)
    .example('$0 track status --doc qingdao-2025 --as-of 2025-07-01', t.statusExampleAsOf)
    .example('$0 track status --region 上海市 --format csv -o status.csv', t.statusExampleCsv);
}

export type StatusArgs = ArgsOf<typeof builder>;

/** The flat columns of `track status --format csv`. */
export const STATUS_COLUMNS: ReadonlyArray<FigureColumn<Attainment>> = [
  { name: 'target_id', type: 'string', description: 'The target', get: (a) => a.targetId },
  { name: 'doc_id', type: 'string', description: 'Its document', get: (a) => a.docId },
  { name: 'metric', type: 'string', description: 'The metric', get: (a) => a.metric },
  { name: 'comparator', type: 'string', description: '>, >=, =, <=, <', get: (a) => a.comparator },
  { name: 'target_value', type: 'double', description: 'The target value', get: (a) => a.targetValue },
  { name: 'unit', type: 'string', description: 'The unit', get: (a) => a.unit },
  { name: 'deadline', type: 'date', description: 'When the target is due', get: (a) => a.deadline },
  { name: 'baseline_value', type: 'double', description: 'Where progress is measured from', get: (a) => a.baseline?.value ?? null },
  { name: 'baseline_date', type: 'date', description: 'The baseline date', get: (a) => a.baseline?.date ?? null },
  { name: 'baseline_source', type: 'string', description: 'indicator, recorded, first-observation or assumed-zero', get: (a) => a.baseline?.source ?? null },
  { name: 'baseline_ref', type: 'string', description: 'The indicator or entry the baseline comes from', get: (a) => a.baseline?.ref ?? null },
  { name: 'latest_value', type: 'double', description: 'The latest observation', get: (a) => a.latest?.value ?? null },
  { name: 'latest_date', type: 'date', description: 'Its date', get: (a) => a.latest?.date ?? null },
  { name: 'latest_entry', type: 'string', description: 'Its entry id', get: (a) => a.latest?.entry ?? null },
  { name: 'expected', type: 'double', description: 'The value a straight path would have reached by as_of', get: (a) => a.expected },
  { name: 'attainment', type: 'double', description: 'Share of the way from baseline to target', get: (a) => a.attainment },
  { name: 'progress_ratio', type: 'double', description: 'Observed over required progress', get: (a) => a.progressRatio },
  { name: 'status', type: 'string', description: 'achieved, on-track, needs-acceleration, limited-progress, deteriorating, overdue, no-data', get: (a) => a.status },
  { name: 'as_of', type: 'date', description: 'The date assessed at', get: (a) => a.asOf },
];

/** `3 targets as of 2025-07-01: 1 on-track, 2 no-data`. */
function summary(assessed: readonly Attainment[], asOf: string, t: TrackMessages): string {
  const counts = STATUS_ORDER.flatMap((s) => {
    const n = assessed.filter((a) => a.status === s).length;
    return n === 0 ? [] : [`${n} ${t.statusWords[s]}`];
  });
  return t.statusSummary(assessed.length, asOf, counts);
}

function columns(t: TrackMessages, idMin: number, withDue: boolean): Column[] {
  return [
    // Note: under a heading naming the document, a narrow terminal shows `tg6` for `qingdao-2025:tg6`.
    { header: t.colId, flex: 9, min: idMin, short: (id) => id.slice(id.indexOf(':') + 1) },
    { header: t.colMetric, flex: 1, min: 12 },
    { header: t.colTarget, align: 'right' },
    { header: t.colLatest, align: 'right' },
    { header: t.colObserved, hide: 2 },
    { header: t.colProgress },
    { header: t.colRatio, align: 'right', hide: 3 },
    ...(withDue ? [{ header: t.colDue, hide: 1 }] : []),
    { header: t.colStatus },
  ];
}

function cells(a: Attainment, t: TrackMessages, withDue: boolean): string[] {
  return [
    a.targetId,
    a.metric,
    targetText(a),
    a.latest === null ? '—' : numberText(a.latest.value),
    a.latest?.date ?? '',
    attainmentBar(a),
    ratioText(a.progressRatio),
    ...(withDue ? [a.deadline ?? ''] : []),
    t.statusWords[a.status],
  ];
}

/** Colour the bars and the statuses (the last column) of a rendered table. */
function paintTable(text: string, assessed: readonly Attainment[], t: TrackMessages, paint: Paint): string {
  const lines = text.split('\n');
  assessed.forEach((a, k) => {
    const bar = attainmentBar(a);
    const line = lines[k + 2];
    if (line !== undefined && bar !== '') lines[k + 2] = line.replace(bar, paint(bar, statusColour(a.status)));
  });
  return paintLastColumn(
    lines.join('\n'),
    assessed.map((a) => t.statusWords[a.status]),
    assessed.map((a) => statusColour(a.status)),
    paint,
  );
}

/** One document's heading and table. */
function documentBlock(document: PlanDocument, assessed: readonly Attainment[], t: TrackMessages, width: number | undefined, paint: Paint): { text: string; hidden: string[] } {
  const deadlines = new Set(assessed.map((a) => a.deadline));
  const shared = deadlines.size === 1 ? [...deadlines][0] : undefined;
  const withDue = shared === undefined;
  const heading = [document.id, ...(document.title === null ? [] : [document.title]), ...(shared ? [t.duePart(shared)] : [])].join(' · ');
  const idMin = widest(assessed.map((a) => a.targetId.slice(a.targetId.indexOf(':') + 1)), widthOf(t.colId));
  const table = renderTable(
    columns(t, idMin, withDue),
    assessed.map((a) => cells(a, t, withDue)),
    { width },
  );
  return { text: `${width === undefined ? heading : truncate(heading, width)}\n${paintTable(table.text, assessed, t, paint)}`, hidden: table.hidden };
}

/**
 * Assess every target (of the documents and region chosen) as of a date:
 * the latest observation, attainment from the baseline, the progress ratio
 * and a status, in words and colour, with a bar per target.
 *
 * @param args The parsed arguments.
 * @param io The terminal (width, whether to colour).
 * @returns The assessments (a table per document, `Attainment[]` as JSON, CSV or Markdown) and the exit code.
 * @throws {PlanError} For an unknown document or a bad date.
 */
export function handleStatus(args: StatusArgs, io: Io): CommandResult {
  const t = trackMessages(args.lang);
  const asOf = dateArg(args['as-of'], '--as-of', t);
  const { corpus, storeDir } = openTrack(args);
  const chosen = chosenDocuments(corpus, args.doc);
  const region = args.region === undefined ? undefined : resolveRegion(args.region, chosen, args.lang);
  const documents = chosen.filter((d) => region === undefined || inRegion(d, region));
  const { store, stderr: problems } = readStoreReporting(storeDir, t);
  // Note: lines of the store that do not validate, or corpus files that could not be read, are content errors: what could be read is shown, and the exit code is 1.
  const exitCode = store.problems.length > 0 || hasErrors(corpus.issues) ? 1 : 0;
  const stderr = [...problems, ...corpusLines(corpus)];
  const byDocument = documents.map((document) => ({ document, assessed: document.targets.map((target) => assessTarget(target, store.observations, asOf, document)) })).filter((g) => g.assessed.length > 0);
  const assessed = byDocument.flatMap((g) => g.assessed);
  switch (args.format) {
    case 'json':
      return { output: toJson(assessed), stderr, exitCode };
    case 'csv':
      return { output: toCsv(assessed, STATUS_COLUMNS), stderr, exitCode };
    case 'md': {
      const cols = columns(t, 0, true);
      const table = renderMarkdownTable(cols.map((c) => c.header), assessed.map((a) => cells(a, t, true)), cols.map((c) => c.align));
      return { output: `# ${summary(assessed, asOf, t)}\n\n${assessed.length === 0 ? '' : `${table}\n${t.legend}\n`}`, stderr, exitCode };
    }
    default: {
      const width = outputWidth(args, io);
      const paint = painter(colourOn(args, io));
      const blocks = byDocument.map((g) => documentBlock(g.document, g.assessed, t, width, paint));
      const hidden = [...new Set(blocks.flatMap((b) => b.hidden))];
      const legend = assessed.some((a) => a.latest !== null) ? `\n${t.legend.split('\n').map((line) => (width === undefined ? line : truncate(line, width))).join('\n')}\n` : '';
      const body = blocks.map((b) => b.text).join('\n');
      // Note: data on stdout; the summary (counts) and the legend on stderr, so `track status > s.txt` holds only the tables.
      return {
        output: body,
        stderr: [summary(assessed, asOf, t), ...hiddenNote({ text: '', hidden }, messages(args.lang)), ...(legend === '' ? [] : [legend.trim()]), ...stderr],
        exitCode,
      };
    }
  }
}

export const statusCommand: CommandModule<GlobalArgs, StatusArgs> = {
  command: 'status',
  get describe() {
    return trackMessages(activeLang()).statusDescribe;
  },
  builder,
  handler: runHandler(handleStatus),
};
