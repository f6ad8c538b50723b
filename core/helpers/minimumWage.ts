/**
 * MINWAGE(prefecture, [date]): the 地域別最低賃金 in force on a date, today (Asia/Tokyo) when omitted
 * (minimum-wage.md; rules/README.md "地域別最低賃金").
 */
import { isBlank } from '../input/normalizeText';
import { parseDate } from '../input/parseDate';
import { today } from '../time/clock';
import { prefectureOf, wageOn } from './wageSeries';

// contract/helpers.ts imports both functions from here; NEARMINWAGE has its own file

export function minimumWage(prefecture: unknown, date: unknown): number {
  const p = prefectureOf(prefecture);
  return wageOn(p, isBlank(date) ? today() : parseDate(date));
}
