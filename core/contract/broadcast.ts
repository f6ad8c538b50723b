/**
 * Spreadsheet lifting, once for every host: any argument may be a range; ranges that are not
 * one quote broadcast element-wise (a 1-wide or 1-tall range stretches), and the answer is a
 * range of the broadcast shape with an error value in each bad cell only
 * (rules/README.md "broadcast shapes").
 *
 * Arguments are checked for shape first, in one pass: a cell is a number, text, boolean, date
 * or blank; a range is a non-empty 2-D array of cells. Anything else (a 3-D array, an object)
 * is one clear error naming the argument, the same in every build, before any rule runs.
 */
import { IthojoError, isIthojoError } from '../errors/IthojoError';
import { MSG, type Arg } from '../errors/messages';
import { isDate } from '../input/normalizeText';
import { withQuoteCache } from '../quote/cache';
import { isQuoteShape } from '../quote/shape';

export type Cell<T> = T | IthojoError;
export type Grid<T> = Cell<T>[][];

/** Any exception as an IthojoError, so no stack reaches a cell (hosts use it too). */
export function asIthojoError(e: unknown): IthojoError {
  return isIthojoError(e) ? e : new IthojoError(MSG.internal(e instanceof Error ? e.message : String(e)));
}

/**
 * How a parameter takes a range: `cell` broadcasts, `lines` stays whole when shaped like quote
 * lines (else broadcasts), `whole` is always one value (e.g. a list of wages).
 */
export type RangeMode = 'cell' | 'lines' | 'whole';

/** What lifting needs to know of a parameter. */
export interface LiftParam {
  readonly mode: RangeMode;
  readonly arg: Arg;
}

/** One shared #N/A cell: a million cells outside a smaller range cost one object. */
const OUTSIDE = new IthojoError(MSG.outsideRange(), 'na');

function isCellValue(x: unknown): boolean {
  const t = typeof x;
  return t === 'number' || t === 'string' || t === 'boolean' || x === null || x === undefined || isDate(x);
}

/** A range's rows, checked: non-empty, every row a non-empty array of cell values. */
function checkGrid(x: unknown[], arg: Arg): unknown[][] {
  if (x.length === 0) throw new IthojoError(MSG.emptyRange(arg));
  for (let r = 0; r < x.length; r++) {
    const row = x[r];
    if (!Array.isArray(row)) throw new IthojoError(MSG.rangeShape(arg));
    if (row.length === 0) throw new IthojoError(MSG.emptyRange(arg));
    for (let c = 0; c < row.length; c++) if (!isCellValue(row[c])) throw new IthojoError(MSG.rangeShape(arg));
  }
  return x as unknown[][];
}

interface Split {
  readonly values: unknown[];
  /** Indexes of the arguments that broadcast, and their grids. */
  readonly lifted: number[];
  readonly grids: unknown[][][];
}

/** Checks the arguments and sorts them into single values and broadcasting grids. */
function split(fnName: string, args: readonly unknown[], params: readonly LiftParam[]): Split {
  for (let i = params.length; i < args.length; i++) {
    if (args[i] !== undefined) throw new IthojoError(MSG.tooManyArguments(fnName, params.length, args.length));
  }
  const values: unknown[] = new Array(params.length);
  const lifted: number[] = [];
  const grids: unknown[][][] = [];
  for (let i = 0; i < params.length; i++) {
    const { mode, arg } = params[i];
    let x = args[i];
    if (!Array.isArray(x)) {
      if (!isCellValue(x)) throw new IthojoError(MSG.notAValue(arg, x));
      values[i] = x;
      continue;
    }
    const grid = checkGrid(x, arg);
    if (mode === 'whole') {
      values[i] = grid;
      continue;
    }
    if (grid.length === 1 && grid[0].length === 1) {
      values[i] = grid[0][0];
      continue;
    }
    if (mode === 'lines' && isQuoteShape(grid)) {
      values[i] = grid;
      continue;
    }
    lifted.push(i);
    grids.push(grid);
  }
  return { values, lifted, grids };
}

type Fn<T> = (a: unknown, b: unknown, c: unknown, d: unknown) => T;

/** True when every argument is one value (a host calling cell by cell): nothing to lift. */
function allSingle(args: readonly unknown[], count: number): boolean {
  if (args.length > count) return false;
  for (let i = 0; i < args.length; i++) {
    const x = args[i];
    if (typeof x === 'object' && x !== null && !isDate(x)) return false;
  }
  return true;
}

/** fn over the arguments, lifted: a scalar answer (errors thrown) or a grid of answers. */
export function lift<T>(fnName: string, args: readonly unknown[], params: readonly LiftParam[], fn: Fn<T>): T | Grid<T> {
  if (allSingle(args, params.length)) {
    // the per-cell path: no range to check, split or cache (a quote is always a range)
    let v: T;
    try {
      for (let i = 0; i < args.length; i++) if (!isCellValue(args[i])) throw new IthojoError(MSG.notAValue(params[i].arg, args[i]));
      v = fn(args[0], args[1], args[2], args[3]);
    } catch (e) {
      throw asIthojoError(e);
    }
    // a function may return its error instead of throwing it (the bulk path: core/engine/calculate.ts)
    if (isIthojoError(v)) throw v;
    return (v as unknown) === 0 ? (0 as T) : v; // never -0
  }
  let s: Split;
  try {
    s = split(fnName, args, params);
  } catch (e) {
    throw asIthojoError(e);
  }
  const { values, lifted, grids } = s;
  if (lifted.length === 0) {
    let v: T;
    try {
      v = withQuoteCache(() => fn(values[0], values[1], values[2], values[3]));
    } catch (e) {
      throw asIthojoError(e);
    }
    if (isIthojoError(v)) throw v;
    return (v as unknown) === 0 ? (0 as T) : v; // never -0
  }
  let rows = 0;
  let cols = 0;
  for (const g of grids) {
    if (g.length > rows) rows = g.length;
    for (const line of g) if (line.length > cols) cols = line.length;
  }
  return withQuoteCache(() => spill(values, lifted, grids, rows, cols, fn));
}

/** One cell of a spill holds one value: a table answer there is refused, shared like #N/A. */
const TABLE_IN_CELL = new IthojoError(MSG.tableInSpill());

function spill<T>(values: unknown[], lifted: readonly number[], grids: readonly unknown[][][], rows: number, cols: number, fn: Fn<T>): Grid<T> {
  const a = values; // the current cell's arguments, overwritten per cell (every contract function takes ≤ 4)
  const n = lifted.length;
  const out: Grid<T> = new Array(rows);
  for (let r = 0; r < rows; r++) {
    // sized up front: a pushed-to [] reserves 16 slots, which a 100k-row spill pays in GC
    const row: Cell<T>[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      let inside = true;
      for (let k = 0; k < n; k++) {
        const g = grids[k];
        const line = g.length === 1 ? g[0] : g[r];
        const cc = line === undefined ? -1 : line.length === 1 ? 0 : c;
        if (line === undefined || cc >= line.length) {
          inside = false;
          break;
        }
        a[lifted[k]] = line[cc];
      }
      if (!inside) {
        row[c] = OUTSIDE;
        continue;
      }
      try {
        const v = fn(a[0], a[1], a[2], a[3]);
        row[c] = Array.isArray(v) ? TABLE_IN_CELL : (v as unknown) === 0 ? (0 as T) : v; // never -0
      } catch (e) {
        row[c] = asIthojoError(e);
      }
    }
    out[r] = row;
  }
  return out;
}

/** For functions that answer one scenario with a table: ranges (other than a quote) are errors. */
export function single<T>(fnName: string, args: readonly unknown[], params: readonly LiftParam[], fn: Fn<T>): T {
  try {
    const { values, lifted } = split(fnName, args, params);
    if (lifted.length > 0) throw new IthojoError(MSG.notBroadcastable(fnName));
    return withQuoteCache(() => fn(values[0], values[1], values[2], values[3]));
  } catch (e) {
    throw asIthojoError(e);
  }
}
