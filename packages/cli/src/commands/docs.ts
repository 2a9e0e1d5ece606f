import { resolve } from 'node:path';
import { cachedCorpusHeads, type CorpusHeads, type DocumentSummary, summarizeDocument } from '@plankb/core/corpus';
import type { Argv, CommandModule } from 'yargs';
import { activeMessages, messages, type Messages } from '../i18n.js';
import type { Io } from '../io.js';
import type { ArgsOf, GlobalArgs } from '../options.js';
import { hasErrors } from '../output/diagnostics.js';
import { enumLabels, regionLabel, shortRegion, yearLabel } from '../output/labels.js';
import { renderMarkdownTable } from '../output/markdown.js';
import { renderTable, type Column } from '../output/table.js';
import { hiddenNote, issueLines, outputWidth, runHandler, toJson, type CommandResult } from './_shared.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = activeMessages();
  return parser.example('$0 docs', t.docsExample).example('$0 docs --format json', t.docsExampleJson);
}

export type DocsArgs = ArgsOf<typeof builder>;

function columns(t: Messages): Column[] {
  return [
    // Note: in a narrow terminal the title keeps room to be read; the counts, level and kind give way first.
    { header: t.colId },
    { header: t.colRegion, flex: 2, min: 6, short: shortRegion },
    { header: t.colLevel, hide: 2 },
    { header: t.colYear },
    { header: t.colKind, hide: 4 },
    { header: t.colStatus },
    { header: t.colChapters, align: 'right', hide: 1 },
    { header: t.colTasks, align: 'right' },
    { header: t.colGoals, align: 'right', hide: 1 },
    { header: t.colAssignments, align: 'right', hide: 3 },
    { header: t.colTitle, flex: 1, min: 22 },
  ];
}

function row(s: DocumentSummary, t: Messages): string[] {
  const { kind, status, level } = enumLabels(s, t);
  const c = s.counts;
  return [s.id, regionLabel(s), level, yearLabel(s), kind, status, String(c.chapters), String(c.tasks), String(c.goals), String(c.assignments), s.title ?? t.untitled];
}

/**
 * The heads of the corpus the user chose, or of the bundled seeds: from the parse cache's summaries when they hold
 * the corpus as it is, else through `openCorpus`, which reads (and parses) what changed. The second is imported only
 * then: it brings core's parser and zod, whose compiling was most of the time `plankb docs` took on top of Node's
 * start (docs/benchmarks.md, issue 19).
 *
 * @param args The global options.
 * @returns The corpus's heads, files and issues.
 */
async function corpusHeads(args: Pick<DocsArgs, 'corpus'>): Promise<CorpusHeads> {
  const options = args.corpus === undefined ? {} : { dir: resolve(args.corpus) };
  return cachedCorpusHeads(options) ?? (await import('./_corpus.js')).openCorpusFor(args);
}

/**
 * List the corpus documents.
 *
 * @param args The parsed arguments.
 * @param io How wide the terminal is.
 * @returns The listing (a table, JSON summaries or a Markdown table), the count and corpus warnings for stderr, and the exit code.
 */
export async function handleDocs(args: DocsArgs, io: Io): Promise<CommandResult> {
  const t = messages(args.lang);
  // Note: the heads only: listing a corpus reads no document's items.
  const corpus = await corpusHeads(args);
  const summaries = corpus.documents.map(summarizeDocument);
  const exitCode = hasErrors(corpus.issues) ? 1 : 0;
  const stderr = issueLines(corpus.issues, 'warning', corpus.dir);
  if (args.format === 'json') return { output: toJson(summaries), stderr, exitCode };
  const cols = columns(t);
  const rows = summaries.map((s) => row(s, t));
  if (args.format === 'md') {
    return { output: renderMarkdownTable(cols.map((c) => c.header), rows, cols.map((c) => c.align)), stderr, exitCode };
  }
  const table = renderTable(cols, rows, { width: outputWidth(args, io) });
  const infos = corpus.issues.filter((i) => i.severity === 'info').length;
  const notes = [t.documentCount(summaries.length), ...hiddenNote(table, t), ...(infos > 0 ? [t.notesHidden(infos)] : [])];
  return { output: table.text, stderr: [...notes, ...stderr], exitCode };
}

export const docsCommand: CommandModule<GlobalArgs, DocsArgs> = {
  command: 'docs',
  get describe() {
    return activeMessages().docsDescribe;
  },
  builder,
  handler: runHandler(handleDocs),
};
