/**
 * NEARMINWAGE(prefecture, wages, [date], [rule]): the 最低賃金近傍 condition of 通常枠's 2/3 rate.
 * Default: the 2026 monthly rule (it2026.md §2.2) on a table of 12 months, TRUE/FALSE or, with
 * rule 2026表, the month-by-month table; `7次` and `1-6次` are IT導入補助金2025's rules
 * (programs-2025.md §5.1). The rules' numbers live in core/rules/minwage/nearRules.ts.
 */
import { IthojoError } from '../errors/IthojoError';
import { HELPER_MSG } from '../errors/helperMessages';
import { isBlank, normalizeKey } from '../input/normalizeText';
import { parseDate } from '../input/parseDate';
import { compare, frac, sub, type Frac } from '../money/exact';
import {
  BELOW_R7_2025, DEFAULT_NEAR_RULE, MONTHLY_2026, NEAR_RULE_NAMES, WITHIN_50_2025, type NearRuleId, type Share,
} from '../rules/minwage/nearRules';
import type { PrefectureWages } from '../rules/minwage/series';
import { amountOfYear, highestBetween, prefectureOf, wageOn } from './wageSeries';
import { monthsFrom, readMonthlyTable, readWageList, type Month } from './wageTable';
import { lazy } from '../lazy';

const ruleByName = lazy(() => {
  const m = new Map<string, NearRuleId>();
  for (const [id, names] of Object.entries(NEAR_RULE_NAMES) as [NearRuleId, readonly string[]][]) {
    for (const n of names) m.set(normalizeKey(n), id);
  }
  return m;
});

function ruleOf(value: unknown): NearRuleId {
  if (isBlank(value)) return DEFAULT_NEAR_RULE;
  const id = typeof value === 'string' || typeof value === 'number' ? ruleByName().get(normalizeKey(String(value))) : undefined;
  if (!id) throw new IthojoError(HELPER_MSG.unknownNearRule(value, Object.values(NEAR_RULE_NAMES).map((names) => names[0])));
  return id;
}

/** counted / of ≥ share, in integers (3 of 10 is exactly 30%). */
function atLeast(counted: number, of: number, share: Share): boolean {
  return of > 0 && counted * share.d >= of * share.n;
}

const monthsWindow = lazy(() => monthsFrom(MONTHLY_2026.firstMonth, MONTHLY_2026.months));

export interface MonthResult {
  readonly month: Month;
  /** The highest rate in force during the month (inclusive lower bound). */
  readonly low: number;
  /** The 令和7年度 rate (exclusive upper bound). */
  readonly high: number;
  readonly employees: number;
  readonly counted: number;
  readonly qualifies: boolean;
}

/** it2026.md §2.2, month by month. */
function monthlyResults(p: PrefectureWages, table: readonly (Frac | null)[][]): MonthResult[] {
  const high = amountOfYear(p, MONTHLY_2026.upperReiwa);
  const highF = frac(high);
  return monthsWindow().map((month, k) => {
    const low = highestBetween(p, month.firstDay, month.lastDay);
    const lowF = frac(low);
    let employees = 0;
    let counted = 0;
    for (const row of table) {
      const w = row[k];
      if (w === null) continue;
      employees++;
      if (compare(w, lowF) >= 0 && compare(w, highF) < 0) counted++;
    }
    return { month, low, high, employees, counted, qualifies: atLeast(counted, employees, MONTHLY_2026.share) };
  });
}

const TABLE_HEADER = [
  '月 (month)', '最低賃金・その月の最高額 (minimum wage, highest in the month)', `上限: 令和${MONTHLY_2026.upperReiwa}年度の額 (未満) (upper bound, exclusive)`,
  '従業員数 (employees)', '該当者数 (counted)', '割合 (share)', '該当月 (qualifies)',
];

/** The month-by-month answer, so an accountant sees why (rule 2026表). */
function monthlyTable(results: readonly MonthResult[], passed: boolean): (string | number | boolean)[][] {
  const blank = ['', '', '', '', ''];
  return [
    [...TABLE_HEADER],
    ...results.map((r) => [r.month.label, r.low, r.high, r.employees, r.counted, r.employees > 0 ? r.counted / r.employees : '', r.qualifies]),
    ['該当月数 (qualifying months)', ...blank, results.filter((r) => r.qualifies).length],
    [`判定: ${MONTHLY_2026.monthsNeeded}か月以上で該当 (result: ${MONTHLY_2026.monthsNeeded} or more months)`, ...blank, passed],
    ['出典 (source)', MONTHLY_2026.source, '', '', '', '', ''],
  ];
}

function belowR7(p: PrefectureWages, wages: readonly Frac[]): boolean {
  const upper = frac(amountOfYear(p, BELOW_R7_2025.upperReiwa));
  const near = wages.filter((w) => compare(w, upper) < 0).length;
  return atLeast(near, wages.length, BELOW_R7_2025.share);
}

function within50(p: PrefectureWages, wages: readonly Frac[], day: string | null): boolean {
  const min = frac(day === null ? amountOfYear(p, WITHIN_50_2025.defaultReiwa) : wageOn(p, day));
  const margin = frac(WITHIN_50_2025.margin);
  const near = wages.filter((w) => {
    const over = sub(w, min);
    return compare(over, frac(0)) >= 0 && compare(over, margin) <= 0;
  }).length;
  return atLeast(near, wages.length, WITHIN_50_2025.share);
}

export function nearMinimumWage(prefecture: unknown, wages: unknown, date: unknown, rule: unknown): boolean | (string | number | boolean)[][] {
  const p = prefectureOf(prefecture);
  const id = ruleOf(rule);
  // read even where the rule does not use it: a bad date is an error, never ignored
  const day = isBlank(date) ? null : parseDate(date);
  if (id === 'belowR7') return belowR7(p, readWageList(wages));
  if (id === 'within50') return within50(p, readWageList(wages), day);
  const results = monthlyResults(p, readMonthlyTable(wages, monthsWindow()));
  const passed = results.filter((r) => r.qualifies).length >= MONTHLY_2026.monthsNeeded;
  return id === 'monthlyTable' ? monthlyTable(results, passed) : passed;
}
