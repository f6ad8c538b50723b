/**
 * The 最低賃金近傍 tests behind 通常枠's 2/3 rate, as data: which wages count, the share of
 * employees, and for 2026 the months (NEARMINWAGE's `rule` argument picks one).
 */
export interface Share {
  readonly n: number;
  readonly d: number;
}

const THIRTY_PERCENT: Share = { n: 3, d: 10 };

/**
 * デジタル化・AI導入補助金2026 (it2026.md §2.2): in each month of the window an employee counts when
 * A(month) ≤ wage < the 令和7年度 amount, A(month) being the highest rate in force during the
 * month; a month qualifies at ≥ 30% of that month's employees; ≥ 3 qualifying months.
 */
export const MONTHLY_2026 = {
  firstMonth: { y: 2024, m: 10 },
  months: 12,
  upperReiwa: 7,
  share: THIRTY_PERCENT,
  monthsNeeded: 3,
  source: 'it2026.md §2.2 (通常枠 交付規程 別表: 令和6年10月〜令和7年9月, 30%以上の月が3か月以上)',
} as const;

/** IT導入補助金2025 7次〜: ≥ 30% of the wages below the 令和7年度 amount (programs-2025.md §5.1). */
export const BELOW_R7_2025 = {
  upperReiwa: 7,
  share: THIRTY_PERCENT,
  source: 'programs-2025.md §5.1 (7次以降)',
} as const;

/**
 * IT導入補助金2025 1次–6次: ≥ 30% of the wages within 最低賃金 + 50円 (inclusive) of the rate in force
 * on the date, or of the 令和6年度 amount when no date is given (programs-2025.md §5.1).
 */
export const WITHIN_50_2025 = {
  margin: 50,
  defaultReiwa: 6,
  share: THIRTY_PERCENT,
  source: 'programs-2025.md §5.1 (1次–6次)',
} as const;

export type NearRuleId = 'monthly' | 'monthlyTable' | 'belowR7' | 'within50';

/** The names a user types for each rule; the first is shown in messages. Blank = the 2026 rule. */
export const NEAR_RULE_NAMES: Readonly<Record<NearRuleId, readonly string[]>> = {
  monthly: ['2026', '月次', 'monthly'],
  monthlyTable: ['2026表', '月次表', '2026table'],
  belowR7: ['7次', '7次以降', 'r7'],
  within50: ['1-6次', '1〜6次', '1~6次', '6次', '+50', '50円'],
};

export const DEFAULT_NEAR_RULE: NearRuleId = 'monthly';
