/**
 * The amount grammar: which texts the core reads as a yen amount. Each example's reading is the
 * core's own answer at build time (the total it priced), so the page cannot drift from the code.
 */
import { allTables, asIthojoError, calculate } from '../../../core';
import { pricesQuotes } from '../../../templates/catalog';
import { esc, table, yen } from './html';

export const GRAMMAR_EXAMPLES: readonly string[] = [
  '1500000', '¥1,234,567', '￥1,500,000円', '150万円', '1.5万', '1億2000万', '1万2千', '¥1,000,000-', '120万円(税抜)', '120万円（税別）',
  '1,00,000', '約100万', '100万円税込', '1,000,000-', '1万5',
];

/** A frame that prices a plain amount with no option required: any one reads amounts the same way. */
function plainFrame(): string {
  const frame = allTables().flatMap((t) => t.frames).find((f) => pricesQuotes(f) && (f.requiredOptions ?? []).length === 0);
  if (!frame) throw new Error('no frame prices a plain amount');
  return frame.name;
}

/** The yen the core reads from a text, or its error message. */
export function reading(text: string): { yen: number } | { error: string } {
  try {
    return { yen: calculate({ frame: plainFrame(), cost: text }).total };
  } catch (e) {
    return { error: asIthojoError(e).message };
  }
}

export function grammarSection(): string {
  const rows = GRAMMAR_EXAMPLES.map((t) => {
    const r = reading(t);
    return [`<code>${esc(t)}</code>`, 'yen' in r ? esc(yen(r.yen)) : `<span class="error">${esc(r.error)}</span>`];
  });
  return `<p>経費の欄には数値のほか、次の形の文字列が書けます。 <span lang="en">Besides numbers, a cost may be text of this form:</span></p>
<ul>
<li>先頭に ¥ または ￥ (任意)。 <span lang="en">An optional ¥ or ￥ first.</span></li>
<li>数字。カンマは3桁ごとの区切りだけ (1,000,000)。小数点も可。 <span lang="en">Digits; commas only between groups of three; an optional decimal point.</span></li>
<li>万・億 の単位、その後に 千 (1億2000万、1万2千)。 <span lang="en">万 and 億 units, with 千 after them.</span></li>
<li>末尾に 円 (任意)、¥ で始まる金額か 円 の後の「-」(任意)、注記 (税抜)・（税別） (任意)。¥ も 円 もない「1,000,000-」はマイナスとも読めるのでエラー。 <span lang="en">An optional 円, a trailing yen dash "-" after a ¥-amount or 円 (a bare "1,000,000-" could be a minus: an error), and an annotation (税抜) or （税別）.</span></li>
<li>それ以外はエラーになり、メッセージに元の文字列が入ります。 <span lang="en">Anything else is an error that quotes the text.</span></li>
</ul>
${table('金額の読み取り例 (how amounts are read)', ['文字列 (text)', 'コアの読み取り (read by the core)'], rows, 'amounts-table')}`;
}
