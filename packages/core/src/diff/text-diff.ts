import { createRequire } from 'node:module';

// Note: loaded on first use, so that importing @plankb/core, or starting the CLI, does not load it.
let dmp: typeof import('@sanity/diff-match-patch') | undefined;

/** A piece of a character-level diff. */
export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * A character-level diff of two texts, made readable: semantic cleanup
 * merges the scattered one-character edits that Chinese text otherwise gives
 * into whole phrases.
 *
 * @param a The old text.
 * @param b The new text.
 * @returns The segments in order; joining the `equal` and `delete` ones gives `a`, the `equal` and `insert` ones `b`.
 */
export function diffText(a: string, b: string): DiffSegment[] {
  dmp ??= createRequire(import.meta.url)('@sanity/diff-match-patch') as typeof import('@sanity/diff-match-patch');
  const { cleanupSemantic, DIFF_DELETE, DIFF_INSERT, makeDiff } = dmp;
  const diffs = cleanupSemantic(makeDiff(a, b));
  return diffs.map(([op, text]) => ({ op: op === DIFF_DELETE ? 'delete' : op === DIFF_INSERT ? 'insert' : 'equal', text }));
}
