/**
 * Column headings of a quotation sheet (見積書) and what each column holds. Compared after the
 * label normalisation of core/quote/labelKey.ts (NFKC, lower case, no spaces or ・, no note in
 * round brackets, a leading 税込/税抜 read as a tax note: 税込金額 is the 金額 column, tax-inclusive).
 */
import { QR, type Vocabulary } from './types';

/** What a column holds. `skip` columns (型番, メーカー …) are known but read past. */
export type ColumnKind =
  | 'no' | 'category' | 'name' | 'level1' | 'level2' | 'level3' | 'detail' | 'quantity' | 'unit' | 'unitPrice' | 'amount'
  | 'excluded' | 'eligible' | 'months' | 'years' | 'marks' | 'taxClass' | 'remarks' | 'skip';

/**
 * Column words by kind. A cell naming one (or holding one as a part: 品名・内容, 品名 / Description,
 * quote-reading.md §Q29) is a column heading; a header row holds at least two.
 */
export const COLUMN_WORDS: readonly (readonly [ColumnKind, Vocabulary])[] = [
  ['no', { words: ['no', '番号', '項番', '#', '行番号', 'no.'], source: 'issue 10 (No. 列)' }],
  ['category', { words: ['区分', '分類', 'カテゴリ', 'カテゴリー', '費目', '経費区分', '大分類', 'category'], source: 'issue 10; rules/README.md "Quote-line categories"' }],
  // in priority order: of two item columns the first listed names the line (§Q18: 摘要 beside a 品名 is a remark)
  ['name', {
    words: ['品名', '品目', '品目名', '商品名', '商品・サービス名', '商品サービス名', 'サービス内容', '作業内容', '作業項目', '項目', '内容', '名称', '明細',
      '製品名', 'サービス名', '品名・仕様', '納品物', 'description', 'item', 'items', '摘要'],
    source: `${QR(7, 29)}; issue 10`,
  }],
  ['level1', { words: ['大項目'], source: QR(38) }],
  ['level2', { words: ['中項目'], source: QR(38) }],
  ['level3', { words: ['小項目'], source: QR(38) }],
  // read for a term (§Q19) and 対象外, never for a category or a discount
  ['detail', { words: ['仕様', '規格', '詳細', '仕様・規格', 'spec', 'specification'], source: QR(19) }],
  ['quantity', { words: ['数量', '個数', '台数', '数', 'qty', 'quantity'], source: 'issue 10' }],
  ['unit', { words: ['単位', 'unit'], source: `issue 10; ${QR(19)} (the 単位 cell states a term)` }],
  ['unitPrice', { words: ['単価', '標準単価', '販売単価', '提供単価', 'unit price', 'unitprice'], source: `issue 10; ${QR(11)}` }],
  // 見積額 is the A column of the 見積書一覧表 forms; 合計, 計, 小計 as a column heading are a line's amount (§Q8)
  ['amount', {
    words: ['金額', '見積額', '見積金額', '価格', '小計', '合計', '計', '金額合計', '合計金額', '販売価格', '見積価格', '提供価格', 'amount', 'price', 'total', 'line total'],
    source: `${QR(8, 9)}; issue 10`,
  }],
  ['excluded', { words: ['補助対象外', '補助対象外の額', '補助対象外経費', '補助対象外金額', '対象外経費', '対象外金額', '対象外'], source: 'issue 10 (見積書一覧表 B列)' }],
  ['eligible', { words: ['補助対象額', '補助対象経費', '補助対象金額', '対象経費', '対象額', '対象金額'], source: 'issue 10 (見積書一覧表 C列)' }],
  // not 月 alone: "4月 | 5月" in a title block would make a header
  ['months', { words: ['月数', '期間', '利用期間', '契約期間', '利用月数', '契約月数', 'months', 'term'], source: QR(19) }],
  ['years', { words: ['契約年数', '年数', '利用年数', 'years'], source: QR(19) }],
  ['marks', { words: ['補助対象', '対象', '補助', '補助対象可否', '対象可否', '補助対象区分'], source: QR(10, 30) }],
  ['taxClass', { words: ['税区分', '課税区分', '消費税区分', '税', '課税'], source: QR(37) }],
  ['remarks', { words: ['備考', '注記', 'メモ', 'remarks', 'note', 'notes', 'comment'], source: `${QR(18)}; issue 10` }],
  ['skip', { words: ['型番', '品番', 'メーカー', '型式', 'jan', 'sku', 'model'], source: 'issue 10 (read past)' }],
];

/** Words a second header row may add under a heading: its tax status or unit (金額 / 税抜 | 税込). */
export const HEADING_REFINEMENTS: Vocabulary = { words: ['税抜', '税抜き', '税別', '税込', '税込み', '円', '(円)', '(税抜)', '(税込)'], source: QR(6, 29) };
