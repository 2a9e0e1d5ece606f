import type { PlanDocument } from './types.js';

/**
 * A document's metadata fields: those a manifest entry may give, which then win over what the
 * text says (the provenance records both), in the order a manifest lists them. One list for
 * the manifest's schema, `addDocument` and `applyMetadata`; a test checks the manifest's
 * schema against it.
 */
export const METADATA_FIELDS = [
  'title',
  'kind',
  'status',
  'region',
  'parentRegion',
  'province',
  'level',
  'year',
  'period',
  'issuer',
  'docNumber',
  'indexNumber',
  'date',
] as const satisfies ReadonlyArray<keyof PlanDocument>;

/** One of the metadata fields. */
export type MetadataField = (typeof METADATA_FIELDS)[number];
