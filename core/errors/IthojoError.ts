/**
 * The one error type the core raises. `kind` says which spreadsheet error a host shows:
 * `value` → #VALUE! (bad input), `na` → #N/A (a cell outside a smaller range in a broadcast).
 *
 * An IthojoError is an Error (instanceof, name, message) made without capturing a stack: a
 * bulk call may answer a million error cells, and a user never needs a trace of a bad input,
 * only its message. So it is a plain constructor on Error's prototype, not a class (a class
 * extending Error must call Error, which captures the stack).
 */
export type ErrorKind = 'value' | 'na';

export interface IthojoError extends Error {
  readonly kind: ErrorKind;
}

interface IthojoErrorConstructor {
  new (message: string, kind?: ErrorKind): IthojoError;
  readonly prototype: IthojoError;
}

function construct(this: { message: string; kind: ErrorKind }, message: string, kind: ErrorKind = 'value'): void {
  this.message = message;
  this.kind = kind;
}
construct.prototype = Object.create(Error.prototype, {
  constructor: { value: construct, writable: true, configurable: true },
  name: { value: 'IthojoError', writable: true, configurable: true },
});

export const IthojoError = construct as unknown as IthojoErrorConstructor;

export function isIthojoError(x: unknown): x is IthojoError {
  return x instanceof IthojoError;
}
