import { toHalfWidthDigits } from '../_utils/chinese-numerals.js';

// A number as a person types it for an observation, in the CLI (`plankb track record <target> 6.3万`) or in the
// app's form: one grammar for both. It is stricter than the parser's reading of quantities in a plan's text: what
// is typed is a value, so anything but the number, its magnitude and the target's own unit is a mistake to show,
// not text to skip.

const MAGNITUDE: Readonly<Record<string, number>> = { 万: 4, 亿: 8, 万亿: 12 };
const TYPED = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))(?:e([-+]?\d+))?(万亿|亿|万)?$/i;

/**
 * Read a typed number: `63000`, `63,000`, `63 000`, `6.3万`, `1.2亿`, `1.5e3`, full-width digits, and the
 * target's unit after it (`6.3万架`, `35%`).
 *
 * @param text What was typed.
 * @param unit The target's unit, which may follow the number.
 * @returns The number, or `null` when the text is not one (`abc`, `0x10`, `6.3千万`, `12架` for a unit of 个).
 */
export function readTypedNumber(text: string, unit: string | null = null): number | null {
  let plain = toHalfWidthDigits(text).replace(/[,，_\s]/g, '');
  const ownUnit = unit?.replace(/\s/g, '') ?? '';
  if (ownUnit !== '' && plain.length > ownUnit.length && plain.endsWith(ownUnit)) plain = plain.slice(0, -ownUnit.length);
  const m = TYPED.exec(plain);
  if (!m) return null;
  // Note: the magnitude moves the exponent instead of multiplying, so 0.07万 is 700, not 700.0000000000001.
  const exponent = Number(m[2] ?? 0) + (m[3] ? (MAGNITUDE[m[3]] ?? 0) : 0);
  const value = Number(`${m[1]}e${exponent}`);
  return Number.isFinite(value) ? value : null;
}
