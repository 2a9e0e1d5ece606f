import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/write-atomic.js';
import { compactPosition, inflatePositions, type ParseCache } from './parse-cache.js';

/**
 * What a corpus load keeps about each file of a corpus folder besides its
 * full parse: a small summary (the documents without their items, the parts,
 * the issues) under the file's parse-cache key. Loading a corpus's summaries
 * reads one file of this size instead of every document's parse, whose
 * positions are four in five of the objects a full load makes; a document
 * is read in full from the parse cache when asked for.
 *
 * It is keyed like the parse cache (the file's SHA-256, the parse options,
 * the parser and the code), so a summary is never older than the parse it
 * was made from. The summary's type is the caller's: this module only
 * stores it, so that cache/ does not depend on corpus/.
 */
export interface SummaryStore<T, M> {
  readonly path: string;
  /**
   * What every key of the store was made under: the parse cache's key prefix (parser, schema, code) and the
   * manifest's bytes. While it is unchanged, a file's options are too, and its bytes' SHA-256 alone finds its key.
   */
  basis: string | null;
  /** The manifest as validated under `basis` (`null` for a folder without one). */
  manifest: M | null;
  /** By file (relative to the corpus folder): the parse-cache key, the SHA-256 of the bytes and the summary of that parse. */
  readonly files: Map<string, [key: string, sha256: string, summary: T]>;
  /** Whether anything was added, changed or dropped since it was read. */
  changed: boolean;
}

/** The format of a summary file; bump it when its layout changes (the code fingerprint in each key covers the summary's content). */
const STORE_FORMAT = 2;

/**
 * Open the summary store of a corpus folder, in the parse cache's folder.
 *
 * @param cache The parse cache.
 * @param dir The corpus folder's absolute path.
 * @returns The store; empty when there is none yet or it cannot be read.
 */
export function openSummaryStore<T, M>(cache: ParseCache, dir: string): SummaryStore<T, M> {
  const name = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  // Note: UTF-16LE like the parse cache's files: the summaries are mostly Chinese titles and messages.
  const store: SummaryStore<T, M> = { path: join(cache.dir, 'summaries', `${name}.utf16le.json`), basis: null, manifest: null, files: new Map(), changed: false };
  try {
    const data = JSON.parse(readFileSync(store.path).toString('utf16le')) as { plankbCorpusSummaries?: unknown; dir?: unknown; basis?: unknown; manifest?: unknown; files?: unknown };
    if (data.plankbCorpusSummaries !== STORE_FORMAT || data.dir !== dir || typeof data.basis !== 'string' || !Array.isArray(data.files)) return store;
    store.basis = data.basis;
    store.manifest = (data.manifest ?? null) as M | null;
    for (const entry of data.files as unknown[]) {
      if (!Array.isArray(entry) || entry.length !== 4 || typeof entry[0] !== 'string' || typeof entry[1] !== 'string' || typeof entry[2] !== 'string') continue;
      store.files.set(entry[0], [entry[1], entry[2], inflatePositions(entry[3]) as T]);
    }
  } catch {
    // Note: no store yet, or a torn one: this load reads the parses and writes it.
  }
  return store;
}

/**
 * The summary stored for a file, if it was made from the parse with this key.
 *
 * @param store The store.
 * @param file The file, relative to the corpus folder.
 * @param key The file's parse-cache key now.
 * @returns The summary, or `undefined`.
 */
export function storedSummary<T, M>(store: SummaryStore<T, M>, file: string, key: string): T | undefined {
  const entry = store.files.get(file);
  return entry !== undefined && entry[0] === key ? entry[2] : undefined;
}

/**
 * The key and summary stored for a file whose bytes have this SHA-256, for a caller that checked the store's basis
 * is current (its options are then unchanged, and so is its key).
 *
 * @param store The store.
 * @param file The file, relative to the corpus folder.
 * @param sha256 The SHA-256 of its bytes now.
 * @returns The key and the summary, or `undefined`.
 */
export function summaryByHash<T, M>(store: SummaryStore<T, M>, file: string, sha256: string): [key: string, summary: T] | undefined {
  const entry = store.files.get(file);
  return entry !== undefined && entry[1] === sha256 ? [entry[0], entry[2]] : undefined;
}

/**
 * Record a file's summary under the key of the parse it was made from.
 *
 * @param store The store.
 * @param file The file, relative to the corpus folder.
 * @param key The parse-cache key.
 * @param sha256 The SHA-256 of the file's bytes that parse read.
 * @param summary The summary.
 */
export function rememberSummary<T, M>(store: SummaryStore<T, M>, file: string, key: string, sha256: string, summary: T): void {
  store.files.set(file, [key, sha256, summary]);
  store.changed = true;
}

/**
 * Keep only the files a load saw, and write the store when it changed.
 *
 * @param store The store, with its basis and manifest set to this load's.
 * @param dir The corpus folder's absolute path.
 * @param seen The files of this load.
 */
export function saveSummaryStore<T, M>(store: SummaryStore<T, M>, dir: string, seen: ReadonlySet<string>): void {
  for (const file of store.files.keys()) {
    if (!seen.has(file)) {
      store.files.delete(file);
      store.changed = true;
    }
  }
  if (!store.changed) return;
  try {
    mkdirSync(join(store.path, '..'), { recursive: true });
    const files = [...store.files].map(([file, [key, sha256, summary]]) => [file, key, sha256, summary]);
    const text = JSON.stringify({ plankbCorpusSummaries: STORE_FORMAT, dir, basis: store.basis, manifest: store.manifest, files }, compactPosition);
    // Note: atomic, not fsynced, like the cache files: a torn store is read as none.
    writeFileAtomic(store.path, Buffer.from(text, 'utf16le'), { durable: false });
    store.changed = false;
  } catch {
    // Note: a read-only or full disk only costs the next load reading the parses.
  }
}
