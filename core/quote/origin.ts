/**
 * Where a range stands in its sheet, as a host that knows it says (Excel gives each parameter's
 * address; Apps Script does not). The core stays host-free: a host calls `withRangeOrigins` around
 * a function call, naming the arrays it passes; the quote reader asks `originOf` for its range.
 * Scoped to the call, like the quote cache.
 */
export interface RangeOrigin {
  /** The sheet's name, as the host writes it. */
  readonly sheet?: string;
  /** 1-based row and column of the range's top-left cell. */
  readonly row: number;
  readonly column: number;
}

let origins: ReadonlyMap<object, RangeOrigin> | null = null;

export function withRangeOrigins<T>(given: ReadonlyMap<object, RangeOrigin>, run: () => T): T {
  const outer = origins;
  origins = given.size === 0 ? outer : given;
  try {
    return run();
  } finally {
    origins = outer;
  }
}

export function originOf(range: object): RangeOrigin | undefined {
  return origins?.get(range);
}
