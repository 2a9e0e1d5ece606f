// The app takes the rules it shares with core and the CLI from core: the calendar (isIsoDay, localToday), the
// typed-number grammar (readTypedNumber) and a target's themes (targetThemes). Each case is one where the app's
// own copy differed.
import { localToday } from '@plankb/core';
import { readStore } from '@plankb/core/track';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Targets } from '../src/screens/Targets.js';
import { KEY, renderWithProviders, tempStore } from './render.js';

afterEach(cleanup);

async function record(value: string, day: string, store?: string) {
  const app = renderWithProviders(<Targets active width={100} height={28} />, store ? { storeDir: store } : {});
  await app.waitFor('数据中心标准机架总数');
  // The compute theme (算力) holds Qingdao's rack target, in 架.
  await app.press('f');
  await app.waitFor('Show targets of which theme?');
  await app.type('j');
  await app.waitFor(/›算力/);
  await app.press(KEY.enter);
  await app.waitFor('Theme: 算力');
  await app.press('o');
  await app.waitFor('Record an observation');
  await app.type(value);
  // The date field starts at the assessment date (2025-07-01): keep its year.
  await app.press(KEY.tab, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace);
  await app.type(day);
  await app.press(KEY.enter);
  return app;
}

describe('the rules the app takes from core', () => {
  it('should refuse a day that does not exist, which Date.parse took for 2 March', async () => {
    const app = await record('6.3万', '02-30');
    await app.waitFor('The date must be YYYY-MM-DD.');
  });

  it("should refuse a hexadecimal value, which the app's own reading took for a number", async () => {
    const app = await record('0x10', '06-20');
    await app.waitFor('The value must be a number');
  });

  it("should read the target's unit after the number, as the CLI's grammar now does", async () => {
    const store = tempStore();
    const app = await record('6.3万架', '06-20', store);
    await app.waitFor(/97%/);
    expect(readStore(store).observations[0]).toMatchObject({ target: 'qingdao-2025:tg6', value: 63000, unit: '架', date: '2025-06-20' });
  });

  it("should assess as of the user's local day when no date is given", () => {
    const now = new Date();
    expect(localToday(now)).toBe(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`);
  });
});
