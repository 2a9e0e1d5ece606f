// A corpus's document heads from the summaries kept in the parse cache's folder (cache/corpus-summaries.ts). This
// module imports neither the parser nor the manifest's schema (zod): the caller gives them, through a `HeadsReader`,
// for what the summaries do not hold. `openCorpus` gives them; `cachedCorpusHeads` does not, and answers `null`
// instead, so that a program listing an unchanged corpus (`plankb docs`) loads and compiles neither.
import { hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PlanIssue } from '../model/types.js';
import type { ParseOptions, ParseResult, PartSummary } from '../pipeline/parse-document.js';
import { parseCacheKey, parseCacheKeyPrefix } from '../cache/parse-cache.js';
import { openSummaryStore, rememberSummary, saveSummaryStore, storedSummary, summaryByHash, type SummaryStore } from '../cache/corpus-summaries.js';
import { knownSha256 } from '../cache/source-index.js';
import { assemble, optionsFor, planLoad, statOf, type FileResult, type LoadOptions, type LoadPlan, type Origin } from './corpus-plan.js';
import type { Manifest } from './manifest.js';
import { MANIFEST_FILE } from './manifest-file.js';
import type { DocumentHead } from './summarize.js';

/** A corpus's documents as their heads (metadata and counts), with its files and issues: what listing it needs. */
export interface CorpusHeads {
  /** The corpus folder's absolute path. */
  dir: string;
  /** Each document without its items, in the order `loadCorpus` gives the documents. */
  documents: DocumentHead[];
  /** Every source file with all its parts (plans, notices, reports, tables). */
  files: Array<{ file: string; parts: PartSummary[] }>;
  issues: PlanIssue[];
  /** The parse cache this open used, and how often it hit; `null` when the cache is off. */
  cache: { dir: string; hits: number; misses: number; corrupt: number } | null;
}

/** What the summary store keeps of a file: its plans' heads, its parts and its issues. */
export type FileSummary = FileResult<DocumentHead>;

/** A file read because the summaries do not hold it: its summary, its parse's cache key and the parse. */
export interface ReadFile {
  summary: FileSummary;
  /** The parse's cache key; none without a cache. */
  key: string | undefined;
  /** The SHA-256 of the bytes the parse read. */
  sha256: string;
  result: ParseResult;
}

/** How to read what the summaries do not hold: `openCorpus`'s manifest validation and parse. */
export interface HeadsReader {
  /**
   * The manifest, validated.
   *
   * @param path Its path.
   * @param bytes Its bytes, or `null` for a folder without one.
   */
  manifest(path: string, bytes: Buffer | null): Manifest | null;
  /** A file of the corpus, read (from the parse cache or parsed); the issue when it cannot be read. */
  file(plan: LoadPlan, file: string, options: ParseOptions): ReadFile | PlanIssue;
}

/** A corpus opened from its heads, with what reading a document in full later needs. */
export interface OpenedHeads extends CorpusHeads {
  plan: LoadPlan;
  /** Where each document comes from: its file and its place in that file's parse. */
  origins: Origin[];
  /** Each file's parse-cache key. */
  keys: Map<string, string>;
  /** Each file's parse options. */
  optionsOf: Map<string, ParseOptions>;
  /** Without a cache, each file's parse. */
  kept: Map<string, ParseResult>;
}

/** Thrown inside `openHeads` without a reader, when the summaries do not hold something: caught by `cachedCorpusHeads`. */
class NotSummarized {}

/**
 * Open a corpus's heads: from the summary store where it holds a file under the file's current bytes, options and
 * parser, else through `reader` (which then fills the store).
 *
 * @param options The folder and the cache.
 * @param reader What reads the manifest and the files the store does not hold; `null` to throw `NotSummarized`
 *   instead, before anything is written.
 * @returns The heads.
 * @throws {PlanError} When the folder or the manifest cannot be read.
 */
export function openHeads(options: LoadOptions, reader: HeadsReader | null): OpenedHeads {
  let store: SummaryStore<FileSummary, Manifest> | null = null;
  // Note: whether the store's keys were made for this manifest and this parser: a file's SHA-256 then finds its key.
  let trusted = false;
  const plan = planLoad(options, (dir, cache) => {
    const path = join(dir, MANIFEST_FILE);
    if (!cache) {
      if (!reader) throw new NotSummarized();
      return reader.manifest(path, existsSync(path) ? readFileSync(path) : null);
    }
    store = openSummaryStore<FileSummary, Manifest>(cache, resolve(dir));
    const bytes = existsSync(path) ? readFileSync(path) : null;
    const basis = hash('sha256', `${parseCacheKeyPrefix()}\n${bytes ? hash('sha256', bytes) : 'no manifest'}`);
    trusted = store.basis === basis;
    if (trusted) return store.manifest;
    // Note: validated only when it changed: a manifest of 20,000 entries takes zod a third of a second.
    if (!reader) throw new NotSummarized();
    const manifest = reader.manifest(path, bytes);
    store.basis = basis;
    store.manifest = manifest;
    store.changed = true;
    return manifest;
  });
  const { cache, index } = plan;
  // Note: the parse key of each file, to read its documents in full later; without a cache, the parses themselves.
  const keys = new Map<string, string>();
  const kept = new Map<string, ParseResult>();
  const optionsOf = new Map<string, ParseOptions>();
  const opened = store as SummaryStore<FileSummary, Manifest> | null;
  const assembled = assemble<DocumentHead>(plan, (file, fileOptions) => {
    optionsOf.set(file, fileOptions);
    if (opened && index) {
      const stats = statOf(join(plan.dir, file));
      const known = stats ? knownSha256(index, file, stats) : undefined;
      if (known !== undefined) {
        const found = trusted ? summaryByHash(opened, file, known) : undefined;
        const key = found?.[0] ?? parseCacheKey({ ...optionsFor(file, fileOptions), sha256: known });
        const stored = found?.[1] ?? storedSummary(opened, file, key);
        if (stored) {
          keys.set(file, key);
          return stored;
        }
      }
    }
    if (!reader) throw new NotSummarized();
    const read = reader.file(plan, file, fileOptions);
    if (!('summary' in read)) return read;
    if (read.key !== undefined) keys.set(file, read.key);
    if (opened && read.key !== undefined) rememberSummary(opened, file, read.key, read.sha256, read.summary);
    if (!cache) kept.set(file, read.result);
    return read.summary;
  });
  if (opened) saveSummaryStore(opened, resolve(plan.dir), new Set(plan.byFile.keys()));
  return { dir: plan.dir, documents: assembled.documents, files: assembled.files, issues: assembled.issues, cache, plan, origins: assembled.origins, keys, optionsOf, kept };
}

/**
 * A corpus's heads from the parse cache alone: what `openCorpus(options)` would list (the same documents, in the same
 * order, with the same files and issues), when the summaries kept in the cache folder hold every file as it is now.
 * It reads no parse and imports neither the parser nor the manifest's schema, so that a program that only lists a
 * corpus starts fast; when it answers `null`, `openCorpus` reads what changed.
 *
 * @param options The folder to open; the bundled seeds by default.
 * @returns The heads, or `null` when the cache is off or a file, the manifest or the parser changed since the
 *   summaries were made (or a file could not be read then).
 * @throws {PlanError} `corpus-not-found` when the folder cannot be read.
 */
export function cachedCorpusHeads(options: LoadOptions = {}): CorpusHeads | null {
  try {
    const { dir, documents, files, issues, cache } = openHeads(options, null);
    return { dir, documents, files, issues, cache };
  } catch (error) {
    if (error instanceof NotSummarized) return null;
    throw error;
  }
}
