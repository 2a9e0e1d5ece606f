import type { DocumentKind, DocumentLevel, DocumentStatus, Period, PlanDocument, Provenance } from '../model/types.js';

/** Metadata given from outside the text (a manifest entry); every field optional. */
export interface MetadataOverride {
  title?: string | undefined;
  kind?: DocumentKind | undefined;
  status?: DocumentStatus | undefined;
  region?: string | undefined;
  parentRegion?: string | undefined;
  province?: string | undefined;
  level?: DocumentLevel | undefined;
  year?: number | undefined;
  period?: Period | undefined;
  issuer?: string | undefined;
  docNumber?: string | undefined;
  indexNumber?: string | undefined;
  date?: string | undefined;
}

const FIELDS = ['title', 'kind', 'status', 'region', 'parentRegion', 'province', 'level', 'year', 'period', 'issuer', 'docNumber', 'indexNumber', 'date'] as const;

/**
 * Merge metadata given from outside (a manifest entry) into a parsed document: the manifest's values win,
 * and the provenance says so. Where the text said something else, its place
 * and quote stay in the provenance, so a reader can see both.
 *
 * @param document The document as parsed from its text.
 * @param entry Its manifest entry.
 * @returns A new document with the merged metadata.
 */
export function applyMetadata(document: PlanDocument, entry: MetadataOverride): PlanDocument {
  const merged: PlanDocument = { ...document, provenance: { ...document.provenance } };
  for (const field of FIELDS) {
    const value = entry[field];
    if (value === undefined) continue;
    const fromText: Provenance | undefined = document.provenance[field];
    (merged as Record<string, unknown>)[field] = value;
    merged.provenance[field] = { from: 'manifest', position: fromText?.position ?? null, quote: fromText?.quote ?? null };
  }
  return merged;
}
