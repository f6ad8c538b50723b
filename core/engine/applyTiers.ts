/**
 * Prices one bucket's eligible cost through its rate tiers, truncating each part to whole yen
 * (it2025.md §1.2: 1円未満切り捨て; §6.4: the official tool truncates each rate part).
 */
import { compare, div, floorDiv, frac, isZero, min, mul, mulInt, sub, ZERO, type Frac } from '../money/exact';
import type { Rate } from '../money/rate';
import { truncateYen } from '../money/truncateYen';
import type { TierSet } from '../rules/types';

export interface TierPrice {
  readonly cost: Frac;
  readonly rate: Rate;
  readonly subsidy: number;
}

export function applyTiers(cost: Frac, tiers: TierSet): TierPrice[] {
  if (tiers.parts.length === 1) {
    const { rate } = tiers.parts[0];
    return [{ cost, rate, subsidy: Number(floorDiv(mulInt(cost.n, rate.n), mulInt(cost.d, rate.d))) }];
  }
  const out: TierPrice[] = [];
  let remaining = cost;
  let previous = 0;
  for (const { upTo, rate } of tiers.parts) {
    if (isZero(remaining) && out.length > 0) break;
    let used = remaining;
    if (upTo !== null) {
      const width = frac(upTo - previous);
      // a subsidy bound of W at rate r consumes W / r of cost
      const room = tiers.basis === 'subsidy' ? div(width, rate) : width;
      used = min(remaining, room);
      previous = upTo;
    }
    const subsidy = truncateYen(mul(used, rate));
    out.push({ cost: used, rate, subsidy });
    remaining = sub(remaining, used);
  }
  return out;
}

export function isPositive(x: Frac): boolean {
  return compare(x, ZERO) > 0;
}
