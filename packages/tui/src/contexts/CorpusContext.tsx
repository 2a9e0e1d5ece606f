import { localToday, type PlanDocument } from '@plankb/core';
import type { Corpus, DocumentHead, OpenedCorpus } from '@plankb/core/corpus';
import { readStore, type StoreContents } from '@plankb/core/track';
import { existsSync, watch } from 'node:fs';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { type CorpusSource, type CountedKind, corpusSource } from '../_utils/corpus-source.js';

/** The corpus the app shows, and the store of observations. */
export interface CorpusValue {
  /** The corpus folder. */
  dir: string;
  /** Every document's head (metadata and counts), in corpus order: what lists, pickers and the header show. */
  documents: readonly DocumentHead[];
  /** A document in full, read when first asked for and kept (`undefined` for an id not in the corpus). */
  documentOf: (id: string) => PlanDocument | undefined;
  /** In full, the documents holding an item of a kind (every document for `null`), read when first asked for. */
  documentsWith: (kind: CountedKind | null) => readonly PlanDocument[];
  /** The corpus as the app reads it (for the search index, kept by it). */
  source: CorpusSource;
  /** The store's folder (`<corpus>/.plankb` unless `--store`). */
  storeDir: string;
  store: StoreContents;
  /** Read the store again (after recording an observation). */
  reloadStore: () => void;
  /** The date targets are assessed at (ISO); today unless given. */
  asOf: string;
}

const CorpusContext = createContext<CorpusValue | null>(null);

export type Props = {
  /** The corpus: opened (`openCorpus`, documents read when a screen needs them) or loaded in full (`loadCorpus`). */
  corpus: Corpus | OpenedCorpus;
  /** The store's folder. */
  storeDir: string;
  /** The date to assess targets at (YYYY-MM-DD). @default today */
  asOf?: string | undefined;
  children?: ReactNode;
};

/** Provide the corpus and the store to the screens. */
export function CorpusProvider({ corpus, storeDir, asOf, children }: Props) {
  const source = useMemo(() => corpusSource(corpus), [corpus]);
  const [store, setStore] = useState(() => readStore(storeDir));
  const reloadStore = useCallback(() => setStore(readStore(storeDir)), [storeDir]);
  // Note: observations recorded from another terminal (`plankb track record`) show up by themselves:
  // the store's folder is watched while it exists (R reloads by hand, for file systems that do not report changes).
  useEffect(() => {
    if (!existsSync(storeDir)) return undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      const watcher = watch(storeDir, { persistent: false }, () => {
        clearTimeout(timer);
        timer = setTimeout(reloadStore, 100);
        timer.unref();
      });
      watcher.on('error', () => watcher.close());
      return () => {
        clearTimeout(timer);
        watcher.close();
      };
    } catch {
      return undefined;
    }
  }, [storeDir, store, reloadStore]);
  const value = useMemo<CorpusValue>(
    () => ({
      dir: source.dir,
      documents: source.heads,
      documentOf: source.document,
      documentsWith: source.documentsWith,
      source,
      storeDir,
      store,
      reloadStore,
      asOf: asOf ?? localToday(),
    }),
    [source, storeDir, store, reloadStore, asOf],
  );
  return <CorpusContext.Provider value={value}>{children}</CorpusContext.Provider>;
}

/**
 * The corpus and the store.
 *
 * @returns The corpus context.
 * @throws {Error} Outside a `CorpusProvider`.
 */
export function useCorpus(): CorpusValue {
  const value = useContext(CorpusContext);
  if (!value) throw new Error('useCorpus must be used inside a CorpusProvider');
  return value;
}
