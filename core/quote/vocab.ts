/**
 * The quote vocabularies of core/rules/quote, compiled once into what the reader looks words up
 * in: sets of keys (labelKey.ts keyOf) or of plain normalised words (normalizeKey), longest first
 * where a word is found at the end or start of a text.
 */
import { normalizeKey } from '../input/normalizeText';
import { lazy } from '../lazy';
import type { Vocabulary } from '../rules/quote/types';
import { keyOf } from './labelKey';

/** The words as label keys (after keyOf). */
export function keySet(v: Vocabulary): () => ReadonlySet<string> {
  return lazy(() => new Set(v.words.map((w) => keyOf(w).key)));
}

/** The words normalised only (NFKC, lower case, no spaces), for cell values such as marks and units. */
export function plainSet(v: Vocabulary): () => ReadonlySet<string> {
  return lazy(() => new Set(v.words.map((w) => normalizeKey(w))));
}

/** The words normalised, longest first: for "does this text start/end with one of them". */
export function longestFirst(v: Vocabulary): () => readonly string[] {
  return lazy(() => [...new Set(v.words.map((w) => normalizeKey(w)))].sort((a, b) => b.length - a.length));
}

/** Whether a normalised text holds one of the words (each looked for once: linear in the text per word). */
export function holdsAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}
