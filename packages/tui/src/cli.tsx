import { spawnSync } from 'node:child_process';
import { isPlanError } from '@plankb/core';
import { type OpenedCorpus, openCorpus } from '@plankb/core/corpus';
import { defaultStoreDir } from '@plankb/core/track';
import { languageFromEnv } from '@plankb/terminal-text';
import { render } from 'ink';
import { App } from './app.js';
import { messages, type Lang, type ScreenId } from './_utils/messages.js';
import { colorWanted } from './contexts/SettingsContext.js';
import { ENTER_SCREEN, FrameScreen, LEAVE_SCREEN } from './_utils/screen.js';
import type { Terminal } from './contexts/TerminalContext.js';
import { readState, stateFile, writeState, type SavedState } from './_utils/state.js';
import { ambiguousWideWanted, setAmbiguousWide } from './_utils/ambiguous.js';

/** How to start the app. */
export interface RunOptions {
  /** The corpus folder. @default the bundled seeds (`openCorpus()`; `PLANKB_CORPUS` overrides) */
  corpus?: string | undefined;
  /** The store of observations. @default `<corpus>/.plankb` */
  store?: string | undefined;
  /** The interface language. @default `zh` when the first of LC_ALL, LC_MESSAGES and LANG that is set starts with zh, else `en` */
  lang?: Lang | undefined;
  /** The date to assess targets at (YYYY-MM-DD). @default today */
  asOf?: string | undefined;
  /** The screen to open on. @default where the last run on this corpus left off (`$XDG_STATE_HOME/plankb/tui.json`), else 'library' */
  screen?: ScreenId | undefined;
  /** @default process.stdin */
  stdin?: NodeJS.ReadStream;
  /** @default process.stdout */
  stdout?: NodeJS.WriteStream;
  /** @default process.stderr */
  stderr?: NodeJS.WriteStream;
  /** Measure ambiguous-width characters (“ ” · … ─ │) as two columns, for terminals that draw them so. @default `PLANKB_AMBIGUOUS_WIDE=1` in the environment */
  ambiguousWide?: boolean | undefined;
  /** Read for NO_COLOR and LANG. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
}


/**
 * What the app can ask of a real terminal: the clipboard (OSC 52), job
 * control (ctrl+z) and handing the terminal to an editor or a pager.
 */
function terminalOf(screen: FrameScreen, stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream, env: Readonly<Record<string, string | undefined>>): Terminal {
  const raw = (on: boolean): void => {
    if (typeof stdin.setRawMode === 'function') stdin.setRawMode(on);
  };
  // Note: give the terminal back as the shell had it: the normal screen, the cursor shown, cooked mode.
  const release = (): void => {
    screen.pause();
    stdout.write(LEAVE_SCREEN);
    raw(false);
  };
  const retake = (): void => {
    raw(true);
    stdout.write(ENTER_SCREEN);
    screen.resume();
  };
  return {
    copy: (text) => {
      screen.passthrough(`\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`);
      return true;
    },
    suspend: () => {
      if (process.platform === 'win32') return false;
      release();
      process.once('SIGCONT', retake);
      process.kill(process.pid, 'SIGTSTP');
      return true;
    },
    openFile: (file, line) => {
      const program = env.VISUAL || env.EDITOR || env.PAGER || 'less';
      release();
      try {
        // Note: through the shell, so that EDITOR can carry arguments (`code -w`); vi, nano, emacs and less all take +LINE.
        const run = spawnSync(`${program} +${line} '${file.replace(/'/g, "'\\''")}'`, { shell: true, stdio: 'inherit', env: env as NodeJS.ProcessEnv });
        if (run.error) return run.error.message;
        return run.status === 0 || run.status === null ? null : `${program} exited with ${run.status}`;
      } finally {
        retake();
      }
    },
  };
}

/**
 * The interface language the environment asks for: as in POSIX (and the CLI),
 * the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set decides
 * (`LC_ALL=C LANG=zh_CN.UTF-8` is English).
 *
 * @param env The environment.
 * @returns `zh` when that locale is Chinese, else `en`.
 */
export function langOf(env: Readonly<Record<string, string | undefined>>): Lang {
  return languageFromEnv(env);
}

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
  const lang = options.lang ?? langOf(env);
  const t = messages(lang);
  if (!stdin.isTTY) {
    stderr.write(t.notTty('stdin'));
    return 2;
  }
  if (!stdout.isTTY) {
    stderr.write(t.notTty('stdout'));
    return 2;
  }
  // Note: opened, not loaded: the first frame (the Library) needs each document's head only; a screen reads the
  // documents it shows in full when it is first visited (CorpusContext), the search index when Search is.
  let corpus: OpenedCorpus;
  try {
    corpus = options.corpus === undefined ? openCorpus() : openCorpus({ dir: options.corpus });
  } catch (error) {
    if (!isPlanError(error)) throw error;
    stderr.write(`${error.message}\n`);
    return 2;
  }
  const storeDir = options.store ?? defaultStoreDir(corpus.dir);
  setAmbiguousWide(options.ambiguousWide ?? ambiguousWideWanted(env));
  // Note: the alternate screen keeps the shell's scrollback as it was; leaving it restores the screen.
  const screen = new FrameScreen(stdout);
  const leave = (): void => {
    screen.close();
    stdout.write(LEAVE_SCREEN);
  };
  stdout.write(ENTER_SCREEN);
  process.once('exit', leave);
  const terminal = terminalOf(screen, stdin, stdout, env);
  // Note: the last screen and documents are kept in the user's state folder (not the corpus), per corpus; --screen overrides.
  const saved = stateFile(env);
  const initialState = saved === null ? null : readState(saved, corpus.dir, new Set(corpus.documents.map((d) => d.id)));
  let state: SavedState | null = null;
  try {
    const instance = render(
      <App corpus={corpus} storeDir={storeDir} asOf={options.asOf} lang={lang} color={colorWanted(env)} initialScreen={options.screen} initialState={initialState} onStateChange={(s) => void (state = s)} terminal={terminal} />,
      // Note: debug mode makes Ink write each frame whole to `screen`, which draws only the lines that changed (see screen.ts).
      { stdin, stdout: screen as unknown as NodeJS.WriteStream, stderr, exitOnCtrlC: true, debug: true, patchConsole: false },
    );
    await instance.waitUntilExit();
    if (saved !== null && state !== null) writeState(saved, corpus.dir, state);
  } finally {
    process.off('exit', leave);
    leave();
  }
  return 0;
}
