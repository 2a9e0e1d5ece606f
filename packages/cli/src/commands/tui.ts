import { resolve } from 'node:path';
import { isIsoDay } from '@plankb/core';
import type { Argv, CommandModule } from 'yargs';
import { ExitError } from '../errors.js';
import { activeLang, type Lang } from '../i18n.js';
import { contextOf } from '../io.js';
import type { ArgsOf, GlobalArgs } from '../options.js';

/** The interface strings of `tui`. */
interface TuiMessages {
  describe: string;
  optStore: string;
  optAsOf: string;
  optAmbiguousWide: string;
  badDate: (value: string) => string;
  example: string;
  exampleStore: string;
}

const en: TuiMessages = {
  describe: 'Open the terminal app: browse the documents, compare two plans, search (pinyin too) and track targets',
  optStore: 'The store of observations (default: <corpus>/.plankb; for the bundled seeds, ~/.local/share/plankb/store)',
  optAsOf: 'Assess targets as of this date, YYYY-MM-DD (default: today)',
  optAmbiguousWide: 'For terminals that draw “ ” · … ─ │ two columns wide: measure them so, and draw rules and marks in ASCII (default: PLANKB_AMBIGUOUS_WIDE=1)',
  badDate: (value) => `--as-of must be a date as YYYY-MM-DD, not ${value}`,
  example: 'Open the app on the bundled documents',
  exampleStore: 'Record and assess observations in another store',
};

const zh: TuiMessages = {
  describe: '打开终端应用：浏览文件、对比两份规划、搜索（支持拼音）、跟踪指标',
  optStore: '观测值存储目录（默认：<corpus>/.plankb；内置样本为 ~/.local/share/plankb/store）',
  optAsOf: '按此日期评估指标，格式 YYYY-MM-DD（默认：今天）',
  optAmbiguousWide: '终端将 “ ” · … ─ │ 显示为两列宽时使用：按两列计算宽度，并以 ASCII 字符绘制分隔线和标记（默认：PLANKB_AMBIGUOUS_WIDE=1）',
  badDate: (value) => `--as-of 须为 YYYY-MM-DD 格式的日期，而不是 ${value}`,
  example: '在自带的文件上打开应用',
  exampleStore: '在另一个存储目录中记录和评估观测值',
};

const catalogs: Record<Lang, TuiMessages> = { en, zh };

function builder(parser: Argv<GlobalArgs>) {
  const t = catalogs[activeLang()];
  return parser
    .option('store', { type: 'string', describe: t.optStore, requiresArg: true })
    .option('as-of', {
      type: 'string',
      describe: t.optAsOf,
      requiresArg: true,
      coerce: (value: string) => {
        if (!isIsoDay(value)) throw new Error(t.badDate(value));
        return value;
      },
    })
    // Note: no default, so that PLANKB_AMBIGUOUS_WIDE decides when the option is not given.
    .option('ambiguous-wide', { type: 'boolean', describe: t.optAmbiguousWide })
    // Note: the app writes no output: the global --format and --output mean nothing here, so help does not list them.
    .hide('format')
    .hide('output')
    .example('$0 tui', t.example)
    .example('$0 tui --store ./observations', t.exampleStore);
}

export type TuiArgs = ArgsOf<typeof builder>;

/**
 * Open the terminal app. `@plankb/tui` (and with it Ink and React) is
 * imported only here, so the other commands start without it.
 *
 * @param args The parsed arguments: `--corpus`, `--store`, `--as-of`, `--lang`, `--ambiguous-wide`.
 * @returns The app's exit code: 0 after quitting, 2 when stdin or stdout is not a terminal or the corpus cannot be read.
 */
export async function handleTui(args: Pick<GlobalArgs, 'corpus' | 'lang'> & { store?: string | undefined; asOf?: string | undefined; ambiguousWide?: boolean | undefined }): Promise<number> {
  const { runApp } = await import('@plankb/tui');
  return runApp({
    corpus: args.corpus === undefined ? undefined : resolve(args.corpus),
    store: args.store === undefined ? undefined : resolve(args.store),
    asOf: args.asOf,
    lang: args.lang,
    ambiguousWide: args.ambiguousWide,
  });
}

export const tuiCommand: CommandModule<GlobalArgs, TuiArgs> = {
  command: 'tui',
  get describe() {
    return catalogs[activeLang()].describe;
  },
  builder,
  handler: async (args) => {
    contextOf(args).started = true;
    const code = await handleTui(args);
    // Note: the app has already explained a refusal on stderr; only the exit code is left.
    if (code !== 0) throw new ExitError(code);
  },
};
