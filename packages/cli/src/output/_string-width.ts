import { widthOf } from '@plankb/terminal-text';

/**
 * string-width's default export, for the bundle only: tsup.config.ts points
 * the `string-width` that yargs' help layout imports here, so that starting
 * the CLI does not build string-width's emoji patterns and an Intl segmenter.
 * Help text is ASCII and Chinese, which `widthOf` measures without them.
 *
 * @param text Any value; string-width counts 0 for a non-string.
 * @returns Its width in terminal columns.
 */
export default function stringWidth(text: unknown): number {
  return typeof text === 'string' ? widthOf(text) : 0;
}
