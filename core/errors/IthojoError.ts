/**
 * The one error type the core raises. `kind` says which spreadsheet error a host shows:
 * `value` → #VALUE! (bad input), `na` → #N/A (a cell outside a smaller range in a broadcast).
 */
export type ErrorKind = 'value' | 'na';

export class IthojoError extends Error {
  readonly kind: ErrorKind;

  constructor(message: string, kind: ErrorKind = 'value') {
    super(message);
    this.name = 'IthojoError';
    this.kind = kind;
  }
}

export function isIthojoError(x: unknown): x is IthojoError {
  return x instanceof IthojoError;
}
