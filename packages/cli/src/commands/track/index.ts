import type { Argv, CommandModule } from 'yargs';
import { activeLang } from '../../i18n.js';
import { trackMessages } from '../../i18n-track.js';
import type { GlobalArgs } from '../../options.js';
import { correctCommand } from './correct.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { listCommand } from './list.js';
import { recordCommand } from './record.js';
import { statusCommand } from './status.js';
import { taskCommand } from './task.js';
import { trackTasksCommand } from './tasks.js';

/**
 * Register the track subcommands from this explicit list (yargs' command
 * hierarchy, "Example command hierarchy using index.mjs"; no `commandDir`).
 *
 * @param parser The `track` command's parser.
 * @returns The parser, which needs a subcommand.
 */
function builder(parser: Argv<GlobalArgs>): Argv<GlobalArgs> {
  const t = trackMessages(activeLang());
  return parser
    .command(recordCommand)
    .command(correctCommand)
    .command(taskCommand)
    .command(listCommand)
    .command(statusCommand)
    .command(trackTasksCommand)
    .command(importCommand)
    .command(exportCommand)
    .example('$0 track record qingdao-2025/机架 63000 --date 2025-06-30', t.recordExample)
    .example('$0 track status --doc qingdao-2025 --as-of 2025-07-01', t.statusExampleAsOf)
    .example('$0 track tasks --doc qingpu-2023-draft --as-of 2023-10-01 --unit 区大数据中心', t.tasksExample)
    .demandCommand(1, t.needSubcommand)
    .epilogue(t.trackEpilogue);
}

export const trackCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'track',
  get describe() {
    return trackMessages(activeLang()).trackDescribe;
  },
  builder,
  // Note: never called: `demandCommand` makes yargs refuse `track` without a subcommand.
  handler: () => undefined,
};
