// How the CLI writes a number and a figure (`63,000`, `> 65,000 架`, `~2,500 个`): one format for the figure tables,
// plan diffs, the cascade and the track commands.

// Note: made on first use: an Intl object takes milliseconds to make, which commands that print no figure should not pay.
let number: Intl.NumberFormat | undefined;

/**
 * A value as a reader writes it: 63,000; at most four decimals.
 *
 * @param value The number.
 * @returns The text.
 */
export function numberText(value: number): string {
  return (number ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 })).format(value);
}

/**
 * A figure as a reader writes it: `> 65,000 架`, `~2,500 个`.
 *
 * @param value The number.
 * @param unit Its unit, if any.
 * @param comparator Its comparator (`=` is not written).
 * @param approx Whether it is approximate.
 * @returns The text.
 */
export function figureText(value: number, unit: string | null, comparator: string | null, approx: boolean): string {
  return `${comparator && comparator !== '=' ? `${comparator} ` : ''}${approx ? '~' : ''}${numberText(value)}${unit === null ? '' : ` ${unit}`}`;
}
