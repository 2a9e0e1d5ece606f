import { type PlanDocument, PlanError } from '@plankb/core';
import type { Corpus } from '@plankb/core/corpus';
import { findTheme, themeMatrix, type ThemeRow, THEMES } from '@plankb/core/align';
import type { Argv, CommandModule } from 'yargs';
import { activeLang, messages } from '../i18n.js';
import { compareMessages } from '../i18n-compare.js';
import type { Io } from '../io.js';
import type { ArgsOf, GlobalArgs } from '../options.js';
import { hasErrors } from '../output/diagnostics.js';
import { escapeInline } from '../output/markdown.js';
import { renderThemeMatrixMarkdown, renderThemeMatrixText, renderThemeTasksMarkdown, renderThemeTasksText, themeTasks } from '../output/theme-matrix.js';
import { inRegion, resolveRegion } from './_filters.js';
import { hiddenNote, issueLines, outputWidth, runHandler, toJson, type CommandResult } from './_shared.js';
import { documentsNamed, loadCorpusFor } from './_corpus.js';

/** What plans can be compared by; only themes so far. */
export const COMPARE_BY = ['theme'] as const;

function builder(parser: Argv<GlobalArgs>) {
  const t = compareMessages(activeLang());
  return parser
    .option('by', { choices: COMPARE_BY, demandOption: true, describe: t.optBy, requiresArg: true })
    .option('doc', { type: 'string', array: true, describe: t.optCompareDoc, requiresArg: true })
    .option('region', { type: 'string', describe: t.optCompareRegion, requiresArg: true })
    .option('theme', { type: 'string', describe: t.optTheme, requiresArg: true })
    .example('$0 compare --by theme', t.compareExample)
    .example('$0 compare --by theme --theme 算力', t.compareExampleTheme)
    .example('$0 compare --by theme --region 上海市 --format md', t.compareExampleRegion);
}

export type CompareArgs = ArgsOf<typeof builder>;

function selected(corpus: Corpus, args: CompareArgs): PlanDocument[] {
  // An unknown id is a mistake to point out (with the closest ids), not an empty matrix; a path is opened.
  const documents = args.doc === undefined ? corpus.documents : documentsNamed(args.doc, corpus);
  const region = args.region === undefined ? undefined : resolveRegion(args.region, documents, args.lang);
  return documents.filter((d) => region === undefined || inRegion(d, region));
}

/** The theme column with the most tasks, for the hint under the matrix. */
function busiestTheme(rows: readonly ThemeRow[]): string {
  let best = THEMES[0]?.name ?? '';
  let most = -1;
  for (const theme of THEMES) {
    const n = rows.reduce((sum, r) => sum + (r.cells[theme.id]?.length ?? 0), 0);
    if (n > most) [best, most] = [theme.name.split('/')[0] ?? theme.name, n];
  }
  return best;
}

/**
 * Compare the plans of the corpus by theme: a document × theme matrix of
 * task counts, or with `--theme` the tasks behind one column.
 *
 * @param args The parsed arguments: `--by`, filters, `--theme`.
 * @param io The terminal width.
 * @returns The matrix or the tasks (text, Markdown, or `ThemeRow[]` as JSON) and the exit code.
 * @throws {PlanError} `invalid-argument` for an unknown theme (listing the themes), `unknown-id` for an unknown document.
 */
export function handleCompare(args: CompareArgs, io: Io): CommandResult {
  const t = compareMessages(args.lang);
  const m = messages(args.lang);
  const theme = args.theme === undefined ? undefined : findTheme(args.theme);
  if (args.theme !== undefined && theme === undefined) {
    throw new PlanError('invalid-argument', t.unknownTheme(args.theme, THEMES.map((x) => x.name).join(m.listSeparator)));
  }
  const corpus = loadCorpusFor(args);
  const documents = selected(corpus, args);
  const stderr = issueLines(corpus.issues, 'error', corpus.dir);
  // Note: a corpus file that could not be read is a content error, as in `docs`.
  const exitCode = hasErrors(corpus.issues) ? 1 : 0;
  const rows = themeMatrix(documents);
  const width = outputWidth(args, io);
  if (theme !== undefined) {
    if (args.format === 'json') return { output: toJson(rows.map((r) => ({ ...r, cells: { [theme.id]: r.cells[theme.id] ?? [] } }))), stderr, exitCode };
    const tasks = themeTasks(rows, theme, documents);
    const docs = new Set(tasks.map((x) => x.docId)).size;
    const caption = tasks.length === 0 ? t.noThemeTasks(theme.name) : t.themeTasks(`${theme.name} (${theme.en})`, tasks.length, docs);
    if (args.format === 'md') return { output: `# ${escapeInline(caption)}\n\n${tasks.length === 0 ? '' : renderThemeTasksMarkdown(tasks, t)}`, stderr, exitCode };
    // Note: data on stdout; the caption, the count and the hints on stderr.
    if (tasks.length === 0) return { output: '', stderr: [caption, ...stderr], exitCode };
    const table = renderThemeTasksText(tasks, width, t);
    return { output: table.text, stderr: [caption, ...hiddenNote(table, m), ...stderr], exitCode };
  }
  if (args.format === 'json') return { output: toJson(rows), stderr, exitCode };
  const caption = t.matrixCaption(rows.length);
  const hint = t.cellHint(`plankb compare --by theme --theme ${busiestTheme(rows)}`);
  if (args.format === 'md') return { output: `# ${escapeInline(caption)}\n\n${renderThemeMatrixMarkdown(rows, { themes: THEMES, documents, t })}\n${escapeInline(hint)}\n`, stderr, exitCode };
  const table = renderThemeMatrixText(rows, { themes: THEMES, documents, width, t });
  return { output: table.text, stderr: [`${caption}${t.matrixNote}`, ...hiddenNote(table, m), hint, ...stderr], exitCode };
}

export const compareCommand: CommandModule<GlobalArgs, CompareArgs> = {
  command: 'compare',
  get describe() {
    return compareMessages(activeLang()).compareDescribe;
  },
  builder,
  handler: runHandler(handleCompare),
};
