/**
 * A plan is a frame's rules resolved for one size and option set: the tiers, caps and floor
 * that apply, and why. Plans depend only on the three texts, so a bulk call builds each
 * distinct one once (planCache.ts) and prices every row with it.
 */
import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { isBlank } from '../input/normalizeText';
import { parseOptions, type Options } from '../input/parseOptions';
import { parseSize, type SizeInput } from '../input/parseSize';
import { frac, type Frac } from '../money/exact';
import { OPTION_DEFS } from '../rules/options';
import { frameNames, lookupFrame } from '../rules/registry';
import { DEADLINES } from '../rules/schedules';
import { SIZE_LABELS } from '../rules/sizes';
import type { BucketRule, FrameRule, OptionKey, RuleTable, TierSet } from '../rules/types';
import { choose, holds, type Scenario } from './conditions';
import type { BucketResult } from './evaluate';

export interface BucketPlan {
  readonly rule: BucketRule;
  readonly tiers: TierSet;
  readonly cap: number;
  readonly source: string;
  readonly notes: readonly string[];
  /** The bucket's result when it has no cost, shared by every row of a bulk call. */
  readonly empty: BucketResult;
}

export interface Plan {
  readonly table: RuleTable;
  readonly frame: FrameRule;
  readonly size: SizeInput;
  readonly options: Options;
  readonly scenario: Scenario;
  readonly buckets: readonly BucketPlan[];
  readonly floor: number;
  /** Reasons the scenario is not eligible whatever the cost (e.g. 大企業 in 通常枠). */
  readonly ineligible: readonly string[];
  readonly notes: readonly string[];
  /** Notes CHECK shows with its "OK": things the user may not have meant (ignored options). */
  readonly warnings: readonly string[];
  /** 10/11 when costs are tax-inclusive, else 1. */
  readonly taxFactor: Frac;
  /** used/contracted accounts (電子取引類型), else 1. */
  readonly accountsRatio: Frac;
  /** Messages for required options not given; pricing a cost throws the first. */
  readonly missing: readonly string[];
  /** Index of the bucket a plain amount is booked in (the frame's plainCategory), or -1. */
  readonly plainBucket: number;
  /** [plainCategory]: the categories a positive plain amount counts as present. */
  readonly plainCategories: readonly string[];
}

const NO_PARTS: readonly never[] = [];

/** Options every frame understands. */
const UNIVERSAL: readonly OptionKey[] = ['taxIncluded', 'year', 'round', 'discountSpread'];
export const ONE = frac(1);
export const TEN_ELEVENTHS = frac(10, 11);

/** `overrides` replace options of the text (複数社連携: each member's 機能). */
export function compilePlan(frameText: unknown, sizeText: unknown, optionsText: unknown, overrides: Options = {}): Plan {
  if (isBlank(frameText)) throw new IthojoError(MSG.blankFrame());
  if (typeof frameText !== 'string') throw new IthojoError(MSG.unknownFrame(String(frameText), frameNames()));
  const entries = lookupFrame(frameText);
  if (!entries) throw new IthojoError(MSG.unknownFrame(frameText, frameNames()));
  const options = { ...parseOptions(optionsText), ...overrides };
  const size = parseSize(sizeText);

  const year = options.year;
  const entry = typeof year === 'number' ? entries.find((e) => e.table.fiscalYear === year) : entries[0];
  if (!entry) {
    const t = entries[0].table;
    throw new IthojoError(MSG.noRulesForYear(t.program, year as number, entries.map((e) => e.table.fiscalYear)));
  }
  const { table, frame } = entry;

  // a required option (口座) matters only when pricing a cost: CAP, MINAMOUNT and RATE answer without it
  const missing = (frame.requiredOptions ?? []).filter((key) => options[key] === undefined).map((key) => {
    const def = OPTION_DEFS.find((d) => d.key === key)!;
    return MSG.requiredOption(def.names[0], def.example);
  });
  const round = options.round;
  if (typeof round === 'number') {
    const rounds = DEADLINES[frame.id];
    if (rounds && !rounds.some((r) => r.round === round)) throw new IthojoError(MSG.noRulesForRound(round));
  }

  const notes: string[] = [];
  const warnings: string[] = [];
  for (const key of Object.keys(options) as OptionKey[]) {
    if (!frame.options.includes(key) && !UNIVERSAL.includes(key)) {
      warnings.push(MSG.optionIgnored(OPTION_DEFS.find((d) => d.key === key)!.names[0], frame.name));
    }
  }
  if (size.org) notes.push(MSG.neverSmall(size.org));
  if (options.taxIncluded === true) notes.push(MSG.taxIncluded());

  const scenario: Scenario = { size: size.size, options };
  const ineligible = frame.sizes.includes(size.size) ? [] : [MSG.sizeNotEligible(SIZE_LABELS[size.size], frame.name)];
  for (const x of frame.exclusions ?? []) if (holds(x.when, scenario)) ineligible.push(x.reason);
  const buckets = frame.buckets.map((rule): BucketPlan => {
    const tiers = choose(rule.tiers, scenario);
    const cap = choose(rule.cap, scenario);
    return {
      rule, tiers: tiers.value, cap: cap.value,
      source: `${tiers.source}; ${cap.source}`,
      notes: [tiers.note, cap.note].filter((n): n is string => n !== undefined),
      empty: { id: rule.id, label: rule.label, cost: frac(0), parts: NO_PARTS, raw: 0, cap: cap.value, amount: 0 },
    };
  });
  const accounts = options.accounts;
  return {
    table, frame, size, options, scenario, buckets, ineligible, notes, warnings, missing,
    floor: choose(frame.floor, scenario).value,
    taxFactor: options.taxIncluded === true ? TEN_ELEVENTHS : ONE,
    accountsRatio: typeof accounts === 'object' && 'a' in accounts ? frac(accounts.a, accounts.b) : ONE,
    plainBucket: frame.buckets.findIndex((b) => b.categories.includes(frame.plainCategory)),
    plainCategories: [frame.plainCategory],
  };
}
