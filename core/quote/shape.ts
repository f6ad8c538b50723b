/**
 * Whether a cost range is one quote or a range of scenarios, decided in one cheap pass: a range
 * of at least two columns holding a label (text that is not an amount) is a quote; numbers and
 * amount text alone broadcast (rules/README.md "quote lines vs. a range of scenarios"). A
 * 100,000 × 1 column is answered by its width; each cell is looked at once at most.
 */
import { isLabel } from './text';

export function isQuoteShape(x: unknown): x is unknown[][] {
  if (!Array.isArray(x) || x.length === 0) return false;
  let wide = false;
  for (const row of x) if (Array.isArray(row) && row.length >= 2) wide = true;
  if (!wide) return false;
  for (const row of x as unknown[][]) {
    for (let c = 0; c < row.length; c++) if (isLabel(row[c])) return true;
  }
  return false;
}
