import { isUtf8 } from 'node:buffer';
import { createHash, hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isPlanError, PlanError } from '../errors/plan-error.js';
import type { PlanDocument, PlanIssue } from '../model/types.js';
import type { ParseOptions, ParseResult, PartSummary } from '../pipeline/parse-document.js';
import { cachedParseByKey, openParseCache, parseCacheKey, parseCacheKeyPrefix, parseWithCache, type CacheOptions, type ParseCache } from '../cache/parse-cache.js';
import { openSummaryStore, rememberSummary, saveSummaryStore, storedSummary, summaryByHash, type SummaryStore } from '../cache/corpus-summaries.js';
import { knownSha256, openSourceIndex, rememberSha256, saveSourceIndex, type SourceIndex } from '../cache/source-index.js';
import { defaultCorpusDir } from './default-corpus.js';
import { findDocument } from './find-document.js';
import { documentHead, type DocumentHead } from './summarize.js';
import { MANIFEST_FILE, readManifest, validateManifest, type Manifest, type ManifestEntry } from './manifest.js';
import { decodeSource, type DecodedSource, type UndecodableSource } from '../source/decode-source.js';
import { cachedConversion } from '../cache/extracted-text.js';
import { isConvertedFormat } from '../formats/convert.js';
import { convertSourceSync } from '../formats/convert-sync.js';
import type { Conversion } from '../formats/types.js';
import { withConversionIssues } from './parse-source.js';
import { readBytes, undecodableMessage, unsupportedFormatMessage } from './read-source.js';
import { detectSourceFormat } from '../source/source-format.js';
import { undecodableIssue } from './validate-file.js';

/** A corpus: the documents of a folder, read through its manifest. */
export interface Corpus {
  /** The corpus folder's absolute path. */
  dir: string;
  documents: PlanDocument[];
  /** Every source file with all its parts (plans, notices, reports, tables). */
  files: Array<{ file: string; parts: PartSummary[] }>;
  issues: PlanIssue[];
  /** The parse cache this load used, and how often it hit; `null` when the cache is off. */
  cache: { dir: string; hits: number; misses: number; corrupt: number } | null;
}

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
interface FileResult<T> {
  documents: T[];
  parts: PartSummary[];
  issues: PlanIssue[];
}

/** A corpus folder about to be read: its manifest's entries by file, and the caches to read it through. */
interface LoadPlan {
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
 * @param manifestOf How to read the folder's manifest (validated); `readManifest` by default.
 */
function planLoad(options: LoadOptions, manifestOf: (dir: string, cache: ParseCache | null) => Manifest | null = readManifest): LoadPlan {
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
function fileOptions(plan: LoadPlan, file: string, fileEntries: readonly ManifestEntry[]): ParseOptions {
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
type Origin = [file: string, index: number];

/**
 * Read every file of a corpus through `read` and put their documents in
 * manifest order, with the corpus's issues: one pass shared by `loadCorpus`
 * (full documents) and `openCorpus` (heads), so that both give the same
 * documents in the same order.
 */
function assemble<T extends { id: string }>(
  plan: LoadPlan,
  read: (file: string, options: ParseOptions) => FileResult<T> | PlanIssue,
): { documents: T[]; origins: Origin[]; files: Array<{ file: string; parts: PartSummary[] }>; issues: PlanIssue[] } {
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

/**
 * Load a corpus folder: read its `manifest.json` (or take every plan file,
 * .txt, .md, .html, .docx, .doc or .pdf, when it has none), parse each file once, and merge the manifest's
 * metadata into the documents.
 *
 * Every document is read in full. To list a large corpus, or to read a few of its documents, `openCorpus` is
 * faster: it reads each document's head and the rest only when asked.
 *
 * @param options The folder to load; the bundled seeds by default.
 * @returns The corpus, with the documents in manifest order. A file that
 *   cannot be read, or is not text, is an issue (`file-unreadable`,
 *   `binary-file`, `not-utf8`) and the others load.
 * @throws {PlanError} When the folder or the manifest cannot be read.
 */
export function loadCorpus(options: LoadOptions = {}): Corpus {
  const plan = planLoad(options);
  const { documents, files, issues } = assemble(plan, (file, fileOptions) => {
    const loaded = loadFile(plan.dir, file, fileOptions, plan.cache, plan.index);
    return 'result' in loaded ? loaded.result : loaded;
  });
  return { dir: plan.dir, documents, files, issues, cache: plan.cache };
}

/**
 * A corpus opened for reading on demand: each document's head (its metadata
 * and how many items of each kind it holds), and the documents in full when
 * asked for. What `plankb docs` and pickers need, without reading every
 * document's items and positions.
 */
export interface OpenedCorpus extends Omit<Corpus, 'documents'> {
  /** Each document without its items, in the order `loadCorpus` gives the documents. */
  documents: DocumentHead[];
  /**
   * A document in full: the same document `loadCorpus` gives, read from the parse cache (or parsed again when the
   * cache no longer has it).
   *
   * @throws {PlanError} `unknown-id` (naming the closest ids), or `file-unreadable` when its file can no longer be
   *   read or has changed so that it no longer holds the document.
   */
  document(id: string): PlanDocument;
  /** Every document in full, in corpus order: what `loadCorpus(…).documents` gives. */
  fullDocuments(): PlanDocument[];
}

/** What the summary store keeps of a file: its plans' heads, its parts and its issues. */
type FileSummary = FileResult<DocumentHead>;

function summarize(result: ParseResult): FileSummary {
  return { documents: result.documents.map(documentHead), parts: result.parts, issues: result.issues };
}

/**
 * Open a corpus folder for reading on demand: the same documents as
 * `loadCorpus`, in the same order and with the same issues, but each as its
 * head (metadata and counts). A document is read in full by `document(id)`.
 *
 * With the parse cache on, the heads come from a summary kept in the cache
 * folder beside the parse results (one file per corpus folder), so that an
 * unchanged corpus is opened without reading a parse; a file whose bytes,
 * manifest entries or parser changed is parsed, and summarised, again.
 *
 * @param options The folder to open; the bundled seeds by default.
 * @returns The opened corpus.
 * @throws {PlanError} When the folder or the manifest cannot be read.
 */
export function openCorpus(options: LoadOptions = {}): OpenedCorpus {
  let store: SummaryStore<FileSummary, Manifest> | null = null;
  // Note: whether the store's keys were made for this manifest and this parser: a file's SHA-256 then finds its key.
  let trusted = false;
  const plan = planLoad(options, (dir, cache) => {
    if (!cache) return readManifest(dir);
    store = openSummaryStore<FileSummary, Manifest>(cache, resolve(dir));
    const path = join(dir, MANIFEST_FILE);
    const bytes = existsSync(path) ? readFileSync(path) : null;
    const basis = hash('sha256', `${parseCacheKeyPrefix()}\n${bytes ? hash('sha256', bytes) : 'no manifest'}`);
    trusted = store.basis === basis;
    if (trusted) return store.manifest;
    // Note: validated only when it changed: a manifest of 20,000 entries takes zod a third of a second.
    const manifest = bytes ? validateManifest(path, bytes.toString('utf8')) : null;
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
    const loaded = loadFile(plan.dir, file, fileOptions, cache, index);
    if (!('result' in loaded)) return loaded;
    const summary = summarize(loaded.result);
    if (loaded.key !== undefined) keys.set(file, loaded.key);
    if (opened && loaded.key !== undefined) rememberSummary(opened, file, loaded.key, loaded.sha256, summary);
    if (!cache) kept.set(file, loaded.result);
    return summary;
  });
  if (opened) saveSummaryStore(opened, resolve(plan.dir), new Set(plan.byFile.keys()));
  const { documents, origins } = assembled;
  // Note: the last file read in full, so that the plans of one file are read once when asked for one after another.
  let last: [string, ParseResult] | undefined;
  const fullParse = (file: string): ParseResult => {
    if (last?.[0] === file) return last[1];
    const key = keys.get(file);
    let result = kept.get(file) ?? (key !== undefined && cache ? cachedParseByKey(key, cache) : null);
    if (!result) {
      // Note: the parse is gone from the cache (cleared, or never written on a read-only disk): read the file again.
      const loaded = loadFile(plan.dir, file, optionsOf.get(file) ?? {}, cache, index);
      if (!('result' in loaded)) throw new PlanError('file-unreadable', loaded.message);
      result = loaded.result;
    }
    last = [file, result];
    return result;
  };
  const byId = new Map<string, number>();
  documents.forEach((d, k) => {
    if (!byId.has(d.id)) byId.set(d.id, k);
  });
  const full = (k: number): PlanDocument => {
    const head = documents[k] as DocumentHead;
    const [file, at] = origins[k] as Origin;
    const document = fullParse(file).documents[at];
    if (document?.id !== head.id) {
      throw new PlanError('file-unreadable', `${file} changed since the corpus was opened: it no longer holds ${head.id} as plan ${at + 1}. Open the corpus again.`);
    }
    return document;
  };
  return {
    dir: plan.dir,
    documents,
    files: assembled.files,
    issues: assembled.issues,
    cache,
    document(id: string): PlanDocument {
      const k = byId.get(id);
      if (k === undefined) findDocument(documents, id);
      return full(k as number);
    },
    fullDocuments: () => documents.map((_, k) => full(k)),
  };
}

/**
 * Parse one file of a corpus, or take its parse from the cache. A file whose
 * stat the source index vouches for is looked up without being read; any
 * other file is read and hashed, and decoded only when the cache misses.
 *
 * @returns The parse with its cache key (none without a cache), or the issue when the file cannot be read or is not text.
 */
function loadFile(dir: string, file: string, fileOptions: ParseOptions, cache: ParseCache | null, index: SourceIndex | null): { result: ParseResult; key: string | undefined; sha256: string } | PlanIssue {
  const path = join(dir, file);
  const options = optionsFor(file, fileOptions);
  const stats = index ? statOf(path) : undefined;
  const known = index && stats ? knownSha256(index, file, stats) : undefined;
  const knownKey = known !== undefined && cache ? parseCacheKey({ ...options, sha256: known }) : undefined;
  const hit = knownKey !== undefined && cache ? cachedParseByKey(knownKey, cache) : null;
  if (hit) return { result: hit, key: knownKey, sha256: known as string };
  const hashedAt = Date.now();
  let bytes: Buffer;
  try {
    bytes = readBytes(path);
  } catch (error) {
    if (!isPlanError(error)) throw error;
    return { code: 'file-unreadable', severity: 'error', message: error.message, file, docId: null, position: null, source: 'core:read' };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (index && stats) rememberSha256(index, file, stats, sha256, hashedAt);
  const format = detectSourceFormat(file, bytes);
  if (format === 'wps' || format === 'ofd') return { code: 'binary-file', severity: 'error', message: unsupportedFormatMessage(file, format), file, docId: null, position: null, source: 'core:read' };
  if (isConvertedFormat(format)) {
    // Note: converted only on a cache miss; the cached parse carries the converter's notes.
    let conversion: Conversion | undefined;
    const convert = (): Conversion => (conversion ??= cachedConversion(sha256, format, cache, () => convertSourceSync(path, bytes, format)));
    try {
      const keyed = { ...options, sha256 };
      return { result: parseWithCache(() => convert().text, keyed, cache, (result) => withConversionIssues(result, options.file ?? file, convert())), key: cache ? parseCacheKey(keyed) : undefined, sha256 };
    } catch (error) {
      if (!isPlanError(error)) throw error;
      return { code: 'file-unreadable', severity: 'error', message: error.message, file, docId: null, position: null, source: 'core:read' };
    }
  }
  let undecodable: UndecodableSource | undefined;
  // Note: decoded once at most, and only when needed (a cache hit needs no text).
  let decodedOnce: DecodedSource | undefined;
  const decode = (): DecodedSource => (decodedOnce ??= decodeSource(bytes));
  const text = (): string => {
    const decoded = decode();
    if (decoded.ok) return decoded.text;
    undecodable = decoded;
    throw new PlanError(decoded.code, undecodableMessage(path, decoded));
  };
  try {
    // Note: only bytes that are not valid UTF-8 can be cut off mid-character; isUtf8 is cheap, decoding is not.
    const decoded = isUtf8(bytes) ? null : decode();
    const truncated = decoded?.ok === true && decoded.truncated === true;
    // Note: the flag joins the cache key only when set, so that every other file keeps the key the source index finds.
    const keyed = truncated ? { ...options, sha256, truncated } : { ...options, sha256 };
    return { result: parseWithCache(text, keyed, cache), key: cache ? parseCacheKey(keyed) : undefined, sha256 };
  } catch (error) {
    if (undecodable) return undecodableIssue(file, undecodable);
    throw error;
  }
}

/** A file's parse options as its parse is cached: a converted file's text is read as plain text. */
function optionsFor(file: string, fileOptions: ParseOptions): ParseOptions {
  return CONVERTED_FILE.test(file) ? { ...fileOptions, format: 'text' } : fileOptions;
}

/** A manifest's file name as a path relative to the corpus folder (`sub/../a.txt` is `a.txt`); a plain name is itself, without path.relative's cost. */
function relativeName(dir: string, file: string): string {
  return /^[^/\\]+$/.test(file) && file !== '.' && file !== '..' ? file : relative(dir, join(dir, file));
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    // Note: readBytes reports what is wrong with the file.
    return undefined;
  }
}
