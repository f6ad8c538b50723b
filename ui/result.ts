/**
 * The live result of the builder's scenario, from the core alone: the calculation (with the rule
 * table that answered), CHECK's verdict and, for a quote range, how the core read each line.
 */
import { FUNCTIONS, asIthojoError, calculate, type CalculationResult } from '../core';
import { scenario, type BuilderState } from './builder';

/** What the pane shows without a cost: the scenario's cap, floor and base rate. */
export interface Limits {
  readonly cap: number;
  readonly floor: number;
  readonly baseRate: number;
}

export type Outcome =
  | {
      readonly kind: 'priced';
      readonly calc: CalculationResult;
      readonly check: string;
      /** The core's reading of a quote range, line by line: its header row, then one row a line. */
      readonly quote: readonly (readonly unknown[])[];
    }
  | { readonly kind: 'limits'; readonly limits: Limits }
  | { readonly kind: 'error'; readonly message: string; readonly limits?: Limits };

/**
 * BREAKDOWN ends a quote's table with the quote lines as it read them, under their own header
 * row, the first that names 見積明細 (the core does not export that header yet).
 */
const QUOTE_SECTION = /見積明細/;

function limitsOf(s: ReturnType<typeof scenario>): Limits | undefined {
  try {
    return {
      cap: FUNCTIONS.CAP(s.frame, s.size, s.options) as number,
      floor: FUNCTIONS.MINAMOUNT(s.frame, s.size, s.options) as number,
      baseRate: FUNCTIONS.RATE(s.frame, null, s.size, s.options) as number,
    };
  } catch {
    return undefined;
  }
}

function quoteReading(s: ReturnType<typeof scenario>): (readonly unknown[])[] {
  if (!Array.isArray(s.cost)) return [];
  const table = FUNCTIONS.BREAKDOWN(s.frame, s.cost, s.size, s.options) as unknown[][];
  const start = table.findIndex((row) => typeof row[0] === 'string' && QUOTE_SECTION.test(row[0]));
  return start < 0 ? [] : table.slice(start);
}

export function outcomeOf(state: BuilderState): Outcome {
  const s = scenario(state);
  if (s.cost === null) {
    const limits = limitsOf(s);
    if (limits) return { kind: 'limits', limits };
  }
  try {
    const calc = calculate({ frame: s.frame, cost: s.cost, size: s.size, options: s.options });
    const check = String(FUNCTIONS.CHECK(s.frame, s.cost, s.size, s.options));
    return { kind: 'priced', calc, check, quote: quoteReading(s) };
  } catch (e) {
    return { kind: 'error', message: asIthojoError(e).message, limits: limitsOf(s) };
  }
}
