/**
 * Exact rational arithmetic for money.
 *
 * Values are fractions of integers. An integer is a JS number while it is a safe integer
 * (|x| ≤ 2^53 − 1) and a bigint beyond that, so the common case (whole-yen costs of a
 * few million yen, rates like 2/3) runs on plain numbers and huge inputs stay exact.
 *
 * Why `Math.floor(n / d)` is exact for safe integers n ≥ 0, d ≥ 1: write n = q·d + r. If r = 0
 * the quotient is an integer and exactly representable. Otherwise the true quotient is at least
 * 1/d below q + 1, while the correctly rounded float quotient is off by at most half an ulp of a
 * value below 2^53 / d, i.e. less than 1/d; so it never rounds up to q + 1. The property tests
 * check this against decimal.js.
 */
export type Int = number | bigint;

export interface Frac {
  readonly n: Int;
  readonly d: Int;
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

function narrow(x: bigint): Int {
  return x <= MAX && x >= -MAX ? Number(x) : x;
}

export function mulInt(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    if (Number.isSafeInteger(p)) return p;
  }
  return narrow(BigInt(a) * BigInt(b));
}

export function addInt(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  return narrow(BigInt(a) + BigInt(b));
}

export function subInt(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a - b;
    if (Number.isSafeInteger(s)) return s;
  }
  return narrow(BigInt(a) - BigInt(b));
}

function sign(a: Int): number {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}

/** floor(n / d) for d > 0. */
export function floorDiv(n: Int, d: Int): Int {
  if (typeof n === 'number' && typeof d === 'number') return Math.floor(n / d);
  const bn = BigInt(n);
  const bd = BigInt(d);
  const q = bn / bd;
  return narrow(bn < 0n && q * bd !== bn ? q - 1n : q);
}

export function frac(n: Int, d: Int = 1): Frac {
  return { n, d };
}

export const ZERO: Frac = frac(0);

export function mul(a: Frac, b: Frac): Frac {
  return { n: mulInt(a.n, b.n), d: mulInt(a.d, b.d) };
}

export function div(a: Frac, b: Frac): Frac {
  const n = mulInt(a.n, b.d);
  const d = mulInt(a.d, b.n);
  return sign(d) < 0 ? { n: subInt(0, n), d: subInt(0, d) } : { n, d };
}

export function add(a: Frac, b: Frac): Frac {
  if (a.d === b.d) return { n: addInt(a.n, b.n), d: a.d };
  return { n: addInt(mulInt(a.n, b.d), mulInt(b.n, a.d)), d: mulInt(a.d, b.d) };
}

export function sub(a: Frac, b: Frac): Frac {
  if (a.d === b.d) return { n: subInt(a.n, b.n), d: a.d };
  return { n: subInt(mulInt(a.n, b.d), mulInt(b.n, a.d)), d: mulInt(a.d, b.d) };
}

/** Sign of a − b. */
export function compare(a: Frac, b: Frac): number {
  if (a.d === b.d) return sign(subInt(a.n, b.n));
  return sign(subInt(mulInt(a.n, b.d), mulInt(b.n, a.d)));
}

export function min(a: Frac, b: Frac): Frac {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Frac, b: Frac): Frac {
  return compare(a, b) >= 0 ? a : b;
}

export function isZero(a: Frac): boolean {
  return a.n === 0;
}

/** The value as a JS number, for display only (never for money arithmetic). */
export function toNumber(a: Frac): number {
  return Number(a.n) / Number(a.d);
}
