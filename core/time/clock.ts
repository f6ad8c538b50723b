/**
 * "Today" as the product means it: the calendar day in Asia/Tokyo (it2026.md §5: the default
 * rule table is the newest one in force today). Every reading of the current date goes through
 * `today()`, so a test, or a server that prices as of a fixed day, can set the clock once.
 */
import { IthojoError } from '../errors/IthojoError';
import { bi } from '../errors/text';
import { tokyoIsoDate } from './tokyoDate';

type Clock = () => number;

/** The largest instant a Date holds (ECMA-262 time values: ±8.64e15 ms). */
const MAX_TIME = 8.64e15;

const systemClock: Clock = () => Date.now();
let clock: Clock = systemClock;
let lastMs = Number.NaN;
let lastDay = '';

/** A clock must give an instant: a finite number of epoch milliseconds a Date can hold. */
function instantOf(ms: unknown): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || Math.abs(ms) > MAX_TIME) {
    throw new IthojoError(bi(
      `時計が時刻を返しません: 「${String(ms).slice(0, 40)}」。setClock にはエポックからのミリ秒 (例: Date.parse("2026-12-07T09:00:00+09:00")) を返す関数を渡してください`,
      `the clock gave no time: "${String(ms).slice(0, 40)}"; setClock takes a function returning epoch milliseconds`,
    ));
  }
  return ms;
}

/** Milliseconds since the epoch → its Tokyo day; cached, since bulk calls ask once per row. */
export function today(): string {
  const ms = instantOf(clock());
  if (ms !== lastMs) {
    lastMs = ms;
    lastDay = tokyoIsoDate(ms);
  }
  return lastDay;
}

/**
 * Replaces the clock (a function returning epoch milliseconds); null restores the system clock.
 * A clock that does not give a time (NaN, a string, a Date) is refused here, not found out by
 * every dated answer naming the day "0NaN-NaN-NaN".
 */
export function setClock(next: Clock | null): void {
  if (next !== null && typeof next !== 'function') {
    throw new IthojoError(bi('setClock には関数か null を渡してください', 'setClock takes a function or null'));
  }
  if (next) instantOf(next());
  clock = next ?? systemClock;
  lastMs = Number.NaN;
}
