/**
 * Keyword tables that infer a quote line's category from its 品名, by program (rules/README.md:
 * "A quote line's category when no 区分 is given"; quote-reading.md §Q4, §Q16, §Q17, §Q32, §Q40).
 * A program without one reads only 区分 cells and section headings that name a category.
 */
import { IT_QUOTE_KEYWORDS } from './it/quoteKeywords';
import type { QuoteKeywordTable } from './quote/keywordTable';

const BY_PROGRAM: Readonly<Record<string, QuoteKeywordTable>> = { it: IT_QUOTE_KEYWORDS };

export function quoteKeywordsFor(programId: string): QuoteKeywordTable | undefined {
  return BY_PROGRAM[programId];
}
