import { diffPlans, type PlanDiff } from '@plankb/core/align';
import type { Argv, CommandModule } from 'yargs';
import { activeLang, messages } from '../i18n.js';
import { compareMessages } from '../i18n-compare.js';
import type { Io } from '../io.js';
import type { ArgsOf, GlobalArgs } from '../options.js';
import { hasErrors } from '../output/diagnostics.js';
import { differs, renderDiffMarkdown, renderDiffText, type DiffDisplay } from '../output/plan-diff.js';
import { colorEnabled } from '../output/wrap.js';
import { issueLines, outputWidth, runHandler, toJson, type CommandResult } from './_shared.js';
import { openRef } from './_corpus.js';

export const DISPLAYS = ['side-by-side', 'inline'] as const satisfies readonly DiffDisplay[];
const ONLY = ['changed'] as const;

/** The width side-by-side output is laid out for when stdout is not a terminal: COLUMNS, else 80. */
const DEFAULT_WIDTH = 80;

function builder(parser: Argv<GlobalArgs>) {
  const t = compareMessages(activeLang());
  return parser
    .positional('a', { type: 'string', demandOption: true, describe: t.argOld })
    .positional('b', { type: 'string', demandOption: true, describe: t.argNew })
    .option('display', { choices: DISPLAYS, default: 'side-by-side' as DiffDisplay, describe: t.optDisplay, requiresArg: true })
    .option('only', { choices: ONLY, describe: t.optOnly, requiresArg: true })
    .option('exit-code', { type: 'boolean', default: false, describe: t.optExitCode })
    .example('$0 diff qingpu-2023-draft qingpu-2023', t.diffExample)
    .example('$0 diff shanghai-2025 qingpu-2025', t.diffExampleCity)
    .example('$0 diff qingpu-2023 qingpu-2025 --display inline --only changed', t.diffExampleInline)
    .example('$0 diff old.txt new.txt --exit-code > /dev/null', t.diffExampleExit)
    .example('$0 diff shanghai-2025 qingpu-2025 --format json', t.diffExampleJson);
}

export type DiffArgs = ArgsOf<typeof builder>;

/**
 * Compare two plans task by task.
 *
 * @param args The parsed arguments: the two plans, display, `--only`, `--exit-code`.
 * @param io The terminal (its width, whether it takes colour).
 * @returns The diff (text, Markdown, or the core `PlanDiff` as JSON) and the exit code:
 *   with `--exit-code`, 1 when the plans differ; 1 also for content errors in a file.
 */
export function handleDiff(args: DiffArgs, io: Io): CommandResult {
  const t = compareMessages(args.lang);
  const m = messages(args.lang);
  const openedA = openRef(args.a, args);
  const openedB = openRef(args.b, args);
  const stderr = [...issueLines(openedA.issues, 'warning', openedA.base), ...issueLines(openedB.issues, 'warning', openedB.base)];
  if (openedA.document === null || openedB.document === null) return { output: '', stderr, exitCode: 1 };
  const a = openedA.document;
  const b = openedB.document;
  const full = diffPlans(a, b);
  const onlyChanged = args.only === 'changed';
  const diff: PlanDiff = onlyChanged ? { ...full, pairs: full.pairs.filter((p) => p.change !== 'unchanged') } : full;
  const contentErrors = hasErrors(openedA.issues) || hasErrors(openedB.issues);
  const exitCode = contentErrors || (args['exit-code'] && differs(full)) ? 1 : 0;
  switch (args.format) {
    case 'json':
      return { output: toJson(diff), stderr, exitCode };
    case 'md':
      return { output: renderDiffMarkdown(full, { a, b, onlyChanged, t, m }), stderr, exitCode };
    default: {
      const width = outputWidth(args, io) ?? (Number(io.env.COLUMNS) || DEFAULT_WIDTH);
      const color = colorEnabled(io, args.output !== undefined);
      const rendered = renderDiffText(full, { a, b, width, color, display: args.display, onlyChanged, t, m });
      // Note: data on stdout; the two plans and the counts on stderr, first, and the notes after, as `show` does,
      // so that `plankb diff a b > f.txt` holds only the pairs.
      return { output: rendered.text, lead: [...rendered.caption, ''], stderr: [...rendered.notes, ...stderr], exitCode };
    }
  }
}

export const diffCommand: CommandModule<GlobalArgs, DiffArgs> = {
  command: 'diff <a> <b>',
  get describe() {
    return compareMessages(activeLang()).diffDescribe;
  },
  builder,
  handler: runHandler(handleDiff),
};
