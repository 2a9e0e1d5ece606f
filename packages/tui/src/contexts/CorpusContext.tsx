import { localToday, type PlanDocument } from '@plankb/core';
import type { Corpus } from '@plankb/core/corpus';
import { readStore, type StoreContents } from '@plankb/core/track';
import { existsSync, watch } from 'node:fs';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** The corpus the app shows, and the store of observations. */
export interface CorpusValue {
  corpus: Corpus;
  documents: readonly PlanDocument[];
  byId: ReadonlyMap<string, PlanDocument>;
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
  /** The loaded corpus. */
  corpus: Corpus;
  /** The store's folder. */
  storeDir: string;
  /** The date to assess targets at (YYYY-MM-DD). @default today */
  asOf?: string | undefined;
  children?: ReactNode;
};

/** Provide the corpus and the store to the screens. */
export function CorpusProvider({ corpus, storeDir, asOf, children }: Props) {
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
      corpus,
      documents: corpus.documents,
      byId: new Map(corpus.documents.map((d) => [d.id, d])),
      storeDir,
      store,
      reloadStore,
      asOf: asOf ?? localToday(),
    }),
    [corpus, storeDir, store, reloadStore, asOf],
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
