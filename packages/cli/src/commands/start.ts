import type { CommandModule } from 'yargs';
import { ExitError } from '../errors.js';
import { contextOf } from '../io.js';
import type { GlobalArgs } from '../options.js';
import { docsCommand } from './docs.js';
import { handleTui } from './tui.js';

/**
 * What `pnpm start` runs (`plankb start`, not listed in the help): the
 * terminal app when stdin and stdout are terminals, else the document list
 * (`plankb docs`), so that piping or CI still gets useful text.
 *
 * @param interactive Whether stdin and stdout are terminals.
 * @returns The command to run.
 */
export function startTarget(interactive: boolean): 'tui' | 'docs' {
  return interactive ? 'tui' : 'docs';
}

export const startCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'start',
  // Note: `false` hides the command from the help: it is the README's first command, not one to learn.
  describe: false,
  handler: async (args) => {
    const target = startTarget(process.stdin.isTTY === true && process.stdout.isTTY === true);
    // Note: both take the global options, which `start` shares (--corpus, --lang).
    if (target === 'docs') return docsCommand.handler(args);
    contextOf(args).started = true;
    const code = await handleTui(args);
    if (code !== 0) throw new ExitError(code);
    return undefined;
  },
};
