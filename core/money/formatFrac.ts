/**
 * Exact amounts as text, for notes only (a tier boundary such as 2,000,000/3 yen): never used
 * for arithmetic.
 */
import type { Frac } from './exact';
import { reduce } from './fracSum';

function grouped(n: bigint): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A non-negative amount as "666,666.67": rounded half up to `digits` decimals, trailing zeros dropped. */
export function decimalText(x: Frac, digits = 2): string {
  const scale = 10n ** BigInt(digits);
  const n = BigInt(x.n);
  const d = BigInt(x.d);
  const rounded = (2n * n * scale + d) / (2n * d);
  const part = rounded % scale;
  const whole = grouped(rounded / scale);
  return part === 0n ? whole : `${whole}.${String(part).padStart(digits, '0').replace(/0+$/, '')}`;
}

/** The exact value as "2,000,000/3" in lowest terms, or "1,000,000" when whole. */
export function fractionText(x: Frac): string {
  const r = reduce(x);
  const n = grouped(BigInt(r.n));
  return BigInt(r.d) === 1n ? n : `${n}/${grouped(BigInt(r.d))}`;
}
