/**
 * The property tests' oracle arithmetic: exact rationals n/d (d > 0) of decimal.js integers,
 * independent of the core's core/money/exact.ts. A private Decimal clone (never the global one).
 */
import Decimal from 'decimal.js';

export const D = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_DOWN });
export type Dec = InstanceType<typeof D>;

export interface Q {
  readonly n: Dec;
  readonly d: Dec;
}

export const q = (n: Decimal.Value, d: Decimal.Value = 1): Q => ({ n: new D(n), d: new D(d) });
export const qMul = (a: Q, b: Q): Q => ({ n: a.n.times(b.n), d: a.d.times(b.d) });
export const qAdd = (a: Q, b: Q): Q => ({ n: a.n.times(b.d).plus(b.n.times(a.d)), d: a.d.times(b.d) });
export const qSub = (a: Q, b: Q): Q => ({ n: a.n.times(b.d).minus(b.n.times(a.d)), d: a.d.times(b.d) });
export const qCmp = (a: Q, b: Q): number => a.n.times(b.d).comparedTo(b.n.times(a.d));
export const qMin = (a: Q, b: Q): Q => (qCmp(a, b) <= 0 ? a : b);
/** floor(n / d), also of a negative amount. */
export const qFloor = (a: Q): Dec => a.n.div(a.d).floor();
