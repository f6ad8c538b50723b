/**
 * Prices one scenario under a plan: cost → bucket costs (month limits, 役務 cap, tax, account
 * ratio) → rate tiers → caps → floor and requirements. Every number comes from the plan's rule
 * table. A plain amount skips the quote-line bookkeeping: bulk scenario tables are mostly that.
 */
import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { MAX_AMOUNT, parseAmount } from '../input/parseAmount';
import { parseQuoteLines, type QuoteLine } from '../input/parseQuoteLines';
import { add, compare, frac, isZero, mul, mulInt, sub, toNumber, ZERO, type Frac } from '../money/exact';
import type { Rate } from '../money/rate';
import { truncateYen } from '../money/truncateYen';
import { applyTiers, isPositive, tierTotal, type TierPrice } from './applyTiers';
import { ONE, TEN_ELEVENTHS, type Plan } from './plan';

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
  readonly reasons: readonly string[];
  readonly amount: number;
  /** Sum of the quote as given (tax-inclusive when 税込), incl. 対象外 lines. */
  readonly total: number;
  readonly selfPay: number;
  readonly eligibleCost: Frac;
  readonly buckets: readonly BucketResult[];
  readonly notes: readonly string[];
  /** Warnings of this cost (an unverified requirement), beside the plan's. */
  readonly warnings: readonly string[];
}

/** What the cost argument contributes to each bucket of the plan. */
interface BucketCosts {
  readonly costs: Frac[];
  /** Categories with a positive amount (for a bucket's `requires`). */
  readonly present: readonly string[];
  readonly total: number;
  readonly notes: readonly string[];
}

const NONE: readonly string[] = [];
const NO_BUCKETS: BucketResult[] = [];
const NO_REQUIREMENTS: NonNullable<Plan['frame']['requirements']> = [];

/**
 * `detail` keeps each bucket's tiers for BREAKDOWN; without it `buckets` is empty and a bulk
 * call allocates only what its answer needs.
 */
export function evaluate(plan: Plan, cost: unknown, detail = true): Evaluation {
  if (plan.missing.length > 0) throw new IthojoError(plan.missing[0]);
  if (Array.isArray(cost)) return evaluateLines(plan, parseQuoteLines(cost as unknown[][], plan.table), true, detail);
  // whole yen in range needs no parsing (the common cell of a scenario table)
  let yen: number;
  let taxFactor = plan.taxFactor;
  let notes = NONE;
  if (typeof cost === 'number' && Number.isInteger(cost) && cost >= 0 && cost <= MAX_AMOUNT) yen = cost + 0;
  else {
    const a = parseAmount(cost);
    yen = a.yen;
    // a (税込)/(税抜) written beside the amount says how to read this amount, whatever the option
    if (a.tax !== null) taxFactor = a.tax === 'included' ? TEN_ELEVENTHS : ONE;
    if (a.truncated || a.tax === 'included') notes = [...(a.truncated ? [MSG.truncatedCost()] : []), ...(a.tax === 'included' ? [MSG.taxIncluded()] : [])];
  }
  const counted = taxFactor === ONE ? frac(yen) : mul(frac(yen), taxFactor);
  const present = yen > 0 ? plan.plainCategories : NONE;
  return finish(plan, null, counted, present, yen, notes, detail);
}

export function evaluateLines(plan: Plan, lines: readonly QuoteLine[], fromQuote: boolean, detail = true): Evaluation {
  const bc = costsOfLines(plan, lines, fromQuote);
  return finish(plan, bc.costs, ZERO, bc.present, bc.total, bc.notes, detail);
}

function costsOfLines(plan: Plan, lines: readonly QuoteLine[], fromQuote: boolean): BucketCosts {
  const notes: string[] = [];
  const present: string[] = [];
  const counted: { category: string; cost: Frac }[] = [];
  let total = 0;
  for (const line of lines) {
    total += line.amount;
    if (line.truncated) notes.push(MSG.truncatedCost());
    const c = line.category;
    if (c === null) continue;
    if (!plan.frame.buckets.some((b) => b.categories.includes(c.id))) {
      throw new IthojoError(MSG.categoryNotInFrame(line.row, c.label, plan.frame.name));
    }
    let amount = line.amount;
    if (line.months !== undefined && c.maxMonths !== undefined && line.months > c.maxMonths) {
      // rules/README.md: above the limit the line is prorated, total × limit ÷ months, truncated
      amount = truncateYen(frac(mulInt(amount, c.maxMonths), line.months));
      if (fromQuote) notes.push(MSG.prorated(line.row, line.months, c.maxMonths));
    }
    if (amount > 0 && !present.includes(c.id)) present.push(c.id);
    counted.push({ category: c.id, cost: mul(frac(amount), plan.taxFactor) });
  }
  const sumOf = (categories: readonly string[]): Frac =>
    counted.reduce((s, x) => (categories.includes(x.category) ? add(s, x.cost) : s), ZERO);
  const costs = plan.buckets.map(({ rule }) => {
    let cost = sumOf(rule.categories);
    for (const cap of plan.table.costCaps) {
      if (!cap.categories.some((c) => rule.categories.includes(c))) continue;
      const excess = sub(sumOf(cap.categories), frac(cap.max));
      if (isPositive(excess)) {
        cost = sub(cost, excess);
        notes.push(MSG.groupCapped(cap.label, cap.max));
      }
    }
    return cost;
  });
  return { costs, present, total, notes };
}

/** `reasons` plus `r` (once); a new array, as `reasons` may be the plan's. */
function withReason(reasons: readonly string[], r: string): readonly string[] {
  return reasons.includes(r) ? reasons : [...reasons, r];
}

/**
 * Prices the buckets. `costs` holds each bucket's cost, or is null for a plain amount, which is
 * `plainCost` in the plan's plainBucket (no per-row array on the bulk path).
 */
function finish(
  plan: Plan, costs: readonly Frac[] | null, plainCost: Frac, present: readonly string[],
  total: number, notes: readonly string[], detail: boolean,
): Evaluation {
  let reasons = plan.ineligible;
  const buckets: BucketResult[] = detail ? new Array(plan.buckets.length) : NO_BUCKETS;
  let raw = 0;
  let eligibleCost = ZERO;
  for (let i = 0; i < plan.buckets.length; i++) {
    const bucket = plan.buckets[i];
    const { rule } = bucket;
    let cost = costs ? costs[i] : i === plan.plainBucket ? plainCost : ZERO;
    if (isZero(cost)) {
      if (detail) buckets[i] = bucket.empty;
      continue;
    }
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
  let warnings = NONE;
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
