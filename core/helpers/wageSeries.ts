/**
 * The dated minimum-wage series as MINWAGE and NEARMINWAGE read it: prefectures by name, the
 * amount in force on a day, the highest in a span of days, the amount of a 年度.
 */
import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { HELPER_MSG } from '../errors/helperMessages';
import { normalizeKey } from '../input/normalizeText';
import { DATA_ENDS, MINIMUM_WAGES, type PrefectureWages } from '../rules/minwage/series';
import { lazy } from '../lazy';

/** The names a user types for a prefecture: 東京都, 東京, Tokyo, Tokyo-to (北海道 has no short form). */
export function prefectureNames(p: PrefectureWages): string[] {
  const suffix = /[都府県]$/.exec(p.name)?.[0];
  if (!suffix) return [p.name, p.en];
  const romaji = suffix === '都' ? 'to' : suffix === '府' ? 'fu' : 'ken';
  return [p.name, p.name.slice(0, -1), p.en, `${p.en}-${romaji}`];
}

const byName = lazy(() => {
  const m = new Map<string, PrefectureWages>();
  for (const p of MINIMUM_WAGES) for (const n of prefectureNames(p)) m.set(normalizeKey(n), p);
  return m;
});

export function prefectureOf(value: unknown): PrefectureWages {
  const p = typeof value === 'string' ? byName().get(normalizeKey(value)) : undefined;
  if (!p) throw new IthojoError(HELPER_MSG.unknownPrefecture(value));
  return p;
}

/** The amount in force on an ISO day; outside the data (before the first row, from DATA_ENDS) an error. */
export function wageOn(p: PrefectureWages, day: string): number {
  if (day >= DATA_ENDS.date) throw new IthojoError(HELPER_MSG.minwageAfterData(day, DATA_ENDS.date));
  const revisions = p.revisions;
  for (let i = revisions.length - 1; i >= 0; i--) if (day >= revisions[i].from) return revisions[i].amount;
  throw new IthojoError(HELPER_MSG.minwageBeforeData(day, p.name, revisions[0].from));
}

/**
 * The highest amount in force on any day from `first` to `last` (ISO, inclusive): the one in
 * force on `first`, or a revision that took effect within the span. Max, not the last day's
 * value, so the answer does not rest on the series increasing.
 */
export function highestBetween(p: PrefectureWages, first: string, last: string): number {
  let best = wageOn(p, first);
  wageOn(p, last); // the span must be inside the data too
  for (const r of p.revisions) if (r.from > first && r.from <= last && r.amount > best) best = r.amount;
  return best;
}

/** The amount of a 年度 (令和 `reiwa`), whatever its effective date. */
export function amountOfYear(p: PrefectureWages, reiwa: number): number {
  const r = p.revisions.find((x) => x.year.reiwa === reiwa);
  // every prefecture has R6–R8 (tests/core/minwage.test.ts), so this is a data error, not input
  if (!r) throw new IthojoError(MSG.internal(`${p.name}: no 令和${reiwa}年度 minimum wage`));
  return r.amount;
}
