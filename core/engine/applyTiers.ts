/**
 * Prices one bucket's eligible cost through its rate tiers, truncating each part to whole yen
 * (it2025.md §1.2: 1円未満切り捨て; §6.4: the official tool truncates each rate part).
 * `tierTotal` gives the sum alone, for bulk calls that need no breakdown; both walk the tiers
 * with the same precomputed tier rooms.
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

/**
 * The most cost each tier can take (null: no bound), computed once per tier set: a subsidy
 * bound of W at rate r consumes W / r of cost.
 */
const roomsOf = new WeakMap<TierSet, readonly (Frac | null)[]>();

export function tierRooms(tiers: TierSet): readonly (Frac | null)[] {
  let r = roomsOf.get(tiers);
  if (!r) {
    let previous = 0;
    r = tiers.parts.map((part: TierPart) => {
      if (part.upTo === null) return null;
      const width = frac(part.upTo - previous);
      previous = part.upTo;
      return tiers.basis === 'subsidy' ? div(width, part.rate) : width;
    });
    roomsOf.set(tiers, r);
  }
  return r;
}

export function applyTiers(cost: Frac, tiers: TierSet): TierPrice[] {
  const out: TierPrice[] = [];
  const room = tierRooms(tiers);
  let remaining = cost;
  tiers.parts.forEach((part, i) => {
    if (isZero(remaining) && out.length > 0) return;
    const used = room[i] === null ? remaining : min(remaining, room[i]!);
    out.push({ cost: used, rate: part.rate, subsidy: subsidyOf(used, part.rate) });
    remaining = sub(remaining, used);
  });
  return out;
}

/** The sum of applyTiers(cost, tiers)'s subsidies, allocating no part objects. */
export function tierTotal(cost: Frac, tiers: TierSet): number {
  const { parts } = tiers;
  if (parts.length === 1) return subsidyOf(cost, parts[0].rate);
  const room = tierRooms(tiers);
  let sum = 0;
  let remaining = cost;
  for (let i = 0; i < parts.length && !isZero(remaining); i++) {
    const used = room[i] === null ? remaining : min(remaining, room[i]!);
    sum += subsidyOf(used, parts[i].rate);
    remaining = sub(remaining, used);
  }
  return sum;
}

export function isPositive(x: Frac): boolean {
  return compare(x, ZERO) > 0;
}
