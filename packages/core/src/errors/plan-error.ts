import type { PlanIssue } from '../model/types.js';

/** Why a plankb call failed: misuse or I/O, never a content problem (those are returned as issues). */
export type PlanErrorCode =
  | 'file-not-found'
  | 'file-unreadable'
  | 'not-utf8'
  | 'binary-file'
  | 'no-plan'
  | 'unknown-id'
  | 'manifest-invalid'
  | 'corpus-not-found'
  | 'invalid-argument'
  // An optional peer dependency (exceljs for XLSX, hyparquet-writer for Parquet) is not installed; the message names it.
  | 'missing-dependency';

/**
 * The error plankb throws for misuse and I/O. `code` is stable for scripts;
 * `message` says what failed, what was expected and what was found.
 */
export class PlanError extends Error {
  /** What went wrong, for scripts to branch on: `file-not-found`, `unknown-id`, `not-utf8` … */
  readonly code: PlanErrorCode;
  /** Close matches, for an unknown id. */
  readonly suggestions: readonly string[];
  /** The parser's diagnostics, for `no-plan`. */
  readonly issues: readonly PlanIssue[];

  /**
   * Create an error; plankb's own functions throw these, and so may code built on it.
   *
   * @param code What went wrong.
   * @param message What failed, what was expected and what was found.
   * @param options The underlying error (`cause`), close matches for an unknown id, the parser's issues for `no-plan`.
   */
  constructor(code: PlanErrorCode, message: string, options: { cause?: unknown; suggestions?: readonly string[]; issues?: readonly PlanIssue[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PlanError';
    this.code = code;
    this.suggestions = options.suggestions ?? [];
    this.issues = options.issues ?? [];
  }
}

/**
 * Whether a value is a `PlanError`, also across copies of the package.
 *
 * @param value Anything caught.
 * @returns `true` for a plankb error.
 */
export function isPlanError(value: unknown): value is PlanError {
  return value instanceof PlanError || (value instanceof Error && value.name === 'PlanError' && 'code' in value);
}
