/**
 * Prices one bucket's eligible cost through its rate tiers, truncating each part to whole yen
 * (it2025.md §1.2: 1円未満切り捨て; §6.4: the official tool truncates each rate part).
 * `tierTotal` gives the sum alone, for bulk calls that need no breakdown; both walk the tiers
 * with the same `nextPart`.
 */
import { compare, div, floorDiv, frac, isZero, min, mulInt, sub, ZERO, type Frac } from '../money/exact';
import type { Rate } from '../money/rate';
import type { TierPart, TierSet } from '../rules/types';

export interface TierPrice {
  readonly cost: Frac;
  readonly rate: Rate;
  readonly subsidy: number;
}

/** floor(cost × rate) without an intermediate object. */
function subsidyOf(cost: Frac, rate: Rate): number {
  return Number(floorDiv(mulInt(cost.n, rate.n), mulInt(cost.d, rate.d)));
}

/** The cost a tier takes from `remaining`, given the bound of the tier before it. */
function nextPart(remaining: Frac, previous: number, part: TierPart, basis: TierSet['basis']): Frac {
  if (part.upTo === null) return remaining;
  const width = frac(part.upTo - previous);
  // a subsidy bound of W at rate r consumes W / r of cost
  return min(remaining, basis === 'subsidy' ? div(width, part.rate) : width);
}

export function applyTiers(cost: Frac, tiers: TierSet): TierPrice[] {
  const out: TierPrice[] = [];
  let remaining = cost;
  let previous = 0;
  for (const part of tiers.parts) {
    if (isZero(remaining) && out.length > 0) break;
    const used = nextPart(remaining, previous, part, tiers.basis);
    out.push({ cost: used, rate: part.rate, subsidy: subsidyOf(used, part.rate) });
    remaining = sub(remaining, used);
    previous = part.upTo ?? previous;
  }
  return out;
}

/** The sum of applyTiers(cost, tiers)'s subsidies, allocating no part objects. */
export function tierTotal(cost: Frac, tiers: TierSet): number {
  const { parts } = tiers;
  if (parts.length === 1) return subsidyOf(cost, parts[0].rate);
  let sum = 0;
  let remaining = cost;
  let previous = 0;
  for (const part of parts) {
    if (isZero(remaining)) break;
    const used = nextPart(remaining, previous, part, tiers.basis);
    sum += subsidyOf(used, part.rate);
    remaining = sub(remaining, used);
    previous = part.upTo ?? previous;
  }
  return sum;
}

export function isPositive(x: Frac): boolean {
  return compare(x, ZERO) > 0;
}
