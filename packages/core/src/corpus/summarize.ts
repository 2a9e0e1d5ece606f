import type { DocumentKind, DocumentLevel, DocumentStatus, Period, PlanDocument } from '../model/types.js';

/** One line of `plankb docs`: a document's metadata and the sizes of its parts. */
export interface DocumentSummary {
  id: string;
  title: string;
  kind: DocumentKind;
  status: DocumentStatus;
  region: string | null;
  parentRegion: string | null;
  level: DocumentLevel;
  year: number | null;
  period: Period | null;
  issuer: string | null;
  date: string | null;
  file: string;
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
