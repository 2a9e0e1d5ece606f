import { parseDocument, type ParseOptions, type ParseResult } from '../pipeline/parse-document.js';
import { cachedOrParsed, type ParseCache } from './parse-cache.js';

/**
 * Parse a text, or take the result from the cache when the same bytes were
 * parsed with the same options by the same parser before.
 *
 * @param text The file's text, or a function that decodes it (called only on a cache miss).
 * @param options The parse options, with the SHA-256 of the file's bytes.
 * @param cache The cache, or `null` to just parse.
 * @param finish What to do with a fresh parse before it is cached (a converted file adds its converter's notes).
 * @returns What `parseDocument` returns (a fresh copy: callers may change it).
 */
export function parseWithCache(text: string | (() => string), options: ParseOptions & { sha256: string }, cache: ParseCache | null, finish?: (result: ParseResult) => ParseResult): ParseResult {
  const parse = (): ParseResult => {
    const parsed = parseDocument(typeof text === 'string' ? text : text(), options);
    return finish ? finish(parsed) : parsed;
  };
  return cache === null ? parse() : cachedOrParsed(options, cache, parse);
}
