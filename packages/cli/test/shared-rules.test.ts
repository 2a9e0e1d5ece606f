// The CLI takes the rules it shares with core and the app from core: the calendar (isIsoDay, localToday), the
// typed-number grammar (readTypedNumber) and the metadata fields. Each case is one where the CLI's own copy
// differed from the others.
import { METADATA_FIELDS } from '@plankb/core';
import { describe, expect, it } from 'vitest';
import { dateArg, numberArg } from '../src/commands/track/_shared.js';
import { trackMessages } from '../src/i18n-track.js';
import { runCli } from './helpers.js';

const t = trackMessages('en');

describe('the rules the CLI takes from core', () => {
  it('should refuse a day that does not exist in `tui --as-of`, which Date.parse took for 2 March', async () => {
    const { code, stderr } = await runCli(['tui', '--as-of', '2025-02-30']);
    expect(code).not.toBe(0);
    expect(stderr).toContain('--as-of must be a date as YYYY-MM-DD, not 2025-02-30');
  });

  it('should check --date on the one calendar and default it to the local day', () => {
    expect(dateArg('2024-02-29', '--date', t)).toBe('2024-02-29');
    expect(() => dateArg('2025-02-30', '--date', t)).toThrow(/2025-02-30/);
    const now = new Date();
    expect(dateArg(undefined, '--date', t)).toBe(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`);
  });

  it("should read a typed number with the app's grammar", () => {
    expect(numberArg('6.3万', t)).toBe(63000);
    expect(numberArg('0.07万', t)).toBe(700);
    expect(numberArg('2.5万亿', t)).toBe(2.5e12);
    expect(() => numberArg('0x10', t)).toThrow();
  });

  it("should show a document's metadata in the order of core's list", async () => {
    const { stdout } = await runCli(['show', 'qingdao-2025']);
    const labels = ['Title', 'Kind', 'Status', 'Region'];
    const at = labels.map((label) => stdout.indexOf(`${label}`));
    expect(at.every((n) => n >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(METADATA_FIELDS.slice(0, 4)).toEqual(['title', 'kind', 'status', 'region']);
  });
});
