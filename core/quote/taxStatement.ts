/**
 * A quote's statement of the tax status of its prices (quote-reading.md §Q28): a note or a
 * title-block text such as "※表示金額はすべて消費税込みの金額です", "価格は税込", "内税表示"
 * applies to every amount; a total labelled (税込) states only that total's status. A text with
 * words of both states states neither.
 */
import { normalizeKey } from '../input/normalizeText';
import { TAX_STATEMENTS } from '../rules/quote/amounts';
import { summaryOf } from './summary';
import { readsAsAmount } from './text';
import { holdsAny, longestFirst } from './vocab';

const included = longestFirst(TAX_STATEMENTS.included);
const excluded = longestFirst(TAX_STATEMENTS.excluded);

/** What a text states of every price's tax status, or null (also for a summary's own note). */
export function statementOf(text: string): 'included' | 'excluded' | null {
  if (text.length > 400 || readsAsAmount(text)) return null;
  // 御見積金額（税込）, お見積金額 ¥1,650,000-（税込）: a total's status, not the lines'
  if (summaryOf(text) || text.split(/\s+/).some((w) => summaryOf(w))) return null;
  const s = normalizeKey(text);
  const inc = holdsAny(s, included());
  const exc = holdsAny(s, excluded());
  return inc === exc ? null : inc ? 'included' : 'excluded';
}
