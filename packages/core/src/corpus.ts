// @plankb/core/corpus: reading files and folders of plans (with their manifest.json), adding a document to a corpus,
// and the parse cache. Unlike the root entry, these functions do I/O: they read files, write the cache in the user's
// cache folder and take file locks.

export type { Corpus, LoadOptions, OpenedCorpus } from './corpus/load-corpus.js';
export { loadCorpus, openCorpus } from './corpus/load-corpus.js';
export type { CorpusHeads } from './corpus/corpus-heads.js';
export { cachedCorpusHeads } from './corpus/corpus-heads.js';
export { defaultCorpusDir } from './corpus/default-corpus.js';
export type { Manifest, ManifestEntry } from './corpus/manifest.js';
export { ManifestSchema, readManifest } from './corpus/manifest.js';
export { findDocument, suggestIds } from './corpus/find-document.js';
export { isFileRef, openDocument, parseFile } from './corpus/open-document.js';
export type { ExtractedText, FileParseResult } from './corpus/parse-source.js';
export type { SourceFile } from './corpus/read-source.js';
export { readSourceFile } from './corpus/read-source.js';
export type { FileValidation, ReadIssue } from './corpus/validate-file.js';
export { validateFile } from './corpus/validate-file.js';
export type { AddMetadata, AddOptions, AddResult } from './corpus/add-document.js';
export type { LockOptions } from './fs/file-lock.js';
export { addDocument } from './corpus/add-document.js';
export type { CacheOptions, ParseCache } from './cache/parse-cache.js';
export { openParseCache, parseCacheDir } from './cache/parse-cache.js';
export { parseWithCache } from './cache/parse-with-cache.js';
export type { DocumentCounts, DocumentHead, DocumentSummary } from './corpus/summarize.js';
export { documentHead, summarizeDocument } from './corpus/summarize.js';
