/**
 * The pane's view of a quote range: how the core read it for a scenario, line by line, in Texts
 * (quoteLineRows.ts words the rows; this prices the scenario). Apart from quoteLineRows.ts, which
 * only BREAKDOWN's on-demand part reaches, so that part never imports the engine's entry.
 */
import { price } from '../engine/calculate';
import { quoteReading, type QuoteLineView } from './quoteLineRows';

/** How the core read a quote range for a scenario, line by line; none for a plain cost. */
export function quoteReadingOf(frame: unknown, cost: unknown, size: unknown, options: unknown): QuoteLineView[] {
  if (!Array.isArray(cost)) return [];
  const p = price(frame, cost, size, options, true);
  return p.kind === 'single' && p.e.lines ? quoteReading(p.e.lines) : [];
}
