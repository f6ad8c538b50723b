/**
 * The shape of a program's keyword table, which infers a quote line's category from its 品名
 * (core/rules/quoteKeywords.ts lists the tables by program; core/rules/it/quoteKeywords.ts is IT's).
 */
import type { CategoryId } from '../types';

export interface QuoteKeywordRule {
  readonly category: CategoryId;
  readonly words: readonly string[];
  readonly source: string;
}

/**
 * §Q16: when several categories' words stand in one 品名 (bracketed text aside), the head noun —
 * the word that ends last — decides, except where a rule here says a word before the head refines it
 * (クラウド会計ソフト: a cloud service, not a licence bought outright).
 */
export interface HeadRule {
  readonly head: CategoryId;
  /** Categories whose words before the head decide instead (the nearest to the head wins). */
  readonly refinedBy: readonly CategoryId[];
  readonly source: string;
}

export interface QuoteKeywordTable {
  /** Words by category. Where two words end at the same place the longer wins (レシートプリンタ over プリンタ). */
  readonly rules: readonly QuoteKeywordRule[];
  readonly headRules: readonly HeadRule[];
  /**
   * Generic hardware words (§Q17): a 区分, heading or head noun saying only "hardware" is refined by
   * the 品名's words of one of `groups`; words of two groups (§Q32) or none are asked for a 区分.
   */
  readonly genericHardware: { readonly words: readonly string[]; readonly groups: readonly CategoryId[]; readonly source: string };
  /** §Q22: a licence of `from` that states a term is a usage fee, counted as `to` (with its month limit). */
  readonly termLicence?: { readonly from: CategoryId; readonly to: CategoryId; readonly source: string };
  /** Words of costs the rules exclude (§Q4, §Q40): never given a category by inference, not even from a heading. */
  readonly never: { readonly words: readonly string[]; readonly source: string };
}
