import { existsSync } from 'node:fs';
import { PlanError } from '../errors/plan-error.js';
import type { PlanDocument, PlanIssue } from '../model/types.js';
import { findDocument } from './find-document.js';
import type { Corpus } from './load-corpus.js';
import { parseSource, type ExtractedText, type FileParseResult } from './parse-source.js';
import { readSourceFile } from './read-source.js';

const FILE_REF = /^(.*\.(?:txt|md|markdown|html?|xhtml|shtml|docx|doc|pdf|wps|ofd))(?:#(\d+))?$/i;

/** Whether a reference names a file (`plan.txt`, `plan.md#2`) rather than a corpus id. */
export function isFileRef(ref: string): boolean {
  return FILE_REF.test(ref) || (ref.includes('/') && existsSync(ref));
}

/**
 * Parse a file from disk: a text or Markdown file, or a saved web page, Word
 * (.docx, .doc) or PDF file, converted to text first.
 *
 * @param path The file's path.
 * @returns What `parseDocument` returns for it; for a converted file, also the text it was read as (`extracted`),
 *   which every position points into.
 * @throws {PlanError} When the file cannot be read (not found, not text in a known encoding, a WPS or OFD file, a damaged file).
 */
export function parseFile(path: string): FileParseResult {
  return parseSource(readSourceFile(path));
}

/** The 1-based index of the plan a reader means by a file: the one with the most tasks, the first on a tie. */
function planWithContent(documents: readonly PlanDocument[]): number {
  let best = 0;
  documents.forEach((d, k) => {
    if (d.tasks.length > (documents[best]?.tasks.length ?? 0)) best = k;
  });
  return best + 1;
}

/**
 * Open the document a user named: an id from the corpus, or a path to a
 * plan file (.txt, .md, .html, .docx, .doc, .pdf; `file.txt#2` for the second plan a file holds; without `#N`, the
 * plan with the most tasks).
 *
 * @param ref The id or path.
 * @param corpus The corpus to look ids up in (loaded only when needed).
 * @returns The document and, for a file, its parse diagnostics and, for a converted file, the text it was read as.
 * @throws {PlanError} For an unknown id, an unreadable file, or a file with no plan.
 */
export function openDocument(ref: string, corpus: () => Corpus): { document: PlanDocument; issues: PlanIssue[]; extracted?: ExtractedText } {
  const m = FILE_REF.exec(ref);
  if (m || isFileRef(ref)) {
    const path = m?.[1] ?? ref;
    const result = parseFile(path);
    const index = m?.[2] ? Number(m[2]) : planWithContent(result.documents);
    const document = result.documents[index - 1];
    if (!document) {
      // A file with no plan at all is a content problem; asking for plan 3 of 2 is a usage error.
      if (result.documents.length === 0) {
        const why = result.issues.find((i) => i.severity === 'error')?.message ?? 'no plan found';
        throw new PlanError('no-plan', `${path}: ${why}`, { issues: result.issues });
      }
      throw new PlanError('invalid-argument', `No plan ${index} in ${path}: it holds ${result.documents.length} plan(s).`);
    }
    const issues = result.issues.filter((i) => i.docId === null || i.docId === document.id);
    if (!m?.[2] && result.documents.length > 1) {
      const others = result.documents.map((_, k) => `${path}#${k + 1}`).filter((_, k) => k !== index - 1);
      issues.push({
        code: 'several-plans',
        severity: 'info',
        message: `${path} holds ${result.documents.length} plans; this is plan ${index}${document.title ? ` (${document.title})` : ''}, the one with the most tasks. The others: ${others.join(', ')}.`,
        file: path,
        docId: document.id,
        position: document.source.position,
        source: 'core:open',
      });
    }
    return result.extracted ? { document, issues, extracted: result.extracted } : { document, issues };
  }
  const loaded = corpus();
  const document = findDocument(loaded.documents, ref);
  return { document, issues: loaded.issues.filter((i) => i.docId === document.id) };
}
