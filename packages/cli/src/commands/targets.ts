import type { Argv, CommandModule } from 'yargs';
import { activeLang } from '../i18n.js';
import { figureMessages } from '../i18n-figures.js';
import type { Io } from '../io.js';
import type { GlobalArgs } from '../options.js';
import { figureOptions, handleFigures, TARGET_TABLE, type FigureArgs } from './_figures.js';
import { runHandler, type CommandResult } from './_shared.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = figureMessages(activeLang());
  return figureOptions(parser)
    .example('$0 targets --doc qingdao-2025', t.targetsExample)
    .example('$0 targets plan.txt --format xlsx --output plan-targets.xlsx', t.targetsExampleFile)
    .example('$0 targets --format csv --output targets.csv', t.targetsExampleCsv)
    .example('$0 targets --year 2030 --format xlsx --output targets-2030.xlsx', t.targetsExampleXlsx);
}

/**
 * List the quantitative targets of the corpus.
 *
 * @param args The parsed arguments (filters, format, output).
 * @param io The terminal.
 * @returns The table and the exit code.
 */
export function handleTargets(args: FigureArgs, io: Io): Promise<CommandResult> {
  return handleFigures(TARGET_TABLE, args, io);
}

export const targetsCommand: CommandModule<GlobalArgs, FigureArgs> = {
  command: 'targets [docs..]',
  get describe() {
    return figureMessages(activeLang()).targetsDescribe;
  },
  builder,
  handler: runHandler(handleTargets),
};
