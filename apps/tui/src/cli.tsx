import { defaultStoreDir, isPlanError, loadCorpus, type Corpus } from '@plankb/core';
import { render } from 'ink';
import { App } from './app.js';
import { messages, type Lang, type ScreenId } from './_utils/messages.js';
import { searchIndexFor } from './_utils/search-index.js';
import { colorWanted } from './contexts/SettingsContext.js';

/** How to start the app. */
export interface RunOptions {
  /** The corpus folder. @default the bundled seeds (`loadCorpus()`; `PLANKB_CORPUS` overrides) */
  corpus?: string | undefined;
  /** The store of observations. @default `<corpus>/.plankb` */
  store?: string | undefined;
  /** The interface language. @default `zh` when LANG starts with zh, else `en` */
  lang?: Lang | undefined;
  /** The date to assess targets at (YYYY-MM-DD). @default today */
  asOf?: string | undefined;
  /** The screen to open on. @default 'library' */
  screen?: ScreenId | undefined;
  /** @default process.stdin */
  stdin?: NodeJS.ReadStream;
  /** @default process.stdout */
  stdout?: NodeJS.WriteStream;
  /** @default process.stderr */
  stderr?: NodeJS.WriteStream;
  /** Read for NO_COLOR and LANG. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
}

// Note: the alternate screen keeps the shell's scrollback as it was; leaving it restores the screen.
const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALT_SCREEN = '\u001B[?1049l';

/**
 * Run the terminal app until the user quits. It refuses, with a message on
 * stderr that points to the CLI, when stdin or stdout is not a terminal.
 *
 * @param options The corpus, the store, the language and the streams.
 * @returns The exit code: 0 after quitting, 2 when it could not start (no terminal, no corpus).
 */
export async function runApp(options: RunOptions = {}): Promise<number> {
  const stdin = options.stdin ?? process.stdin;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const env = options.env ?? process.env;
  const lang = options.lang ?? (/^zh/i.test(env.LC_ALL || env.LANG || '') ? 'zh' : 'en');
  const t = messages(lang);
  if (!stdin.isTTY) {
    stderr.write(t.notTty('stdin'));
    return 2;
  }
  if (!stdout.isTTY) {
    stderr.write(t.notTty('stdout'));
    return 2;
  }
  let corpus: Corpus;
  try {
    corpus = options.corpus === undefined ? loadCorpus() : loadCorpus({ dir: options.corpus });
  } catch (error) {
    if (!isPlanError(error)) throw error;
    stderr.write(`${error.message}\n`);
    return 2;
  }
  const storeDir = options.store ?? defaultStoreDir(corpus.dir);
  const leave = (): void => void stdout.write(LEAVE_ALT_SCREEN);
  stdout.write(ENTER_ALT_SCREEN);
  process.once('exit', leave);
  try {
    const instance = render(
      <App corpus={corpus} storeDir={storeDir} asOf={options.asOf} lang={lang} color={colorWanted(env)} initialScreen={options.screen ?? 'library'} />,
      { stdin, stdout, stderr, exitOnCtrlC: true },
    );
    // Note: build the search index (core's buildSearchIndex: posting lists and the pinyin of each distinct character, about a second at 50,000 tasks) once the first screen is up.
    setTimeout(() => searchIndexFor(corpus.documents), 300).unref();
    await instance.waitUntilExit();
  } finally {
    process.off('exit', leave);
    leave();
  }
  return 0;
}
