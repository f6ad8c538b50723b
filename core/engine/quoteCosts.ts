/**
 * What a quote's lines contribute to each bucket of a plan: per line, the eligible part after
 * discounts, the month limit (rules/README.md: total × limit ÷ months, truncated) and tax; per
 * bucket, the sum with the group caps (役務 ≤ 200万円). Computed once per quote and plan, so a
 * column of scenarios beside one quote prices it once per distinct plan.
 */
import { IthojoError } from '../errors/IthojoError';
import { QUOTE_MSG } from '../errors/quoteMessages';
import { addInt, frac, mul, mulInt, sub, type Frac, type Int } from '../money/exact';
import { FracSum } from '../money/fracSum';
import { truncateYen } from '../money/truncateYen';
import { discountsOf, eligibleOf } from '../quote/discounts';
import { listed } from '../quote/listed';
import { remember } from '../quote/remember';
import type { QuoteLine } from '../quote/types';
import { isPositive } from './applyTiers';
import { ONE, TEN_ELEVENTHS, type Plan } from './plan';

export interface CountedLine {
  readonly line: QuoteLine;
  /** The eligible cost the line adds, tax-exclusive (exact; 0 for 対象外 and discount lines). */
  readonly counted: Frac;
  /** The months that count when the line was prorated (its category's limit). */
  readonly limit?: number;
}

export interface QuoteCosts {
  /** Each bucket's cost, in the plan's bucket order. */
  readonly costs: readonly Frac[];
  /** Categories with a positive counted cost (for a bucket's `requires`). */
  readonly present: readonly string[];
  /** The quote's total as written (SELFPAY's), 対象外 and discounts included. */
  readonly total: number;
  readonly notes: readonly string[];
  readonly lines: readonly CountedLine[];
}

const cache = new WeakMap<readonly QuoteLine[], Map<Plan, QuoteCosts | IthojoError>>();

export function quoteCosts(plan: Plan, lines: readonly QuoteLine[]): QuoteCosts {
  let byPlan = cache.get(lines);
  if (!byPlan) cache.set(lines, (byPlan = new Map()));
  return remember(byPlan, plan, () => compute(plan, lines));
}

function compute(plan: Plan, lines: readonly QuoteLine[]): QuoteCosts {
  const inFrame = new Set(plan.frame.buckets.flatMap((b) => b.categories));
  for (const l of lines) {
    if (l.category && !inFrame.has(l.category.id)) throw new IthojoError(QUOTE_MSG.categoryNotInFrame(l.row, l.category.label, plan.frame.name));
  }
  const spreadAll = plan.options.discountSpread === 'all';
  const d = discountsOf(lines, spreadAll);
  const sums = new Map<string, FracSum>();
  const counted: CountedLine[] = new Array(lines.length);
  const prorated: CountedLine[] = [];
  const taxed: QuoteLine[] = [];
  const untaxed: QuoteLine[] = [];
  let total: Int = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    total = addInt(total, l.amount);
    const c = l.category;
    const e = eligibleOf(l);
    if (c === null || e === 0) {
      counted[i] = { line: l, counted: frac(0) };
      continue;
    }
    let x = frac(e);
    const f = d.byCategory.get(c.id);
    if (f) x = mul(x, f);
    if (d.spread !== ONE) x = mul(x, d.spread);
    let limit: number | undefined;
    if (l.months !== undefined && c.maxMonths !== undefined && l.months > c.maxMonths) {
      limit = c.maxMonths;
      x = frac(truncateYen(frac(mulInt(x.n, limit), mulInt(x.d, l.months))));
    }
    // a line's own (税込)/(税抜) says how to read it, whatever the option
    const tax = l.tax === 'included' ? TEN_ELEVENTHS : l.tax === 'excluded' ? ONE : plan.taxFactor;
    if (l.tax === 'included') taxed.push(l);
    else if (l.tax === 'excluded' && plan.taxFactor !== ONE) untaxed.push(l);
    if (tax !== ONE) x = mul(x, tax);
    const line: CountedLine = limit === undefined ? { line: l, counted: x } : { line: l, counted: x, limit };
    counted[i] = line;
    if (limit !== undefined) prorated.push(line);
    let sum = sums.get(c.id);
    if (!sum) sums.set(c.id, (sum = new FracSum()));
    sum.add(x);
  }
  const byCategory = new Map<string, Frac>();
  for (const [id, s] of sums) byCategory.set(id, s.value());
  const notes: string[] = [];
  if (prorated.length > 0) {
    notes.push(QUOTE_MSG.proratedLines(prorated.length, listed(prorated, (p) => `${p.line.row}行目 ${p.line.months}→${p.limit}か月`)));
  }
  if (taxed.length > 0) notes.push(QUOTE_MSG.lineTaxIncluded(listed(taxed, (l) => `${l.row}行目`)));
  if (untaxed.length > 0) notes.push(QUOTE_MSG.lineTaxExcluded(listed(untaxed, (l) => `${l.row}行目`)));
  if (d.spreadTotal !== 0) notes.push(QUOTE_MSG.discountSpread(d.spreadTotal, spreadAll));
  return { costs: bucketCosts(plan, byCategory, notes), present: [...byCategory.keys()].filter((id) => isPositive(byCategory.get(id)!)), total: Number(total), notes, lines: counted };
}

function bucketCosts(plan: Plan, byCategory: ReadonlyMap<string, Frac>, notes: string[]): Frac[] {
  const sumOf = (categories: readonly string[]): Frac => {
    const s = new FracSum();
    for (const id of categories) {
      const x = byCategory.get(id);
      if (x) s.add(x);
    }
    return s.value();
  };
  return plan.buckets.map(({ rule }) => {
    let cost = sumOf(rule.categories);
    for (const cap of plan.table.costCaps) {
      if (!cap.categories.some((c) => rule.categories.includes(c))) continue;
      const excess = sub(sumOf(cap.categories), frac(cap.max));
      if (isPositive(excess)) {
        cost = sub(cost, excess);
        notes.push(QUOTE_MSG.groupCapped(cap.label, cap.max));
      }
    }
    return cost;
  });
}
