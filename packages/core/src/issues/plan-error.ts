/** Why a plankb call failed: misuse or I/O, never a content problem (those are returned as issues). */
export type PlanErrorCode =
  | 'file-not-found'
  | 'file-unreadable'
  | 'not-utf8'
  | 'binary-file'
  | 'unknown-id'
  | 'manifest-invalid'
  | 'corpus-not-found'
  | 'invalid-argument';

/**
 * The error plankb throws for misuse and I/O. `code` is stable for scripts;
 * `message` says what failed, what was expected and what was found.
 */
export class PlanError extends Error {
  readonly code: PlanErrorCode;
  /** Close matches, for an unknown id. */
  readonly suggestions: readonly string[];

  constructor(code: PlanErrorCode, message: string, options: { cause?: unknown; suggestions?: readonly string[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PlanError';
    this.code = code;
    this.suggestions = options.suggestions ?? [];
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
