import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withFileLock } from '../fs/file-lock.js';
import { writeFileAtomic } from '../fs/write-atomic.js';
import { PlanError } from '../errors/plan-error.js';
import { StoreEntrySchema, type ObservationEntry, type StoreEntry, type TaskProgressEntry } from './entries.js';

/** The store's folder inside a corpus folder. */
export const STORE_FOLDER = '.plankb';
/** One JSON entry per line, oldest first: diffs and merges in git stay line by line. */
export const OBSERVATIONS_FILE = 'observations.jsonl';
export const PROGRESS_FILE = 'task-progress.jsonl';
const LOCK_FILE = '.lock';

/** A line of the store that does not read as a valid entry. */
export interface StoreProblem {
  file: string;
  line: number;
  message: string;
}

/** What `readStore` returns: the valid entries of each file, and the lines that failed to read. */
export interface StoreContents {
  dir: string;
  observations: ObservationEntry[];
  progress: TaskProgressEntry[];
  /** Lines that failed to read; the other entries are still usable. */
  problems: StoreProblem[];
}

/**
 * The bundled seeds folder (in an installed package, or a checkout's `seeds/`),
 * found as `defaultCorpusDir` finds it but whatever `PLANKB_CORPUS` says.
 *
 * @returns The folder, or `undefined` when there is none.
 */
function bundledSeedsDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    if (existsSync(join(dir, 'seeds', 'manifest.json'))) return join(dir, 'seeds');
    dir = dirname(dir);
  }
  return undefined;
}

/**
 * The default store of a corpus: `.plankb/` inside the corpus folder, where
 * a team keeps it in git with the documents. The bundled seeds are the
 * exception: they belong to plankb (a reinstall would wipe a store inside an
 * installed package, and a store in a checkout's `seeds/` would mix a user's
 * data into the repository), so theirs lives in the user's data folder
 * (`$XDG_DATA_HOME/plankb/store`, or `~/.local/share/plankb/store`).
 *
 * @param corpusDir The corpus folder.
 * @param env The environment, for `XDG_DATA_HOME`.
 * @returns The store's folder.
 */
export function defaultStoreDir(corpusDir: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const seeds = bundledSeedsDir();
  const bundled = corpusDir.includes(`${sep}node_modules${sep}`) || (seeds !== undefined && resolve(corpusDir) === resolve(seeds));
  if (bundled) return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'plankb', 'store');
  return join(corpusDir, STORE_FOLDER);
}

function fileFor(entry: StoreEntry): string {
  return entry.type === 'observation' ? OBSERVATIONS_FILE : PROGRESS_FILE;
}

function readLines(dir: string, file: string, problems: StoreProblem[], only?: string): StoreEntry[] {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  const entries: StoreEntry[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, k) => {
      if (text.trim() === '') return;
      // Note: a reader that needs one target's entries skips the others unparsed (a large store has 100,000s of lines).
      if (only !== undefined && !text.includes(only)) return;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        problems.push({ file: path, line: k + 1, message: `not valid JSON (${(error as Error).message})` });
        return;
      }
      const parsed = StoreEntrySchema.safeParse(data);
      if (parsed.success) entries.push(parsed.data);
      else problems.push({ file: path, line: k + 1, message: parsed.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ') });
    });
  return entries;
}

/**
 * Read a store, validating every line. A bad line is reported with its file
 * and line number and skipped; the rest stays usable.
 *
 * @param dir The store's folder.
 * @param options `target`: read only the observations of this target id (quicker on a large store).
 * @returns The entries and any problems.
 */
export function readStore(dir: string, options: { target?: string } = {}): StoreContents {
  const problems: StoreProblem[] = [];
  // Note: with a target, only lines naming it (as JSON writes it) are read, and no task progress.
  const only = options.target === undefined ? undefined : JSON.stringify(options.target);
  const entries = [...readLines(dir, OBSERVATIONS_FILE, problems, only), ...(only === undefined ? readLines(dir, PROGRESS_FILE, problems) : [])];
  return {
    dir,
    observations: entries.filter((e): e is ObservationEntry => e.type === 'observation'),
    progress: entries.filter((e): e is TaskProgressEntry => e.type === 'task-progress'),
    problems,
  };
}

/** The temporary files a write of the store's files makes (`.observations.jsonl.<pid>.<hex>.tmp`). */
const TEMPORARY = new RegExp(`^\\.(?:${[OBSERVATIONS_FILE, PROGRESS_FILE].map((f) => f.replace('.', '\\.')).join('|')})\\.\\d+\\.[0-9a-f]+\\.tmp$`);

/**
 * Remove what writers killed mid-write (kill -9, a power cut) left: their
 * temporary files. Called under the store's lock, when no other writer can
 * be writing one, so every such file is stale.
 *
 * @param dir The store's folder.
 */
function removeStaleTemporaryFiles(dir: string): void {
  for (const name of readdirSync(dir)) if (TEMPORARY.test(name)) rmSync(join(dir, name), { force: true });
}

/**
 * Add entries to a store, all or nothing. Under the store's lock, each file
 * is rewritten whole to a temporary file, flushed to disk and renamed over
 * the old one, so a crash leaves either the old file or the new one, and two
 * writers never lose each other's entries.
 *
 * @param dir The store's folder (created when missing).
 * @param entries Validated entries to add.
 * @throws {PlanError} `invalid-argument` when an entry does not match the store's schema (a day such as 2025-02-30,
 *   a missing field); nothing is written then.
 */
export function appendEntries(dir: string, entries: readonly StoreEntry[]): void {
  if (entries.length === 0) return;
  // Note: checked before the folder is made, so a bad entry leaves no trace.
  for (const entry of entries) checkEntry(entry);
  mkdirSync(dir, { recursive: true });
  // Note: entries only ever add lines, so git's union merge joins two colleagues' additions without a conflict.
  const attributes = join(dir, '.gitattributes');
  if (!existsSync(attributes)) writeFileAtomic(attributes, '*.jsonl merge=union\n');
  withFileLock(join(dir, LOCK_FILE), () => {
    removeStaleTemporaryFiles(dir);
    for (const file of new Set(entries.map(fileFor))) {
      const path = join(dir, file);
      // Note: the old lines are copied as bytes, neither decoded nor parsed, so a write costs what copying the file costs.
      const old = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
      const lines = entries.filter((e) => fileFor(e) === file).map((e) => JSON.stringify(e));
      const separator = old.length === 0 || old[old.length - 1] === 0x0a ? '' : '\n';
      writeFileAtomic(path, Buffer.concat([old, Buffer.from(`${separator}${lines.join('\n')}\n`, 'utf8')]));
    }
  });
}

/**
 * Check an entry against the store's schema.
 *
 * @param entry An entry about to be stored.
 * @throws {PlanError} `invalid-argument`, naming the entry, the field and what is wrong with it.
 */
export function checkEntry(entry: StoreEntry): void {
  const result = StoreEntrySchema.safeParse(entry);
  if (result.success) return;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`).join('; ');
  const id = typeof (entry as { id?: unknown }).id === 'string' ? ` ${(entry as { id: string }).id}` : '';
  throw new PlanError('invalid-argument', `Not a valid store entry${id}: ${problems}.`, { cause: result.error });
}
