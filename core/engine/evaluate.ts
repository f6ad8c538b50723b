/**
 * Prices one scenario under a plan: cost lines → buckets (month limits, 役務 cap, tax, account
 * ratio) → rate tiers → caps → floor. Every number comes from the plan's rule table.
 */
import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { parseAmount } from '../input/parseAmount';
import { parseQuoteLines, type QuoteLine } from '../input/parseQuoteLines';
import { add, frac, mul, sub, toNumber, ZERO, compare, type Frac } from '../money/exact';
import { formatRate, rateValue, type Rate } from '../money/rate';
import { truncateYen } from '../money/truncateYen';
import { applyTiers, isPositive, type TierPrice } from './applyTiers';
import type { BucketPlan, Plan } from './plan';

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
}

export type CostArg = unknown;

/** Cost lines of a plain amount or a quote. */
export function toLines(plan: Plan, cost: CostArg): QuoteLine[] {
  if (Array.isArray(cost)) return parseQuoteLines(cost as unknown[][], plan.table);
  const amount = parseAmount(cost);
  const category = plan.table.categories.find((c) => c.id === plan.frame.plainCategory) ?? null;
  return [{ row: 0, category, amount: amount.yen, truncated: amount.truncated }];
}

export function evaluate(plan: Plan, cost: CostArg): Evaluation {
  const lines = toLines(plan, cost);
  return evaluateLines(plan, lines, Array.isArray(cost));
}

export function evaluateLines(plan: Plan, lines: readonly QuoteLine[], fromQuote: boolean): Evaluation {
  const notes: string[] = [...plan.notes];
  let total = 0;
  for (const line of lines) {
    total += line.amount;
    if (line.truncated) notes.push(MSG.truncatedCost());
  }
  const counted = countLines(plan, lines, fromQuote, notes);
  const reasons = [...plan.ineligible];
  const buckets: BucketResult[] = [];
  for (const bucket of plan.buckets) buckets.push(priceBucket(plan, bucket, lines, counted, reasons));

  let raw = 0;
  let eligibleCost = ZERO;
  for (const b of buckets) {
    raw += b.amount;
    eligibleCost = add(eligibleCost, b.cost);
  }
  if (!isPositive(eligibleCost) && reasons.length === 0) reasons.push(MSG.noEligibleCost());
  checkRequirements(plan, eligibleCost, reasons, notes);
  if (reasons.length === 0 && raw < plan.floor) reasons.push(MSG.belowFloor(raw, plan.floor));
  const eligible = reasons.length === 0;
  const amount = eligible ? raw : 0;
  return { plan, eligible, reasons, amount, total, selfPay: total - amount, eligibleCost, buckets, notes };
}

/**
 * Requirements met by any one threshold (省エネ要件). Given options are checked; with none of
 * them given the requirement is noted as unverified rather than failed.
 */
function checkRequirements(plan: Plan, cost: Frac, reasons: string[], notes: string[]): void {
  for (const req of plan.frame.requirements ?? []) {
    const given = req.anyOf.filter((t) => typeof plan.options[t.option] === 'number');
    if (given.length === 0) {
      notes.push(MSG.requirementUnverified(req.label));
      continue;
    }
    const met = given.some((t) => {
      const value = decimalFrac(plan.options[t.option] as number);
      // value per `perCost` yen of cost ≥ atLeast  ⇔  value × perCost ≥ atLeast × cost
      const lhs = t.perCost === undefined ? value : mul(value, frac(t.perCost));
      const rhs = t.perCost === undefined ? frac(t.atLeast) : mul(frac(t.atLeast), cost);
      return compare(lhs, rhs) >= 0;
    });
    if (!met) reasons.push(MSG.requirementUnmet(req.label));
  }
}

/** A user-typed decimal (e.g. 1.2) as an exact fraction, via its shortest decimal text. */
function decimalFrac(x: number): Frac {
  const [i, f = ''] = x.toFixed(10).replace(/\.?0+$/, '').split('.');
  return frac(Number(i + f), 10 ** f.length);
}

/** Each line's counted cost (month limits applied, tax removed), keyed by line. */
function countLines(plan: Plan, lines: readonly QuoteLine[], fromQuote: boolean, notes: string[]): Map<QuoteLine, Frac> {
  const counted = new Map<QuoteLine, Frac>();
  for (const line of lines) {
    const c = line.category;
    if (c === null) continue;
    if (!plan.frame.buckets.some((b) => b.categories.includes(c.id))) {
      throw new IthojoError(MSG.categoryNotInFrame(line.row, c.label, plan.frame.name));
    }
    let amount = line.amount;
    if (line.months !== undefined && c.maxMonths !== undefined && line.months > c.maxMonths) {
      // rules/README.md: above the limit the line is prorated, total × limit ÷ months, truncated
      amount = truncateYen(frac(amount * c.maxMonths, line.months));
      if (fromQuote) notes.push(MSG.prorated(line.row, line.months, c.maxMonths));
    }
    counted.set(line, mul(frac(amount), plan.taxFactor));
  }
  return counted;
}

function priceBucket(plan: Plan, bucket: BucketPlan, lines: readonly QuoteLine[], counted: Map<QuoteLine, Frac>, reasons: string[]): BucketResult {
  const { rule } = bucket;
  let cost = ZERO;
  for (const [line, amount] of counted) if (rule.categories.includes(line.category!.id)) cost = add(cost, amount);
  for (const cap of plan.table.costCaps) {
    if (!cap.categories.some((c) => rule.categories.includes(c))) continue;
    let sum = ZERO;
    for (const [line, amount] of counted) if (cap.categories.includes(line.category!.id)) sum = add(sum, amount);
    const excess = sub(sum, frac(cap.max));
    if (isPositive(excess)) cost = sub(cost, excess);
  }
  if (rule.accountsRatio) cost = mul(cost, plan.accountsRatio);
  if (rule.requiresCategories && isPositive(cost)) {
    const present = lines.some((l) => l.category !== null && l.amount > 0 && rule.requiresCategories!.includes(l.category.id));
    if (!present && !reasons.includes(MSG.hardwareWithoutSoftware())) reasons.push(MSG.hardwareWithoutSoftware());
  }
  const parts = applyTiers(cost, bucket.tiers);
  let raw = 0;
  for (const p of parts) raw += p.subsidy;
  return { id: rule.id, label: rule.label, cost, parts, raw, cap: bucket.cap, amount: Math.min(raw, bucket.cap) };
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

export { formatRate, rateValue };
