/**
 * Yen amounts: a cell number, or text in the amount grammar (numberGrammar.ts) such as
 * "1,000,000", "１，０００，０００円", "150万円", "1億2,000万", "¥1,000,000-", "100万円(税抜)".
 * Exact (no binary fractions); a fraction of a yen is truncated and reported.
 */
import { IthojoError, isIthojoError } from '../errors/IthojoError';
import { ARG, MSG, type Arg } from '../errors/messages';
import { isBlank, isDate } from './normalizeText';
import { scanNumber, type TaxNote } from './numberGrammar';

/** Inputs above this are rejected: far beyond any subsidy, and every product stays exact. */
export const MAX_AMOUNT = 1e15;
const MAX_BIG = BigInt(MAX_AMOUNT);

export interface Amount {
  /** Whole yen (floor), |yen| ≤ MAX_AMOUNT; negative only where the caller allows it. */
  readonly yen: number;
  /** True when a fraction of a yen was dropped (rules/README.md: non-integer cost). */
  readonly truncated: boolean;
  /** A (税込)/(税抜) note in the text, or null. */
  readonly tax: TaxNote;
  /** Written in accounting brackets, (30,000): a quote reads it only on a discount line (quote-reading.md §Q12, §Q31). */
  readonly bracketed?: boolean;
}

const AMOUNT_RULES = { kanji: true, yen: true, sign: true, brackets: true, fraction: true } as const;

/**
 * Texts that failed, with their error, per argument and sign rule: a column of one bad text
 * costs one parse and one error object. Bounded; errors are immutable.
 */
const failed = [new WeakMap<Arg, Map<string, IthojoError>>(), new WeakMap<Arg, Map<string, IthojoError>>()];
const FAILED_LIMIT = 512;

/**
 * The amount, or the error that says why not, returned rather than thrown: a bulk range call's
 * error cells then cost about what its values do (a throw and catch per cell does not).
 */
export function readAmount(value: unknown, arg: Arg = ARG.cost, allowNegative = false): Amount | IthojoError {
  if (typeof value !== 'string' || isBlank(value)) {
    try {
      return amountOf(value, arg, allowNegative);
    } catch (e) {
      return e as IthojoError;
    }
  }
  const byArg = failed[allowNegative ? 1 : 0];
  let known = byArg.get(arg);
  if (!known) byArg.set(arg, (known = new Map()));
  const hit = known.get(value);
  if (hit) return hit;
  try {
    return fromText(value, arg, allowNegative);
  } catch (e) {
    if (known.size >= FAILED_LIMIT) known.clear();
    known.set(value, e as IthojoError);
    return e as IthojoError;
  }
}

export function parseAmount(value: unknown, arg: Arg = ARG.cost, allowNegative = false): Amount {
  const a = readAmount(value, arg, allowNegative);
  if (isIthojoError(a)) throw a;
  return a;
}

function amountOf(value: unknown, arg: Arg, allowNegative: boolean): Amount {
  if (typeof value === 'number') return fromNumber(value, arg, allowNegative);
  if (isBlank(value)) throw new IthojoError(arg === ARG.cost ? MSG.blankCost() : MSG.blank(arg));
  if (typeof value === 'string') return fromText(value, arg, allowNegative);
  if (typeof value === 'boolean') throw new IthojoError(MSG.booleanArg(arg));
  // a date cell: Excel passes its serial number (a number, read above); Sheets and Node a Date
  if (isDate(value)) throw new IthojoError(MSG.dateAsAmount(arg));
  throw new IthojoError(MSG.notAValue(arg, value));
}

function fromNumber(v: number, arg: Arg, allowNegative: boolean): Amount {
  if (!Number.isFinite(v)) throw new IthojoError(MSG.notFinite(arg));
  if (v < 0 && !allowNegative) throw new IthojoError(MSG.negative(arg, v));
  if (Math.abs(v) > MAX_AMOUNT) throw new IthojoError(MSG.tooLarge(arg, v));
  const yen = Math.floor(v) + 0; // + 0 turns -0 into 0
  return { yen, truncated: yen !== v, tax: null };
}

function fromText(text: string, arg: Arg, allowNegative: boolean): Amount {
  const s = scanNumber(text, AMOUNT_RULES);
  if (s === null) throw new IthojoError(MSG.notAmount(arg, text));
  if (s.negative && !allowNegative && s.n !== 0n) throw new IthojoError(MSG.negative(arg, text));
  const whole = s.n / s.d;
  const truncated = s.n % s.d !== 0n;
  if (whole > MAX_BIG || (whole === MAX_BIG && truncated)) throw new IthojoError(MSG.tooLarge(arg, text));
  // floor: a negative amount with a fraction rounds away from zero (a discount never shrinks)
  const yen = s.negative ? -Number(whole) - (truncated ? 1 : 0) + 0 : Number(whole);
  return s.bracketed ? { yen, truncated, tax: s.tax, bracketed: true } : { yen, truncated, tax: s.tax };
}
