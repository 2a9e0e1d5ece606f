// The calendar rules of the model's dates, in one place: a date in the model,
// a manifest or a track store is an ISO day (YYYY-MM-DD) that exists, and a
// deadline "by the end of a month" (6月底) is that month's last day.

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
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
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
