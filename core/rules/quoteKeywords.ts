/**
 * Keyword tables that infer a quote line's category from its 品名, by program (rules/README.md:
 * "A quote line's category when no 区分 is given"). A program without one reads only 区分 cells
 * and section headings that name a category.
 */
import { IT_QUOTE_KEYWORDS } from './it/quoteKeywords';
import type { CategoryId } from './types';

export interface QuoteKeywordRule {
  readonly category: CategoryId;
  readonly words: readonly string[];
  readonly source: string;
}

export interface QuoteKeywordTable {
  /** In priority order: the first rule with a word in the text decides. */
  readonly rules: readonly QuoteKeywordRule[];
  /** Words of costs the rules exclude: a text holding one is never given a category by inference. */
  readonly never: { readonly words: readonly string[]; readonly source: string };
}

const BY_PROGRAM: Readonly<Record<string, QuoteKeywordTable>> = { it: IT_QUOTE_KEYWORDS };

export function quoteKeywordsFor(programId: string): QuoteKeywordTable | undefined {
  return BY_PROGRAM[programId];
}
