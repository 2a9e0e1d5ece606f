// The calendar rules (model/dates.ts), and the places that take them from there:
// the manifest, the track store and the deadlines of targets.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outdent } from 'outdent';
import { afterAll, describe, expect, it } from 'vitest';
import { readManifest } from '../src/corpus/manifest.js';
import { daysInMonth, endOfMonth, isIsoDay, isoDate, localToday } from '../src/model/dates.js';
import { findDate } from '../src/parse/dates.js';
import { observationEntry } from '../src/track/record.js';
import { parseDocument } from '../src/pipeline/parse-document.js';
import { ObservationEntrySchema } from '../src/track/entries.js';

describe('daysInMonth and endOfMonth', () => {
  it('should count the days of each month, February by the leap-year rule', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([2024, 2000, 1900, 2100].map((y) => daysInMonth(y, 2))).toEqual([29, 29, 28, 28]);
  });

  it('should give the last day of a month as an ISO day', () => {
    expect(endOfMonth(2023, 11)).toBe('2023-11-30');
    expect(endOfMonth(2024, 2)).toBe('2024-02-29');
    expect(endOfMonth(2025, 6)).toBe('2025-06-30');
  });
});

describe('isIsoDay', () => {
  it('should accept real days in YYYY-MM-DD form', () => {
    expect(['2025-01-01', '2024-02-29', '2025-12-31', '2000-02-29'].every(isIsoDay)).toBe(true);
  });

  it('should refuse days that do not exist and other forms', () => {
    for (const text of ['2025-02-29', '2025-02-30', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '1900-02-29', '2025-2-3', '2025/02/03', '20250203', '2025-02-03T00:00:00Z', ' 2025-02-03', '']) {
      expect(isIsoDay(text), text).toBe(false);
    }
  });
});

describe('isoDate', () => {
  it('should give a day that exists and null for one that does not', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2025, 2, 29)).toBeNull();
    expect(isoDate(2025, 4, 31)).toBeNull();
    expect(isoDate(2025, 13, 1)).toBeNull();
    // The parser's copy formatted a year it could not read as "NaN-03-01".
    expect(isoDate(Number.NaN, 3, 1)).toBeNull();
    expect(isoDate(2025, 3, 1.5)).toBeNull();
  });

  it('should be the calendar the parser reads dates with: 2025年2月30日 is no date', () => {
    expect(findDate('印发日期：2025年2月28日')?.iso).toBe('2025-02-28');
    expect(findDate('印发日期：2025年2月30日')).toBeNull();
  });
});

describe('localToday', () => {
  // The CLI took the local date and core and the app UTC's: at 07:00 in Beijing on 1 July, UTC's date is 30 June.
  const zone = process.env.TZ;
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("should be the user's local calendar day, not UTC's", () => {
    process.env.TZ = 'Asia/Shanghai';
    const morning = new Date('2025-06-30T23:00:00Z');
    expect(morning.toISOString().slice(0, 10)).toBe('2025-06-30');
    expect(localToday(morning)).toBe('2025-07-01');
    process.env.TZ = 'America/New_York';
    expect(localToday(new Date('2025-07-01T02:00:00Z'))).toBe('2025-06-30');
  });

  it("should date an observation recorded without a date on the user's day", () => {
    process.env.TZ = 'Asia/Shanghai';
    const target = { id: 'a:tg1', docId: 'a', metric: '标准机架', unit: '个' } as Parameters<typeof observationEntry>[0]['target'];
    const entry = observationEntry({ target, value: 1, by: 'me', now: new Date('2025-06-30T23:00:00Z') });
    expect(entry.date).toBe('2025-07-01');
  });
});

describe('the rule where it is used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plankb-dates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should refuse a manifest whose date does not exist, as the track store does', () => {
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ id: 'a', file: 'a.txt', date: '2025-02-30' }] }));
    expect(() => readManifest(dir)).toThrow(/documents\.0\.date: dates are real days, YYYY-MM-DD/);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ id: 'a', file: 'a.txt', date: '2024-02-29' }] }));
    expect(readManifest(dir)?.documents[0]?.date).toBe('2024-02-29');
    const entry = { type: 'observation', id: 'o1', target: 'a:tg1', docId: 'a', metric: '标准机架', value: 1, unit: '个', date: '2024-02-29', role: 'observation', source: null, note: null, recordedBy: 'me', recordedAt: '2025-03-01T00:00:00.000Z', supersedes: null };
    expect(ObservationEntrySchema.safeParse(entry).success).toBe(true);
    expect(ObservationEntrySchema.safeParse({ ...entry, date: '2025-02-30' }).success).toBe(false);
  });

  it("should date a target due by a month's end on that month's last day", () => {
    const text = outdent`
      某某区2024年数据工作要点

      一、重点任务
      （一）建设算力设施。到2024年2月底，建成标准机架500个。
      （二）推进数据共享。到2025年11月底，开放数据集不少于100个。
    `;
    const [doc] = parseDocument(text, { file: 'dates.txt' }).documents;
    expect(doc?.targets.map((t) => t.deadline)).toEqual([
      { year: 2024, date: '2024-02-29' },
      { year: 2025, date: '2025-11-30' },
    ]);
  });
});
