/**
 * Calendar days in Asia/Tokyo (UTC+9, no daylight saving), whatever the machine's zone: the
 * programs' dates are Japanese dates, and every build must show the same day.
 */
export const DAY_MS = 86_400_000;
export const TOKYO_OFFSET_MS = 9 * 3_600_000;

export function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The Tokyo calendar day of an instant, as YYYY-MM-DD. */
export function tokyoIsoDate(ms: number): string {
  const d = new Date(ms + TOKYO_OFFSET_MS);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A calendar day as a Date at 00:00 in Asia/Tokyo (what Sheets shows as that day). */
export function tokyoMidnight(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - TOKYO_OFFSET_MS);
}
