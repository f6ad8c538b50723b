/**
 * A plan is a frame's rules resolved for one size and option set: the table that answers, the
 * tiers, caps and floor that apply, and why. Plans depend only on the three texts and the day,
 * so a bulk call builds each distinct one once (planCache.ts) and prices every row with it.
 */
import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import type { Text } from '../errors/text';
import { isBlank } from '../input/normalizeText';
import { parseOptions, type Options } from '../input/parseOptions';
import { parseSize, type SizeInput } from '../input/parseSize';
import { frac, type Frac } from '../money/exact';
import { bucketCaveats, cautionText, floorCaveat, roundCaveat } from '../rules/confidence';
import { OPTION_DEFS } from '../rules/options';
import { frameIdOf, frameNames, roundsOf, selectEntry, type FrameEntry } from '../rules/registry';
import { SIZE_LABELS } from '../rules/sizes';
import type { BucketRule, FrameRule, OptionKey, RuleTable, TierSet } from '../rules/types';
import { today } from '../time/clock';
import { choose, holds, type Scenario } from './conditions';
import type { BucketResult } from './evaluate';

const NO_TEXTS: readonly Text[] = [];

export interface BucketPlan {
  readonly rule: BucketRule;
  readonly tiers: TierSet;
  readonly cap: number;
  readonly source: string;
  /** 要確認 of its rate and cap (rules/confidence.ts), said where the answer rests on this bucket. */
  readonly caveats: readonly Text[];
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
  readonly ineligible: readonly Text[];
  readonly notes: readonly Text[];
  /** Notes CHECK shows with its "OK": things the user may not have meant (ignored options). */
  readonly warnings: readonly Text[];
  /** 10/11 when costs are tax-inclusive, else 1. */
  readonly taxFactor: Frac;
  /** used/contracted accounts (電子取引類型), else 1. */
  readonly accountsRatio: Frac;
  /** Messages for required options not given; pricing a cost throws the first. */
  readonly missing: readonly Text[];
  /** The day the plan judges deadlines by (基準日=, else today in Tokyo). */
  readonly date: string;
  /** Index of the bucket a plain amount is booked in (the frame's plainCategory), or -1. */
  readonly plainBucket: number;
  /** 要確認 of the floor (rules/confidence.ts), said after the caveats of the buckets priced. */
  readonly floorCaveats: readonly Text[];
  /** What a positive plain amount rests on: its bucket's caveats, then the floor's (made once, not per row). */
  readonly plainCaveats: readonly Text[];
  /** [plainCategory]: the categories a positive plain amount counts as present. */
  readonly plainCategories: readonly string[];
}

const NO_PARTS: readonly never[] = [];

/** Options every frame understands. */
const UNIVERSAL: readonly OptionKey[] = ['taxIncluded', 'year', 'round', 'refDate', 'discountSpread'];
export const ONE = frac(1);
export const TEN_ELEVENTHS = frac(10, 11);

/** Reads the three texts, picks the table that answers (registry.ts) and resolves the frame's rules. */
export function compilePlan(frameText: unknown, sizeText: unknown, optionsText: unknown): Plan {
  if (isBlank(frameText)) throw new IthojoError(MSG.blankFrame());
  if (typeof frameText !== 'string') throw new IthojoError(MSG.unknownFrame(frameText, frameNames()));
  const frameId = frameIdOf(frameText);
  if (frameId === undefined) throw new IthojoError(MSG.unknownFrame(frameText, frameNames()));
  const options = parseOptions(optionsText);
  const size = parseSize(sizeText);
  const date = typeof options.refDate === 'string' ? options.refDate : today();
  const { entry, warnings } = selectEntry(frameId, typeof options.year === 'number' ? options.year : undefined, date);
  return planOf(entry, size, options, date, warnings);
}

/** The plan of a frame of a chosen table (複数社連携 prices its members through this, in its own table). */
function planOf(entry: FrameEntry, size: SizeInput, options: Options, date: string, selectionWarnings: readonly Text[] = []): Plan {
  const { table, frame } = entry;
  // a required option (口座) matters only when pricing a cost: CAP, MINAMOUNT and RATE answer without it
  const missing = (frame.requiredOptions ?? []).filter((key) => options[key] === undefined).map((key) => {
    const def = OPTION_DEFS.find((d) => d.key === key)!;
    return MSG.requiredOption(def.names[0], def.example);
  });

  const notes: Text[] = [];
  const warnings: Text[] = [...selectionWarnings, ...scheduleWarnings(table, frame, options, date)];
  for (const key of Object.keys(options) as OptionKey[]) {
    if (!frame.options.includes(key) && !UNIVERSAL.includes(key)) {
      warnings.push(MSG.optionIgnored(OPTION_DEFS.find((d) => d.key === key)!.names[0], frame.name));
    }
  }
  if (size.org) notes.push(MSG.neverSmall(size.org));
  if (options.taxIncluded === true) notes.push(MSG.taxIncluded());

  const scenario: Scenario = { size: size.size, options };
  for (const r of frame.refusals ?? []) if (holds(r.when, scenario)) throw new IthojoError(r.message);
  for (const c of frame.cautions ?? []) if (holds(c.when, scenario)) warnings.push(cautionText(c));
  const ineligible = frame.sizes.includes(size.size) ? [] : [MSG.sizeNotEligible(SIZE_LABELS[size.size], frame.name)];
  for (const x of frame.exclusions ?? []) if (holds(x.when, scenario)) ineligible.push(x.reason);
  // values whose sources are not confirmed: CHECK and BREAKDOWN say 要確認 (rules/confidence.ts)
  const floor = choose(frame.floor, scenario);
  const buckets = frame.buckets.map((rule): BucketPlan => {
    const tiers = choose(rule.tiers, scenario);
    const cap = choose(rule.cap, scenario);
    return {
      rule, tiers: tiers.value, cap: cap.value,
      source: `${tiers.source}; ${cap.source}`,
      caveats: bucketCaveats({ label: rule.label, tiers, cap }),
      empty: { id: rule.id, label: rule.label, cost: frac(0), parts: NO_PARTS, raw: 0, cap: cap.value, amount: 0 },
    };
  });
  const accounts = options.accounts;
  const plainBucket = frame.buckets.findIndex((b) => b.categories.includes(frame.plainCategory));
  const floorWarning = floorCaveat(frame.name, floor);
  const floorCaveats = floorWarning ? [floorWarning] : NO_TEXTS;
  return {
    table, frame, size, options, scenario, buckets, ineligible, notes, warnings, missing, date,
    floor: floor.value,
    floorCaveats,
    plainCaveats: plainBucket < 0 || buckets[plainBucket].caveats.length === 0 ? floorCaveats : [...buckets[plainBucket].caveats, ...floorCaveats],
    taxFactor: options.taxIncluded === true ? TEN_ELEVENTHS : ONE,
    accountsRatio: typeof accounts === 'object' && 'a' in accounts ? frac(accounts.a, accounts.b) : ONE,
    plainBucket,
    plainCategories: [frame.plainCategory],
  };
}

/** Another frame of the same table, for the same scenario (複数社連携 prices members as インボイス対応類型). */
export function siblingPlan(plan: Plan, frameId: string, size: SizeInput = plan.size, options: Options = plan.options): Plan {
  const frame = plan.table.frames.find((f) => f.id === frameId);
  if (!frame) throw new Error(`${plan.table.title} has no frame ${frameId}`);
  return planOf({ table: plan.table, frame }, size, options, plan.date);
}

/**
 * What the schedule says on the date (it2026.md §4–5): a named round must be on record; CHECK
 * warns when that round has closed, or when the last known round has (no later one is known),
 * and says 要確認 when the round it speaks of is not confirmed. Amounts never change.
 */
function scheduleWarnings(table: RuleTable, frame: FrameRule, options: Options, date: string): Text[] {
  const rounds = roundsOf(table, frame.id);
  const out: Text[] = [];
  const wanted = options.round;
  if (typeof wanted === 'number') {
    const round = rounds.find((r) => r.round === wanted);
    if (!round) throw new IthojoError(MSG.unknownRound(table.title, frame.name, wanted, rounds.map((r) => r.round)));
    if (round.deadline < date) out.push(MSG.roundClosed(round.round, round.deadline, date));
    const caveat = roundCaveat(round);
    if (caveat) out.push(caveat);
  }
  const last = rounds[rounds.length - 1];
  if (last && last.deadline < date && last.round !== wanted) {
    out.push(MSG.pastLastDeadline(table.title, last.round, last.deadline, date));
    const caveat = roundCaveat(last);
    if (caveat) out.push(caveat);
  }
  return out;
}
