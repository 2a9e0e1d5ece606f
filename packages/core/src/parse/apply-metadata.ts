import { METADATA_FIELDS, type MetadataField } from '../model/metadata-fields.js';
import type { PlanDocument, Provenance } from '../model/types.js';
import { findRegion } from '../region/find-region.js';

/** Metadata given from outside the text (a manifest entry): any of the metadata fields, with a value. */
export type MetadataOverride = { [Field in MetadataField]?: NonNullable<PlanDocument[Field]> | undefined };

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
  for (const field of METADATA_FIELDS) {
    const value = entry[field];
    if (value === undefined) continue;
    const fromText: Provenance | undefined = document.provenance[field];
    (merged as unknown as Record<string, unknown>)[field] = value;
    merged.provenance[field] = { from: 'manifest', position: fromText?.position ?? null, quote: fromText?.quote ?? null };
  }
  // A manifest that names another region than the text: its parent, province and level are the gazetteer's for that
  // region (unless the manifest gives them too), not the ones the text's region had.
  if (entry.region !== undefined && entry.region !== document.region) {
    const placed = findRegion(entry.region);
    const values = { parentRegion: placed?.parentRegion ?? null, province: placed?.province ?? null, level: placed?.level ?? 'unknown' } as const;
    for (const field of ['parentRegion', 'province', 'level'] as const) {
      if (entry[field] !== undefined) continue;
      (merged as unknown as Record<string, unknown>)[field] = values[field];
      if (values[field] === null || values[field] === 'unknown') delete merged.provenance[field];
      else merged.provenance[field] = { from: 'derived', position: null, quote: null };
    }
  }
  return merged;
}
