import { isAbsolute, relative, resolve } from 'node:path';
import type { Corpus } from '@plankb/core/corpus';
import { defaultStoreDir, readStore, type StoreContents } from '@plankb/core/track';
import type { TrackMessages } from '../i18n-track.js';
import type { GlobalArgs } from '../options.js';
import { loadCorpusFor } from './_corpus.js';

// The corpus and store of observations that `plankb track` and `plankb export` work on.

/** The corpus and the store a track command works on. */
export interface TrackContext {
  corpus: Corpus;
  storeDir: string;
}

/**
 * Load the corpus and find the store: `--store`, else `<corpus>/.plankb`.
 *
 * @param args The global options and `--store`.
 * @returns The corpus and the store's folder.
 */
export function openTrack(args: Pick<GlobalArgs, 'corpus'> & { store?: string | undefined }): TrackContext {
  const corpus = loadCorpusFor(args);
  return { corpus, storeDir: args.store === undefined ? defaultStoreDir(corpus.dir) : resolve(args.store) };
}

/** A path as a terminal should show it: relative to the working folder when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/**
 * Read the store, with a `file:line: message` line for each entry that did
 * not validate (it is skipped; the rest is used) and a count of them.
 *
 * @param dir The store's folder.
 * @param t The track strings.
 * @param options `target`: read only this target's observations (quicker on a large store).
 * @returns The store and the lines for stderr.
 */
export function readStoreReporting(dir: string, t: TrackMessages, options: { target?: string } = {}): { store: StoreContents; stderr: string[] } {
  const store = readStore(dir, options);
  const stderr = store.problems.map((p) => `${shownPath(p.file)}:${p.line}: ${p.message}`);
  if (store.problems.length > 0) stderr.push(t.linesSkipped(store.problems.length));
  return { store, stderr };
}

