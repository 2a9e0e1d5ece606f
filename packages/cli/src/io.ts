/** Where a command's output goes and what it knows about the terminal; tests pass their own. */
export interface Io {
  /** Write data (the command's output). */
  stdout: (text: string) => void;
  /** Write diagnostics and messages for people. */
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** The width of stdout when it is a terminal; `undefined` when it is a file or a pipe, so nothing is cut. */
  columns: number | undefined;
}

/** What one run of the parser shares with its command handlers (passed as yargs' parse context). */
export interface RunContext {
  io: Io;
  /** Set when a command handler starts: an error before that is a usage error from yargs. */
  started: boolean;
}

/**
 * The process's own streams.
 *
 * @returns An `Io` on `process.stdout` and `process.stderr`.
 */
export function processIo(): Io {
  const { stdout, stderr, env } = process;
  // Note: a pseudo-terminal can report 0 columns (e.g. under `script` without a real terminal); fall back to COLUMNS, then 80.
  const columns = stdout.isTTY ? stdout.columns || Number(env.COLUMNS) || 80 : undefined;
  return { stdout: (text) => void stdout.write(text), stderr: (text) => void stderr.write(text), env, columns };
}

function isRunContext(value: unknown): value is RunContext {
  if (typeof value !== 'object' || value === null || !('io' in value) || !('started' in value)) return false;
  const { io } = value;
  return typeof io === 'object' && io !== null && 'stdout' in io && typeof io.stdout === 'function';
}

/**
 * The run context yargs merged into a handler's arguments, or one on the
 * process's streams when the parser was run without one.
 *
 * @param args A handler's arguments.
 * @returns The context.
 */
export function contextOf(args: object): RunContext {
  const value: unknown = 'runContext' in args ? args.runContext : undefined;
  return isRunContext(value) ? value : { io: processIo(), started: false };
}
