import type { PlanDocument } from '@plankb/core';
import { type Corpus, type DocumentCounts, type DocumentHead, documentHead, type OpenedCorpus } from '@plankb/core/corpus';

/** A kind of item a document's head counts: the documents holding one are read in full together (`documentsWith`). */
export type CountedKind = keyof DocumentCounts;

/**
 * What the app reads of a corpus. Lists, pickers and the header show each
 * document's head (metadata and counts); a screen that shows a document's
 * items asks for that document in full, which is read once (from the parse
 * cache, for a corpus opened with `openCorpus`) and kept, so that the same
 * object comes back every time (screens and core's alignment memoise by it).
 */
export interface CorpusSource {
  /** The corpus folder. */
  readonly dir: string;
  /** The parse cache's folder, where the search index is kept too; `null` when the cache is off. */
  readonly cacheDir: string | null;
  /** Every document's head, in corpus order. */
  readonly heads: readonly DocumentHead[];
  /**
   * A document in full.
   *
   * @returns The document, or `undefined` for an id the corpus does not hold.
   * @throws {PlanError} `file-unreadable` when its file changed or went away since the corpus was opened.
   */
  document(id: string): PlanDocument | undefined;
  /**
   * In corpus order, in full, the documents holding at least one item of a kind (by their heads' counts, so that
   * the others are not read), or every document for `null`.
   */
  documentsWith(kind: CountedKind | null): readonly PlanDocument[];
}

/**
 * The app's view of a corpus: opened (`openCorpus`: heads now, documents when
 * asked) or loaded in full (`loadCorpus`: every document already read).
 *
 * @param corpus The corpus.
 * @returns Its source.
 */
export function corpusSource(corpus: Corpus | OpenedCorpus): CorpusSource {
  const opened = isOpened(corpus);
  const heads: readonly DocumentHead[] = opened ? corpus.documents : corpus.documents.map(documentHead);
  const loaded = new Map<string, PlanDocument>(opened ? [] : corpus.documents.map((d) => [d.id, d]));
  const known = new Set(heads.map((h) => h.id));
  const document = (id: string): PlanDocument | undefined => {
    let found = loaded.get(id);
    if (found === undefined && opened && known.has(id)) {
      found = corpus.document(id);
      loaded.set(id, found);
    }
    return found;
  };
  const withKind = new Map<CountedKind | null, readonly PlanDocument[]>();
  return {
    dir: corpus.dir,
    cacheDir: corpus.cache?.dir ?? null,
    heads,
    document,
    documentsWith(kind) {
      let documents = withKind.get(kind);
      if (documents === undefined) {
        documents = heads.filter((h) => kind === null || h.counts[kind] > 0).map((h) => document(h.id) as PlanDocument);
        withKind.set(kind, documents);
      }
      return documents;
    },
  };
}

function isOpened(corpus: Corpus | OpenedCorpus): corpus is OpenedCorpus {
  return typeof (corpus as Partial<OpenedCorpus>).document === 'function';
}
