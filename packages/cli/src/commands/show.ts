import { join } from 'node:path';
import { type PlanDocument, sourceFormatOf } from '@plankb/core';
import { type ExtractedText, parseFile, readSourceFile } from '@plankb/core/corpus';
import type { Argv, CommandModule } from 'yargs';
import { activeMessages, messages } from '../i18n.js';
import type { Io } from '../io.js';
import type { ArgsOf, GlobalArgs } from '../options.js';
import { hasErrors } from '../output/diagnostics.js';
import { documentCaption, renderDocumentMarkdown, renderDocumentText } from '../output/document.js';
import { outputWidth, issueLines, runHandler, toJson, type CommandResult } from './_shared.js';
import { openRef } from './_corpus.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = activeMessages();
  return parser
    .positional('doc', { type: 'string', demandOption: true, describe: t.argDoc })
    .example('$0 show shanghai-2025', t.showExample)
    .option('text', { type: 'boolean', default: false, describe: t.showText })
    .example('$0 show seeds/qingpu-2023-work-points-decision-file.txt#2', t.showExampleFile)
    .example('$0 show plan.pdf --text', t.showTextExample);
}

export type ShowArgs = ArgsOf<typeof builder>;

const CONVERTED = new Set(['html', 'docx', 'doc', 'pdf']);

/**
 * The text a document was read from, its own span of it: what every position of its items points into. A web page,
 * Word or PDF file gives the text extracted from it (from the parse cache when it was read before).
 */
function documentText(document: PlanDocument, base: string | undefined, extracted: ExtractedText | undefined): string {
  const path = base ? join(base, document.source.file) : document.source.file;
  const text = extracted?.text ?? (CONVERTED.has(sourceFormatOf(path) ?? '') ? (parseFile(path).extracted?.text ?? '') : readSourceFile(path).text);
  const { start, end } = document.source.position;
  const span = text.slice(start.offset, end.offset);
  return span.endsWith('\n') ? span : `${span}\n`;
}

/**
 * Show one document: metadata with provenance, related parts and outline.
 *
 * @param args The parsed arguments.
 * @param io How wide the terminal is.
 * @returns The document (text, the unchanged PlanDocument as JSON, or Markdown) and the exit code.
 */
export function handleShow(args: ShowArgs, io: Io): CommandResult {
  const t = messages(args.lang);
  const opened = openRef(args.doc, args);
  const stderr = issueLines(opened.issues, 'info', opened.base);
  if (opened.document === null) return { output: '', stderr, exitCode: 1 };
  const { document } = opened;
  const exitCode = hasErrors(opened.issues) ? 1 : 0;
  if (args.text) return { output: documentText(document, opened.base, opened.extracted), stderr, exitCode };
  if (args.format === 'json') return { output: toJson(document), stderr, exitCode };
  const view = { t, width: outputWidth(args, io), base: opened.base };
  if (args.format === 'md') return { output: `${renderDocumentMarkdown(document, view).join('\n')}\n`, stderr, exitCode };
  // Note: data on stdout; the caption (title, source, counts) on stderr, first, so a terminal shows it on top and `plankb show x > f.txt` holds only the document (whose metadata has the title).
  return { output: `${renderDocumentText(document, view).join('\n')}\n`, lead: [...documentCaption(document, view), ''], stderr, exitCode };
}

export const showCommand: CommandModule<GlobalArgs, ShowArgs> = {
  command: 'show <doc>',
  get describe() {
    return activeMessages().showDescribe;
  },
  builder,
  handler: runHandler(handleShow),
};
