import type { DocumentKind, DocumentLevel, DocumentStatus, Period, PlanDocument } from '../model/types.js';

/** One line of `plankb docs`: a document's metadata and the sizes of its parts. */
export interface DocumentSummary {
  /** The document's id in the corpus. */
  id: string;
  title: string | null;
  kind: DocumentKind;
  status: DocumentStatus;
  /** The region the plan is for (青浦区), and the one above it (上海市). */
  region: string | null;
  parentRegion: string | null;
  level: DocumentLevel;
  /** The year of an annual plan; `period` for a five-year plan. */
  year: number | null;
  period: Period | null;
  issuer: string | null;
  /** ISO date of issue or publication. */
  date: string | null;
  /** The source file, relative to the corpus folder. */
  file: string;
  /** How many of each item the document holds; `chapters` are the top-level sections. */
  counts: { sections: number; chapters: number; goals: number; tasks: number; assignments: number; targets: number; indicators: number };
}

/** How many of each item a document holds; `chapters` are the top-level sections. */
export type DocumentCounts = DocumentSummary['counts'];

/** What a head leaves out: the lists of a document's items, and where each metadata value was read (its positions and quotes). */
type LeftOut = 'sections' | 'goals' | 'tasks' | 'assignments' | 'targets' | 'indicators' | 'provenance';

/**
 * A document without its items: its metadata, source and related parts,
 * with how many items of each kind it holds; not the lists of sections,
 * goals, tasks, assignments, targets and indicators, nor the provenance of
 * its metadata. What a corpus opened with `openCorpus` holds of each
 * document until the document is asked for in full.
 */
export interface DocumentHead extends Omit<PlanDocument, LeftOut> {
  counts: DocumentCounts;
}

function countsOf(document: PlanDocument): DocumentCounts {
  return {
    sections: document.sections.length,
    chapters: document.sections.filter((s) => s.parentId === null).length,
    goals: document.goals.length,
    tasks: document.tasks.length,
    assignments: document.assignments.length,
    targets: document.targets.length,
    indicators: document.indicators.length,
  };
}

/**
 * A document's head: the document without its item lists, with their counts.
 *
 * @param document A parsed document.
 * @returns Its head (sharing the document's metadata objects).
 */
export function documentHead(document: PlanDocument): DocumentHead {
  const { sections: _s, goals: _g, tasks: _t, assignments: _a, targets: _ta, indicators: _i, provenance: _p, ...head } = document;
  return { ...head, counts: countsOf(document) };
}

/**
 * Summarise a document for listings.
 *
 * @param document A parsed document, or its head.
 * @returns Its metadata and counts, without the item lists.
 */
export function summarizeDocument(document: PlanDocument | DocumentHead): DocumentSummary {
  return {
    id: document.id,
    title: document.title,
    kind: document.kind,
    status: document.status,
    region: document.region,
    parentRegion: document.parentRegion,
    level: document.level,
    year: document.year,
    period: document.period,
    issuer: document.issuer,
    date: document.date,
    file: document.source.file,
    counts: 'counts' in document ? { ...document.counts } : countsOf(document),
  };
}
