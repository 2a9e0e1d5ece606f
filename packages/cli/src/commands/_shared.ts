import type { PlanIssue } from '@plankb/core';
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
