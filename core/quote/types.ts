/**
 * A quote as read: its lines, with what was read from where, and what a reader should be told.
 * Reading depends only on the range and the rule table's categories (and keyword table), never
 * on the frame, so one reading serves every frame and scenario of a call.
 */
import type { Text } from '../errors/text';
import type { TaxNote } from '../input/numberGrammar';
import type { CategoryRule } from '../rules/types';
import type { CategoryHow } from './category';

export type { CategoryHow } from './category';

export interface QuoteLine {
  /** 1-based row in the range, for messages (places.ts names it as the sheet shows it). */
  readonly row: number;
  /** null for a line marked 対象外 (kept in the quote total, out of the subsidy). */
  readonly category: CategoryRule | null;
  /** Whole yen as the quote states it (見積額); negative for a discount. */
  readonly amount: number;
  /** The eligible part (補助対象額) when the quote splits the line; the rest is 対象外. */
  readonly eligible?: number;
  readonly months?: number;
  /** Months of the same item before this line (quote-reading.md §Q35: 2年目 follows 12 months). */
  readonly monthsBefore?: number;
  /** A fraction of a yen was dropped (rules/README.md: non-integer cost). */
  readonly truncated: boolean;
  /** The line's tax status (its note, 税区分, column heading or the quote's statement); null: the option decides. */
  readonly tax?: TaxNote;
  /** The row of the quote's statement the tax status comes from (§Q28), for its conflict with the options. */
  readonly taxStated?: number;
  /** That statement's text. */
  readonly taxStatement?: string;
  /** What the line is called (品名, else 区分), for BREAKDOWN and messages. */
  readonly label?: string;
  /** How the category was found; undefined means named (lines built by the engine). */
  readonly how?: CategoryHow;
  /** The text a category was inferred from (the heading, or the word matched). */
  readonly from?: string;
  /** A discount; `spread`: without a category (quote-reading.md §Q23). */
  readonly discount?: { readonly spread: boolean };
  /** 別途, 実費: not priced in this quote (§Q5). */
  readonly notPriced?: true;
}

export interface Quote {
  readonly lines: readonly QuoteLine[];
  /** For CHECK's "OK (注意: …)" and BREAKDOWN: inferred categories and terms, sums that disagree, … */
  readonly warnings: readonly Text[];
  /** For BREAKDOWN only. */
  readonly notes: readonly Text[];
}
