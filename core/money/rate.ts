import type { Frac } from './exact';

/** A 補助率 as an exact fraction; never stored as 0.67. */
export interface Rate extends Frac {
  readonly n: number;
  readonly d: number;
}

export function rate(n: number, d: number): Rate {
  return { n, d };
}

export const HALF = rate(1, 2);
export const THIRD = rate(1, 3);
export const TWO_THIRDS = rate(2, 3);
export const THREE_QUARTERS = rate(3, 4);
export const FOUR_FIFTHS = rate(4, 5);

export function formatRate(r: Rate): string {
  return `${r.n}/${r.d}`;
}

export function rateValue(r: Rate): number {
  return r.n / r.d;
}
