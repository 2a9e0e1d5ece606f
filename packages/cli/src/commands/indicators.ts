import type { Argv, CommandModule } from 'yargs';
import { activeLang } from '../i18n.js';
import { figureMessages } from '../i18n-figures.js';
import type { Io } from '../io.js';
import type { GlobalArgs } from '../options.js';
import { figureOptions, handleFigures, INDICATOR_TABLE, type FigureArgs } from './_figures.js';
import { runHandler, type CommandResult } from './_shared.js';

function builder(parser: Argv<GlobalArgs>) {
  const t = figureMessages(activeLang());
  return figureOptions(parser)
    .example('$0 indicators --region 上海市 --metric 基站', t.indicatorsExample)
    .example('$0 indicators --format parquet --output indicators.parquet', t.targetsExampleCsv);
}

/**
 * List the reported indicators of the corpus.
 *
 * @param args The parsed arguments (filters, format, output).
 * @param io The terminal.
 * @returns The table and the exit code.
 */
export function handleIndicators(args: FigureArgs, io: Io): Promise<CommandResult> {
  return handleFigures(INDICATOR_TABLE, args, io);
}

export const indicatorsCommand: CommandModule<GlobalArgs, FigureArgs> = {
  command: 'indicators [docs..]',
  get describe() {
    return figureMessages(activeLang()).indicatorsDescribe;
  },
  builder,
  handler: runHandler(handleIndicators),
};
