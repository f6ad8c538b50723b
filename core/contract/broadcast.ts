/**
 * Spreadsheet lifting, once for every host: any argument may be a range; ranges that are not
 * one quote broadcast element-wise (a 1-wide or 1-tall range stretches), and the answer is a
 * range of the broadcast shape with an error value in each bad cell only
 * (rules/README.md "broadcast shapes").
 */
import { IthojoError, isIthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { isLinesShape, withQuoteCache } from '../input/parseQuoteLines';

export type Cell<T> = T | IthojoError;
export type Grid<T> = Cell<T>[][];

/** Any exception as an IthojoError, so no stack reaches a cell (hosts use it too). */
export function asIthojoError(e: unknown): IthojoError {
  return isIthojoError(e) ? e : new IthojoError(MSG.internal(e instanceof Error ? e.message : String(e)));
}

/** Runs fn, turning any stray exception into an IthojoError. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw asIthojoError(e);
  }
}

function unwrap(x: unknown): unknown {
  return Array.isArray(x) && x.length === 1 && Array.isArray(x[0]) && x[0].length === 1 ? x[0][0] : x;
}

function isGrid(x: unknown): x is unknown[][] {
  return Array.isArray(x) && x.every(Array.isArray);
}

/**
 * How a parameter takes a range: `cell` broadcasts, `lines` stays whole when shaped like quote
 * lines (else broadcasts), `whole` is always one value (e.g. a list of wages).
 */
export type RangeMode = 'cell' | 'lines' | 'whole';

function keepsWhole(mode: RangeMode | undefined, x: unknown[]): boolean {
  return mode === 'whole' || (mode === 'lines' && isLinesShape(x));
}

/** Normalises arguments: 1×1 ranges become scalars; returns the scalars and the grids. */
function split(args: readonly unknown[], modes: readonly RangeMode[]): { values: unknown[]; grids: (unknown[][] | null)[] } {
  const values: unknown[] = [];
  const grids: (unknown[][] | null)[] = [];
  args.forEach((raw, i) => {
    const x = modes[i] === 'whole' ? raw : unwrap(raw);
    if (Array.isArray(x) && (x.length === 0 || x.some((row) => Array.isArray(row) && row.length === 0))) {
      throw new IthojoError(MSG.emptyRange());
    }
    if (Array.isArray(x) && !keepsWhole(modes[i], x)) {
      if (!isGrid(x)) throw new IthojoError(MSG.quoteShape());
      values.push(undefined);
      grids.push(x);
    } else {
      values.push(x);
      grids.push(null);
    }
  });
  return { values, grids };
}

/** fn over the arguments, lifted: a scalar answer (errors thrown) or a grid of answers. */
export function lift<T>(args: readonly unknown[], modes: readonly RangeMode[], fn: (...a: unknown[]) => T): T | Grid<T> {
  const { values, grids } = guard(() => split(args, modes));
  const lifted = grids.flatMap((g, i) => (g ? [i] : []));
  if (lifted.length === 0) return guard(() => fn(...values));
  let rows = 0;
  let cols = 0;
  for (const i of lifted) {
    const g = grids[i]!;
    rows = Math.max(rows, g.length);
    cols = Math.max(cols, g.reduce((m, r) => Math.max(m, r.length), 0));
  }
  return withQuoteCache(() => spill(grids, lifted, values, rows, cols, fn));
}

function spill<T>(
  grids: readonly (unknown[][] | null)[], lifted: readonly number[], values: readonly unknown[],
  rows: number, cols: number, fn: (...a: unknown[]) => T,
): Grid<T> {
  const a = values.slice(); // the current cell's arguments; every contract function takes ≤ 4
  const out: Grid<T> = new Array(rows);
  for (let r = 0; r < rows; r++) {
    // sized up front: a pushed-to [] reserves 16 slots, which a 100k-row spill pays in GC
    const row: Cell<T>[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      if (!pick(grids, lifted, r, c, a)) {
        row[c] = new IthojoError(MSG.outsideRange(), 'na');
        continue;
      }
      try {
        row[c] = fn(a[0], a[1], a[2], a[3]);
      } catch (e) {
        row[c] = asIthojoError(e);
      }
    }
    out[r] = row;
  }
  return out;
}

/** Sets a[i] to grid i's value at (r, c), stretching 1-wide/1-tall grids; false outside a grid. */
function pick(grids: readonly (unknown[][] | null)[], lifted: readonly number[], r: number, c: number, a: unknown[]): boolean {
  for (const i of lifted) {
    const g = grids[i]!;
    const line = g.length === 1 ? g[0] : g[r];
    if (line === undefined) return false;
    const cc = line.length === 1 ? 0 : c;
    if (cc >= line.length) return false;
    a[i] = line[cc];
  }
  return true;
}

/** For functions that answer one scenario with a table: ranges (other than a quote) are errors. */
export function single<T>(fnName: string, args: readonly unknown[], modes: readonly RangeMode[], fn: (...a: unknown[]) => T): T {
  const { values, grids } = guard(() => split(args, modes));
  if (grids.some((g) => g !== null)) throw new IthojoError(MSG.notBroadcastable(fnName));
  return guard(() => fn(...values));
}
