/**
 * The subsidy as a function of a plain cost, for one frame, size and options: its corners
 * (the floor, each rate tier's edge, the cap) found by asking the core's AMOUNT, so every
 * point the chart draws is an answer of AMOUNT, and the other cap bands of the rule table.
 */
import { FUNCTIONS, calculate, capBandsOf, type CapBand } from '../../core';

export type PointKind = 'origin' | 'belowFloor' | 'floor' | 'tier' | 'cap' | 'end' | 'current';

export interface CurvePoint {
  readonly cost: number;
  readonly amount: number;
  readonly kind: PointKind;
}

/** A rate tier between two costs (to: null runs to the cap). */
export interface Tier {
  readonly from: number;
  readonly to: number | null;
  readonly rate: string;
}

export interface Curve {
  /** The corners of the line, in cost order, each AMOUNT at its cost. */
  readonly points: readonly CurvePoint[];
  readonly current: CurvePoint | null;
  readonly top: number;
  readonly floor: number;
  readonly floorCost: number | null;
  readonly capCost: number;
  readonly tiers: readonly Tier[];
  /** The cap bands of the scenario (the core's: the current one, lower ones, reachable higher ones). */
  readonly bands: readonly CapBand[];
  readonly xMax: number;
  readonly yMax: number;
}

/** Past this the line is flat in every table (far above any cap's cost). */
const COST_LIMIT = 1e14;

/** The smallest whole cost in [lo, hi] where ok(cost) holds, ok being monotone and ok(hi) true. */
function firstWhere(lo: number, hi: number, ok: (c: number) => boolean): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return hi;
}

/** A round axis end at or above x: 1, 2 or 5 × 10^k. */
export function niceCeil(x: number): number {
  if (x <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

/**
 * The curve of AMOUNT(frame, cost, size, options); `current` is the quote's own point. Throws
 * the core's error when the frame cannot price a plain cost (a members table, a missing option).
 */
export function curveOf(frame: string, size: string | null, options: string | null, current: { cost: number; amount: number } | null): Curve {
  const amountAt = (cost: number) => FUNCTIONS.AMOUNT(frame, cost, size, options) as number;
  let high = Math.max(FUNCTIONS.CAP(frame, size, options) as number, 1);
  while (high < COST_LIMIT && amountAt(high * 2) > amountAt(high)) high *= 2;
  const top = amountAt(high);
  const floor = FUNCTIONS.MINAMOUNT(frame, size, options) as number;

  const capCost = top > 0 ? firstWhere(0, high, (c) => amountAt(c) >= top) : 0;
  const floorCost = top > 0 ? firstWhere(0, capCost, (c) => amountAt(c) > 0) : null;

  const tiers: Tier[] = [];
  let bands: CapBand[] = [];
  if (top > 0) {
    const calc = calculate({ frame, cost: capCost, size, options });
    let from = 0;
    for (const line of calc.lines.filter((l) => l.cost > 0)) {
      tiers.push({ from, to: from + line.cost, rate: line.rate });
      from += line.cost;
    }
    if (tiers.length > 0) tiers[tiers.length - 1] = { ...tiers[tiers.length - 1], to: null };
    bands = capBandsOf(frame, size, options);
  }

  const xMax = niceCeil(Math.max(capCost * 1.25, (current?.cost ?? 0) * 1.1, 1));
  const yMax = niceCeil(Math.max(top, current?.amount ?? 0, floor) * 1.1);
  const at = (cost: number, kind: PointKind): CurvePoint => ({ cost, amount: amountAt(cost), kind });
  const points: CurvePoint[] = [{ cost: 0, amount: amountAt(0), kind: 'origin' }];
  // the jump at the floor (下限): nothing below it, the floor's worth of subsidy at it
  if (floor > 0 && floorCost !== null) points.push(at(floorCost - 1, 'belowFloor'), at(floorCost, 'floor'));
  for (const t of tiers.slice(0, -1)) {
    if (t.to !== null && t.to > (floorCost ?? 0) && t.to < capCost) points.push(at(t.to, 'tier'));
  }
  if (capCost > 0) points.push(at(capCost, 'cap'));
  points.push(at(xMax, 'end'));
  return {
    points,
    current: current ? { ...current, kind: 'current' } : null,
    top, floor, floorCost, capCost, tiers, bands, xMax, yMax,
  };
}
