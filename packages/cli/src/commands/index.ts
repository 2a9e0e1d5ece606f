import type { Argv } from 'yargs';
import type { GlobalArgs } from '../options.js';
import { assignmentsCommand } from './assignments.js';
import { docsCommand } from './docs.js';
import { indicatorsCommand } from './indicators.js';
import { parseCommand } from './parse.js';
import { showCommand } from './show.js';
import { targetsCommand } from './targets.js';
import { tasksCommand } from './tasks.js';
import { diffCommand } from './diff.js';
import { cascadeCommand } from './cascade.js';
import { compareCommand } from './compare.js';
import { trackCommand } from './track/index.js';
import { startCommand } from './start.js';
import { tuiCommand } from './tui.js';
import { validateCommand } from './validate.js';
import { addCommand } from './add.js';
import { searchCommand } from './search.js';
import { exportCommand } from './export.js';

/** The command names, in the order help lists them. */
export const COMMAND_NAMES = ['docs', 'show', 'tasks', 'assignments', 'targets', 'indicators', 'search', 'parse', 'diff', 'cascade', 'compare', 'track', 'export', 'tui', 'validate', 'add'] as const;

/**
 * Register every command on the parser, from this explicit list (no
 * `commandDir`: it reads a folder at run time, which a bundle does not keep).
 *
 * @param parser The root parser with the global options.
 * @returns The parser.
 */
export function withCommands(parser: Argv<GlobalArgs>): Argv<GlobalArgs> {
  return parser.command(docsCommand).command(showCommand).command(tasksCommand).command(assignmentsCommand).command(targetsCommand).command(indicatorsCommand).command(searchCommand).command(parseCommand).command(diffCommand).command(cascadeCommand).command(compareCommand).command(trackCommand).command(exportCommand).command(validateCommand).command(addCommand).command(tuiCommand).command(startCommand);
}
