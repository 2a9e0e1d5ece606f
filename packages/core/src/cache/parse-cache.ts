import { hash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../fs/write-atomic.js';
import { PARSER_VERSION, SCHEMA_VERSION } from '../model/version.js';
// Note: types only: the parser is imported by parse-with-cache.ts, so that opening a corpus from the cache (its
// summaries, `plankb docs`) loads and compiles no parser.
import type { ParseOptions, ParseResult } from '../pipeline/parse-document.js';
import { codeFingerprint } from './code-fingerprint.js';

/** Where and whether to cache parse results. */
export interface CacheOptions {
  /** The cache folder. @default `$PLANKB_CACHE_DIR`, else `$XDG_CACHE_HOME/plankb`, else `~/.cache/plankb` */
  dir?: string;
  /** `false` turns the cache off. @default `true`, unless `PLANKB_CACHE=0` */
  enabled?: boolean;
}

/** An open parse cache: its folder, and how often it was used. */
export interface ParseCache {
  readonly dir: string;
  hits: number;
  misses: number;
  /** Cache files that could not be read as a cache entry (torn or edited) and were rewritten. */
  corrupt: number;
}

/** The format of a cache file, and of its key; bump it when either changes. */
const CACHE_FORMAT = 3;

/**
 * Cache files are JSON in UTF-16LE: a cached load spends most of its time
 * turning files into strings, and UTF-16LE is V8's own layout for Chinese
 * text (decoding it is a copy, ten times faster than UTF-8 for these files).
 */
export const CACHE_SUFFIX = '.utf16le.json';

/**
 * The parse-cache folder the environment asks for.
 *
 * @param env The environment.
 * @returns The folder, or `null` when `PLANKB_CACHE=0` turns the cache off.
 */
export function parseCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  if (env.PLANKB_CACHE === '0' || env.PLANKB_CACHE === 'false') return null;
  if (env.PLANKB_CACHE_DIR) return resolve(env.PLANKB_CACHE_DIR);
  const base = env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(homedir(), '.cache');
  return join(base, 'plankb');
}

/**
 * Open the parse cache.
 *
 * @param options The folder, or `false` for no cache; the environment decides by default.
 * @returns The cache, or `null` when it is turned off.
 */
export function openParseCache(options: CacheOptions | false = {}): ParseCache | null {
  if (options === false || options.enabled === false) return null;
  const dir = options.dir === undefined ? parseCacheDir() : resolve(options.dir);
  return dir === null ? null : { dir, hits: 0, misses: 0, corrupt: 0 };
}

/**
 * JSON with object keys sorted, so that equal options give equal keys: what
 * `JSON.stringify` writes (`undefined` left out of objects, `null` in arrays
 * and holes), without copying every object to sort it.
 */
function stableJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += `${i > 0 ? ',' : ''}${stableJson(value[i])}`;
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    if (object[key] === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${stableJson(object[key])}`;
  }
  return `${out}}`;
}

/** The part of every key that does not depend on the file: made once per process. */
let keyPrefix: string | undefined;

/**
 * The cache key of one parse: the file's SHA-256, every parse option (file
 * name, ids, the manifest's metadata), PARSER_VERSION, SCHEMA_VERSION and a
 * hash of the running code. A change to any of them gives another key.
 *
 * @param options The parse options, with the file's SHA-256.
 * @returns A hex key.
 */
export function parseCacheKey(options: ParseOptions & { sha256: string }): string {
  // Note: the one-shot hash, twice as fast as createHash() for a string this short; a load makes one key per file.
  return hash('sha256', parseCacheKeyPrefix() + stableJson(options));
}

/**
 * The part of every cache key that does not depend on the file: the cache
 * format, PARSER_VERSION, SCHEMA_VERSION and the code's fingerprint. Two
 * keys made for the same options under the same prefix are equal.
 *
 * @returns The prefix (JSON).
 */
export function parseCacheKeyPrefix(): string {
  keyPrefix ??= stableJson({ format: CACHE_FORMAT, parser: PARSER_VERSION, schema: SCHEMA_VERSION, code: codeFingerprint() });
  return keyPrefix;
}

interface CacheFile {
  plankbParseCache: number;
  parserVersion: string;
  key: string;
  result: ParseResult;
}

function isCacheFile(value: unknown, key: string): value is CacheFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CacheFile>;
  const r = v.result;
  return (
    v.plankbParseCache === CACHE_FORMAT &&
    v.parserVersion === PARSER_VERSION &&
    v.key === key &&
    typeof r === 'object' &&
    r !== null &&
    Array.isArray(r.documents) &&
    Array.isArray(r.parts) &&
    Array.isArray(r.issues)
  );
}

/** Whether a value is a model point, `{ line, column, offset }`, with its keys in that order. */
function isPoint(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  const v = value as Record<string, unknown>;
  return keys.length === 3 && keys[0] === 'line' && keys[1] === 'column' && keys[2] === 'offset' && typeof v.line === 'number' && typeof v.column === 'number' && typeof v.offset === 'number';
}

/**
 * JSON.stringify replacer: a position `{ start: {line, column, offset}, end: {…} }`
 * becomes `{ "$p": [6 numbers] }`. Positions are three quarters of the
 * objects in a parse result; written this way, a cached load parses a third
 * less JSON.
 */
export function compactPosition(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 2 || keys[0] !== 'start' || keys[1] !== 'end') return value;
  const { start, end } = value as { start: unknown; end: unknown };
  if (!isPoint(start) || !isPoint(end)) return value;
  const a = start as { line: number; column: number; offset: number };
  const b = end as { line: number; column: number; offset: number };
  return { $p: [a.line, a.column, a.offset, b.line, b.column, b.offset] };
}

/** Undo `compactPosition` in place, giving objects with the keys in the parser's order. */
export function inflatePositions(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) value[i] = inflatePositions(item);
    }
    return value;
  }
  const object = value as Record<string, unknown>;
  const p = object.$p;
  if (Array.isArray(p) && p.length === 6) {
    const [l1, c1, o1, l2, c2, o2] = p as number[];
    return { start: { line: l1, column: c1, offset: o1 }, end: { line: l2, column: c2, offset: o2 } };
  }
  for (const key in object) {
    const item = object[key];
    if (typeof item === 'object' && item !== null) object[key] = inflatePositions(item);
  }
  return object;
}

/** A cache file's result, or `null` when there is none or it is torn (counted as corrupt when `count` says so). */
function read(cache: ParseCache, path: string, key: string, count: boolean): ParseResult | null {
  let raw: string;
  try {
    raw = readFileSync(path).toString('utf16le');
  } catch {
    return null;
  }
  try {
    const data: unknown = JSON.parse(raw);
    if (isCacheFile(data, key)) return inflatePositions(data.result) as ParseResult;
  } catch {
    // Note: a torn or edited cache file is not an error: parse again and rewrite it.
  }
  if (count) cache.corrupt++;
  return null;
}

function pathOf(cache: ParseCache, key: string): string {
  return join(cache.dir, 'parse', `${key}${CACHE_SUFFIX}`);
}

/**
 * The cached result of a parse, if the cache has one; never parses. A hit
 * counts as one; a miss counts nothing, since the caller parses through
 * `parseWithCache` next.
 *
 * @param options The parse options, with the SHA-256 of the file's bytes.
 * @param cache The cache.
 * @returns The result (a fresh copy), or `null`.
 */
export function cachedParse(options: ParseOptions & { sha256: string }, cache: ParseCache): ParseResult | null {
  const key = parseCacheKey(options);
  const cached = read(cache, pathOf(cache, key), key, false);
  if (cached) cache.hits++;
  return cached;
}

/**
 * The cached result of a parse by its key (from `parseCacheKey`), if the
 * cache still has it; never parses. Counts a hit like `cachedParse`.
 *
 * @param key The parse's cache key.
 * @param cache The cache.
 * @returns The result (a fresh copy), or `null`.
 */
export function cachedParseByKey(key: string, cache: ParseCache): ParseResult | null {
  const cached = read(cache, pathOf(cache, key), key, false);
  if (cached) cache.hits++;
  return cached;
}

function write(cache: ParseCache, path: string, key: string, result: ParseResult): void {
  const file: CacheFile = { plankbParseCache: CACHE_FORMAT, parserVersion: PARSER_VERSION, key, result };
  try {
    mkdirSync(join(cache.dir, 'parse'), { recursive: true });
    // Note: atomic (readers never see half a file) but not fsynced: a cache file torn by a crash is detected and rewritten.
    writeFileAtomic(path, Buffer.from(JSON.stringify(file, compactPosition), 'utf16le'), { durable: false });
  } catch {
    // Note: a read-only or full disk only costs the next run a parse.
  }
}

/**
 * The cached result of a parse, or else `parse()`'s, written to the cache: the cache's half of `parseWithCache`
 * (parse-with-cache.ts), which gives the parser.
 *
 * @param options The parse options, with the SHA-256 of the file's bytes.
 * @param cache The cache.
 * @param parse What to run on a miss.
 * @returns The result (a fresh copy: callers may change it).
 */
export function cachedOrParsed(options: ParseOptions & { sha256: string }, cache: ParseCache, parse: () => ParseResult): ParseResult {
  const key = parseCacheKey(options);
  const path = pathOf(cache, key);
  const cached = read(cache, path, key, true);
  if (cached) {
    cache.hits++;
    return cached;
  }
  cache.misses++;
  const result = parse();
  write(cache, path, key, result);
  return result;
}
