/**
 * The shape of the quote-reading vocabularies (how a 見積書 passed as the cost is read). Each
 * vocabulary is rule data like a rate table: words, and the ruling of
 * ../shared/rules/quote-reading.md (§Qn) or the issue it comes from.
 */
export interface Vocabulary {
  readonly words: readonly string[];
  readonly source: string;
}

/** quote-reading.md's rulings, cited as the rule tables cite their documents. */
export const QR = (...rulings: number[]): string => `quote-reading.md ${rulings.map((n) => `§Q${n}`).join(', ')}`;
