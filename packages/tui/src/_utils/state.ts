import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SCREENS, type ScreenId } from './messages.js';

/** What the app remembers between runs, per corpus: where the user was. */
export interface SavedState {
  screen: ScreenId;
  /** The document shown in Plan. */
  planDoc: string | null;
  /** The documents compared. */
  compare: { a: string; b: string } | null;
}

/**
 * Where the app keeps its state: the user's state folder (XDG), never the corpus.
 *
 * @param env The environment.
 * @returns `$XDG_STATE_HOME/plankb/tui.json`, else `~/.local/state/plankb/tui.json`; `null` without either.
 */
export function stateFile(env: Readonly<Record<string, string | undefined>>): string | null {
  const base = env.XDG_STATE_HOME || (env.HOME ? join(env.HOME, '.local', 'state') : '');
  return base === '' ? null : join(base, 'plankb', 'tui.json');
}

function readAll(file: string): Record<string, SavedState> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, SavedState>) : {};
  } catch {
    return {};
  }
}

/**
 * The state saved for a corpus, checked against what the corpus holds now.
 *
 * @param file The state file.
 * @param corpusDir The corpus folder.
 * @param ids The ids of the corpus's documents.
 * @returns The state, or `null` when none was saved (or it is unreadable).
 */
export function readState(file: string, corpusDir: string, ids: ReadonlySet<string>): SavedState | null {
  const saved = readAll(file)[resolve(corpusDir)];
  if (!saved || !SCREENS.includes(saved.screen)) return null;
  const compare = saved.compare && ids.has(saved.compare.a) && ids.has(saved.compare.b) ? saved.compare : null;
  return { screen: saved.screen, planDoc: saved.planDoc !== null && ids.has(saved.planDoc) ? saved.planDoc : null, compare };
}

/**
 * Save the state for a corpus, keeping other corpora's. Failing to write is not an error: the app only forgets.
 *
 * @param file The state file.
 * @param corpusDir The corpus folder.
 * @param state The state.
 */
export function writeState(file: string, corpusDir: string, state: SavedState): void {
  try {
    const all = { ...readAll(file), [resolve(corpusDir)]: state };
    mkdirSync(dirname(file), { recursive: true });
    // Note: written aside and renamed, so that two apps quitting together never leave half a file.
    const temporary = `${file}.${process.pid}`;
    writeFileSync(temporary, `${JSON.stringify(all, null, 2)}\n`);
    renameSync(temporary, file);
  } catch {
    // Nothing to do: the next run starts on the Library.
  }
}
