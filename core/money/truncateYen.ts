import { floorDiv, type Frac } from './exact';

/**
 * 1円未満切り捨て: the whole yen at or below an exact amount (it2025.md §1.2; programs-2025.md §0).
 * Results are subsidies or costs bounded by the 1e15 input limit, so they fit a safe integer.
 */
export function truncateYen(amount: Frac): number {
  return Number(floorDiv(amount.n, amount.d));
}
