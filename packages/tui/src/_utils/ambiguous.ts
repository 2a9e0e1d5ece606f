// Terminals that draw East Asian "ambiguous" characters (“ ” · … ─ │ › ↑ █)
// two columns wide: a CJK locale's default in some terminals (iTerm2's
// "ambiguous characters are double-width", VTE's cjk-width, Windows Terminal
// in a CJK code page). Measured as one column, every line holding one of them
// runs past its box. In this mode the app measures them as two columns, and
// draws its own rules, gutters and bars with ASCII so that they keep their width.

import { setAmbiguousWide as measureAmbiguousWide } from '@plankb/terminal-text';

let wide = false;

/**
 * Measure ambiguous-width characters as two columns (or one, the default).
 *
 * Note: a module-level setting, not a context: `cellWidth` is a plain
 * function used everywhere, and Ink's own measuring (bundled with a shim of
 * get-east-asian-width, see tsup.config.ts) reads it too.
 *
 * @param on Whether the terminal draws them two columns wide.
 */
export function setAmbiguousWide(on: boolean): void {
  wide = on;
  measureAmbiguousWide(on);
  (globalThis as { __plankbAmbiguousWide?: boolean }).__plankbAmbiguousWide = on;
}

/** The app's drawing characters that are ambiguous, and their ASCII stand-ins. */
const STAND_IN: Readonly<Record<string, string>> = {
  '─': '-', '│': '|', '┌': '+', '└': '+', '›': '>', '↑': '^', '↓': 'v', '↺': '<',
  '█': '#', '▉': '#', '▊': '#', '▋': '#', '▌': '#', '▍': '#', '▎': '#', '▏': '#', '░': '.', '▾': 'v', '▸': '>',
};
const DRAWING = new RegExp(`[${Object.keys(STAND_IN).join('')}]`, 'g');

/**
 * The app's drawing characters replaced with ASCII when ambiguous characters are wide: a rule, a gutter mark or a bar keeps its width.
 *
 * @param text A line's text.
 * @returns The text, unchanged unless the mode is on.
 */
export function narrowDrawing(text: string): string {
  return wide ? text.replace(DRAWING, (c) => STAND_IN[c] ?? c) : text;
}

/**
 * Whether the environment asks for the mode: `PLANKB_AMBIGUOUS_WIDE=1`.
 *
 * @param env The environment.
 * @returns `true` for 1, true or yes.
 */
export function ambiguousWideWanted(env: Readonly<Record<string, string | undefined>>): boolean {
  return /^(1|true|yes)$/i.test(env.PLANKB_AMBIGUOUS_WIDE ?? '');
}
