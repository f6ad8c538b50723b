/**
 * A quote as read: its lines, with what was read from where, and what a reader should be told.
 * Reading depends only on the range and the rule table's categories (and keyword table), never
 * on the frame, so one reading serves every frame and scenario of a call.
 */
import type { TaxNote } from '../input/numberGrammar';
import type { CategoryRule } from '../rules/types';

/** Where a line's category came from. `named`: a category name written in its 区分 (or 品名). */
export type CategoryHow = 'named' | 'category' | 'name' | 'heading';

export interface QuoteLine {
  /** 1-based row in the range, for messages. */
  readonly row: number;
  /** null for a line marked 対象外 (kept in the quote total, out of the subsidy). */
  readonly category: CategoryRule | null;
  /** Whole yen as the quote states it (見積額); negative for a discount. */
  readonly amount: number;
  /** The eligible part (補助対象額) when the quote splits the line; the rest is 対象外. */
  readonly eligible?: number;
  readonly months?: number;
  /** A fraction of a yen was dropped (rules/README.md: non-integer cost). */
  readonly truncated: boolean;
  /** The line's own 税込/税抜 note (in its amount or text), overriding the 税込 option; null: none. */
  readonly tax?: TaxNote;
  /** What the line is called (品名, else 区分), for BREAKDOWN and messages. */
  readonly label?: string;
  /** How the category was found; undefined means named (lines built by the engine). */
  readonly how?: CategoryHow;
  /** The text a category was inferred from (the heading, or the word matched). */
  readonly from?: string;
  /** A discount; `spread`: without a category, spread pro rata (rules/README.md ruling). */
  readonly discount?: { readonly spread: boolean };
}

export interface Quote {
  readonly lines: readonly QuoteLine[];
  /** For CHECK's "OK (注意: …)" and BREAKDOWN: inferred categories, sums that disagree, … */
  readonly warnings: readonly string[];
  /** For BREAKDOWN only. */
  readonly notes: readonly string[];
}
