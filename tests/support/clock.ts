/**
 * The instant every test runs at unless it sets its own: 2026-06-01 12:00 in Tokyo (デジタル化・
 * AI導入補助金2026 in force, 2次〜5次 still open, 令和7年度 minimum wages in force).
 */
export const TEST_NOW = Date.parse('2026-06-01T12:00:00+09:00');
export const TEST_DAY = '2026-06-01';

/** The epoch milliseconds of noon in Tokyo on a YYYY-MM-DD day (a clock for one day). */
export function tokyoNoon(day: string): number {
  return Date.parse(`${day}T12:00:00+09:00`);
}

/** Source that fixes `Date.now` in a vm realm (Code.js reads the clock through it), run before the script. */
export function fixedNowPrelude(now: number = TEST_NOW): string {
  return `Date.now = function () { return ${now}; };`;
}
