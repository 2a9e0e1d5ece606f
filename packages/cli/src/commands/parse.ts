import type { ParseResult } from '@plankb/core';
import { parseFile } from '@plankb/core/corpus';
import type { Argv, CommandModule } from 'yargs';
import { activeMessages, messages, type Messages } from '../i18n.js';
import type { Io } from '../io.js';
import type { ArgsOf, GlobalArgs } from '../options.js';
import { hasErrors } from '../output/diagnostics.js';
import { documentCaption, renderDocumentMarkdown, renderDocumentText } from '../output/document.js';
import { linesLabel } from '../output/labels.js';
import { escapeInline, renderMarkdownTable } from '../output/markdown.js';
import { renderTable, type Column } from '../output/table.js';
import { outputWidth, issueLines, runHandler, toJson, type CommandResult } from './_shared.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = activeMessages();
  return parser
    .positional('file', { type: 'string', demandOption: true, describe: t.argFile })
    .example('$0 parse plan.txt', t.parseExample)
    .example('$0 parse plan.md --format json', t.parseExampleJson);
}

export type ParseArgs = ArgsOf<typeof builder>;

function partColumns(t: Messages): Column[] {
  return [
    { header: '#', align: 'right' },
    { header: t.colKind },
    { header: t.planMarker, align: 'right' },
    { header: t.colTitle, flex: 1, min: 12 },
    { header: t.colLines, align: 'right' },
  ];
}

function partRows(result: ParseResult, t: Messages): string[][] {
  let plan = 0;
  return result.parts.map((part, i) => [
    String(i + 1),
    t.kinds[part.kind],
    part.isPlan ? String(++plan) : '',
    part.title ?? '-',
    linesLabel(part.position),
  ]);
}

/**
 * Parse a file from disk, without the corpus: its parts, then each plan's
 * metadata, counts and outline. Diagnostics go to stderr.
 *
 * @param args The parsed arguments.
 * @param io How wide the terminal is.
 * @returns The report (text, the unchanged ParseResult as JSON, or Markdown) and exit code 1 when any issue is an error.
 */
export function handleParse(args: ParseArgs, io: Io): CommandResult {
  const t = messages(args.lang);
  const result = parseFile(args.file);
  const stderr = issueLines(result.issues, 'info');
  const exitCode = hasErrors(result.issues) ? 1 : 0;
  if (args.format === 'json') return { output: toJson(result), stderr, exitCode };
  const width = outputWidth(args, io);
  const view = { t, width, base: undefined };
  const cols = partColumns(t);
  const plans = result.documents.map((doc, i) => ({ doc, heading: t.headingPlan(i + 1, doc.title ?? t.untitled) }));
  if (args.format === 'md') {
    const lines = [`# ${escapeInline(t.fileLine(args.file))}`, '', `## ${t.headingParts}`, ''];
    lines.push(result.parts.length === 0 ? t.noPlans : renderMarkdownTable(cols.map((c) => c.header), partRows(result, t), cols.map((c) => c.align)).trimEnd());
    for (const { doc, heading } of plans) lines.push('', ...renderDocumentMarkdown(doc, { ...view, heading }, 2));
    if (plans.length === 0 && result.parts.length > 0) lines.push('', t.noPlans);
    return { output: `${lines.join('\n')}\n`, stderr, exitCode };
  }
  // Note: a file with nothing in it has no data to show: the note goes to stderr with the diagnostics.
  if (result.parts.length === 0) return { output: '', stderr: [...stderr, t.noPlans], exitCode };
  const parts = renderTable(cols, partRows(result, t), { width: width === undefined ? undefined : width - 2 });
  const lines = [t.headingParts, ...parts.text.trimEnd().split('\n').map((l) => `  ${l}`)];
  for (const { doc, heading } of plans) lines.push('', heading, ...renderDocumentText(doc, { ...view, heading }));
  // Note: data on stdout; the file, each plan's source and counts, and notes on stderr, the caption first, as `show` does.
  const lead = plans.length === 0 ? [] : [t.fileLine(args.file), ...plans.flatMap(({ doc, heading }) => documentCaption(doc, { ...view, heading })), ''];
  return { output: `${lines.join('\n')}\n`, lead, stderr: [...stderr, ...(plans.length === 0 ? [t.noPlans] : [])], exitCode };
}

export const parseCommand: CommandModule<GlobalArgs, ParseArgs> = {
  command: 'parse <file>',
  get describe() {
    return activeMessages().parseDescribe;
  },
  builder,
  handler: runHandler(handleParse),
};
