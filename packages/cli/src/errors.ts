/** Why the CLI itself refused to go on; like core's `PlanError`, this maps to exit code 2. */
export type CliErrorCode = 'output-unwritable' | 'output-required' | 'invalid-argument';

/** A usage or I/O error raised by the CLI rather than by core. */
export class CliError extends Error {
  readonly code: CliErrorCode;

  constructor(code: CliErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CliError';
    this.code = code;
  }
}

/**
 * Ends a command with a non-zero exit code after its output was written:
 * the input was read but has content errors, already reported on stderr
 * (after changesets' `ExitError`).
 */
export class ExitError extends Error {
  readonly exitCode: number;

  constructor(exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'ExitError';
    this.exitCode = exitCode;
  }
}
