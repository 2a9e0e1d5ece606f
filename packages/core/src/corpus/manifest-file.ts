/**
 * The manifest's file name inside a corpus folder. Apart from manifest.ts, whose schema needs zod: opening a corpus
 * from its cached summaries finds the manifest by name and validates it only when it changed.
 */
export const MANIFEST_FILE = 'manifest.json';
