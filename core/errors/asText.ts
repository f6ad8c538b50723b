/**
 * A boundary shim while the quote reader's messages (quoteMessages.ts, core/quote) are still
 * "日本語 (English)" strings: such a string is kept whole as a Text without an English part, so
 * its cell form is unchanged (and the pane shows it whole). Once they are Texts, this passes them
 * through, and it can be removed.
 */
import type { Text } from './text';

export function asText(x: string | Text): Text {
  return typeof x === 'string' ? { ja: x, en: '' } : x;
}
