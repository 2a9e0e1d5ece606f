import { resolve } from 'node:path';
import type { DocumentLevel } from '@plankb/core';
import { type FigureColumn, type FigureFilter, filterFigureRows, INDICATOR_COLUMNS, type IndicatorRow, indicatorRows, TARGET_COLUMNS, type TargetRow, targetRows, toCsv, toMarkdownTable, toParquet, toRecords, toXlsx } from '@plankb/core/export';
import type { Argv } from 'yargs';
import { CliError } from '../errors.js';
import { activeLang, messages, type Lang } from '../i18n.js';
import { figureMessages } from '../i18n-figures.js';
import type { Io } from '../io.js';
import type { GlobalArgs } from '../options.js';
import { hasErrors } from '../output/diagnostics.js';
import { figureText } from '../output/figures.js';
import { renderTable, type Column } from '../output/table.js';
import { resolveRegion, yearOption } from './_filters.js';
import { hiddenNote, issueLines, outputWidth, toJson, type CommandResult } from './_shared.js';
import { lazyCorpus, openRefs } from './_corpus.js';

export const FIGURE_FORMATS = ['text', 'json', 'md', 'csv', 'xlsx', 'parquet'] as const;
const LEVELS = ['national', 'province', 'city', 'district', 'county', 'town', 'street'] as const;

/** The options both figure commands take: filters, and formats for spreadsheets and data tools. */
export function figureOptions(parser: Argv<GlobalArgs>) {
  const t = figureMessages(activeLang());
  return parser
    // Note: no default, or yargs shows `[default: []]` for an optional, variadic positional.
    .positional('docs', { type: 'string', array: true, default: undefined, describe: t.argDocs })
    // Note: yargs adds these choices to the global --format's (text, json, md); naming those again listed them twice.
    .option('format', { choices: FIGURE_FORMATS.filter((f) => !['text', 'json', 'md'].includes(f)), default: 'text' as (typeof FIGURE_FORMATS)[number], describe: t.optFigureFormat, requiresArg: true })
    .option('doc', { type: 'string', array: true, describe: t.optDoc, requiresArg: true })
    .option('region', { type: 'string', describe: t.optRegion, requiresArg: true })
    .option('level', { choices: LEVELS, describe: t.optLevel, requiresArg: true })
    .option('year', yearOption(t.optYear))
    .option('metric', { type: 'string', describe: t.optMetric, requiresArg: true });
}

export type FigureArgs = ReturnType<typeof figureOptions> extends Argv<infer U> ? U : never;

/** What differs between the two tables. */
export interface FigureTable<Row> {
  rows: (documents: Parameters<typeof targetRows>[0]) => Row[];
  columns: ReadonlyArray<FigureColumn<Row>>;
  sheet: string;
  /** The text table: headers and cells. */
  text: (rows: readonly Row[], lang: Lang) => { columns: Column[]; cells: string[][] };
  count: (n: number, lang: Lang) => string;
}

export const TARGET_TABLE: FigureTable<TargetRow> = {
  rows: targetRows,
  columns: TARGET_COLUMNS,
  sheet: 'targets',
  count: (n, lang) => figureMessages(lang).targetCount(n),
  text: (rows, lang) => {
    const t = figureMessages(lang);
    return {
      columns: [
        { header: messages(lang).colId },
        { header: t.colRegion, hide: 2 },
        { header: t.colMetric, flex: 2, min: 12 },
        { header: t.colTarget, align: 'right' },
        { header: t.colBy },
        { header: t.colTask, flex: 1, min: 10, hide: 1 },
      ],
      cells: rows.map((r) => [r.id, r.region ?? '', `${r.subject && !r.metric.startsWith(r.subject) ? `${r.subject}·` : ''}${r.metric}`, figureText(r.value, r.unit, r.comparator, r.approx), r.date ?? String(r.year ?? ''), r.taskTitle ?? '']),
    };
  },
};

export const INDICATOR_TABLE: FigureTable<IndicatorRow> = {
  rows: indicatorRows,
  columns: INDICATOR_COLUMNS,
  sheet: 'indicators',
  count: (n, lang) => figureMessages(lang).indicatorCount(n),
  text: (rows, lang) => {
    const t = figureMessages(lang);
    return {
      columns: [
        { header: messages(lang).colId },
        { header: t.colRegion, hide: 2 },
        { header: t.colMetric, flex: 1, min: 12 },
        { header: t.colFigure, align: 'right' },
        { header: t.colAsOf },
      ],
      cells: rows.map((r) => [r.id, r.region ?? '', r.metric, figureText(r.value, r.unit, r.comparator, r.approx), r.asOf ?? '']),
    };
  },
};

/**
 * List targets or indicators of the corpus, filtered, in any format. Binary
 * formats (xlsx, parquet) are written to `--output`, never to a terminal.
 *
 * @param table Which table.
 * @param args The parsed arguments.
 * @param io The terminal.
 * @returns The output and the exit code.
 */
export async function handleFigures<Row>(table: FigureTable<Row>, args: FigureArgs, io: Io): Promise<CommandResult> {
  const t = figureMessages(args.lang);
  if ((args.format === 'xlsx' || args.format === 'parquet') && args.output === undefined) {
    throw new CliError('output-required', t.needOutput(args.format));
  }
  // Documents named on the command line or with --doc (ids or files: plankb targets plan.txt, --doc plan.txt#2) instead of the whole corpus.
  // Note: yargs gives [undefined] for a variadic positional left out without a default.
  const refs = [...(args.docs ?? []), ...(args.doc ?? [])].filter((ref): ref is string => typeof ref === 'string' && ref !== '');
  const corpusOf = lazyCorpus(args);
  const named = openRefs(refs, corpusOf);
  const corpus = refs.length > 0 ? null : corpusOf();
  const documents = corpus ? corpus.documents : named.flatMap((o) => (o.document ? [o.document] : []));
  const filter: FigureFilter = {
    ...(args.region ? { region: resolveRegion(args.region, documents, args.lang) } : {}),
    ...(args.level ? { level: args.level as DocumentLevel } : {}),
    ...(args.year !== undefined ? { year: args.year } : {}),
    ...(args.metric ? { metric: args.metric } : {}),
  };
  const rows = filterFigureRows(table.rows(documents) as never[], filter) as Row[];
  const stderr = corpus ? issueLines(corpus.issues, 'error', corpus.dir) : named.flatMap((o) => issueLines(o.issues, 'warning', o.base));
  // Note: a named file that holds no plan, or a corpus file that could not be read, is a content error, as in `docs`.
  const exitCode = named.some((o) => o.document === null) || (corpus !== null && hasErrors(corpus.issues)) ? 1 : 0;
  switch (args.format) {
    case 'json':
      // Note: the columns of every other format, in their order (docs/exports.md).
      return { output: toJson(toRecords(rows, table.columns)), stderr, exitCode };
    case 'csv':
      return { output: toCsv(rows, table.columns), stderr, exitCode };
    case 'md':
      return { output: toMarkdownTable(rows, table.columns), stderr, exitCode };
    case 'xlsx':
    case 'parquet': {
      const bytes = args.format === 'xlsx' ? await toXlsx(rows, table.columns, table.sheet) : toParquet(rows, table.columns);
      return { output: '', binary: bytes, stderr: [t.written(rows.length, resolve(args.output ?? '')), ...stderr], exitCode };
    }
    default: {
      const { columns, cells } = table.text(rows, args.lang);
      const rendered = renderTable(columns, cells, { width: outputWidth(args, io) });
      // Note: the count goes to stderr with the notes, as in `docs`: `plankb targets > t.txt` holds only the table.
      return { output: rendered.text, stderr: [table.count(rows.length, args.lang), ...hiddenNote(rendered, messages(args.lang)), ...stderr], exitCode };
    }
  }
}
