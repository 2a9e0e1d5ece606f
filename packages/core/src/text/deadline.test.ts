import { describe, expect, it } from 'vitest';
import { isDeadlineText, readDeadline, resolveDeadline } from './deadline.js';

// One grammar for "is this a deadline" and "which day is it". Before, a table cell's test and the resolver were
// two grammars: each case below is one where they disagreed.
describe('the deadline grammar', () => {
  it.each([
    // The cell test refused these, which the resolver dated.
    ['年末前', '2023-12-31'],
    ['2023年全年', '2023-12-31'],
    ['2023年年末', '2023-12-31'],
    ['2024年年内', '2024-12-31'],
    // The cell test took these, which the resolver could not date.
    ['上半年末', '2023-06-30'],
    ['2024年下半年底', '2024-12-31'],
    // Both, as before.
    ['9月底', '2023-09-30'],
    ['2023年12月31日前', '2023-12-31'],
    ['第三季度', '2023-09-30'],
    ['2月底', '2023-02-28'],
    ['2024年2月底前', '2024-02-29'],
    ['6月中旬', '2023-06-20'],
    ['2025年', '2025-12-31'],
    ['2022年底前', '2022-12-31'],
  ])('should take %s as a deadline on %s', (text, iso) => {
    expect(isDeadlineText(text)).toBe(true);
    expect(resolveDeadline(text, 2023)).toBe(iso);
  });

  it('should date a deadline followed by what is to be done by then, which is not a deadline cell', () => {
    expect(resolveDeadline('9月底前完成', 2023)).toBe('2023-09-30');
    expect(resolveDeadline('2023年底前完成', null)).toBe('2023-12-31');
    expect(isDeadlineText('9月底前完成')).toBe(false);
  });

  it('should refuse what only looks like a deadline', () => {
    // The resolver dated a bare 底 or 前 on 31 December of the plan's year.
    for (const text of ['底', '前', '2023年以来', '区大数据中心', '13月底']) {
      expect(isDeadlineText(text), text).toBe(false);
      expect(resolveDeadline(text, 2023), text).toBeNull();
    }
    // A day that does not exist.
    expect(resolveDeadline('2月30日', 2023)).toBeNull();
  });

  it('should keep open-ended deadlines without a date, and need a year for the others', () => {
    expect(readDeadline('持续推进')?.reading).toEqual({ kind: 'open' });
    expect(isDeadlineText('长期坚持')).toBe(true);
    expect(resolveDeadline('长期', 2023)).toBeNull();
    expect(resolveDeadline('9月底', null)).toBeNull();
  });

  it('should date a span of years at the end of its last year, and a date written with dots at its day', () => {
    // Note: a three-year plan's task table writes the whole span in its 完成时限 column; a spreadsheet writes dates with dots.
    for (const [text, iso] of [
      ['2025—2027年', '2027-12-31'],
      ['2024-2026年', '2026-12-31'],
      ['2025年至2027年底', '2027-12-31'],
      ['2025.12', '2025-12-31'],
      ['2025.6.30', '2025-06-30'],
      ['2025/9前', '2025-09-30'],
      // A span of months ends with its last month (the time a campaign runs, in a task list's 完成时限).
      ['2025年1月—12月', '2025-12-31'],
      ['2025年3—6月', '2025-06-30'],
      ['2025年10月至2026年3月', '2026-03-31'],
    ]) {
      expect(isDeadlineText(text as string), text).toBe(true);
      expect(resolveDeadline(text as string, 2023), text).toBe(iso);
    }
  });

  it('should take the recurring times of a task table as deadlines without a date', () => {
    for (const text of ['每季度', '每年', '每半年', '常态化推进', '逐年推进', '分年度推进']) {
      expect(isDeadlineText(text), text).toBe(true);
      expect(resolveDeadline(text, 2023), text).toBeNull();
    }
  });

  it('should take no decimal, backward span or figure for a dotted date or a span', () => {
    for (const text of ['2025.5亿元', '2025.13', '2027—2025年', '2025-2027', '每年新增学位1000个']) {
      expect(isDeadlineText(text), text).toBe(false);
    }
    expect(resolveDeadline('2025.5亿元', 2023)).toBeNull();
  });
});
