/**
 * Discount lines (値引き: a negative amount, or a 値引/割引 label) as exact factors on the eligible
 * lines (rules/README.md rulings): a discount with a category reduces that category's lines; one
 * without reduces the eligible lines pro rata to their amounts, so the whole discount counts
 * against eligible cost (never overstating); `値引き=按分` spreads it over every line, 対象外
 * included. Each factor is one exact fraction, so the result does not depend on line order.
 */
import { IthojoError } from '../errors/IthojoError';
import { QUOTE_MSG } from '../errors/quoteMessages';
import { addInt, compare, frac, subInt, type Frac, type Int } from '../money/exact';
import type { CategoryId } from '../rules/types';
import type { QuoteLine } from './types';

export interface Discounts {
  /** Factor on the eligible part of each line of a category (1 when none). */
  readonly byCategory: ReadonlyMap<CategoryId, Frac>;
  /** Factor on every eligible part, from discounts without a category. */
  readonly spread: Frac;
  /** The total of the discounts without a category (for the note). */
  readonly spreadTotal: Int;
}

const ONE = frac(1);

/** The eligible part of a line before discounts. */
export function eligibleOf(line: QuoteLine): number {
  if (line.category === null || line.discount) return 0;
  return line.eligible ?? line.amount;
}

function reduceBy(base: Int, discount: Int, row: number, target: string): Frac {
  if (compare(frac(discount), frac(base)) > 0) throw new IthojoError(QUOTE_MSG.discountTooLarge(row, discount, base, target));
  return compare(frac(base), frac(0)) === 0 ? ONE : frac(subInt(base, discount), base);
}

export function discountsOf(lines: readonly QuoteLine[], spreadOverAll: boolean): Discounts {
  const base = new Map<CategoryId, Int>();
  const off = new Map<CategoryId | null, { total: Int; row: number; label: string }>();
  let spreadTotal: Int = 0;
  let spreadRow = 0;
  let whole: Int = 0; // every line as written, discounts aside
  for (const l of lines) {
    if (l.discount) {
      const d = -l.amount;
      if (l.discount.spread) {
        spreadTotal = addInt(spreadTotal, d);
        spreadRow ||= l.row;
      } else {
        const key = l.category?.id ?? null;
        const o = off.get(key);
        off.set(key, { total: addInt(o?.total ?? 0, d), row: o?.row ?? l.row, label: l.category?.label ?? '対象外' });
      }
      continue;
    }
    whole = addInt(whole, l.amount);
    if (l.category) base.set(l.category.id, addInt(base.get(l.category.id) ?? 0, eligibleOf(l)));
  }
  const byCategory = new Map<CategoryId, Frac>();
  let eligible: Int = 0;
  let specific: Int = 0;
  for (const [key, o] of off) {
    specific = addInt(specific, o.total);
    if (key === null) {
      // a discount on 対象外 lines reduces only what they cost
      const excluded = lines.reduce<Int>((s, l) => (!l.discount ? addInt(s, l.amount - eligibleOf(l)) : s), 0);
      reduceBy(excluded, o.total, o.row, o.label);
    } else byCategory.set(key, reduceBy(base.get(key) ?? 0, o.total, o.row, o.label));
  }
  for (const [key, b] of base) eligible = addInt(eligible, subInt(b, off.get(key)?.total ?? 0));
  if (spreadTotal === 0) return { byCategory, spread: ONE, spreadTotal };
  const over = spreadOverAll ? subInt(whole, specific) : eligible;
  // over all lines, only the eligible lines' share of the discount reduces eligible cost
  const spread = reduceBy(over, spreadTotal, spreadRow, spreadOverAll ? '全ての行' : '補助対象の行');
  return { byCategory, spread, spreadTotal };
}
