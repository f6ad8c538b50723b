/**
 * The shape of rule tables. A table holds every number of one program and fiscal year, each
 * with the section of ../shared/rules/ it comes from; the engine holds none of them.
 */
import type { Text } from '../errors/text';
import type { Rate } from '../money/rate';

/**
 * A calendar day, YYYY-MM-DD (tests check the form and that the day exists). Check dates are
 * days on which a person last confirmed a fact against a source (openfisca's
 * `last_value_still_valid_on`): they move only when someone checks again.
 */
export type IsoDay = `${number}-${number}-${number}`;

export type Size = 'small' | 'sme' | 'large';

/** Option keys the contract knows (their names and aliases: rules/options.ts). */
export type OptionKey =
  | 'processes' | 'wage' | 'minwage' | 'functions' | 'accounts' | 'taxIncluded' | 'method'
  | 'year' | 'round' | 'refDate'
  | 'discountSpread'
  // デジタル化・AI導入補助金2026 (it2026.md §2.4)
  | 'repeat'
  // 事業承継・M&A (programs-2025.md §1)
  | 'dd' | 'billion' | 'billionBasis' | 'loss' | 'marginDrop'
  // 省エネ (programs-2025.md §2)
  | 'advanced' | 'general' | 'smeInvest' | 'electrify' | 'nonFossil' | 'savingRate' | 'savingKl'
  // ものづくり グローバル枠 (programs-2025.md §3)
  | 'minwageSpecial' | 'employees';

/** A predicate on the scenario (size and options), so that tables choose values without code. */
export type Condition =
  | { readonly size: readonly Size[] }
  | { readonly option: OptionKey }
  | { readonly atLeast: readonly [OptionKey, number] }
  | { readonly equals: readonly [OptionKey, string] }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/** Alternatives tried in order; the first whose `when` holds (or that has none) applies. */
export type Choice<T> = readonly {
  readonly when?: Condition;
  readonly value: T;
  readonly source: string;
  /**
   * Shown in BREAKDOWN when this alternative is chosen: the band or rate that applies and what it
   * requires, for the scenarios that choose it (a band that reads differently by size is two
   * alternatives). The band to reach next is not written here: the engine words it (bands.ts).
   */
  readonly note?: Text;
}[];

/** One rate tier; `upTo` is cumulative (subsidy or cost, per the set's basis); null = no bound. */
export interface TierPart {
  readonly upTo: number | null;
  readonly rate: Rate;
}

export interface TierSet {
  /** `subsidy`: bounds are amounts of subsidy (インボイス【補足２】); `cost`: amounts of cost. */
  readonly basis: 'subsidy' | 'cost';
  readonly parts: readonly TierPart[];
}

export type CategoryId = string;

export interface CategoryRule {
  readonly id: CategoryId;
  readonly label: string;
  readonly names: readonly string[];
  /** Months of fees that count (third column of a quote line); more are prorated. */
  readonly maxMonths?: number;
  readonly source: string;
}

/** A cap on the cost of several categories together (役務 ≤ 200万円). */
export interface CostCap {
  readonly label: string;
  readonly categories: readonly CategoryId[];
  readonly max: number;
  readonly source: string;
}

export interface BucketRule {
  readonly id: string;
  readonly label: string;
  readonly categories: readonly CategoryId[];
  readonly tiers: Choice<TierSet>;
  readonly cap: Choice<number>;
  /** Costs multiplied by the `accounts` ratio option (電子取引類型). */
  readonly accountsRatio?: boolean;
  /** The bucket counts only when a line of one of these categories is present. */
  readonly requires?: {
    readonly categories: readonly CategoryId[];
    /** Why not, for CHECK. */
    readonly reason: Text;
    readonly source: string;
  };
}

/** 複数社連携: per-member (a) priced by another frame, (b) and (c) with group caps. */
export interface GroupRule {
  readonly memberFrame: string;
  readonly minMembers: number;
  /** Who may be a member (counted and priced): 中小企業・小規模事業者等. */
  readonly memberSizes: readonly Size[];
  readonly analysisRate: Rate;
  readonly analysisCapPerMember: number;
  readonly baseAndAnalysisCap: number;
  readonly otherRate: Rate;
  /** (c) may not exceed ((a)+(b)) × this (10% × 2/3). */
  readonly otherShare: Rate;
  readonly otherCap: number;
  readonly source: string;
}

/**
 * Something the user must be told when a scenario holds, without changing an amount (e.g. the
 * 返還 risk of a repeat applicant): CHECK's "OK (注意: …)" and a BREAKDOWN note.
 */
export interface Caution {
  readonly when: Condition;
  readonly text: Text;
  readonly source: string;
}

/** A scenario that makes the frame unavailable whatever the cost (e.g. 大企業 in 中小企業投資促進枠). */
export interface Exclusion {
  readonly when: Condition;
  readonly reason: Text;
  readonly source: string;
}

/** A numeric option that meets a requirement when at least `atLeast` (per `perCost` yen of cost if set). */
export interface Threshold {
  readonly option: OptionKey;
  readonly atLeast: number;
  readonly perCost?: number;
}

/**
 * A requirement met by any one threshold (省エネ要件). Checked when the user gives one of its
 * options; otherwise it is noted as unverified.
 */
export interface Requirement {
  readonly label: Text;
  readonly anyOf: readonly Threshold[];
  readonly source: string;
}

/**
 * A scenario the table refuses to price, because the figures it would take are not on record
 * (sources in conflict): an error that says why and what to use instead, never a number from
 * another year's figures that might overstate.
 */
export interface Refusal {
  readonly when: Condition;
  readonly message: Text;
  readonly source: string;
}

export interface FrameRule {
  /** Stable English id; never changes once shipped. */
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly aliases: readonly string[];
  readonly source: string;
  /** Sizes that may apply; others get AMOUNT 0 with a reason. */
  readonly sizes: readonly Size[];
  /** Options that mean something for this frame; others are ignored with a note. */
  readonly options: readonly OptionKey[];
  readonly requiredOptions?: readonly OptionKey[];
  /** Category a plain number cost is booked under. */
  readonly plainCategory: CategoryId;
  readonly buckets: readonly BucketRule[];
  readonly floor: Choice<number>;
  readonly group?: GroupRule;
  readonly exclusions?: readonly Exclusion[];
  readonly requirements?: readonly Requirement[];
  readonly cautions?: readonly Caution[];
  readonly refusals?: readonly Refusal[];
}

/**
 * A program or frame FRAMES lists without amounts: one with no amount of its own (新規輸出1万者
 * 支援プログラム), or one whose figures are not on record and must not be guessed (GXⅢ).
 */
export interface Listing {
  readonly name: string;
  readonly id: string;
  readonly description: string;
  /** Where it stands, e.g. 金額未確定のため未収録 (figures unconfirmed: not encoded). */
  readonly status: string;
  readonly source: string;
  /** Its rounds on record (締切), listed like a frame's. */
  readonly rounds?: readonly Round[];
  /** How its program names a round: 第N回 (新事業進出) or, by default, N次. */
  readonly roundNaming?: '第N回' | 'N次';
}

/**
 * One application round (公募回): its 締切 (17:00 unless the source says another hour) and the
 * planned dates after it. `source` cites the section of ../shared/rules that gives these dates
 * (a test reads them there: tests/core/rulesDocDates.ts) and ends with one confidence tag
 * ([確認]/[VENDOR]/[要確認], rules/confidence.ts); CHECK and DEADLINE say 要確認 for a round that is
 * not confirmed.
 */
export interface Round {
  readonly round: number;
  readonly deadline: string;
  readonly decision?: string;
  /** 事業実績報告期限. */
  readonly report?: string;
  readonly source: string;
  /** When these dates were last checked against a source (docs/rules.md). */
  readonly checkedOn: IsoDay;
}

/** Rounds shared by some frames of a table; only dates the rule notes give (none is invented). */
export interface RoundList {
  readonly frames: readonly string[];
  readonly rounds: readonly Round[];
}

export interface RuleTable {
  readonly programId: string;
  readonly program: string;
  readonly programEn: string;
  /** What users type for the program (FRAMES and COMPARE filters), besides `program`. */
  readonly programAliases: readonly string[];
  /** The program's year label (年度=…): 2025, 2026. */
  readonly fiscalYear: number;
  /** The table's name as answers cite it, e.g. デジタル化・AI導入補助金2026. */
  readonly title: string;
  /**
   * When the table answers: from `from` (its rules took effect) until the day before its
   * successor's `from` (null: the newest). Selection by date uses these (it2026.md §5).
   */
  readonly effective: { readonly from: string; readonly until: string | null; readonly source: string };
  readonly source: string;
  /** When the table's facts (figures, rounds, listings) were last checked against a source; never before any of its rounds' check dates. */
  readonly checkedOn: IsoDay;
  readonly schedule: readonly RoundList[];
  readonly categories: readonly CategoryRule[];
  readonly costCaps: readonly CostCap[];
  readonly frames: readonly FrameRule[];
  readonly listings?: readonly Listing[];
}
