import type { Argv, CommandModule } from 'yargs';
import type { GlobalArgs } from '../options.js';

/** The command names, in the order help lists them. */
export const COMMAND_NAMES = ['docs', 'show', 'tasks', 'assignments', 'targets', 'indicators', 'search', 'parse', 'diff', 'cascade', 'compare', 'track', 'export', 'tui', 'validate', 'add'] as const;

// biome-ignore lint/suspicious/noExplicitAny: each command's module is typed with its own arguments.
type AnyCommand = CommandModule<GlobalArgs, any>;

/**
 * Each command's module, imported when the command runs. A command's module brings the parts of core it uses (the
 * parser, alignment, search, export …); a process that runs one command compiles only that command's code, which is
 * most of the start time of a bundled CLI (docs/benchmarks.md, "CLI start"). In the order help lists them.
 */
const COMMANDS: ReadonlyArray<[name: string, load: () => Promise<AnyCommand>]> = [
  ['docs', async () => (await import('./docs.js')).docsCommand],
  ['show', async () => (await import('./show.js')).showCommand],
  ['tasks', async () => (await import('./tasks.js')).tasksCommand],
  ['assignments', async () => (await import('./assignments.js')).assignmentsCommand],
  ['targets', async () => (await import('./targets.js')).targetsCommand],
  ['indicators', async () => (await import('./indicators.js')).indicatorsCommand],
  ['search', async () => (await import('./search.js')).searchCommand],
  ['parse', async () => (await import('./parse.js')).parseCommand],
  ['diff', async () => (await import('./diff.js')).diffCommand],
  ['cascade', async () => (await import('./cascade.js')).cascadeCommand],
  ['compare', async () => (await import('./compare.js')).compareCommand],
  ['track', async () => (await import('./track/index.js')).trackCommand],
  ['export', async () => (await import('./export.js')).exportCommand],
  ['validate', async () => (await import('./validate.js')).validateCommand],
  ['add', async () => (await import('./add.js')).addCommand],
  ['tui', async () => (await import('./tui.js')).tuiCommand],
  ['start', async () => (await import('./start.js')).startCommand],
];

const loaded = new Map<string, AnyCommand>();
let ready = false;

/**
 * Import the modules of the commands a run needs: the one named, or every command when the arguments name none
 * (root help, completion, an unknown command and its suggestions), or none (`null`: `--version`). `withCommands`
 * registers what is loaded, so call this first.
 *
 * @param name The command the arguments name, if any (their first word that is not an option); `null` for none.
 */
export async function loadCommands(name?: string | null): Promise<void> {
  const one = COMMANDS.find(([n]) => n === name);
  const wanted = name === null ? [] : one ? [one] : COMMANDS;
  await Promise.all(
    wanted.map(async ([n, load]) => {
      if (!loaded.has(n)) loaded.set(n, await load());
    }),
  );
  ready = true;
}

/**
 * Register the loaded commands on the parser, in help order, from this explicit list (no `commandDir`: it reads a
 * folder at run time, which a bundle does not keep).
 *
 * @param parser The root parser with the global options.
 * @returns The parser.
 * @throws {Error} When no command was loaded (`loadCommands` was not awaited).
 */
export function withCommands(parser: Argv<GlobalArgs>): Argv<GlobalArgs> {
  if (!ready) throw new Error('withCommands: await loadCommands() first');
  for (const [name] of COMMANDS) {
    const command = loaded.get(name);
    if (command) parser.command(command);
  }
  return parser;
}
