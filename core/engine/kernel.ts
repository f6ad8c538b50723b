/**
 * The bulk path of AMOUNT for a whole-yen plain cost: a plan compiled once to an integer kernel.
 * It is the exact engine's arithmetic, not an approximation:
 *
 * - The counted cost yen × F (F = 税込 10/11 × 口座 a/b) and every tier room (applyTiers.ts) are
 *   integers in units of 1/U, U the least common multiple of their denominators.
 * - Each tier's subsidy is floor(used × rate), with used × numerator < 2^53, so Math.floor of
 *   the float quotient is exact (core/money/exact.ts proves why).
 * - The subsidy never falls as the cost rises, so from `atCap` (the least cost whose subsidy
 *   reaches the cap, found once with BigInt) the answer is the cap: costs up to 1e15 never
 *   leave the safe-integer range.
 *
 * A plan the kernel cannot price exactly (a members table, a requirement to judge, a missing
 * option, denominators too large for the bound) has no kernel: the exact engine prices it.
 * tests/core/kernel.test.ts compares both on every frame, at every edge.
 */
import { MAX_AMOUNT } from '../input/parseAmount';
import { mul, type Frac } from '../money/exact';
import { tierRooms } from './applyTiers';
import type { Plan } from './plan';

export interface Kernel {
  /** Costs from here on get `capAmount`. */
  readonly atCap: number;
  readonly capAmount: number;
  /** Counted-cost units per yen. */
  readonly scale: number;
  /** Each tier's room in units (Infinity: no bound), and its rate as num / den per unit. */
  readonly rooms: readonly number[];
  readonly num: readonly number[];
  readonly den: readonly number[];
  readonly floor: number;
}

const kernels = new WeakMap<Plan, Kernel | null>();

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

const big = (x: number | bigint): bigint => BigInt(x);

/** The plan's kernel, compiled on first use, or null when the exact engine must price. */
export function kernelOf(plan: Plan): Kernel | null {
  let k = kernels.get(plan);
  if (k === undefined) {
    k = compile(plan);
    kernels.set(plan, k);
  }
  return k;
}

function compile(plan: Plan): Kernel | null {
  const { frame } = plan;
  if (frame.group || plan.missing.length > 0 || (frame.requirements?.length ?? 0) > 0) return null;
  if (plan.ineligible.length > 0) return { atCap: 1, capAmount: 0, scale: 0, rooms: [], num: [], den: [], floor: 0 };
  const bucket = plan.buckets[plan.plainBucket];
  if (!bucket) return null;
  const needs = bucket.rule.requires?.categories;
  if (needs && !needs.some((c) => plan.plainCategories.includes(c))) return null;

  const factor: Frac = bucket.rule.accountsRatio ? mul(plan.taxFactor, plan.accountsRatio) : plan.taxFactor;
  const rooms = tierRooms(bucket.tiers);
  const parts = bucket.tiers.parts;
  // U: the least common multiple of the factor's and the rooms' denominators
  let units = big(factor.d);
  for (const r of rooms) if (r) units = (units / gcd(units, big(r.d))) * big(r.d);
  const scale = (big(factor.n) * units) / big(factor.d);
  const roomUnits = rooms.map((r) => (r ? (big(r.n) * units) / big(r.d) : null));
  const den = parts.map((p) => units * big(p.rate.d));

  /** The raw (uncapped) subsidy of a cost, exactly, in BigInt: the search below and the bound. */
  const rawOf = (yen: bigint): bigint => {
    let c = yen * scale;
    let raw = 0n;
    for (let i = 0; i < parts.length && c > 0n; i++) {
      const room = roomUnits[i];
      const used = room === null || c < room ? c : room;
      raw += (used * big(parts[i].rate.n)) / den[i];
      c -= used;
    }
    return raw;
  };
  const cap = big(bucket.cap);
  let lo = 0n;
  let hi = big(MAX_AMOUNT) + 1n; // the least yen whose raw subsidy reaches the cap (MAX + 1: never)
  if (rawOf(hi - 1n) >= cap) {
    while (lo < hi) {
      const mid = (lo + hi) / 2n;
      if (rawOf(mid) >= cap) hi = mid;
      else lo = mid + 1n;
    }
  }
  // below atCap every product stays a safe integer, or there is no kernel
  const maxNum = parts.reduce((m, p) => (big(p.rate.n) > m ? big(p.rate.n) : m), 1n);
  if (hi * scale * maxNum >= big(Number.MAX_SAFE_INTEGER) || den.some((d) => d >= big(Number.MAX_SAFE_INTEGER))) return null;
  const capAmount = bucket.cap >= plan.floor && bucket.cap > 0 ? bucket.cap : 0;
  return {
    atCap: Number(hi),
    capAmount,
    scale: Number(scale),
    rooms: roomUnits.map((r) => (r === null ? Infinity : Number(r))),
    num: parts.map((p) => p.rate.n),
    den: den.map(Number),
    floor: plan.floor,
  };
}

/** AMOUNT of a whole-yen plain cost (0 ≤ yen ≤ MAX_AMOUNT) under a kernel; equal to the exact engine. */
export function kernelAmount(k: Kernel, yen: number): number {
  if (yen >= k.atCap) return k.capAmount;
  let c = yen * k.scale;
  let raw = 0;
  const { rooms, num, den } = k;
  for (let i = 0; i < rooms.length && c > 0; i++) {
    const room = rooms[i];
    const used = c < room ? c : room;
    raw += Math.floor((used * num[i]) / den[i]);
    c -= used;
  }
  // below the cap: eligible only from the floor, and a subsidy that truncates to 0 is not one
  return raw >= k.floor && raw > 0 ? raw : 0;
}
