import { toHalfWidthDigits } from '../_utils/chinese-numerals.js';

/**
 * Scale a decimal written as text by a power of ten without floating-point
 * error: `6.5` × 10⁴ is 65000 and `44.06` × 10⁸ is 4406000000, exactly.
 * The digits are shifted as text and parsed once, so the result is the
 * double nearest the true value.
 *
 * @param digits A decimal such as `6.5`, `1,234.5` or `2 9 0 0` (full-width digits and spaced digits allowed).
 * @param power The power of ten to scale by (4 for 万, 8 for 亿).
 * @returns The scaled value.
 */
export function scaleDecimal(digits: string, power: number): number {
  // Note: plain ASCII digits (2025, 500: most numbers read) need no cleaning; leading zeros do not change the value read.
  if (isAsciiDigits(digits)) return Number(`${digits}e${power}`);
  const clean = toHalfWidthDigits(digits).replace(/[,，\s]/g, '').replace('．', '.');
  const [whole = '0', fraction = ''] = clean.split('.');
  const mantissa = `${whole}${fraction}`.replace(/^0+(?=\d)/, '');
  return Number(`${mantissa}e${power - fraction.length}`);
}

function isAsciiDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
