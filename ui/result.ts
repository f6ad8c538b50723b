/**
 * The live result of the builder's scenario, from the core alone: the calculation, CHECK's
 * verdict, the rule table that answered and, for a quote range, how each line was read.
 */
import { FUNCTIONS, TABLES, asIthojoError, calculate, type CalculationResult } from '../core';
import type { RuleTable } from '../templates/catalog';
import { scenario, type BuilderState } from './builder';

export interface QuoteRow {
  /** 1-based row in the range. */
  readonly row: number;
  readonly cells: readonly unknown[];
  readonly reading: { readonly kind: 'header' } | { readonly kind: 'blank' } | { readonly kind: 'line'; readonly counted: number } | { readonly kind: 'error'; readonly message: string };
}

/** What the pane shows without a cost: the scenario's cap, floor and base rate. */
export interface Limits {
  readonly cap: number;
  readonly floor: number;
  readonly baseRate: number;
}

export type Outcome =
  | { readonly kind: 'priced'; readonly calc: CalculationResult; readonly check: string; readonly table: RuleTable | undefined; readonly quote: readonly QuoteRow[] }
  | { readonly kind: 'limits'; readonly limits: Limits }
  | { readonly kind: 'error'; readonly message: string; readonly limits?: Limits };

const isBlank = (x: unknown) => x === null || x === undefined || (typeof x === 'string' && x.trim() === '');

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

/** Each line of a quote range priced alone: what the core counted, or why it could not read it. */
function readQuote(s: ReturnType<typeof scenario>): QuoteRow[] {
  if (!Array.isArray(s.cost)) return [];
  const rows = s.cost as unknown[][];
  let seenLine = false;
  return rows.map((cells, i) => {
    if (cells.every(isBlank)) return { row: i + 1, cells, reading: { kind: 'blank' } };
    try {
      const counted = calculate({ frame: s.frame, cost: [cells], size: s.size, options: s.options }).cost;
      seenLine = true;
      return { row: i + 1, cells, reading: { kind: 'line', counted } };
    } catch (e) {
      // the core takes a first row whose amount is text as the header
      if (!seenLine && typeof cells[1] === 'string') {
        seenLine = true;
        return { row: i + 1, cells, reading: { kind: 'header' } };
      }
      return { row: i + 1, cells, reading: { kind: 'error', message: asIthojoError(e).message } };
    }
  });
}

export function outcomeOf(state: BuilderState): Outcome {
  const s = scenario(state);
  if (s.cost === null) {
    const limits = limitsOf(s);
    return limits ? { kind: 'limits', limits } : { kind: 'error', message: errorOf(() => FUNCTIONS.CAP(s.frame, s.size, s.options)) };
  }
  try {
    const calc = calculate({ frame: s.frame, cost: s.cost, size: s.size, options: s.options });
    const check = String(FUNCTIONS.CHECK(s.frame, s.cost, s.size, s.options));
    const table = TABLES.find((t) => t.program === calc.frame.program && t.fiscalYear === calc.frame.fiscalYear);
    return { kind: 'priced', calc, check, table, quote: readQuote(s) };
  } catch (e) {
    return { kind: 'error', message: asIthojoError(e).message, limits: limitsOf(s) };
  }
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
    return '';
  } catch (e) {
    return asIthojoError(e).message;
  }
}
