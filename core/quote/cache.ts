/**
 * One quote range priced against many scenarios (a column of frames beside one quote) is read
 * once per rule table within one call, not once per row; a quote that cannot be read fails once
 * too (the same error for every row). Scoped to a call, so a caller that edits its array between
 * calls never gets a stale reading.
 */
import type { IthojoError } from '../errors/IthojoError';
import type { RuleTable } from '../rules/types';
import type { Row } from './columns';

import { onDemand } from '../onDemand';
import { originOf } from './origin';
import { remember } from './remember';
import type { Quote } from './types';

let readings: WeakMap<object, Map<RuleTable, Quote | IthojoError>> | null = null;

export function withQuoteCache<T>(run: () => T): T {
  if (readings) return run();
  readings = new WeakMap();
  try {
    return run();
  } finally {
    readings = null;
  }
}

export function quoteOf(rows: readonly Row[], table: RuleTable): Quote {
  // where the host says the range stands (Excel's parameter address), its rows are named as the sheet shows them
  const origin = originOf(rows);
  if (!readings) return onDemand().readQuote(rows, table, origin);
  let byTable = readings.get(rows);
  if (!byTable) readings.set(rows, (byTable = new Map()));
  return remember(byTable, table, () => onDemand().readQuote(rows, table, origin));
}
