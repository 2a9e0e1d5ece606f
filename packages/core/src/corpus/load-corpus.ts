import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { isPlanError, PlanError } from '../errors/plan-error.js';
import type { PlanDocument, PlanIssue } from '../model/types.js';
import type { ParseOptions, ParseResult, PartSummary } from '../pipeline/parse-document.js';
import { cachedParseByKey, parseCacheKey, type ParseCache } from '../cache/parse-cache.js';
import { parseWithCache } from '../cache/parse-with-cache.js';
import { knownSha256, rememberSha256, type SourceIndex } from '../cache/source-index.js';
import { findDocument } from './find-document.js';
import { documentHead, type DocumentHead } from './summarize.js';
import { readManifest, validateManifest } from './manifest.js';
import { decodeSource, type DecodedSource, type UndecodableSource } from '../source/decode-source.js';
import { cachedConversion } from '../cache/extracted-text.js';
import { isConvertedFormat } from '../formats/convert.js';
import { convertSourceSync } from '../formats/convert-sync.js';
import type { Conversion } from '../formats/types.js';
import { withConversionIssues } from './parse-source.js';
import { readBytes, undecodableMessage, unsupportedFormatMessage } from './read-source.js';
import { detectSourceFormat } from '../source/source-format.js';
import { undecodableIssue } from './validate-file.js';
import { assemble, optionsFor, planLoad, statOf, type LoadOptions, type Origin } from './corpus-plan.js';
import { openHeads, type CorpusHeads, type FileSummary, type HeadsReader } from './corpus-heads.js';

export type { LoadOptions } from './corpus-plan.js';

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
  const plan = planLoad(options, (dir) => readManifest(dir));
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
export interface OpenedCorpus extends CorpusHeads {
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
  const heads = openHeads(options, READER);
  const { plan, origins, keys, kept, optionsOf, documents } = heads;
  const { cache, index } = plan;
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
    dir: heads.dir,
    documents,
    files: heads.files,
    issues: heads.issues,
    cache: heads.cache,
    document(id: string): PlanDocument {
      const k = byId.get(id);
      if (k === undefined) findDocument(documents, id);
      return full(k as number);
    },
    fullDocuments: () => documents.map((_, k) => full(k)),
  };
}

/** How `openCorpus` reads what the summaries do not hold: the manifest validated, each file parsed or taken from the parse cache. */
const READER: HeadsReader = {
  manifest: (path, bytes) => (bytes ? validateManifest(path, bytes.toString('utf8')) : null),
  file(plan, file, fileOptions) {
    const loaded = loadFile(plan.dir, file, fileOptions, plan.cache, plan.index);
    if (!('result' in loaded)) return loaded;
    return { summary: summarize(loaded.result), key: loaded.key, sha256: loaded.sha256, result: loaded.result };
  },
};

function summarize(result: ParseResult): FileSummary {
  return { documents: result.documents.map(documentHead), parts: result.parts, issues: result.issues };
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
