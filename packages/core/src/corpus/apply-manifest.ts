import type { PlanDocument, Provenance } from '../model/types.js';
import type { ManifestEntry } from './manifest.js';

const FIELDS = ['title', 'kind', 'status', 'region', 'parentRegion', 'province', 'level', 'year', 'period', 'issuer', 'docNumber', 'indexNumber', 'date'] as const;

/**
 * Merge a manifest entry into a parsed document: the manifest's values win,
 * and the provenance says so. Where the text said something else, its place
 * and quote stay in the provenance, so a reader can see both.
 *
 * @param document The document as parsed from its text.
 * @param entry Its manifest entry.
 * @returns A new document with the merged metadata.
 */
export function applyManifestEntry(document: PlanDocument, entry: ManifestEntry): PlanDocument {
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
