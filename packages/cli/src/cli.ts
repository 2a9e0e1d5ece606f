import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isPlanError, type PlanErrorCode } from '@plankb/core';
import { suggestIds } from '@plankb/core/corpus';
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import pkg from '../package.json' with { type: 'json' };
import { COMMAND_NAMES, loadCommands, withCommands } from './commands/index.js';
import { CliError, ExitError } from './errors.js';
import { defaultLang, detectLang, messages, setActiveLang, type Lang, type Messages } from './i18n.js';
import { localMessage } from './output/zh-messages.js';
import { widthOf } from '@plankb/terminal-text';
import { processIo, type Io, type RunContext } from './io.js';
import { withGlobalOptions, type GlobalArgs } from './options.js';

export interface ParserOptions {
  /** The interface language; from LANG by default. */
  lang?: Lang;
  /** How wide help text may be. @default 100 */
  columns?: number | undefined;
  /** The words after `--get-yargs-completions`, when the shell asks for completions. */
  completionWords?: readonly string[] | undefined;
  /**
   * plankb's own completions for those words (completion.ts `completeWords`). `run` imports it only when the shell
   * asks: it loads the corpus, and with it core's parser, which no other start needs to compile.
   */
  completeWords?: ((words: readonly string[]) => string[] | null) | undefined;
}

/** yargs' messages in Chinese, where its own zh_CN strings leave English words in. */
const ZH_YARGS: Record<string, string | { one: string; other: string }> = {
  'Not enough non-option arguments: got %s, need at least %s': { one: '缺少参数：给出了 %s 个，至少需要 %s 个', other: '缺少参数：给出了 %s 个，至少需要 %s 个' },
  'Too many non-option arguments: got %s, maximum of %s': { one: '参数过多：给出了 %s 个，最多 %s 个', other: '参数过多：给出了 %s 个，最多 %s 个' },
  'Missing required argument: %s': { one: '缺少必需的参数：%s', other: '缺少必需的参数：%s' },
  'Unknown argument: %s': { one: '无法识别的参数：%s', other: '无法识别的参数：%s' },
  'Invalid values:': '无效的值：',
  'Argument: %s, Given: %s, Choices: %s': '参数 %s 给出的是 %s；可选值：%s',
  'Did you mean %s?': '您是不是要用 %s？',
  'Positionals:': '参数：',
  'Not enough arguments following: %s': '选项 %s 后缺少值',
  'Missing argument value: %s': { one: '选项缺少值：%s', other: '选项缺少值：%s' },
  'default:': '默认值：',
  'choices:': '可选值：',
};

/** Exit code for an error plankb did not expect (sysexits' EX_SOFTWARE). */
const EXIT_INTERNAL = 70;

/** Core's errors about what a file holds (it was read, but it is not text plankb reads): content errors, exit 1, as `validate` and `add` report them. */
const CONTENT_ERRORS: ReadonlySet<PlanErrorCode> = new Set(['binary-file', 'not-utf8']);

/**
 * Build the plankb parser: global options, the commands, strict checking.
 * It never exits the process and reports failures by throwing (`.fail(false)`).
 * It registers the commands `loadCommands` imported: await that first.
 *
 * @param options The language and help width.
 * @returns The parser; run it with `parseAsync(argv, { runContext })`.
 */
export function createParser(options: ParserOptions = {}): Argv<GlobalArgs> {
  const lang = options.lang ?? defaultLang(process.env);
  setActiveLang(lang);
  const t = messages(lang);
  const wrap = Math.min(100, options.columns ?? 100);
  const root = fitExamples(yargs(), wrap)
    .scriptName('plankb')
    .locale(lang === 'zh' ? 'zh_CN' : 'en')
    .usage(t.usage);
  // Note: yargs' own Chinese leaves words in English (non-option) and mixes colons; these read as the rest of the interface.
  // Note: yargs' type says strings only, but its locale files give plural messages as { one, other }, and so may we.
  if (lang === 'zh') root.updateLocale(ZH_YARGS as Record<string, string>);
  skipHelpCache(root);
  // Note: `completion` is registered here, not in commands/index.ts: yargs
  // implements it (it prints a bash or zsh script, chosen by $SHELL, and
  // answers the script's --get-yargs-completions calls).
  return withCommands(withGlobalOptions(root, t, lang))
    .completion('completion', t.completionDescribe, (_current: string, _argv: unknown, fallback: () => void, done: (list: string[]) => void) => {
      // Note: document ids, metric names and <doc>/<metric> come from the corpus; commands and options from yargs.
      const words = options.completionWords ?? [];
      const mine = words.length > 0 && options.completeWords ? options.completeWords(words) : null;
      if (mine === null) fallback();
      else done(mine);
    })
    .example('$0 docs', t.docsExample)
    .example('$0 tasks qingdao-2025 --format json', t.rootExampleJson)
    .example('$0 completion >> ~/.bashrc', t.completionExample)
    .demandCommand(1, t.needCommand)
    .strict()
    .fail(false)
    .exitProcess(false)
    .version(pkg.version)
    .help()
    .alias('h', 'help')
    .epilogue(t.epilogue)
    .wrap(wrap);
}

/** What `skipHelpCache` reaches in yargs: its usage instance, which keeps a command's rendered help. */
type UsageHolder = { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } };

/**
 * yargs renders a command's whole help after running its handler, in case the handler asks for it (`showHelp`),
 * and keeps it. plankb's handlers never do (help is asked for with `--help`, rendered then), and the rendering was
 * a tenth of the time of `plankb docs`: turn the keeping off. A yargs without this method is left as it is.
 *
 * @param parser The root parser (commands share its usage instance).
 */
function skipHelpCache(parser: Argv): void {
  const usage = (parser as unknown as UsageHolder).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

/**
 * Make examples that do not fit yargs' command column (half the help width)
 * print on a line of their own with the description under them, instead of
 * being wrapped in the middle of the command.
 *
 * @param parser The root parser; command builders get the same instance, so its examples are fitted too.
 * @param wrap The help width.
 * @returns The parser.
 */
function fitExamples(parser: Argv, wrap: number): Argv {
  const example = parser.example.bind(parser);
  const half = Math.floor(wrap / 2);
  const fitted = (command: string | [string, string?][], description?: string): Argv => {
    if (typeof command !== 'string') return example(command);
    if (description === undefined || description === '') return example(command, description ?? '');
    if (widthOf(command.replace(/\$0/g, 'plankb')) <= half) return example(command, description);
    // Note: an example with no description is printed across the whole width; the description goes above it, as
    // a shell comment (yargs trims leading whitespace, so it cannot be indented under the command).
    example(`# ${description}`, '');
    // Note: a command wider than the help is broken between words, with a shell's line continuation.
    const lines: string[] = [];
    for (const word of command.split(' ')) {
      const last = lines.at(-1);
      if (last !== undefined && widthOf(`${last} ${word} \\`.replace(/\$0/g, 'plankb')) <= wrap - 4) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    lines.forEach((line, k) => example(k < lines.length - 1 ? `${line} \\` : line, ''));
    return parser;
  };
  return Object.assign(parser, { example: fitted });
}

/**
 * The help of `plankb completion`, which yargs implements itself and would
 * answer `--help` with the script.
 *
 * @param lang The interface language.
 * @param columns The help width.
 * @returns The help text.
 */
async function completionHelp(lang: Lang, columns: number | undefined): Promise<string> {
  const t = messages(lang);
  return fitExamples(yargs(), Math.min(100, columns ?? 100))
    .scriptName('plankb')
    .locale(lang === 'zh' ? 'zh_CN' : 'en')
    .usage(`$0 completion\n\n${t.completionDescribe}`)
    .example('$0 completion >> ~/.bashrc', t.completionExample)
    .example('$0 completion >> ~/.zshrc', t.completionExampleZsh)
    .epilogue(t.completionHelp)
    .version(false)
    .help(false)
    .wrap(Math.min(100, columns ?? 100))
    .getHelp();
}

/** The global options that take a value as the next argument. */
const VALUE_OPTIONS = new Set(['--corpus', '--format', '--output', '-o', '--lang']);

/** The first argument that is neither an option nor an option's value: the command, when it is one. */
function firstWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/** The subcommands of `track`, for a help hint that names the one used (`track tasks `). */
const TRACK_SUBCOMMANDS = ['record', 'correct', 'task', 'list', 'status', 'tasks', 'import', 'export'];

/** The command the arguments name, for a help hint (`tasks `, `track status `), or '' when none does. */
function commandOf(argv: readonly string[]): string {
  const word = firstWord(argv);
  if (word === undefined || !(COMMAND_NAMES as readonly string[]).includes(word)) return '';
  const sub = word === 'track' ? firstWord(argv.slice(argv.indexOf(word) + 1)) : undefined;
  return sub !== undefined && TRACK_SUBCOMMANDS.includes(sub) ? `track ${sub} ` : `${word} `;
}

/** What to say about arguments yargs refused: an unknown command gets named, with the closest ones. */
function usageMessage(error: Error, argv: readonly string[], t: Messages): string {
  const word = firstWord(argv);
  if (word !== undefined && commandOf(argv) === '') return t.unknownCommand(word, suggestIds(word, COMMAND_NAMES, 1));
  return error.message;
}

/**
 * A content error as a diagnostic line: `file:line:column: error code: message`.
 *
 * @param code The error's code.
 * @param message Core's message, which starts with `file:line:column: `.
 * @returns The diagnostic.
 */
function contentDiagnostic(code: string, message: string): string {
  const m = /^(.*?:\d+:\d+): ([\s\S]*)$/.exec(message);
  if (m) return `${m[1]}: error ${code}: ${m[2]}`;
  // Note: a file refused for its format as a whole (`plan.wps: this is a WPS 文字 file…`) is placed at its start.
  const whole = /^([^\n]+?): ([\s\S]*)$/.exec(message);
  return whole ? `${whole[1]}:1:1: error ${code}: ${whole[2]}` : `error ${code}: ${message}`;
}

/** The one place that turns an error into a message and an exit code. */
function exitCodeFor(error: unknown, context: RunContext, argv: readonly string[], lang: Lang): number {
  const t = messages(lang);
  const { io } = context;
  if (error instanceof ExitError) return error.exitCode;
  if (isPlanError(error) && CONTENT_ERRORS.has(error.code)) {
    // Note: one form for a file that is not text, wherever it is found: `file:1:1: error binary-file: …`, as `validate` and corpus issues print it.
    io.stderr(`${contentDiagnostic(error.code, localMessage(error.message, lang))}\n`);
    return 1;
  }
  if (isPlanError(error) || error instanceof CliError) {
    io.stderr(`${t.errorLabel}${localMessage(error.message, lang)}\n`);
    return 2;
  }
  if (!context.started && error instanceof Error) {
    // Note: with .fail(false), yargs throws a plain Error for bad arguments before any handler runs.
    io.stderr(`${t.errorLabel}${usageMessage(error, argv, t)}\n${t.helpHint(commandOf(argv))}\n`);
    return 2;
  }
  io.stderr(`${t.internalError}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT_INTERNAL;
}

/**
 * Run plankb on a list of arguments.
 *
 * @param argv The arguments, without `node` and the script.
 * @param io Where output and diagnostics go.
 * @returns The exit code: 0 success, 1 content errors in the input, 2 usage or I/O errors.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const lang = detectLang(argv, io.env);
  const context: RunContext = { io, started: false };
  try {
    let help = '';
    if (firstWord(argv) === 'completion' && (argv.includes('--help') || argv.includes('-h'))) {
      io.stdout(`${await completionHelp(lang, io.columns)}\n`);
      return 0;
    }
    const asked = argv.indexOf('--get-yargs-completions');
    const completionWords = asked >= 0 ? argv.slice(asked + 1) : undefined;
    const completeWords = asked >= 0 ? (await import('./completion.js')).completeWords : undefined;
    // Note: only the named command's code is imported; completion, help and an unknown command need every command,
    // `plankb --version` none.
    const word = firstWord(argv);
    await loadCommands(asked >= 0 ? undefined : word === undefined && argv.length === 1 && argv[0] === '--version' ? null : word);
    await createParser({ lang, columns: io.columns, completionWords, completeWords }).parseAsync([...argv], { runContext: context }, (_error, _args, output) => {
      help = output;
    });
    // Note: yargs' help ends without a newline; the completion script ends with one.
    if (help !== '') io.stdout(help.endsWith('\n') ? help : `${help}\n`);
    return 0;
  } catch (error) {
    return exitCodeFor(error, context, argv, lang);
  }
}

function isMain(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && existsSync(entry) && realpathSync(entry) === fileURLToPath(import.meta.url);
}

if (isMain()) {
  // Note: a closed pipe (`plankb tasks x | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = await run(hideBin(process.argv), processIo());
}
