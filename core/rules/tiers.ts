import type { Rate } from '../money/rate';
import type { TierSet } from './types';

/** One rate on the whole cost: the tier set of most frames. */
export function flatRate(rate: Rate): TierSet {
  return { basis: 'subsidy', parts: [{ upTo: null, rate }] };
}
