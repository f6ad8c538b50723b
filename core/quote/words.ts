/**
 * The vocabulary of a Japanese quotation sheet (見積書), as data: column headings, summary rows,
 * discounts. Compared after normalisation (text.ts `keyOf`: NFKC, lower case, no spaces or ・,
 * no decoration or numbering, no note in round brackets such as (税抜) or (円); a leading 税込/税抜
 * is read as a tax note, so 税込金額 is the 金額 column, tax-inclusive). Issue 10 lists the words; the
 * 見積額 / 補助対象外 / 補助対象額 columns are those of the subsidy 見積書一覧表 forms.
 */

/** What a column holds. `skip` columns (単位, 型番, メーカー …) are known but read past. */
export type ColumnKind =
  | 'no' | 'category' | 'name' | 'quantity' | 'unit' | 'unitPrice' | 'amount'
  | 'excluded' | 'eligible' | 'months' | 'remarks' | 'skip';

/** Column words by kind. An amount column may be named several ways; the first kind listed wins ties. */
export const HEADER_WORDS: readonly (readonly [ColumnKind, readonly string[]])[] = [
  ['no', ['no', '番号', '項番', '#', '行番号']],
  ['category', ['区分', '分類', 'カテゴリ', 'カテゴリー', '費目', '経費区分', '大分類', 'category']],
  ['name', ['品名', '品目', '項目', '内容', '商品名', '摘要', '名称', '明細', '製品名', 'サービス名', '品名・仕様', 'item', 'description']],
  ['quantity', ['数量', '個数', '台数', '数', 'qty', 'quantity']],
  ['unit', ['単位', 'unit']],
  ['unitPrice', ['単価', '標準単価', '販売単価', '提供単価', 'unit price', 'unitprice']],
  // 見積額 is the A column of the 見積書一覧表 forms; 小計 as a column heading is a line's amount
  ['amount', ['金額', '見積額', '見積金額', '価格', '小計', '販売価格', '見積価格', '提供価格', 'amount', 'price']],
  ['excluded', ['補助対象外', '補助対象外の額', '補助対象外経費', '補助対象外金額', '対象外経費', '対象外金額', '対象外']],
  ['eligible', ['補助対象額', '補助対象経費', '補助対象金額', '対象経費', '対象額', '対象金額']],
  // not 月 alone: "4月 | 5月" in a title block would make a header
  ['months', ['月数', '期間', '利用期間', '契約期間', '利用月数', 'months']],
  ['remarks', ['備考', '注記', 'メモ', 'remarks', 'note', 'notes']],
  ['skip', ['型番', '品番', 'メーカー', '規格', '仕様', '型式', 'jan', 'sku', 'model']],
];

export type SummaryKind = 'subtotal' | 'total' | 'net' | 'tax' | 'gross';

/**
 * Summary rows: not lines. subtotal, total and net are checked against the lines above them
 * (rules/README.md "Summary rows"); tax and tax-inclusive rows are only skipped.
 */
export const SUMMARY_WORDS: readonly (readonly [SummaryKind, readonly string[]])[] = [
  ['subtotal', ['小計', '小計金額', '中計']],
  ['total', ['合計', '総計', '計', '総合計', '合計金額', '合計額', '値引後合計', '値引き後合計', '値引後金額', 'total']],
  ['net', ['税抜合計', '税抜合計金額', '合計税抜', '税抜計', '税抜金額合計', '本体価格合計']],
  ['tax', ['消費税', '消費税等', '消費税額', '消費税額等', '税', '税額', '内消費税', 'うち消費税', '内税', '外税', 'tax']],
  ['gross', ['税込合計', '税込合計金額', '税込金額', '合計税込', '税込計', '総額', '御見積金額', 'お見積金額', 'ご見積金額', '御見積合計', 'お見積合計',
    '見積合計', '御見積額', 'お見積額', 'ご請求金額', '御請求金額', '総合計金額']],
];

/** A line whose label holds one of these is a discount (issue 10). */
export const DISCOUNT_WORDS: readonly string[] = ['値引', '割引', 'ディスカウント', 'discount'];

/** Amount cells that mean 0 yen (a free item: counting it as 0 never overstates). */
export const FREE_WORDS: readonly string[] = ['無償', '無料', 'サービス', 'サービス品'];

/** Label rows that end or pad a quote and are nothing else. */
export const FILLER_WORDS: readonly string[] = ['以下余白', '以下空白', '余白', '以上'];

/** Unit words after a 数量 (or in the 単位 column) that make it a count of months or years. */
export const MONTH_UNITS: readonly string[] = ['ヶ月', 'か月', 'カ月', 'ケ月', 'ヵ月', '箇月', 'ヶ月間', 'か月間', 'カ月間', 'ヶ月分', 'か月分', 'カ月分', '月', '月間', '月分'];
export const YEAR_UNITS: readonly string[] = ['年', '年間', '年分'];

/** A 数量 written as a word for one whole set (the amount is the 単価). */
export const ONE_SET_WORDS: readonly string[] = ['一式', '式'];

/** Unit words a 数量 cell may carry ("3台", "1式"): any of these, a month or year unit, or none. */
export const QUANTITY_UNITS: readonly string[] = [
  '式', '台', '個', '本', '枚', '件', '点', '名', '人', '人月', '人日', '時間', 'h', '回', '日', '箇所', 'ヶ所', 'か所', 'セット', 'set',
  'ライセンス', 'ライセンス分', 'ユーザー', 'ユーザ', 'id', 'アカウント', '契約', '店舗', '拠点', '口', 'ケース', '箱', '巻', '部', '冊',
];
