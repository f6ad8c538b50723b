/**
 * The Error Sheets shows on an #ERROR! cell: the core's message text, and nothing else (no
 * stack, no class name). A failure that is not the core's own becomes the core's internal-error
 * message, so a user sees a sentence, never a trace.
 */
import { asIthojoError } from '../core';

export function toSheetsError(e: unknown): Error {
  return new Error(asIthojoError(e).message);
}
