import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import ownStringWidth from '../src/output/_string-width.js';

// The bundle gives yargs' help layout terminal-text's widthOf in place of string-width (tsup.config.ts).
describe('the string-width of the bundle', () => {
  it('should measure as string-width does, and count a non-string as 0', () => {
    expect(ownStringWidth('Options: 选项：')).toBe(stringWidth('Options: 选项：'));
    expect(ownStringWidth(undefined)).toBe(0);
  });
});
