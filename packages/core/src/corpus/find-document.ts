import { editDistance } from '../_utils/similarity.js';
import { PlanError } from '../errors/plan-error.js';
import type { PlanDocument } from '../model/types.js';

/**
 * The ids closest to one that was not found: those containing it, and those
 * a few edits away.
 *
 * @param wanted The id asked for.
 * @param ids The ids there are.
 * @param max How many to return.
 * @returns Up to `max` ids, closest first.
 */
export function suggestIds(wanted: string, ids: readonly string[], max = 3): string[] {
  const w = wanted.toLowerCase();
  return ids
    // Note: an id that contains the typed text (or is contained in it) is a strong hint, but the edit distance still ranks such ids among themselves.
    .map((id) => ({ id, d: editDistance(w, id) - (id.includes(w) || w.includes(id) ? 2 : 0) }))
    .filter((s) => s.d <= Math.max(3, Math.floor(w.length / 2)))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, max)
    .map((s) => s.id);
}

/**
 * Find a document by id.
 *
 * @param documents The documents to look in (documents, or their heads).
 * @param id The id.
 * @returns The document.
 * @throws {PlanError} `unknown-id`, naming the closest ids.
 */
export function findDocument<T extends Pick<PlanDocument, 'id'> = PlanDocument>(documents: readonly T[], id: string): T {
  const found = documents.find((d) => d.id === id);
  if (found) return found;
  const suggestions = suggestIds(id, documents.map((d) => d.id));
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
  throw new PlanError('unknown-id', `Unknown document id: ${id}.${hint}\nRun \`plankb docs\` to list the documents.`, { suggestions });
}
