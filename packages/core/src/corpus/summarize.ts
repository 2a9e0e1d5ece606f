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

/**
 * Summarise a document for listings.
 *
 * @param document A parsed document.
 * @returns Its metadata and counts, without the item lists.
 */
export function summarizeDocument(document: PlanDocument): DocumentSummary {
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
    counts: {
      sections: document.sections.length,
      chapters: document.sections.filter((s) => s.parentId === null).length,
      goals: document.goals.length,
      tasks: document.tasks.length,
      assignments: document.assignments.length,
      targets: document.targets.length,
      indicators: document.indicators.length,
    },
  };
}
