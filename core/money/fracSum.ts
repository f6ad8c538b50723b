import { add, addInt, floorDiv, frac, ZERO, type Frac, type Int } from './exact';

/**
 * A sum of many exact fractions. `add` of two fractions multiplies their denominators, so a
 * quote of 100,000 lines with a few distinct denominators (÷1.1, a pro rata discount) would grow
 * bigints without end; this keeps one numerator per distinct denominator and combines them once.
 * (exact.ts keeps safe integers as numbers, so one value is never both a number and a bigint key.)
 */
export class FracSum {
  private readonly byDenominator = new Map<Int, Int>();

  add(x: Frac): void {
    if (x.n === 0) return;
    const n = this.byDenominator.get(x.d);
    this.byDenominator.set(x.d, n === undefined ? x.n : addInt(n, x.n));
  }

  value(): Frac {
    let total = ZERO;
    for (const [d, n] of this.byDenominator) total = reduce(add(total, frac(n, d)));
    return total;
  }
}

function gcd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) [x, y] = [y, x % y];
    return x;
  }
  let x = BigInt(a) < 0n ? -BigInt(a) : BigInt(a);
  let y = BigInt(b) < 0n ? -BigInt(b) : BigInt(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The same fraction in lowest terms (d > 0). */
export function reduce(x: Frac): Frac {
  if (x.n === 0) return ZERO;
  const g = gcd(x.n, x.d);
  if (g === 1 || g === 1n) return x;
  return frac(floorDiv(x.n, g), floorDiv(x.d, g));
}
