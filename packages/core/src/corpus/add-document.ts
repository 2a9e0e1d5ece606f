import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { isPlanError, PlanError } from '../errors/plan-error.js';
import type { PlanDocument, PlanIssue } from '../model/types.js';
import { withFileLock, type LockOptions } from '../fs/file-lock.js';
import { fsyncDir, tempPathFor, writeFileAtomic, writeNewFile } from '../fs/write-atomic.js';
import { entriesWithoutManifest } from './corpus-plan.js';
import { ManifestEntrySchema, ManifestSchema, type ManifestEntry } from './manifest.js';
import { MANIFEST_FILE } from './manifest-file.js';
import { parseSource, type ExtractedText } from './parse-source.js';
import type { SourceEncoding } from '../source/decode-source.js';
import { readSourceBytes } from './read-source.js';

/** The manifest fields a new entry may set; values are checked against the manifest schema. */
export type AddMetadata = { readonly [K in Exclude<keyof ManifestEntry, 'file'>]?: unknown };

/** Options of `addDocument`: the corpus folder, and how long to wait for the manifest lock. */
export interface AddOptions {
  /** The corpus folder; created when it does not exist. */
  dir: string;
  /** The plan file to add; it is copied into the folder under its own name, byte for byte. */
  file: string;
  /** The new manifest entry's fields; `id` is made from the file name when absent. */
  metadata?: AddMetadata;
  /** How long to wait for another process adding to the same corpus. */
  lock?: LockOptions;
}

/** What `addDocument` returns: the manifest entry written, where the file was copied, and what the parser found. */
export interface AddResult {
  /** The manifest entry written. */
  entry: ManifestEntry;
  /** The copy's path in the corpus folder. */
  path: string;
  /** `false` when the same bytes were already in the folder under that name (another part of a file, say). */
  copied: boolean;
  encoding: SourceEncoding;
  /** The plan as parsed from its text (the manifest's metadata is merged when the corpus is loaded). */
  document: PlanDocument;
  /** The file's parse diagnostics (the file has a plan, so none of them is fatal). */
  issues: PlanIssue[];
  /** For a web page, Word or PDF file: the text it was read as, which the positions point into (see `locateInSource`). */
  extracted?: ExtractedText;
}

/** Manifest fields in the order entries are written: the schema's (id, file, part, the metadata fields, note). */
const FIELD_ORDER = Object.keys(ManifestEntrySchema.shape);

/**
 * An id for a document from its file name (`Xuhui 2025.txt` → `xuhui-2025`),
 * or from its year when the name has no Latin letters.
 *
 * @param fileName The file's name.
 * @param document The parsed plan.
 * @returns An id the manifest schema accepts.
 */
export function idFromFileName(fileName: string, document: Pick<PlanDocument, 'year' | 'period'>): string {
  const slug = fileName.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (/[a-z]/.test(slug)) return slug;
  const when = document.year ?? (document.period ? `${document.period.start}-${document.period.end}` : null);
  return ['plan', when ?? slug].filter((s) => s !== null && s !== '').join('-');
}

/**
 * The first of `id`, `id-2`, `id-3`… that is not taken.
 *
 * @param id The id wanted.
 * @param taken The ids in use.
 * @returns A free id.
 */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function problems(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `  ${i.path.map(String).join('.') || '(entry)'}: ${i.message}`)
    .join('\n');
}

/** Build and check the new entry: known fields only, in the manifest's order, valid by the schema. */
function makeEntry(metadata: AddMetadata, file: string, document: PlanDocument): ManifestEntry {
  const raw: Record<string, unknown> = { ...metadata, id: metadata.id ?? idFromFileName(file, document), file };
  const ordered = Object.fromEntries(FIELD_ORDER.filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]]));
  const parsed = ManifestEntrySchema.safeParse(ordered);
  if (!parsed.success) throw new PlanError('invalid-argument', `Invalid metadata for ${file}:\n${problems(parsed.error)}`);
  return parsed.data;
}

/** The manifest as stored (unknown keys kept), or a new one listing the files already in a folder without one. */
function readRawManifest(dir: string): { raw: Record<string, unknown>; documents: ManifestEntry[] } {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) {
    // Note: a folder without a manifest treats every file as a document; list them, or adding one would hide the rest.
    const documents = entriesWithoutManifest(dir);
    return { raw: { documents }, documents };
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new PlanError('manifest-invalid', `${path}: not valid JSON: ${(cause as Error).message}\nFix or remove it before adding documents.`, { cause });
  }
  const parsed = ManifestSchema.safeParse(data);
  if (!parsed.success) throw new PlanError('manifest-invalid', `${path}: the manifest does not validate:\n${problems(parsed.error)}\nFix it before adding documents.`);
  return { raw: data as Record<string, unknown>, documents: parsed.data.documents };
}

/** Under the lock: check the id and the name, put the copy in place, write the manifest. */
function commit(dir: string, entry: ManifestEntry, staged: string, bytes: Uint8Array): { copied: boolean } {
  const { raw, documents } = readRawManifest(dir);
  const ids = new Set(documents.map((d) => d.id));
  const same = documents.find((d) => d.file === entry.file && (d.part ?? 1) === (entry.part ?? 1));
  const target = join(dir, entry.file);
  const existing = existsSync(target) ? readFileSync(target) : null;
  if (same && existing !== null && sha256(existing) === sha256(bytes)) {
    throw new PlanError('invalid-argument', `${entry.file}${entry.part ? ` (plan ${entry.part})` : ''} is already in the corpus as ${same.id}.`, { suggestions: [same.id] });
  }
  if (ids.has(entry.id)) {
    const free = freeId(entry.id, ids);
    throw new PlanError('invalid-argument', `The id ${entry.id} is already used in ${join(dir, MANIFEST_FILE)}.\nChoose another, e.g. --id ${free}`, { suggestions: [free] });
  }
  if (existing !== null && sha256(existing) !== sha256(bytes)) {
    throw new PlanError('invalid-argument', `${target} already exists with different content.\nExpected the same bytes or no file of that name; rename your file and add it again.`);
  }
  const copied = existing === null;
  if (copied) {
    renameSync(staged, target);
    fsyncDir(dir);
  }
  // Note: the entries are written back as stored, so fields this version does not know survive.
  const manifest = { ...raw, documents: [...(Array.isArray(raw.documents) ? (raw.documents as unknown[]) : documents), entry] };
  const valid = ManifestSchema.safeParse(manifest);
  if (!valid.success) throw new PlanError('manifest-invalid', `The new manifest would not validate:\n${problems(valid.error)}`);
  try {
    writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  } catch (error) {
    if (copied) rmSync(target, { force: true });
    throw error;
  }
  return { copied };
}

/**
 * Add a plan file to a corpus folder: check that it holds a plan, copy it
 * into the folder (keeping its bytes), and append a manifest entry. The
 * manifest is rewritten atomically (temporary file, fsync, rename) while
 * holding `manifest.json.lock`, so concurrent adds never lose an entry.
 *
 * @param options The corpus, the file and the entry's metadata.
 * @returns The entry written and the parsed plan.
 * @throws {PlanError} `no-plan` (with the parse diagnostics) for a file without a plan; `invalid-argument` for
 * invalid metadata, a duplicate id (with a free one as suggestion) or a different file of the same name;
 * `manifest-invalid`; and the read errors of `readSourceFile`.
 */
export function addDocument(options: AddOptions): AddResult {
  const dir = resolve(options.dir);
  const { source, bytes } = readSourceBytes(options.file);
  const name = basename(options.file);
  const result = parseSource(source, { file: name });
  if (result.documents.length === 0) {
    const why = result.issues.find((i) => i.severity === 'error')?.message ?? 'no plan found';
    throw new PlanError('no-plan', `${options.file}: ${why}\nOnly files that hold a plan can be added.`, { issues: result.issues });
  }
  const metadata = options.metadata ?? {};
  const part = typeof metadata.part === 'number' ? metadata.part : 1;
  const document = result.documents[part - 1];
  if (!document) throw new PlanError('invalid-argument', `${options.file} holds ${result.documents.length} plan(s); there is no plan ${part}.`);
  const entry = makeEntry(metadata, name, document);
  let staged: string | null = null;
  try {
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new PlanError('invalid-argument', `${dir} is a file; expected a corpus folder.`);
    mkdirSync(dir, { recursive: true });
    // Note: the copy is written and flushed before taking the lock, which then only covers a rename and the manifest.
    staged = tempPathFor(join(dir, name));
    writeNewFile(staged, bytes, true);
    const stagedPath = staged;
    const { copied } = withFileLock(join(dir, `${MANIFEST_FILE}.lock`), () => commit(dir, entry, stagedPath, bytes), options.lock);
    const issues = result.issues.filter((i) => i.docId === null || i.docId === document.id);
    const added: AddResult = { entry, path: join(dir, name), copied, encoding: source.encoding, document, issues };
    if (result.extracted) added.extracted = result.extracted;
    return added;
  } catch (error) {
    if (isPlanError(error)) throw error;
    throw new PlanError('file-unreadable', `Cannot add ${options.file} to ${dir}: ${(error as Error).message}`, { cause: error });
  } finally {
    if (staged !== null) rmSync(staged, { force: true });
  }
}
