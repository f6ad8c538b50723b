/**
 * Between Excel and the core: every generated wrapper in functions.ts calls `call`. The core
 * already reads Excel's arguments as they come (omitted optionals as null, one cell as [[v]],
 * ranges as 2-D arrays, dates as serial numbers), so arguments pass through untouched; this file
 * shapes answers and errors the way Excel wants them, and tells the core where each range stands
 * (the invocation's parameter addresses), so a quote's rows are named as the sheet shows them.
 */
import { FUNCTIONS, asIthojoError, excelSerial, isIthojoError, originOfAddress, withRangeOrigins, type RangeOrigin } from '../core';
import { host } from './host';

/** A custom function's answer: Excel takes every result (declared `any[][]`) as a 2-D array. */
type Matrix = unknown[][];

/** Runs the core function `id`; a failure of a single-cell call is thrown as an Excel error. */
export function call(id: string, args: readonly unknown[], invocation?: CustomFunctions.Invocation): Matrix {
  try {
    const fn = FUNCTIONS[id];
    if (!fn) throw new Error(`unknown function ${id}`);
    const origins = originsOf(args, invocation);
    return toMatrix(origins.size === 0 ? fn(...args) : withRangeOrigins(origins, () => fn(...args)));
  } catch (e) {
    throw toExcelError(e);
  }
}

const NO_ORIGINS: ReadonlyMap<object, RangeOrigin> = new Map();

/** Each range argument's place in the workbook, where Excel gives its address. */
function originsOf(args: readonly unknown[], invocation: CustomFunctions.Invocation | undefined): ReadonlyMap<object, RangeOrigin> {
  const addresses = invocation?.parameterAddresses;
  if (!addresses) return NO_ORIGINS;
  let out: Map<object, RangeOrigin> | undefined;
  for (let i = 0; i < args.length; i++) {
    const x = args[i];
    // a range of more than one cell: one cell is read as its value, never as a quote
    if (!Array.isArray(x) || (x.length === 1 && Array.isArray(x[0]) && x[0].length === 1)) continue;
    const origin = originOfAddress(addresses[i]);
    if (origin) (out ??= new Map()).set(x, origin);
  }
  return out ?? NO_ORIGINS;
}

function isMatrix(x: unknown): x is unknown[][] {
  return Array.isArray(x) && x.length > 0 && x.every(Array.isArray);
}

/**
 * Scalars become 1×1; in a grid (a spill or a table) each error cell becomes an Excel error
 * value, one per distinct core error (the core shares an error among the cells it fails alike).
 */
function toMatrix(x: unknown): Matrix {
  const errors = new Map<unknown, Error>();
  const toCell = (c: unknown): unknown => {
    if (isIthojoError(c)) {
      let e = errors.get(c);
      if (!e) errors.set(c, (e = toExcelError(c)));
      return e;
    }
    // Excel has no date type: a date is its serial number
    return c instanceof Date ? excelSerial(c) : c;
  };
  if (!isMatrix(x)) return [[toCell(x)]];
  // in place: the core's answer is a fresh grid no one else holds, and a 100k-row spill needs no second one
  for (const row of x) for (let i = 0; i < row.length; i++) row[i] = toCell(row[i]);
  return x;
}

/** `#N/A` for a cell outside a smaller range, `#VALUE!` for everything else, always with the core's full message. */
function toExcelError(e: unknown): Error {
  const cf = host();
  const error = asIthojoError(e);
  return new cf.Error(error.kind === 'na' ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue, error.message);
}
