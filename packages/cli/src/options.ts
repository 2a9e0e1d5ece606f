import type { Argv } from 'yargs';
import { LANGS, type Lang, type Messages } from './i18n.js';

export const FORMATS = ['text', 'json', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/** The options every command takes. */
export interface GlobalArgs {
  corpus: string | undefined;
  format: Format;
  output: string | undefined;
  lang: Lang;
}

/**
 * Add the global options to a parser.
 *
 * @param parser The root parser.
 * @param t The interface strings.
 * @param lang The default language (from LANG).
 * @returns The parser, typed with the global options.
 */
export function withGlobalOptions(parser: Argv, t: Messages, lang: Lang): Argv<GlobalArgs> {
  return parser
    .option('corpus', { type: 'string', describe: t.optCorpus, global: true, requiresArg: true })
    .option('format', { choices: FORMATS, default: 'text' as Format, describe: t.optFormat, global: true, requiresArg: true })
    .option('output', { alias: 'o', type: 'string', describe: t.optOutput, global: true, requiresArg: true })
    .option('lang', { choices: LANGS, default: lang, describe: t.optLang, global: true, requiresArg: true });
}

/** The arguments a command's builder produces: handlers are typed from their builder, never cast. */
export type ArgsOf<B> = B extends (parser: Argv<GlobalArgs>) => Argv<infer U> ? U : never;
