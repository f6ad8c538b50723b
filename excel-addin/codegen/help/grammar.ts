/**
 * The amount grammar: which texts the core reads as a yen amount, and what it counts as the
 * eligible cost (税抜: a 税込 amount is divided by 1.1, fractions of a yen cut off). Each
 * example's two readings are the core's own answers at build time, so the page cannot drift
 * from the code.
 */
import { allTables, asIthojoError, calculate } from '../../../core';
import { pricesQuotes } from '../../../templates/catalog';
import { esc, table, yen } from './html';

export const GRAMMAR_EXAMPLES: readonly string[] = [
  '1500000', '¥1,234,567', '￥1,500,000円', '１，０００，０００円', '150万円', '1.5万', '1億2000万', '1万2千', '¥1,000,000-', '1000000.5',
  '120万円(税抜)', '120万円（税別）', '110万円(税込)', '100万円税込', '1,00,000', '約100万', '1,000,000-', '1万5',
];

/** A frame that prices a plain amount with no option required: any one reads amounts the same way. */
function plainFrame(): string {
  const frame = allTables().flatMap((t) => t.frames).find((f) => pricesQuotes(f) && (f.requiredOptions ?? []).length === 0);
  if (!frame) throw new Error('no frame prices a plain amount');
  return frame.name;
}

/** How the core reads a text: the amount as written and the eligible cost it counts, or its error message. */
export function reading(text: string): { amount: number; cost: number } | { error: string } {
  try {
    const r = calculate({ frame: plainFrame(), cost: text });
    return { amount: r.total, cost: r.cost };
  } catch (e) {
    return { error: asIthojoError(e).message };
  }
}

export function grammarSection(): string {
  const rows = GRAMMAR_EXAMPLES.map((t) => {
    const r = reading(t);
    return 'error' in r
      ? [`<code>${esc(t)}</code>`, `<span class="error">${esc(r.error)}</span>`, '—']
      : [`<code>${esc(t)}</code>`, esc(yen(r.amount)), esc(yen(r.cost))];
  });
  return `<p>経費の欄には数値のほか、次の形の文字列が書けます (全角の数字・記号も同じに読みます)。 <span lang="en">Besides numbers, a cost may be text of this form (full-width digits and signs read the same):</span></p>
<ul>
<li>先頭に ¥ または ￥ (任意)。 <span lang="en">An optional ¥ or ￥ first.</span></li>
<li>数字。カンマは3桁ごとの区切りだけ (1,000,000)。小数点も可 (1円未満は切り捨て)。 <span lang="en">Digits; commas only between groups of three; an optional decimal point (fractions of a yen are cut off).</span></li>
<li>万・億 の単位、その後に 千 (1億2000万、1万2千)。 <span lang="en">万 and 億 units, with 千 after them.</span></li>
<li>末尾に 円 (任意)、¥ で始まる金額か 円 の後の「-」(任意)。¥ も 円 もない「1,000,000-」はマイナスとも読めるのでエラー。 <span lang="en">An optional 円, and a trailing yen dash "-" after a ¥-amount or 円 (a bare "1,000,000-" could be a minus: an error).</span></li>
<li>税の注記 (任意): (税抜)・(税別) はそのまま、(税込) または 税込 は 1.1 で割って税抜の経費にします (1円未満切り捨て)。 <span lang="en">A tax note: (税抜) or (税別) leaves the amount as it is; (税込) or 税込 divides it by 1.1 into the tax-exclusive cost (fractions of a yen cut off).</span></li>
<li>それ以外はエラーになり、メッセージに元の文字列が入ります。 <span lang="en">Anything else is an error that quotes the text.</span></li>
</ul>
${table('金額の読み取り例 (how amounts are read)', ['文字列 (text)', '金額 (amount read)', '補助対象経費・税抜 (cost counted)'], rows, 'amounts-table')}`;
}
