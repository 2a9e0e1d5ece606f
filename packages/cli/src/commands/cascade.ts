import type { PlanDocument } from '@plankb/core';
import { cascadePlan, DEFAULT_THRESHOLD, lowerPlans } from '@plankb/core/align';
import type { Argv, CommandModule } from 'yargs';
import { activeLang, messages } from '../i18n.js';
import { compareMessages, type CompareMessages } from '../i18n-compare.js';
import type { Io } from '../io.js';
import type { ArgsOf, GlobalArgs } from '../options.js';
import { hasErrors } from '../output/diagnostics.js';
import { renderCascadeMarkdown, renderCascadeText } from '../output/cascade.js';
import { hiddenNote, issueLines, outputWidth, runHandler, toJson, type CommandResult } from './_shared.js';
import { loadCorpusFor, openRef } from './_corpus.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = compareMessages(activeLang());
  return parser
    .positional('doc', { type: 'string', demandOption: true, describe: messages(activeLang()).argDoc })
    .option('any-year', { type: 'boolean', default: false, describe: t.optAnyYear })
    .example('$0 cascade shanghai-2025', t.cascadeExample)
    .example('$0 cascade shanghai-2025 --any-year', t.cascadeExampleAnyYear)
    .example('$0 cascade shanghai-2025 --format md --output cascade.md', t.cascadeExampleMd);
}

export type CascadeArgs = ArgsOf<typeof builder>;

/** Why a plan has no lower-level plans, and what to try. */
function noLowerText(upper: PlanDocument, anyYear: boolean, t: CompareMessages): string {
  if (upper.region === null) return t.noRegion(upper.id);
  if (anyYear) return t.noLowerAnyYear(upper.region);
  const when = upper.period && upper.period.start !== upper.period.end ? `${upper.period.start}–${upper.period.end}` : String(upper.period?.start ?? upper.year ?? '');
  return `${t.noLower(upper.region, when)}\n${t.tryAnyYear}`;
}

/**
 * For each task of a higher-level plan, which lower-level plans of the
 * corpus take it up and how strongly; and their tasks with no counterpart above.
 *
 * @param args The parsed arguments: the plan, `--any-year`.
 * @param io The terminal width.
 * @returns The coverage matrix (text, Markdown, or the core `Cascade` as JSON) and the exit code.
 */
export function handleCascade(args: CascadeArgs, io: Io): CommandResult {
  const t = compareMessages(args.lang);
  const m = messages(args.lang);
  const opened = openRef(args.doc, args);
  const stderr = issueLines(opened.issues, 'warning', opened.base);
  if (opened.document === null) return { output: '', stderr, exitCode: 1 };
  const upper = opened.document;
  const exitCode = hasErrors(opened.issues) ? 1 : 0;
  const corpus = loadCorpusFor(args);
  const lowers = lowerPlans(upper, corpus.documents, { anyYear: args['any-year'] });
  const cascade = cascadePlan(upper, lowers);
  if (args.format === 'json') return { output: toJson(cascade), stderr: lowers.length === 0 ? [noLowerText(upper, args['any-year'], t), ...stderr] : stderr, exitCode };
  // Note: no lower plan is a note for people, not data: stdout stays empty, as for a file with no plan in `parse`.
  if (lowers.length === 0) return { output: '', stderr: [noLowerText(upper, args['any-year'], t), ...stderr], exitCode };
  const options = { upper, lowers, threshold: DEFAULT_THRESHOLD, t, m };
  if (args.format === 'md') return { output: renderCascadeMarkdown(cascade, options), stderr, exitCode };
  const rendered = renderCascadeText(cascade, { ...options, width: outputWidth(args, io) });
  // Note: data on stdout; the upper plan, its lower plans and their counts on stderr, first, as `show` does.
  return { output: rendered.text, lead: [...rendered.caption, ''], stderr: [...hiddenNote(rendered, m), ...stderr], exitCode };
}

export const cascadeCommand: CommandModule<GlobalArgs, CascadeArgs> = {
  command: 'cascade <doc>',
  get describe() {
    return compareMessages(activeLang()).cascadeDescribe;
  },
  builder,
  handler: runHandler(handleCascade),
};
