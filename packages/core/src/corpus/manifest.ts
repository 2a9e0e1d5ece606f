import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { isIsoDay } from '../model/dates.js';
import { DocumentKindSchema, DocumentLevelSchema, DocumentStatusSchema, PeriodSchema } from '../model/schema.js';
import { PlanError } from '../errors/plan-error.js';
import { MANIFEST_FILE } from './manifest-file.js';

/**
 * One manifest entry: which file (and which plan in it) a document is, and
 * the metadata its text lacks or gets wrong. Every field but `id` and `file`
 * is optional; a value given here wins over the one read from the text.
 */
export const ManifestEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes'),
  file: z.string().min(1),
  /** 1-based index of the plan among the plans the file holds (a draft and a final version, say). */
  part: z.number().int().min(1).optional(),
  title: z.string().optional(),
  kind: DocumentKindSchema.optional(),
  status: DocumentStatusSchema.optional(),
  region: z.string().optional(),
  parentRegion: z.string().optional(),
  province: z.string().optional(),
  level: DocumentLevelSchema.optional(),
  year: z.number().int().optional(),
  period: PeriodSchema.optional(),
  issuer: z.string().optional(),
  docNumber: z.string().optional(),
  indexNumber: z.string().optional(),
  date: z.string().refine(isIsoDay, 'dates are real days, YYYY-MM-DD').optional(),
  note: z.string().optional(),
});

/** A corpus folder's `manifest.json`: the list of documents, in the order the corpus lists them. */
export const ManifestSchema = z.object({
  $schema: z.string().optional(),
  documents: z.array(ManifestEntrySchema),
});

/**
 * One document of a manifest: its id, its file (and which plan in the file),
 * and the metadata that wins over what the text says.
 *
 * @interface
 */
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

/**
 * A corpus folder's `manifest.json`, as `readManifest` returns it.
 *
 * @interface
 */
export type Manifest = z.infer<typeof ManifestSchema>;

/**
 * Read and validate a corpus folder's manifest.
 *
 * @param dir The corpus folder.
 * @returns The manifest, or `null` when the folder has none.
 * @throws {PlanError} `manifest-invalid` with the file and the first problems.
 */
export function readManifest(dir: string): Manifest | null {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) return null;
  return validateManifest(path, readFileSync(path, 'utf8'));
}

/**
 * Validate a manifest's text.
 *
 * @param path The manifest's path, for messages.
 * @param text Its text.
 * @returns The manifest.
 * @throws {PlanError} `manifest-invalid` with the file and the first problems.
 */
export function validateManifest(path: string, text: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new PlanError('manifest-invalid', `${path}: not valid JSON: ${(cause as Error).message}`, { cause });
  }
  const parsed = ManifestSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `  documents.${i.path.slice(1).join('.')}: ${i.message}`);
    throw new PlanError('manifest-invalid', `${path}: the manifest does not validate:\n${problems.join('\n')}`);
  }
  const seen = new Set<string>();
  for (const entry of parsed.data.documents) {
    if (seen.has(entry.id)) throw new PlanError('manifest-invalid', `${path}: the id ${entry.id} is used twice; ids must be unique.`);
    seen.add(entry.id);
  }
  return parsed.data;
}
