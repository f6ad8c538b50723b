/**
 * Prices one scenario under a plan: cost → bucket costs (month limits, 役務 cap, tax, account
 * ratio) → rate tiers → caps → floor and requirements. Every number comes from the plan's rule
 * table. A plain amount skips the quote-line bookkeeping: bulk scenario tables are mostly that.
 */
import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { sameText, type Text } from '../errors/text';
import { MAX_AMOUNT, parseAmount, type Amount } from '../input/parseAmount';
import { add, compare, frac, isZero, mul, toNumber, ZERO, type Frac } from '../money/exact';
import type { Rate } from '../money/rate';
import { onDemand } from '../onDemand';
import { quoteOf } from '../quote/cache';
import type { Quote, QuoteLine } from '../quote/types';
import { applyTiers, isPositive, tierTotal, type TierPrice } from './applyTiers';
import { ONE, TEN_ELEVENTHS, type Plan } from './plan';
import type { CountedLine } from './quoteCosts';

export interface BucketResult {
  readonly id: string;
  readonly label: string;
  /** Eligible cost after limits, tax and ratio (exact). */
  readonly cost: Frac;
  readonly parts: readonly TierPrice[];
  /** Sum of the truncated parts, before the cap. */
  readonly raw: number;
  readonly cap: number;
  readonly amount: number;
}

export interface Evaluation {
  readonly plan: Plan;
  readonly eligible: boolean;
  /** Why not eligible (empty when eligible). */
  readonly reasons: readonly Text[];
  readonly amount: number;
  /** Sum of the quote as given (tax-inclusive when 税込), incl. 対象外 lines. */
  readonly total: number;
  readonly selfPay: number;
  readonly eligibleCost: Frac;
  readonly buckets: readonly BucketResult[];
  readonly notes: readonly Text[];
  /** Warnings of this cost (an unverified requirement, a quote's assumptions), beside the plan's. */
  readonly warnings: readonly Text[];
  /** A quote's lines as counted (BREAKDOWN only). */
  readonly lines?: readonly CountedLine[];
}

const NONE: readonly never[] = [];
const NO_BUCKETS: BucketResult[] = [];
const NO_REQUIREMENTS: NonNullable<Plan['frame']['requirements']> = [];

/**
 * `detail` keeps each bucket's tiers for BREAKDOWN; without it `buckets` is empty and a bulk
 * call allocates only what its answer needs.
 */
export function evaluate(plan: Plan, cost: unknown, detail = true): Evaluation {
  const missing = missingError(plan);
  if (missing) throw missing;
  if (Array.isArray(cost)) return evaluateQuote(plan, quoteOf(cost as unknown[][], plan.table), detail);
  // whole yen in range needs no parsing (the common cell of a scenario table)
  if (typeof cost === 'number' && Number.isInteger(cost) && cost >= 0 && cost <= MAX_AMOUNT) return evaluatePlain(plan, { yen: cost + 0, truncated: false, tax: null }, detail);
  return evaluatePlain(plan, parseAmount(cost), detail);
}

/** A required option not given, as one error per plan (a column of rows shares it), or null. */
const missingErrors = new WeakMap<Plan, IthojoError>();
export function missingError(plan: Plan): IthojoError | null {
  if (plan.missing.length === 0) return null;
  let e = missingErrors.get(plan);
  if (!e) missingErrors.set(plan, (e = new IthojoError(plan.missing[0])));
  return e;
}

/** A plain amount already read (the bulk path reads it without throwing). */
export function evaluatePlain(plan: Plan, a: Amount, detail: boolean): Evaluation {
  const { yen } = a;
  let taxFactor = plan.taxFactor;
  let notes: readonly Text[] = NONE;
  // a (税込)/(税抜) written beside the amount says how to read this amount, whatever the option
  if (a.tax !== null) taxFactor = a.tax === 'included' ? TEN_ELEVENTHS : ONE;
  if (a.truncated || a.tax === 'included') notes = [...(a.truncated ? [MSG.truncatedCost()] : []), ...(a.tax === 'included' ? [MSG.taxIncluded()] : [])];
  const counted = taxFactor === ONE ? frac(yen) : mul(frac(yen), taxFactor);
  const present = yen > 0 ? plan.plainCategories : NONE;
  return finish(plan, null, counted, present, yen, notes, detail);
}

/** A quote read by core/quote (its warnings go to CHECK, its lines to BREAKDOWN). */
function evaluateQuote(plan: Plan, quote: Quote, detail = true): Evaluation {
  const qc = onDemand().quoteCosts(plan, quote.lines);
  const e = finish(plan, qc.costs, ZERO, qc.present, qc.total, [...quote.notes, ...qc.notes], detail, quote.warnings);
  return detail ? { ...e, lines: qc.lines } : e;
}

/** Lines the engine builds itself (a 複数社連携 member's costs): no quote, so nothing to tell. */
export function evaluateLines(plan: Plan, lines: readonly QuoteLine[], detail = true): Evaluation {
  const qc = onDemand().quoteCosts(plan, lines);
  return finish(plan, qc.costs, ZERO, qc.present, qc.total, qc.notes, detail, NONE);
}

/** `reasons` plus `r` (once); a new array, as `reasons` may be the plan's. */
function withReason(reasons: readonly Text[], r: Text): readonly Text[] {
  return reasons.some((x) => sameText(x, r)) ? reasons : [...reasons, r];
}

/**
 * Prices the buckets. `costs` holds each bucket's cost, or is null for a plain amount, which is
 * `plainCost` in the plan's plainBucket (no per-row array on the bulk path).
 */
function finish(
  plan: Plan, costs: readonly Frac[] | null, plainCost: Frac, present: readonly string[],
  total: number, notes: readonly Text[], detail: boolean, costWarnings: readonly Text[] = NONE,
): Evaluation {
  let reasons = plan.ineligible;
  const buckets: BucketResult[] = detail ? new Array(plan.buckets.length) : NO_BUCKETS;
  let raw = 0;
  let eligibleCost = ZERO;
  // 要確認 of the rates and caps the answer rests on (the buckets a quote reached), then the floor's
  let caveats: Text[] | null = null;
  for (let i = 0; i < plan.buckets.length; i++) {
    const bucket = plan.buckets[i];
    const { rule } = bucket;
    let cost = costs ? costs[i] : i === plan.plainBucket ? plainCost : ZERO;
    if (isZero(cost)) {
      if (detail) buckets[i] = bucket.empty;
      continue;
    }
    if (costs && bucket.caveats.length > 0) (caveats ??= []).push(...bucket.caveats);
    if (rule.accountsRatio) cost = mul(cost, plan.accountsRatio);
    if (rule.requires && !rule.requires.categories.some((c) => present.includes(c))) {
      reasons = withReason(reasons, rule.requires.reason);
    }
    let sum: number;
    if (detail) {
      const parts = applyTiers(cost, bucket.tiers);
      sum = 0;
      for (const p of parts) sum += p.subsidy;
      buckets[i] = { id: rule.id, label: rule.label, cost, parts, raw: sum, cap: bucket.cap, amount: Math.min(sum, bucket.cap) };
    } else {
      sum = tierTotal(cost, bucket.tiers);
    }
    const amount = Math.min(sum, bucket.cap);
    raw += amount;
    eligibleCost = eligibleCost === ZERO ? cost : add(eligibleCost, cost);
  }
  // a plain amount's are the plan's, made once (no array per row of a bulk call)
  const told = costs ? (caveats ? [...caveats, ...plan.floorCaveats] : plan.floorCaveats) : isZero(plainCost) ? plan.floorCaveats : plan.plainCaveats;
  let warnings = told.length === 0 ? costWarnings : costWarnings.length === 0 ? told : [...costWarnings, ...told];
  if (reasons.length === 0 && !isPositive(eligibleCost)) reasons = withReason(reasons, MSG.noEligibleCost());
  for (const req of plan.frame.requirements ?? NO_REQUIREMENTS) {
    const verdict = requirementMet(plan, req.anyOf, eligibleCost);
    if (verdict === false) reasons = withReason(reasons, MSG.requirementUnmet(req.label));
    if (verdict === undefined) warnings = [...warnings, MSG.requirementUnverified(req.label)];
  }
  if (reasons.length === 0 && raw < plan.floor) reasons = withReason(reasons, MSG.belowFloor(raw, plan.floor));
  if (reasons.length === 0 && raw === 0) reasons = withReason(reasons, MSG.zeroSubsidy());
  const eligible = reasons.length === 0;
  const amount = eligible ? raw : 0;
  return { plan, eligible, reasons, amount, total, selfPay: total - amount, eligibleCost, buckets, notes, warnings };
}

/**
 * A requirement met by any one threshold (省エネ要件): true/false when the user gave at least
 * one of its options, undefined (unverified) when none.
 */
function requirementMet(plan: Plan, anyOf: NonNullable<Plan['frame']['requirements']>[number]['anyOf'], cost: Frac): boolean | undefined {
  const given = anyOf.filter((t) => typeof plan.options[t.option] === 'object');
  if (given.length === 0) return undefined;
  return given.some((t) => {
    const value = plan.options[t.option] as Frac;
    // value per `perCost` yen of cost ≥ atLeast  ⇔  value × perCost ≥ atLeast × cost
    const lhs = t.perCost === undefined ? value : mul(value, frac(t.perCost));
    const rhs = t.perCost === undefined ? frac(t.atLeast) : mul(frac(t.atLeast), cost);
    return compare(lhs, rhs) >= 0;
  });
}

/** 補助率 as a number: the effective one (subsidy ÷ eligible cost), 0 when not eligible. */
export function effectiveRate(e: Evaluation): number {
  if (!e.eligible || compare(e.eligibleCost, ZERO) <= 0) return 0;
  return e.amount / toNumber(e.eligibleCost);
}

/** The rate the first yen of the main bucket earns under the plan. */
export function baseRate(plan: Plan): Rate | undefined {
  return plan.buckets[0]?.tiers.parts[0]?.rate;
}
