/**
 * Apps Script's onDemand() (in place of core/onDemand/index.ts, swapped in by
 * scripts/gas-split.mjs): the core's rarely used parts (quotes, 複数社連携, BREAKDOWN, FRAMES,
 * COMPARE, the helpers) come from their own HTML file, evaluated on first use
 * (./onDemandFiles.ts). AMOUNT, RATE, SELFPAY, CAP, MINAMOUNT and CHECK on amounts never read it.
 */
import type { OnDemandParts } from '../core';
import { evaluateFile } from './onDemandFiles';

/** The HTML file (dist/gas/CoreOnDemand.html) that holds the parts' code. */
export const ON_DEMAND_FILE = 'CoreOnDemand';

export function onDemand(): OnDemandParts {
  return evaluateFile<OnDemandParts>(ON_DEMAND_FILE);
}
