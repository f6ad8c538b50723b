/**
 * "Today" as the product means it: the calendar day in Asia/Tokyo (it2026.md §5: the default
 * rule table is the newest one in force today). Every reading of the current date goes through
 * `today()`, so a test, or a server that prices as of a fixed day, can set the clock once.
 */
import { tokyoIsoDate } from './tokyoDate';

type Clock = () => number;

const systemClock: Clock = () => Date.now();
let clock: Clock = systemClock;
let lastMs = Number.NaN;
let lastDay = '';

/** Milliseconds since the epoch → its Tokyo day; cached, since bulk calls ask once per row. */
export function today(): string {
  const ms = clock();
  if (ms !== lastMs) {
    lastMs = ms;
    lastDay = tokyoIsoDate(ms);
  }
  return lastDay;
}

/** Replaces the clock (a function returning epoch milliseconds); null restores the system clock. */
export function setClock(next: Clock | null): void {
  clock = next ?? systemClock;
  lastMs = Number.NaN;
}
