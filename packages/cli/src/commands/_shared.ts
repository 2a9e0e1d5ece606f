import { resolve } from 'node:path';
import { isPlanError, type PlanDocument, PlanError, type PlanIssue, sourceFormatOf } from '@plankb/core';
import { type Corpus, type ExtractedText, isFileRef, loadCorpus, openCorpus, openDocument, type OpenedCorpus } from '@plankb/core/corpus';
import type { ArgumentsCamelCase } from 'yargs';
import { ExitError } from '../errors.js';
import { messages, type Messages } from '../i18n.js';
import { contextOf, type Io } from '../io.js';
import type { GlobalArgs } from '../options.js';
import { formatIssue, issuesAtLeast } from '../output/diagnostics.js';
import { escapeInline, renderMarkdownTable } from '../output/markdown.js';
import { renderTable, type Column, type RenderedTable } from '../output/table.js';
import { writeFileAtomic } from '../output/write-output.js';

/** What a command produced: its output (for stdout or `--output`), lines for stderr, and its exit code. */
export interface CommandResult {
  output: string;
  /** Binary output (xlsx, parquet), written to `--output` instead of `output`. */
  binary?: Uint8Array;
  /** The command wrote its files itself (`export` writes a folder): `--output` is not a file to write the output to. */
  wrote?: true;
  /** Diagnostics and notes for people, written to stderr after the output. */
  stderr: string[];
  /** A caption for people (a document's title and counts), written to stderr before the output, so that a terminal shows it on top. */
  lead?: string[];
  /** 0, or 1 when the input was read but has content errors. */
  exitCode: 0 | 1;
}

/**
 * Load the corpus the user chose with `--corpus`, or the bundled seeds.
 *
 * @param args The global options.
 * @returns The corpus.
 */
export function loadCorpusFor(args: Pick<GlobalArgs, 'corpus'>): Corpus {
  return args.corpus === undefined ? loadCorpus() : loadCorpus({ dir: resolve(args.corpus) });
}

/**
 * Open the corpus the user chose, or the bundled seeds, for listing: each
 * document's head (metadata and counts), the documents read in full only
 * when asked for. What `docs` needs, without reading every document's items.
 *
 * @param args The global options.
 * @returns The opened corpus.
 */
export function openCorpusFor(args: Pick<GlobalArgs, 'corpus'>): OpenedCorpus {
  return args.corpus === undefined ? openCorpus() : openCorpus({ dir: resolve(args.corpus) });
}

/** A document opened from an id or a path; `document` is `null` when a file held no plan (content errors). */
export type Opened =
  | { document: PlanDocument; issues: PlanIssue[]; base: string | undefined; extracted?: ExtractedText | undefined }
  | { document: null; issues: PlanIssue[]; base: undefined };

/**
 * Whether a reference is a path to open rather than a corpus id: a plan file
 * name (`plan.txt#2`), a path with a folder, or anything that exists on disk
 * and is not an id of the corpus (`somefile.bin`, a file without an extension, a folder).
 *
 * @param ref The id or path.
 * @param corpus The corpus, loaded only when the answer depends on it.
 * @returns The path to open (`./name` for a bare name), or `undefined` for an id.
 */
function pathOf(ref: string, corpus: () => Corpus): string | undefined {
  if (isFileRef(ref) || ref.includes('/')) return ref;
  if (sourceFormatOf(ref) === null) return undefined;
  if (corpus().documents.some((d) => d.id === ref)) return undefined;
  // Note: core takes a name with a folder in it as a path.
  return `./${ref}`;
}

/**
 * Open one reference with a corpus loaded at most once.
 *
 * @param ref The id or path.
 * @param corpus The corpus, loaded on first use.
 * @returns The document and its issues.
 */
function openOne(ref: string, corpus: () => Corpus): Opened {
  const path = pathOf(ref, corpus);
  if (path !== undefined) {
    // Note: core takes a name it does not find for an id unless it ends in .txt or .md; a path with a folder is never one.
    if (!isFileRef(path)) throw new PlanError('file-not-found', `File not found: ${ref}`);
    if (sourceFormatOf(path) === 'folder') throw new PlanError('file-unreadable', `${ref} is a folder, not a plan file: give a plan file (.txt, .md, .html, .docx, .pdf) or a document id.`);
    try {
      return { ...openDocument(path, corpus), base: undefined };
    } catch (error) {
      // A file that was read but holds no plan is a content error (exit 1), reported through its issues.
      if (isPlanError(error) && error.code === 'no-plan') return { document: null, issues: [...error.issues], base: undefined };
      // Note: messages name the file as the user wrote it, not as `./name`.
      if (isPlanError(error) && path !== ref) throw new PlanError(error.code, error.message.split(path).join(ref), { cause: error.cause, suggestions: error.suggestions, issues: error.issues });
      throw error;
    }
  }
  const loaded = corpus();
  const opened = openDocument(ref, () => loaded);
  // Note: a corpus file that could not be read belongs to no document, yet the corpus has an error: every command that loads it says so and exits 1, as `docs` does.
  const unread = loaded.issues.filter((i) => i.docId === null && i.severity === 'error');
  return { document: opened.document, issues: [...unread, ...opened.issues], base: loaded.dir };
}

/**
 * A corpus loader that loads the corpus the user chose at most once.
 *
 * @param args The global options.
 * @returns The loader.
 */
export function lazyCorpus(args: Pick<GlobalArgs, 'corpus'>): () => Corpus {
  let corpus: Corpus | undefined;
  return () => (corpus ??= loadCorpusFor(args));
}

/**
 * Open the document a user named, by corpus id or path.
 *
 * @param ref The id or path (`plan.txt#2` for the second plan of a file).
 * @param args The global options.
 * @returns The document (or `null` for a file with no plan), its issues, and the corpus folder its issue paths are relative to.
 * @throws {PlanError} For an unknown id or a file that cannot be read.
 */
export function openRef(ref: string, args: Pick<GlobalArgs, 'corpus'>): Opened {
  return openOne(ref, lazyCorpus(args));
}

/**
 * Open every document a user named (ids and paths, as `--doc` takes them), loading the corpus at most once.
 *
 * @param refs The ids and paths.
 * @param corpus The corpus loader (`lazyCorpus(args)`).
 * @returns Each document opened, in the order named.
 * @throws {PlanError} For an unknown id or a file that cannot be read.
 */
export function openRefs(refs: readonly string[], corpus: () => Corpus): Opened[] {
  return refs.map((ref) => openOne(ref, corpus));
}

/**
 * The documents a `--doc` list names, in corpus order for ids and then the
 * files: ids are checked (an unknown id suggests close ones), paths are opened.
 *
 * @param refs The ids and paths.
 * @param corpus The loaded corpus.
 * @returns The documents; a file with no plan adds none.
 * @throws {PlanError} For an unknown id or a file that cannot be read.
 */
export function documentsNamed(refs: readonly string[], corpus: Corpus): PlanDocument[] {
  const opened = openRefs(refs, () => corpus).flatMap((o) => (o.document ? [o.document] : []));
  const fromCorpus = new Set(opened.filter((d) => corpus.documents.includes(d)));
  return [...corpus.documents.filter((d) => fromCorpus.has(d)), ...opened.filter((d) => !fromCorpus.has(d))];
}

/**
 * Format issues for stderr, one per line.
 *
 * @param issues The issues.
 * @param least The least severity to show.
 * @param base The corpus folder the issues' files are relative to.
 * @returns The lines.
 */
export function issueLines(issues: readonly PlanIssue[], least: PlanIssue['severity'], base?: string): string[] {
  return issuesAtLeast(issues, least).map((issue) => formatIssue(issue, base));
}

/**
 * The width text output may use: the terminal's, or none when writing to a file.
 *
 * @param args The global options.
 * @param io The streams.
 * @returns Columns, or `undefined` for no limit.
 */
export function outputWidth(args: Pick<GlobalArgs, 'output'>, io: Io): number | undefined {
  return args.output === undefined ? io.columns : undefined;
}

/**
 * A note for stderr naming the columns a table left out to fit the terminal.
 *
 * @param table A rendered table.
 * @param t The interface strings.
 * @returns The note, or nothing when every column is shown.
 */
export function hiddenNote(table: RenderedTable, t: Messages): string[] {
  return table.hidden.length === 0 ? [] : [t.hiddenColumns(table.hidden.join(t.listSeparator))];
}

/**
 * Serialise a value as the JSON output: the core model unchanged, indented.
 *
 * @param value A model value.
 * @returns The JSON text, ending with a newline.
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Make a yargs handler from a command's logic: run it, write its output to
 * stdout or `--output` and its notes to stderr, and end with its exit code (by throwing `ExitError`
 * to the one catch in cli.ts, never by `process.exit`).
 *
 * @param handle The command's logic.
 * @returns The handler.
 */
export function runHandler<A extends Pick<GlobalArgs, 'output' | 'lang'>>(handle: (args: A, io: Io) => CommandResult | Promise<CommandResult>): (args: ArgumentsCamelCase<A> & A) => Promise<void> {
  return async (args) => {
    const context = contextOf(args);
    context.started = true;
    const result = await handle(args, context.io);
    // Note: a command that failed with nothing to show leaves an existing --output file alone.
    const nothing = result.output === '' && result.exitCode !== 0;
    for (const line of result.lead ?? []) context.io.stderr(`${line}\n`);
    // Note: a command that wrote its own files (`export`, a folder of tables) has nothing more to write.
    if (result.wrote) void 0;
    else if (result.binary && args.output !== undefined) writeFileAtomic(args.output, result.binary, messages(args.lang));
    else if (args.output !== undefined && !nothing && !result.binary) writeFileAtomic(args.output, result.output, messages(args.lang));
    else if (args.output === undefined && result.output !== '') context.io.stdout(result.output);
    for (const line of result.stderr) context.io.stderr(`${line}\n`);
    if (result.exitCode !== 0) throw new ExitError(result.exitCode);
  };
}

/**
 * A document's rows as the command's output: a Markdown table under a
 * heading, or a text table sized to the terminal, with its caption on stderr.
 *
 * @param args The format, the output file and the language.
 * @param io The terminal.
 * @param caption What the table shows (`id · title · N tasks`).
 * @param columns The columns.
 * @param rows The cells.
 * @param result The diagnostics and exit code to return with it.
 * @returns The command's result.
 */
export function documentTable(
  args: Pick<GlobalArgs, 'format' | 'output' | 'lang'>,
  io: Io,
  caption: string,
  columns: Column[],
  rows: string[][],
  result: Pick<CommandResult, 'stderr' | 'exitCode'>,
): CommandResult {
  if (args.format === 'md') {
    const table = renderMarkdownTable(columns.map((c) => c.header), rows, columns.map((c) => c.align));
    return { output: `# ${escapeInline(caption)}\n\n${table}`, ...result };
  }
  const table = renderTable(columns, rows, { width: outputWidth(args, io) });
  // Note: data on stdout, the caption (what and how many) on stderr, so `plankb tasks x > t.txt` holds only the table.
  return { output: table.text, stderr: [caption, ...hiddenNote(table, messages(args.lang)), ...result.stderr], exitCode: result.exitCode };
}
