import { describe, expect, it } from 'vitest';
import { readTypedNumber } from './typed-number.js';

// The one grammar of a typed number. Before it, the CLI read 6.3万 and 1e3 but not 6.3万架, and the app read
// 0x10 as 16 and took the first quantity of any text (63000abc); each case below is one where they differed.
describe('readTypedNumber', () => {
  it.each([
    ['63000', null, 63000],
    ['63,000', null, 63000],
    ['63，000', null, 63000],
    ['63 000', null, 63000],
    ['6.3万', null, 63000],
    ['1.2亿', null, 120000000],
    ['2.5万亿', null, 2.5e12],
    ['0.07万', null, 700],
    ['-3.5', null, -3.5],
    ['+12', null, 12],
    ['.5', null, 0.5],
    ['1.5e3', null, 1500],
    ['６．３万', null, 63000],
    ['6.3万架', '架', 63000],
    ['35%', '%', 35],
    ['120 亿元', '亿元', 120],
  ])('should read %s (unit %s) as %d', (text, unit, value) => {
    expect(readTypedNumber(text, unit)).toBe(value);
  });

  it.each([
    ['', null],
    ['abc', null],
    ['0x10', null],
    ['63000abc', null],
    ['6.3千万', null],
    ['12架', '个'],
    ['架', '架'],
    ['1e400', null],
    ['Infinity', null],
  ])('should refuse %s (unit %s)', (text, unit) => {
    expect(readTypedNumber(text, unit)).toBeNull();
  });
});
