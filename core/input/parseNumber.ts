/**
 * Whole numbers (employees, months, rounds, option counts) and exact decimals (wages,
 * quantities, factors) from a cell: a number, or text in the plain grammar of numberGrammar.ts
 * ("1,200", "30人", "12ヶ月", "7次", "9.76"). A fraction where a count is meant is an error,
 * never truncated (5.9 employees are not 5).
 */
import { IthojoError } from '../errors/IthojoError';
import { MSG, type Arg } from '../errors/messages';
import { frac, type Frac } from '../money/exact';
import { isBlank, isDate } from './normalizeText';
import { scanNumber } from './numberGrammar';

export interface CountRules {
  readonly min: number;
  readonly max: number;
  /** Unit words allowed after the number, e.g. 人, ヶ月. */
  readonly suffixes?: readonly string[];
  readonly prefixes?: readonly string[];
}

function refuseNonValue(value: unknown, arg: Arg, example: string): never {
  if (isBlank(value)) throw new IthojoError(MSG.blank(arg));
  if (typeof value === 'boolean') throw new IthojoError(MSG.booleanArg(arg));
  if (isDate(value)) throw new IthojoError(MSG.dateAsAmount(arg));
  if (typeof value === 'string') throw new IthojoError(MSG.notNumber(arg, value, example));
  throw new IthojoError(MSG.notAValue(arg, value));
}

function checkRange(n: number, value: unknown, arg: Arg, min: number, max: number): number {
  if (n < 0 && min >= 0) throw new IthojoError(MSG.negative(arg, value));
  if (n < min || n > max) throw new IthojoError(MSG.outOfRange(arg, value, min, max));
  return n + 0;
}

export function parseCount(value: unknown, arg: Arg, rules: CountRules, example: string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new IthojoError(MSG.notFinite(arg));
    if (!Number.isInteger(value)) throw new IthojoError(MSG.notInteger(arg, value));
    return checkRange(value, value, arg, rules.min, rules.max);
  }
  if (typeof value !== 'string' || isBlank(value)) refuseNonValue(value, arg, example);
  const s = scanNumber(value, { sign: true, fraction: true, suffixes: rules.suffixes, prefixes: rules.prefixes });
  if (s === null) throw new IthojoError(MSG.notNumber(arg, value, example));
  if (s.d !== 1n) throw new IthojoError(MSG.notInteger(arg, value));
  if (s.n > BigInt(Number.MAX_SAFE_INTEGER)) throw new IthojoError(MSG.outOfRange(arg, value, rules.min, rules.max));
  const n = Number(s.n);
  return checkRange(s.negative ? -n : n, value, arg, rules.min, rules.max);
}

export interface DecimalRules {
  readonly max: number;
  readonly suffixes?: readonly string[];
  /** 万・億 units (quantities such as "1.2万kWh"). */
  readonly kanji?: boolean;
}

/** A non-negative decimal as an exact fraction. A cell number is read through its 10-decimal text, so 1.2 is 12/10. */
export function parseDecimal(value: unknown, arg: Arg, rules: DecimalRules, example: string): Frac {
  let n: bigint;
  let d: bigint;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new IthojoError(MSG.notFinite(arg));
    if (value < 0) throw new IthojoError(MSG.negative(arg, value));
    if (value > rules.max) throw new IthojoError(MSG.outOfRange(arg, value, 0, rules.max));
    const [i, f = ''] = value.toFixed(10).replace(/\.?0+$/, '').split('.');
    n = BigInt(i + f);
    d = 10n ** BigInt(f.length);
  } else {
    if (typeof value !== 'string' || isBlank(value)) refuseNonValue(value, arg, example);
    const s = scanNumber(value, { sign: true, fraction: true, kanji: rules.kanji, suffixes: rules.suffixes });
    if (s === null) throw new IthojoError(MSG.notNumber(arg, value, example));
    if (s.negative && s.n !== 0n) throw new IthojoError(MSG.negative(arg, value));
    if (s.n > BigInt(rules.max) * s.d) throw new IthojoError(MSG.outOfRange(arg, value, 0, rules.max));
    ({ n, d } = s);
  }
  return frac(narrow(n), narrow(d));
}

function narrow(x: bigint): number | bigint {
  return x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x;
}
