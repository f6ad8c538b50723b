/**
 * What a quote's lines contribute to each bucket of a plan (quote-reading.md §Q23, §Q24, §Q41,
 * §Q43; rules/README.md): per line, its eligible part, its month limit (total × counted months ÷
 * months, truncated; §Q35: a 2年目 line counts the months the limit leaves) and its tax; per
 * category, the group caps (役務 ≤ 200万円), then its own discounts (wholly off the counted cost);
 * per bucket, a discount without a category, pro rata to the buckets' counted cost. Never
 * overstates. `値引き=按分` spreads every discount over the lines (対象外 included) before the
 * limits instead. Computed once per quote and plan, so a column of scenarios beside one quote
 * prices it once per distinct plan.
 */
import { IthojoError } from '../errors/IthojoError';
import { QUOTE_MSG } from '../errors/quoteMessages';
import type { Text } from '../errors/text';
import { addInt, compare, frac, isZero, min, mul, mulInt, sub, ZERO, type Frac, type Int } from '../money/exact';
import { FracSum } from '../money/fracSum';
import { truncateYen } from '../money/truncateYen';
import { listed } from '../quote/listed';
import { placesOf, setPlaces } from '../quote/places';
import { remember } from '../quote/remember';
import type { QuoteLine } from '../quote/types';
import type { CategoryId } from '../rules/types';
import { isPositive } from './applyTiers';
import { ONE, TEN_ELEVENTHS, type Plan } from './plan';

export interface CountedLine {
  readonly line: QuoteLine;
  /**
   * The eligible cost the line adds as BREAKDOWN shows it, tax-exclusive and exact: after its
   * month limit and, for a discount, the cost it takes off (negative). With the caps' rows the
   * values add up to the buckets' costs. null: a discount spread into the lines (値引き=按分).
   */
  readonly counted: Frac | null;
  /** The months that count when the line was prorated (of `line.months`). */
  readonly limit?: number;
  /** Not a line: a group cap (役務 ≤ 200万円) taking its excess off, named so. */
  readonly cap?: string;
}

export interface QuoteCosts {
  /** Each bucket's cost, in the plan's bucket order. */
  readonly costs: readonly Frac[];
  /** Categories with a positive counted cost (for a bucket's `requires`). */
  readonly present: readonly string[];
  /** The quote's total as written (SELFPAY's), 対象外 and discounts included. */
  readonly total: number;
  readonly notes: readonly Text[];
  readonly lines: readonly CountedLine[];
}

const cache = new WeakMap<readonly QuoteLine[], Map<Plan, QuoteCosts | IthojoError>>();

export function quoteCosts(plan: Plan, lines: readonly QuoteLine[]): QuoteCosts {
  let byPlan = cache.get(lines);
  if (!byPlan) cache.set(lines, (byPlan = new Map()));
  return remember(byPlan, plan, () => compute(plan, lines));
}

/** The eligible part of a line before discounts. */
function eligibleOf(line: QuoteLine): number {
  if (line.category === null || line.discount) return 0;
  return line.eligible ?? line.amount;
}

/** The discounts of a quote as written, grouped by what they reduce. */
interface Discounts {
  readonly byCategory: Map<CategoryId, { total: Int; lines: number[] }>;
  readonly spread: { total: Int; lines: number[] };
  /** Each category's eligible amount as written, before discounts. */
  readonly base: Map<CategoryId, Int>;
}

function discountsOf(plan: Plan, lines: readonly QuoteLine[]): Discounts {
  const places = placesOf(lines);
  const base = new Map<CategoryId, Int>();
  const byCategory = new Map<CategoryId, { total: Int; lines: number[] }>();
  const spread = { total: 0 as Int, lines: [] as number[] };
  let excludedOff: { total: Int; row: number; label: string } | undefined;
  let whole: Int = 0;
  let ineligible: Int = 0;
  lines.forEach((l, i) => {
    if (!l.discount) {
      whole = addInt(whole, l.amount);
      ineligible = addInt(ineligible, l.amount - eligibleOf(l));
      if (l.category) base.set(l.category.id, addInt(base.get(l.category.id) ?? 0, eligibleOf(l)));
      return;
    }
    const d = -l.amount;
    if (l.discount.spread) {
      spread.total = addInt(spread.total, d);
      spread.lines.push(i);
    } else if (l.category === null) {
      excludedOff = { total: addInt(excludedOff?.total ?? 0, d), row: excludedOff?.row ?? l.row, label: excludedOff?.label ?? l.label ?? '' };
    } else {
      const o = byCategory.get(l.category.id) ?? { total: 0, lines: [] };
      o.total = addInt(o.total, d);
      o.lines.push(i);
      byCategory.set(l.category.id, o);
    }
  });
  let specific: Int = 0;
  for (const [id, o] of byCategory) {
    specific = addInt(specific, o.total);
    const b = base.get(id) ?? 0;
    if (compare(frac(o.total), frac(b)) > 0) throw new IthojoError(QUOTE_MSG.discountTooLarge(places.line(lines[o.lines[0]].row), lines[o.lines[0]].label ?? '', o.total, b, lines[o.lines[0]].category!.label));
  }
  // a discount on 対象外 lines reduces only what they cost
  if (excludedOff && compare(frac(excludedOff.total), frac(ineligible)) > 0) throw new IthojoError(QUOTE_MSG.discountTooLarge(places.line(excludedOff.row), excludedOff.label, excludedOff.total, ineligible, '対象外'));
  if (spread.lines.length > 0) {
    const all = plan.options.discountSpread === 'all';
    let eligible: Int = 0;
    for (const b of base.values()) eligible = addInt(eligible, b);
    const over = all ? sub(frac(whole), frac(specific)) : sub(frac(eligible), frac(specific));
    if (compare(frac(spread.total), over) > 0) throw new IthojoError(QUOTE_MSG.discountTooLarge(places.line(lines[spread.lines[0]].row), lines[spread.lines[0]].label ?? '', spread.total, truncateYen(over), all ? '全ての行' : '補助対象の行'));
  }
  return { byCategory, spread, base };
}

function factorOff(base: Int, off: Int): Frac {
  return compare(frac(base), ZERO) === 0 ? ONE : frac(addInt(base, -off as Int), base);
}

function compute(plan: Plan, lines: readonly QuoteLine[]): QuoteCosts {
  const places = placesOf(lines);
  const inFrame = new Set(plan.frame.buckets.flatMap((b) => b.categories));
  for (const l of lines) {
    if (l.category && !inFrame.has(l.category.id)) throw new IthojoError(QUOTE_MSG.categoryNotInFrame(places.line(l.row), l.label ?? '', l.category.label, plan.frame.name));
    // a statement of the prices' tax status against the options (§Q28)
    if (l.taxStated !== undefined && (l.tax === 'included' ? plan.options.taxIncluded === false : plan.options.taxIncluded === true)) {
      throw new IthojoError(QUOTE_MSG.taxStatementConflict(places.row(l.taxStated), l.taxStatement ?? '', l.tax === 'included'));
    }
  }
  const spreadAll = plan.options.discountSpread === 'all';
  const d = discountsOf(plan, lines);
  // 値引き=按分: each discount as a factor on the lines it spreads over, before the limits (§Q23, §Q43)
  const categoryFactor = new Map<CategoryId, Frac>();
  let spreadFactor = ONE;
  if (spreadAll) {
    let whole: Int = 0;
    let specific: Int = 0;
    for (const l of lines) if (!l.discount) whole = addInt(whole, l.amount);
    for (const [id, o] of d.byCategory) {
      specific = addInt(specific, o.total);
      categoryFactor.set(id, factorOff(d.base.get(id) ?? 0, o.total));
    }
    if (d.spread.lines.length > 0) spreadFactor = factorOff(addInt(whole, -specific as Int), d.spread.total);
  }
  const taxOf = (l: QuoteLine): Frac => (l.tax === 'included' ? TEN_ELEVENTHS : l.tax === 'excluded' ? ONE : plan.taxFactor);

  const sums = new Map<CategoryId, FracSum>();
  const counted: CountedLine[] = new Array(lines.length);
  const prorated: CountedLine[] = [];
  const taxed: QuoteLine[] = [];
  const untaxed: QuoteLine[] = [];
  let total: Int = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    total = addInt(total, l.amount);
    if (l.discount) continue;
    const c = l.category;
    const e = eligibleOf(l);
    if (c === null || e === 0) {
      counted[i] = { line: l, counted: ZERO };
      continue;
    }
    let x = frac(e);
    if (spreadAll) {
      const f = categoryFactor.get(c.id);
      if (f) x = mul(x, f);
      if (spreadFactor !== ONE) x = mul(x, spreadFactor);
    }
    let limit: number | undefined;
    if (l.months !== undefined && c.maxMonths !== undefined) {
      const before = l.monthsBefore ?? 0;
      const months = Math.max(0, Math.min(l.months, c.maxMonths - before));
      if (months < l.months) {
        limit = months;
        x = frac(truncateYen(frac(mulInt(x.n, months), mulInt(x.d, l.months))));
      }
    }
    // a line's own (税込)/(税抜) says how to read it, whatever the option
    const tax = taxOf(l);
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
  const byCategory = new Map<CategoryId, Frac>();
  for (const [id, s] of sums) byCategory.set(id, s.value());

  const notes: Text[] = [];
  // the group caps (役務 ≤ 200万円 of cost), each category of the group scaled alike; BREAKDOWN shows the excess on a row of its own
  const caps: CountedLine[] = [];
  for (const cap of plan.table.costCaps) {
    const group = new FracSum();
    for (const id of cap.categories) {
      const x = byCategory.get(id);
      if (x) group.add(x);
    }
    const g = group.value();
    if (compare(g, frac(cap.max)) <= 0) continue;
    const f = frac(mulInt(cap.max, g.d), g.n);
    for (const id of cap.categories) {
      const x = byCategory.get(id);
      if (x) byCategory.set(id, mul(x, f));
    }
    caps.push({ line: CAP_LINE, counted: sub(frac(cap.max), g), cap: cap.label });
    if (plan.frame.buckets.some((b) => b.categories.some((c) => cap.categories.includes(c)))) notes.push(QUOTE_MSG.groupCapped(cap.label, cap.max));
  }

  // a category's discounts come wholly off its counted cost (§Q24); spread ones (按分) are in the lines already
  for (const [id, o] of d.byCategory) {
    if (spreadAll) {
      for (const i of o.lines) counted[i] = { line: lines[i], counted: null };
      continue;
    }
    const off = discountCost(lines, o.lines, taxOf);
    const has = byCategory.get(id) ?? ZERO;
    const taken = min(off, has);
    byCategory.set(id, sub(has, taken));
    share(counted, lines, o.lines, taken);
  }

  const costs = plan.buckets.map(({ rule }) => {
    const s = new FracSum();
    for (const id of rule.categories) {
      const x = byCategory.get(id);
      if (x) s.add(x);
    }
    return s.value();
  });

  // a discount without a category: off the counted eligible cost, pro rata to the buckets' costs (§Q23, §Q41)
  if (d.spread.lines.length > 0) {
    if (spreadAll) for (const i of d.spread.lines) counted[i] = { line: lines[i], counted: null };
    else {
      const all = new FracSum();
      for (const x of costs) all.add(x);
      const b = all.value();
      const taken = min(discountCost(lines, d.spread.lines, taxOf), b);
      if (isPositive(b)) for (let k = 0; k < costs.length; k++) costs[k] = sub(costs[k], mul(taken, div(costs[k], b)));
      share(counted, lines, d.spread.lines, taken);
    }
    notes.push(QUOTE_MSG.discountSpread(d.spread.total, spreadAll));
  }
  // a discount of 対象外 lines takes nothing off the eligible cost
  for (let i = 0; i < lines.length; i++) if (!counted[i]) counted[i] = { line: lines[i], counted: ZERO };

  if (prorated.length > 0) {
    notes.unshift(QUOTE_MSG.proratedLines(prorated.length, listed(prorated, (p) => `${places.short(p.line.row)} ${p.line.months}→${p.limit}か月`)));
  }
  const after = prorated.length > 0 ? 1 : 0;
  const lineNotes: Text[] = [];
  if (taxed.length > 0) lineNotes.push(QUOTE_MSG.lineTaxIncluded(listed(taxed, (l) => places.short(l.row))));
  if (untaxed.length > 0) lineNotes.push(QUOTE_MSG.lineTaxExcluded(listed(untaxed, (l) => places.short(l.row))));
  notes.splice(after, 0, ...lineNotes);
  const present = [...byCategory.keys()].filter((id) => isPositive(byCategory.get(id)!));
  for (const c of caps) counted.push(c); // counted is this call's own array: no copy of 100,000 lines
  setPlaces(counted, places);
  return { costs, present, total: Number(total), notes, lines: counted };
}

/** The line a cap's row stands on (it is no line of the quote). */
const CAP_LINE: QuoteLine = { row: 0, category: null, amount: 0, truncated: false };

function div(a: Frac, b: Frac): Frac {
  return frac(mulInt(a.n, b.d), mulInt(a.d, b.n));
}

/** What discount lines take off, tax-exclusive (each by its own tax status). */
function discountCost(lines: readonly QuoteLine[], at: readonly number[], taxOf: (l: QuoteLine) => Frac): Frac {
  const s = new FracSum();
  for (const i of at) s.add(mul(frac(-lines[i].amount), taxOf(lines[i])));
  return s.value();
}

/** `taken` shown on the discount lines that took it, pro rata to their amounts (negative: it comes off). */
function share(counted: CountedLine[], lines: readonly QuoteLine[], at: readonly number[], taken: Frac): void {
  let written: Int = 0;
  for (const i of at) written = addInt(written, -lines[i].amount);
  for (const i of at) {
    const part = isZero(frac(written)) ? (i === at[0] ? taken : ZERO) : mul(taken, frac(-lines[i].amount, written));
    counted[i] = { line: lines[i], counted: sub(ZERO, part) };
  }
}
