// Opening what a command reads: the corpus the user chose, and the documents named by id or path. Apart from
// _shared.ts, which every command imports, because these import core's corpus loading and so its parser: a command
// that does not load a corpus this way (`docs` lists it from the cache) compiles neither.
import { resolve } from 'node:path';
import { isPlanError, type PlanDocument, PlanError, type PlanIssue, sourceFormatOf } from '@plankb/core';
import { type Corpus, type ExtractedText, isFileRef, loadCorpus, openCorpus, openDocument, type OpenedCorpus } from '@plankb/core/corpus';
import type { GlobalArgs } from '../options.js';

/**
 * Load the corpus the user chose with `--corpus`, or the bundled seeds.
 *
 * @param args The global options.
 * @returns The corpus.
 */
export function loadCorpusFor(args: Pick<GlobalArgs, 'corpus'>): Corpus {
  return args.corpus === undefined ? loadCorpus() : loadCorpus({ dir: resolve(args.corpus) });
}

/**
 * Open the corpus the user chose, or the bundled seeds, for listing: each
 * document's head (metadata and counts), the documents read in full only
 * when asked for. What `docs` needs, without reading every document's items.
 *
 * @param args The global options.
 * @returns The opened corpus.
 */
export function openCorpusFor(args: Pick<GlobalArgs, 'corpus'>): OpenedCorpus {
  return args.corpus === undefined ? openCorpus() : openCorpus({ dir: resolve(args.corpus) });
}

/** A document opened from an id or a path; `document` is `null` when a file held no plan (content errors). */
export type Opened =
  | { document: PlanDocument; issues: PlanIssue[]; base: string | undefined; extracted?: ExtractedText | undefined }
  | { document: null; issues: PlanIssue[]; base: undefined };

/**
 * Whether a reference is a path to open rather than a corpus id: a plan file
 * name (`plan.txt#2`), a path with a folder, or anything that exists on disk
 * and is not an id of the corpus (`somefile.bin`, a file without an extension, a folder).
 *
 * @param ref The id or path.
 * @param corpus The corpus, loaded only when the answer depends on it.
 * @returns The path to open (`./name` for a bare name), or `undefined` for an id.
 */
function pathOf(ref: string, corpus: () => Corpus): string | undefined {
  if (isFileRef(ref) || ref.includes('/')) return ref;
  if (sourceFormatOf(ref) === null) return undefined;
  if (corpus().documents.some((d) => d.id === ref)) return undefined;
  // Note: core takes a name with a folder in it as a path.
  return `./${ref}`;
}

/**
 * Open one reference with a corpus loaded at most once.
 *
 * @param ref The id or path.
 * @param corpus The corpus, loaded on first use.
 * @returns The document and its issues.
 */
function openOne(ref: string, corpus: () => Corpus): Opened {
  const path = pathOf(ref, corpus);
  if (path !== undefined) {
    // Note: core takes a name it does not find for an id unless it ends in .txt or .md; a path with a folder is never one.
    if (!isFileRef(path)) throw new PlanError('file-not-found', `File not found: ${ref}`);
    if (sourceFormatOf(path) === 'folder') throw new PlanError('file-unreadable', `${ref} is a folder, not a plan file: give a plan file (.txt, .md, .html, .docx, .pdf) or a document id.`);
    try {
      return { ...openDocument(path, corpus), base: undefined };
    } catch (error) {
      // A file that was read but holds no plan is a content error (exit 1), reported through its issues.
      if (isPlanError(error) && error.code === 'no-plan') return { document: null, issues: [...error.issues], base: undefined };
      // Note: messages name the file as the user wrote it, not as `./name`.
      if (isPlanError(error) && path !== ref) throw new PlanError(error.code, error.message.split(path).join(ref), { cause: error.cause, suggestions: error.suggestions, issues: error.issues });
      throw error;
    }
  }
  const loaded = corpus();
  const opened = openDocument(ref, () => loaded);
  // Note: a corpus file that could not be read belongs to no document, yet the corpus has an error: every command that loads it says so and exits 1, as `docs` does.
  const unread = loaded.issues.filter((i) => i.docId === null && i.severity === 'error');
  return { document: opened.document, issues: [...unread, ...opened.issues], base: loaded.dir };
}

/**
 * A corpus loader that loads the corpus the user chose at most once.
 *
 * @param args The global options.
 * @returns The loader.
 */
export function lazyCorpus(args: Pick<GlobalArgs, 'corpus'>): () => Corpus {
  let corpus: Corpus | undefined;
  return () => (corpus ??= loadCorpusFor(args));
}

/**
 * Open the document a user named, by corpus id or path.
 *
 * @param ref The id or path (`plan.txt#2` for the second plan of a file).
 * @param args The global options.
 * @returns The document (or `null` for a file with no plan), its issues, and the corpus folder its issue paths are relative to.
 * @throws {PlanError} For an unknown id or a file that cannot be read.
 */
export function openRef(ref: string, args: Pick<GlobalArgs, 'corpus'>): Opened {
  return openOne(ref, lazyCorpus(args));
}

/**
 * Open every document a user named (ids and paths, as `--doc` takes them), loading the corpus at most once.
 *
 * @param refs The ids and paths.
 * @param corpus The corpus loader (`lazyCorpus(args)`).
 * @returns Each document opened, in the order named.
 * @throws {PlanError} For an unknown id or a file that cannot be read.
 */
export function openRefs(refs: readonly string[], corpus: () => Corpus): Opened[] {
  return refs.map((ref) => openOne(ref, corpus));
}

/**
 * The documents a `--doc` list names, in corpus order for ids and then the
 * files: ids are checked (an unknown id suggests close ones), paths are opened.
 *
 * @param refs The ids and paths.
 * @param corpus The loaded corpus.
 * @returns The documents; a file with no plan adds none.
 * @throws {PlanError} For an unknown id or a file that cannot be read.
 */
export function documentsNamed(refs: readonly string[], corpus: Corpus): PlanDocument[] {
  const opened = openRefs(refs, () => corpus).flatMap((o) => (o.document ? [o.document] : []));
  const fromCorpus = new Set(opened.filter((d) => corpus.documents.includes(d)));
  return [...corpus.documents.filter((d) => fromCorpus.has(d)), ...opened.filter((d) => !fromCorpus.has(d))];
}
