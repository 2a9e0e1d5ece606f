import { isIsoDay, localToday, type PlanDocument, PlanError } from '@plankb/core';
import type { Corpus } from '@plankb/core/corpus';
import { type Attainment, type AttainmentStatus, type DutyState, readTypedNumber, recorderName, type StoreEntry } from '@plankb/core/track';
import type { Argv } from 'yargs';
import { activeLang } from '../../i18n.js';
import { trackMessages, type TrackMessages } from '../../i18n-track.js';
import type { Io } from '../../io.js';
import type { Format, GlobalArgs } from '../../options.js';
import { widthOf } from '@plankb/terminal-text';
import { figureText, numberText } from '../../output/figures.js';
import { issueLines } from '../_shared.js';
import { documentsNamed } from '../_corpus.js';

/** `--store <dir>`: where the observations live; `<corpus>/.plankb` by default (the user's data folder for the bundled seeds). */
export function storeOption<T>(parser: Argv<T>) {
  return parser.option('store', { type: 'string', describe: trackMessages(activeLang()).optStore, requiresArg: true });
}

/** `--by <name>`: who records; `PLANKB_USER`, git's user.name or the login name by default. */
export function byOption<T>(parser: Argv<T>) {
  return parser.option('by', { type: 'string', describe: trackMessages(activeLang()).optBy, requiresArg: true });
}

/** `--as-of <date>`: the date to assess at; today by default. */
export function asOfOption<T>(parser: Argv<T>) {
  return parser.option('as-of', { type: 'string', describe: trackMessages(activeLang()).optAsOf, requiresArg: true });
}

/** `--doc <id>` (repeatable): only these documents. */
export function docOption<T>(parser: Argv<T>) {
  return parser.option('doc', { type: 'string', array: true, describe: trackMessages(activeLang()).optDoc, requiresArg: true });
}

/**
 * `--format` with more choices than the global text|json|md. yargs adds the
 * choices of an option defined again to those it had, so this passes only
 * the extra ones; `fallback` replaces the default.
 *
 * @param parser A subcommand's parser.
 * @param extra The formats to add (csv, xlsx).
 * @param fallback The default format.
 * @param describe The option's help text.
 * @returns The parser, its `format` typed with every choice.
 */
export function moreFormats<const F extends readonly [string, ...string[]]>(parser: Argv<GlobalArgs>, extra: F, fallback: Format | F[number] = 'text', describe = trackMessages(activeLang()).optFormat) {
  return parser.option('format', { choices: extra, default: fallback as Format | F[number], describe, requiresArg: true });
}

/**
 * Check a date option: `YYYY-MM-DD` and a real day (no 2025-02-30).
 *
 * @param value The option's value, or `undefined` for today (core's `localToday`, the user's local day).
 * @param option The option's name, for the message (`--date`).
 * @param t The track strings.
 * @returns The date.
 * @throws {PlanError} `invalid-argument` (exit 2) for anything else.
 */
export function dateArg(value: string | undefined, option: string, t: TrackMessages): string {
  if (value === undefined) return localToday();
  if (!isIsoDay(value)) throw new PlanError('invalid-argument', t.badDate(option, value));
  return value;
}

/**
 * Read a number as people write it (`63000`, `63,000`, `6.3万`, `1.2亿`), with core's `readTypedNumber`, the
 * grammar the app's form reads too.
 *
 * @param text The argument.
 * @param t The track strings.
 * @returns The number.
 * @throws {PlanError} `invalid-argument` (exit 2) when it is not one.
 */
export function numberArg(text: string, t: TrackMessages): number {
  const value = readTypedNumber(text);
  if (value === null) throw new PlanError('invalid-argument', t.badNumber(text));
  return value;
}

/** Who is recording: `--by`, else core's `recorderName` (PLANKB_USER, git user.name, login). */
export function recorder(args: { by?: string | undefined }, io: Io): string {
  return args.by !== undefined && args.by.trim() !== '' ? args.by.trim() : recorderName(io.env);
}

// Note: the store's helpers live in ../_store.ts, where `plankb export` takes them too.
export { openTrack, readStoreReporting, shownPath, type TrackContext } from '../_store.js';

/** Corpus errors for stderr, as the other commands print them. */
export function corpusLines(corpus: Corpus): string[] {
  return issueLines(corpus.issues, 'error', corpus.dir);
}

/**
 * The documents a `--doc` list names (ids, each checked, an unknown id
 * suggests close ones; or plan files), or `fallback` without one.
 */
export function chosenDocuments(corpus: Corpus, ids: readonly string[] | undefined, fallback: (d: PlanDocument) => boolean = () => true): PlanDocument[] {
  if (ids === undefined || ids.length === 0) return corpus.documents.filter(fallback);
  return documentsNamed(ids, corpus);
}

/** For each superseded entry, the entry that corrects it. */
export function supersededBy(entries: readonly StoreEntry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entries) if (e.supersedes !== null) map.set(e.supersedes, e.id);
  return map;
}

// Colour ------------------------------------------------------------------

/** ANSI SGR codes: green, yellow, orange (256 colours), red, bold red, dim. */
const SGR = { green: '32', yellow: '33', orange: '38;5;208', red: '31', boldRed: '1;31', dim: '2' } as const;
type Colour = keyof typeof SGR;

const STATUS_COLOUR: Record<AttainmentStatus, Colour> = {
  achieved: 'green',
  'on-track': 'green',
  'needs-acceleration': 'yellow',
  'limited-progress': 'orange',
  deteriorating: 'red',
  overdue: 'boldRed',
  'no-data': 'dim',
};

const STATE_COLOUR: Record<DutyState, Colour | null> = { done: 'green', dropped: 'dim', overdue: 'boldRed', due: 'yellow', open: null };

/**
 * Whether to colour text output: only on a terminal (`io.columns` is set),
 * not into a file, and not when `NO_COLOR` is set (no-color.org).
 */
export function colourOn(args: Pick<GlobalArgs, 'output'>, io: Io): boolean {
  return args.output === undefined && io.columns !== undefined && (io.env.NO_COLOR ?? '') === '';
}

/** A painter: wraps text in a colour, or leaves it alone when colour is off. */
export type Paint = (text: string, colour: Colour | null) => string;

export function painter(on: boolean): Paint {
  return (text, colour) => (on && colour !== null && text !== '' ? `\u001b[${SGR[colour]}m${text}\u001b[0m` : text);
}

export const statusColour = (status: AttainmentStatus): Colour => STATUS_COLOUR[status];
export const stateColour = (state: DutyState): Colour | null => STATE_COLOUR[state];

/**
 * Colour the last cell of each rendered table line. Colour is added after
 * the table is laid out (the layout strips control characters), so the
 * coloured cell is the last column, where it is the end of the line.
 *
 * @param text The rendered table (header, rule, rows).
 * @param cells The last cell of each row, in order, as rendered.
 * @param colours Each row's colour.
 * @param paint The painter.
 * @returns The table with the cells coloured.
 */
export function paintLastColumn(text: string, cells: readonly string[], colours: ReadonlyArray<Colour | null>, paint: Paint): string {
  const lines = text.split('\n');
  cells.forEach((cell, k) => {
    const i = k + 2;
    const line = lines[i];
    if (line !== undefined && cell !== '' && line.endsWith(cell)) lines[i] = line.slice(0, line.length - cell.length) + paint(cell, colours[k] ?? null);
  });
  return lines.join('\n');
}

// Attainment in a line ----------------------------------------------------

/** Cells in an attainment bar. */
export const BAR_CELLS = 10;

/**
 * An attainment bar: `BAR_CELLS` cells, `█` for the share of the way from
 * baseline to target covered (full only when achieved), `░` for the rest, and
 * `│` between the cells where a straight path from baseline to deadline
 * would be by now. Empty without an observation.
 *
 * @param a An assessment.
 * @returns The bar, `BAR_CELLS + 1` columns wide, or ''.
 */
export function attainmentBar(a: Attainment): string {
  if (a.attainment === null || a.baseline === null) return '';
  const share = Math.min(1, Math.max(0, a.attainment));
  const filled = a.status === 'achieved' ? BAR_CELLS : Math.min(BAR_CELLS - 1, Math.floor(share * BAR_CELLS));
  const cells = '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled);
  const gap = a.targetValue - a.baseline.value;
  const expectedShare = a.expected === null ? 1 : gap === 0 ? 1 : Math.min(1, Math.max(0, (a.expected - a.baseline.value) / gap));
  const at = Math.round(expectedShare * BAR_CELLS);
  return `${cells.slice(0, at)}│${cells.slice(at)}`;
}

/** The target as a reader writes it: `> 65,000 架`. */
export const targetText = (a: Pick<Attainment, 'targetValue' | 'unit' | 'comparator'>): string => figureText(a.targetValue, a.unit, a.comparator, false);

/** A progress ratio to two places, or `—`. */
export const ratioText = (ratio: number | null): string => (ratio === null ? '—' : ratio.toFixed(2));

/** An attainment as a percentage, or `—`. */
export const percentText = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)}%`);

/**
 * Two lines saying where a target stands, for `record` and `correct`:
 * `status  ██████│░░░░ on-track · as of 2025-07-01` and
 * `        63,000 of > 65,000 架 (60%) · ratio 1.79 · due 2025-12-31`.
 *
 * @param a The target's assessment.
 * @param t The track strings.
 * @param paint Colours the bar and the status (or not).
 * @returns The lines, indented to follow the `target` and `value` lines.
 */
export function statusLines(a: Attainment, t: TrackMessages, paint: Paint): string[] {
  const bar = attainmentBar(a);
  const colour = statusColour(a.status);
  const first = [`${bar === '' ? '' : `${paint(bar, colour)} `}${paint(t.statusWords[a.status], colour)}`, t.asOfPart(a.asOf)].join(' · ');
  const second = [
    a.latest === null ? t.noReading : t.latestOf(numberText(a.latest.value), targetText(a), percentText(a.attainment)),
    ...(a.progressRatio === null ? [] : [t.ratioPart(ratioText(a.progressRatio))]),
    ...(a.deadline === null ? [] : [t.duePart(a.deadline)]),
  ].join(' · ');
  const pad = ' '.repeat(widthOf(t.labelStatus));
  return [`  ${t.labelStatus}${first}`, `  ${pad}${second}`];
}
