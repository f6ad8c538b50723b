/**
 * The one error type the core raises. `kind` says which spreadsheet error a host shows:
 * `value` → #VALUE! (bad input), `na` → #N/A (a cell outside a smaller range in a broadcast).
 *
 * An IthojoError is an Error (instanceof, name, message) made without capturing a stack: a
 * bulk call may answer a million error cells, and a user never needs a trace of a bad input,
 * only its message. So it is a plain constructor on Error's prototype, not a class (a class
 * extending Error must call Error, which captures the stack).
 */
import { cellText, type Text } from './text';

export type ErrorKind = 'value' | 'na';

export interface IthojoError extends Error {
  readonly kind: ErrorKind;
  /** The message in both languages, kept apart (the pane shows one); `message` is its cell form. */
  readonly text: Text;
}

interface IthojoErrorConstructor {
  new (message: string | Text, kind?: ErrorKind): IthojoError;
  readonly prototype: IthojoError;
}

function construct(this: { message: string; text: Text; kind: ErrorKind }, message: string | Text, kind: ErrorKind = 'value'): void {
  // a plain string is a message not yet split into its languages: both parts hold it whole
  this.text = typeof message === 'string' ? { ja: message, en: message } : message;
  this.message = typeof message === 'string' ? message : cellText(message);
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
