/**
 * The live result of the builder's scenario, from the core alone: the calculation (with the rule
 * table that answered, CHECK's reasons and warnings as Texts) and, for a quote range, how the core
 * read each line. A cost the core cannot read is told apart from other errors: it is the cost
 * field's own error, and such a formula is not inserted.
 */
import { FUNCTIONS, asIthojoError, calculate, originOfAddress, quoteReadingOf, withRangeOrigins, type CalculationResult, type QuoteLineView, type RangeOrigin, type Text } from '../core';
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
      /** The core's reading of a quote range, line by line (empty for a typed cost). */
      readonly quote: readonly QuoteLineView[];
    }
  | { readonly kind: 'limits'; readonly limits: Limits }
  | {
      readonly kind: 'error';
      readonly message: Text;
      /** 'cost' when the cost is what the core cannot read (the same scenario prices a cost of 0). */
      readonly field: 'cost' | null;
      readonly limits?: Limits;
    };

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

/** Whether the scenario prices without its cost, i.e. the error is the cost's own. */
function pricesWithoutCost(s: ReturnType<typeof scenario>): boolean {
  try {
    calculate({ frame: s.frame, cost: 0, size: s.size, options: s.options });
    return true;
  } catch {
    return false;
  }
}

/**
 * The quote range's place in the sheet, so the core names its lines as the sheet numbers its rows
 * ("12行目", not the selection's 2nd row: issue 20); none for a typed cost.
 */
function originsOf(state: BuilderState, cost: unknown): ReadonlyMap<object, RangeOrigin> {
  const origin = state.range && Array.isArray(cost) ? originOfAddress(state.range.address) : undefined;
  return origin ? new Map([[cost as object, origin]]) : new Map();
}

export function outcomeOf(state: BuilderState): Outcome {
  const s = scenario(state);
  return withRangeOrigins(originsOf(state, s.cost), () => outcomeOfScenario(s));
}

function outcomeOfScenario(s: ReturnType<typeof scenario>): Outcome {
  if (s.cost === null) {
    const limits = limitsOf(s);
    if (limits) return { kind: 'limits', limits };
  }
  try {
    const calc = calculate({ frame: s.frame, cost: s.cost, size: s.size, options: s.options });
    return { kind: 'priced', calc, quote: quoteReadingOf(s.frame, s.cost, s.size, s.options) };
  } catch (e) {
    const field = s.cost !== null && pricesWithoutCost(s) ? 'cost' : null;
    return { kind: 'error', message: asIthojoError(e).text, field, limits: limitsOf(s) };
  }
}
