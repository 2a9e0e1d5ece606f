// The calendar rules of the model's dates, in one place: a date in the model,
// a manifest or a track store is an ISO day (YYYY-MM-DD) that exists, a
// deadline "by the end of a month" (6月底) is that month's last day, and
// "today" is the user's local calendar day. The parser (parse/dates.ts,
// text/deadline.ts), the track store, the CLI and the app all take them from
// here: no other module checks a day or counts a month's days.

/**
 * Days in a month of a year (Gregorian, leap years included).
 *
 * @param year The year.
 * @param month The month, 1 to 12.
 * @returns 28 to 31.
 */
export function daysInMonth(year: number, month: number): number {
  // Note: day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The last day of a month as an ISO day (2023, 11 → 2023-11-30).
 *
 * @param year The year.
 * @param month The month, 1 to 12.
 * @returns The day, `YYYY-MM-DD`.
 */
export function endOfMonth(year: number, month: number): string {
  return dayText(year, month, daysInMonth(year, month));
}

function dayText(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A day as an ISO day, if it exists (2024, 2, 29 → 2024-02-29; 2025, 2, 30 → `null`).
 *
 * @param year The year.
 * @param month The month, 1 to 12.
 * @param day The day of the month.
 * @returns The day, `YYYY-MM-DD`, or `null` when there is no such day.
 */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayText(year, month, day);
}

/**
 * Today as the user's calendar shows it: the local date, not UTC's. A planner
 * in Beijing recording a figure at 07:00 on 1 July means 1 July, which UTC
 * still calls 30 June; "due today" and "as of today" are days of the user's
 * calendar. Every default of "today" (an observation's date, `--as-of`, the
 * app's assessment date) comes from here.
 *
 * @param now The moment (the clock's by default).
 * @returns The local day, `YYYY-MM-DD`.
 */
export function localToday(now: Date = new Date()): string {
  return dayText(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Whether a string is a real day in `YYYY-MM-DD` form: 2024-02-29 is, 2025-02-30 and 2025-2-3 are not.
 *
 * @param text The string.
 * @returns `true` for a real ISO day.
 */
export function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}
