import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isPlanError, PlanError } from '../issues/plan-error.js';
import type { PlanDocument, PlanIssue } from '../model/types.js';
import type { ParseOptions, ParseResult, PartSummary } from '../pipeline/parse-document.js';
import { cachedParse, openParseCache, parseWithCache, type CacheOptions, type ParseCache } from '../cache/parse-cache.js';
import { knownSha256, openSourceIndex, rememberSha256, saveSourceIndex, type SourceIndex } from '../cache/source-index.js';
import { defaultCorpusDir } from './default-corpus.js';
import { readManifest, type ManifestEntry } from './manifest.js';
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

/**
 * Load a corpus folder: read its `manifest.json` (or take every plan file,
 * .txt, .md, .html, .docx, .doc or .pdf, when it has none), parse each file once, and merge the manifest's
 * metadata into the documents.
 *
 * @param options The folder to load; the bundled seeds by default.
 * @returns The corpus, with the documents in manifest order. A file that
 *   cannot be read, or is not text, is an issue (`file-unreadable`,
 *   `binary-file`, `not-utf8`) and the others load.
 * @throws {PlanError} When the folder or the manifest cannot be read.
 */
export function loadCorpus(options: LoadOptions = {}): Corpus {
  const dir = options.dir ?? defaultCorpusDir();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new PlanError('corpus-not-found', `Corpus folder not found: ${dir}\nExpected a folder with plan files (.txt, .md) and, optionally, a manifest.json.`);
  }
  const manifest = readManifest(dir);
  const entries = manifest?.documents ?? entriesWithoutManifest(dir);
  const byFile = new Map<string, ManifestEntry[]>();
  for (const entry of entries) byFile.set(entry.file, [...(byFile.get(entry.file) ?? []), entry]);
  const cache = openParseCache(options.cache);
  const index = cache && openSourceIndex(cache, resolve(dir));
  const corpus: Corpus = { dir, documents: [], files: [], issues: [], cache };
  const parsed = new Map<string, PlanDocument>();
  // The second and later plans of a file read without a manifest, by the first one's id.
  const extra = new Map<string, PlanDocument[]>();
  for (const [file, fileEntries] of byFile) {
    const ids: Array<string | undefined> = [];
    const metadata: Array<ManifestEntry | undefined> = [];
    for (const entry of fileEntries) {
      ids[(entry.part ?? 1) - 1] = entry.id;
      if (manifest) metadata[(entry.part ?? 1) - 1] = entry;
    }
    // Note: without a manifest every plan of a file is a document: the second is <id>-2, and so on.
    const implied = manifest ? null : fileEntries[0];
    if (implied) for (let k = 1; k < MAX_IMPLIED_PARTS; k++) ids[k] = `${implied.id}-${k + 1}`;
    const result = loadFile(dir, file, { file: relativeName(dir, file), ids, metadata }, cache, index);
    if (!('documents' in result)) {
      // Note: a file that cannot be read is the corpus's problem, not the end of the load: the other files load.
      corpus.files.push({ file, parts: [] });
      corpus.issues.push(result);
      continue;
    }
    corpus.files.push({ file, parts: result.parts });
    // Note: a title the manifest supplies answers the parser's no-title note.
    const titled = new Set(fileEntries.filter((e) => e.title !== undefined).map((e) => e.id));
    // Note: a loop, not push(...issues): a huge file can have more issues than a call can take arguments.
    for (const i of result.issues) if (!(i.code === 'no-title' && i.docId !== null && titled.has(i.docId))) corpus.issues.push(i);
    for (const entry of fileEntries) {
      const document = result.documents[(entry.part ?? 1) - 1];
      // Note: without a manifest, each file's entry is implied; a file that holds no plan is then told by
      // the parser's own error (empty-input, no-plan), and a second one naming a manifest would only confuse.
      const explained = !manifest && result.issues.some((i) => i.severity === 'error');
      if (!document && explained) continue;
      if (!document) {
        corpus.issues.push({
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
      parsed.set(entry.id, document);
    }
    if (implied) for (const document of result.documents.slice(1)) extra.set(implied.id, [...(extra.get(implied.id) ?? []), document]);
  }
  for (const entry of entries) {
    const document = parsed.get(entry.id);
    if (document) corpus.documents.push(document);
    corpus.documents.push(...(extra.get(entry.id) ?? []));
  }
  if (index) saveSourceIndex(index, resolve(dir), new Set(byFile.keys()));
  return corpus;
}

/**
 * Parse one file of a corpus, or take its parse from the cache. A file whose
 * stat the source index vouches for is looked up without being read; any
 * other file is read and hashed, and decoded only when the cache misses.
 *
 * @returns The parse, or the issue when the file cannot be read or is not text.
 */
function loadFile(dir: string, file: string, fileOptions: ParseOptions, cache: ParseCache | null, index: SourceIndex | null): ParseResult | PlanIssue {
  const path = join(dir, file);
  const options: ParseOptions = CONVERTED_FILE.test(file) ? { ...fileOptions, format: 'text' } : fileOptions;
  const stats = index ? statOf(path) : undefined;
  const known = index && stats ? knownSha256(index, file, stats) : undefined;
  const hit = known !== undefined && cache ? cachedParse({ ...options, sha256: known }, cache) : null;
  if (hit) return hit;
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
      return parseWithCache(() => convert().text, { ...options, sha256 }, cache, (result) => withConversionIssues(result, options.file ?? file, convert()));
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
    return parseWithCache(text, truncated ? { ...options, sha256, truncated } : { ...options, sha256 }, cache);
  } catch (error) {
    if (undecodable) return undecodableIssue(file, undecodable);
    throw error;
  }
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
