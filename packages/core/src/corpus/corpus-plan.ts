// What `loadCorpus`, `openCorpus` and `cachedCorpusHeads` share about a corpus folder: its manifest's entries, each
// file's parse options, and one pass that puts the files' documents in manifest order. No parser and no schema: the
// heads of an unchanged corpus come from the cache without either (corpus-heads.ts).
import { existsSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PlanError } from '../errors/plan-error.js';
import type { PlanIssue } from '../model/types.js';
import type { ParseOptions, PartSummary } from '../pipeline/parse-document.js';
import { openParseCache, type CacheOptions, type ParseCache } from '../cache/parse-cache.js';
import { openSourceIndex, saveSourceIndex, type SourceIndex } from '../cache/source-index.js';
import { defaultCorpusDir } from './default-corpus.js';
import type { Manifest, ManifestEntry } from './manifest.js';

/** Options of `loadCorpus`: the folder to load and the parse cache to use. */
export interface LoadOptions {
  /** The corpus folder; the bundled seeds when absent. */
  dir?: string;
  /**
   * Reuse parse results from the parse cache (keyed by the file's SHA-256,
   * the manifest entries and the parser version), or `false` for none.
   * @default on, in `$PLANKB_CACHE_DIR` or `~/.cache/plankb`; `PLANKB_CACHE=0` turns it off
   */
  cache?: CacheOptions | false;
}

const SOURCE_FILE = /\.(?:txt|md|markdown|html?|docx|doc|pdf)$/i;
// Files read through a converter: their text is parsed as plain text (the `format` parse option joins the cache key).
const CONVERTED_FILE = /\.(?:html?|xhtml|shtml|docx|doc|pdf)$/i;
// Ids made ready for the plans of one file read without a manifest; a file with more is a list of plans, not a plan.
const MAX_IMPLIED_PARTS = 64;

/**
 * Without a manifest, every text and Markdown file is a document, its id made from its name.
 *
 * @param dir The corpus folder.
 * @returns An entry per file, in name order.
 */
export function entriesWithoutManifest(dir: string): ManifestEntry[] {
  return readdirSync(dir)
    .filter((name) => SOURCE_FILE.test(name) && !/^readme\./i.test(name) && statSync(join(dir, name)).isFile())
    .sort()
    .map((file) => ({ id: file.replace(SOURCE_FILE, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'document', file }));
}

/** What one file of a corpus gives: its plans (in full, or their heads), its parts and its issues. */
export interface FileResult<T> {
  documents: T[];
  parts: PartSummary[];
  issues: PlanIssue[];
}

/** A corpus folder about to be read: its manifest's entries by file, and the caches to read it through. */
export interface LoadPlan {
  dir: string;
  manifest: boolean;
  entries: ManifestEntry[];
  byFile: Map<string, ManifestEntry[]>;
  cache: ParseCache | null;
  index: SourceIndex | null;
}

/**
 * Find what a corpus folder holds.
 *
 * @param options The folder and the cache.
 * @param manifestOf How to read the folder's manifest (validated): `readManifest`, or the one a summary store kept.
 * @throws {PlanError} `corpus-not-found` when the folder is missing.
 */
export function planLoad(options: LoadOptions, manifestOf: (dir: string, cache: ParseCache | null) => Manifest | null): LoadPlan {
  const dir = options.dir ?? defaultCorpusDir();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new PlanError('corpus-not-found', `Corpus folder not found: ${dir}\nExpected a folder with plan files (.txt, .md) and, optionally, a manifest.json.`);
  }
  const cache = openParseCache(options.cache);
  const manifest = manifestOf(dir, cache);
  const entries = manifest?.documents ?? entriesWithoutManifest(dir);
  const byFile = new Map<string, ManifestEntry[]>();
  for (const entry of entries) {
    const same = byFile.get(entry.file);
    if (same) same.push(entry);
    else byFile.set(entry.file, [entry]);
  }
  const index = cache && openSourceIndex(cache, resolve(dir));
  return { dir, manifest: manifest !== null, entries, byFile, cache, index };
}

/** The parse options of a file of the corpus: its name, the ids its plans take and the manifest's metadata for them. */
export function fileOptions(plan: LoadPlan, file: string, fileEntries: readonly ManifestEntry[]): ParseOptions {
  const ids: Array<string | undefined> = [];
  const metadata: Array<ManifestEntry | undefined> = [];
  for (const entry of fileEntries) {
    ids[(entry.part ?? 1) - 1] = entry.id;
    if (plan.manifest) metadata[(entry.part ?? 1) - 1] = entry;
  }
  // Note: without a manifest every plan of a file is a document: the second is <id>-2, and so on.
  const implied = plan.manifest ? null : fileEntries[0];
  if (implied) for (let k = 1; k < MAX_IMPLIED_PARTS; k++) ids[k] = `${implied.id}-${k + 1}`;
  return { file: relativeName(plan.dir, file), ids, metadata };
}

/** Where a document of a corpus comes from: its file and its place among the plans that file's parse holds. */
export type Origin = [file: string, index: number];

/** A corpus's documents in manifest order, where each comes from, and its files and issues. */
export interface Assembled<T> {
  documents: T[];
  origins: Origin[];
  files: Array<{ file: string; parts: PartSummary[] }>;
  issues: PlanIssue[];
}

/**
 * Read every file of a corpus through `read` and put their documents in
 * manifest order, with the corpus's issues: one pass shared by `loadCorpus`
 * (full documents) and `openCorpus` (heads), so that both give the same
 * documents in the same order.
 */
export function assemble<T extends { id: string }>(plan: LoadPlan, read: (file: string, options: ParseOptions) => FileResult<T> | PlanIssue): Assembled<T> {
  const { manifest, byFile } = plan;
  const files: Array<{ file: string; parts: PartSummary[] }> = [];
  const issues: PlanIssue[] = [];
  const parsed = new Map<string, [T, Origin]>();
  // The second and later plans of a file read without a manifest, by the first one's id.
  const extra = new Map<string, Array<[T, Origin]>>();
  for (const [file, fileEntries] of byFile) {
    const result = read(file, fileOptions(plan, file, fileEntries));
    if (!('documents' in result)) {
      // Note: a file that cannot be read is the corpus's problem, not the end of the load: the other files load.
      files.push({ file, parts: [] });
      issues.push(result);
      continue;
    }
    files.push({ file, parts: result.parts });
    // Note: a title the manifest supplies answers the parser's no-title note.
    const titled = new Set(fileEntries.filter((e) => e.title !== undefined).map((e) => e.id));
    // Note: a loop, not push(...issues): a huge file can have more issues than a call can take arguments.
    for (const i of result.issues) if (!(i.code === 'no-title' && i.docId !== null && titled.has(i.docId))) issues.push(i);
    for (const entry of fileEntries) {
      const index = (entry.part ?? 1) - 1;
      const document = result.documents[index];
      // Note: without a manifest, each file's entry is implied; a file that holds no plan is then told by
      // the parser's own error (empty-input, no-plan), and a second one naming a manifest would only confuse.
      const explained = !manifest && result.issues.some((i) => i.severity === 'error');
      if (!document && explained) continue;
      if (!document) {
        issues.push({
          code: 'manifest-part-missing',
          severity: 'error',
          message: `${entry.id}: ${file} holds ${result.documents.length} plan(s); the manifest asks for plan ${entry.part ?? 1}.`,
          file,
          docId: entry.id,
          position: null,
          source: 'core:corpus',
        });
        continue;
      }
      parsed.set(entry.id, [document, [file, index]]);
    }
    const implied = manifest ? null : fileEntries[0];
    if (implied && result.documents.length > 1) extra.set(implied.id, result.documents.slice(1).map((d, k) => [d, [file, k + 1]]));
  }
  const documents: T[] = [];
  const origins: Origin[] = [];
  for (const entry of plan.entries) {
    const found = parsed.get(entry.id);
    for (const [document, origin] of found ? [found, ...(extra.get(entry.id) ?? [])] : (extra.get(entry.id) ?? [])) {
      documents.push(document);
      origins.push(origin);
    }
  }
  if (plan.index) saveSourceIndex(plan.index, resolve(plan.dir), new Set(byFile.keys()));
  return { documents, origins, files, issues };
}

/** A file's parse options as its parse is cached: a converted file's text is read as plain text. */
export function optionsFor(file: string, fileOptions: ParseOptions): ParseOptions {
  return CONVERTED_FILE.test(file) ? { ...fileOptions, format: 'text' } : fileOptions;
}

/** A manifest's file name as a path relative to the corpus folder (`sub/../a.txt` is `a.txt`); a plain name is itself, without path.relative's cost. */
function relativeName(dir: string, file: string): string {
  return /^[^/\\]+$/.test(file) && file !== '.' && file !== '..' ? file : relative(dir, join(dir, file));
}

/** A file's stat, or `undefined` when it cannot be read (the read that follows reports why). */
export function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    // Note: readBytes reports what is wrong with the file.
    return undefined;
  }
}
