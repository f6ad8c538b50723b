/**
 * Words in the amount, quantity, mark and tax cells of a quote line, and the statements of a
 * quote's tax status (quote-reading.md §Q5, §Q10, §Q12, §Q18, §Q28, §Q30, §Q37).
 */
import { QR, type Vocabulary } from './types';

/** Amount cells that mean 0 yen (a free item: counting it as 0 never overstates). */
export const FREE_WORDS: Vocabulary = { words: ['無償', '無料', 'サービス', 'サービス品', '0円', 'free'], source: 'issue 10' };

/** Amount cells that mean "not priced in this quote" (§Q5): 0, outside the subsidy, noted; no category needed. */
export const NOT_PRICED_WORDS: Vocabulary = {
  words: ['実費', '別途', '別途実費', '別途見積', '別途見積り', '別途御見積', '別途お見積', '別途お見積り', '都度見積', '都度見積り', '都度お見積り', '別途相談', '要見積'],
  source: QR(5),
};

/**
 * A line is a discount by the words of its 品名 or 区分 (or a negative amount): never by its 備考
 * or 摘要 (§Q18). `(30,000)` is a negative amount only on such a line (§Q12, §Q31).
 */
export const DISCOUNT_WORDS: Vocabulary = { words: ['値引', '割引', '出精', '端数調整', 'ディスカウント', 'discount', 'お値引'], source: QR(12, 18, 42) };

/** A 数量 written as a word for one whole set (the amount is the 単価). */
export const ONE_SET_WORDS: Vocabulary = { words: ['一式', '式', '1式'], source: 'issue 10' };

/** Unit words a 数量 cell may carry ("3台", "1式"): any of these, a term unit (terms.ts), or none. */
export const QUANTITY_UNITS: Vocabulary = {
  words: ['式', '台', '個', '本', '枚', '件', '点', '名', '人', '人月', '人日', '時間', 'h', '回', '日', '箇所', 'ヶ所', 'か所', 'セット', 'set',
    'ライセンス', 'ライセンス分', 'ユーザー', 'ユーザ', 'id', 'アカウント', '契約', '店舗', '拠点', '口', 'ケース', '箱', '巻', '部', '冊'],
  source: 'issue 10',
};

/**
 * A note or title-block text stating the tax status of every price (§Q28): 税込 statements divide
 * every amount by 1.1 once; 税抜 ones keep them as written. A text holding words of both states
 * neither. A total labelled (税込) states only that total's status (a summary row, not a statement).
 */
export const TAX_STATEMENTS: { readonly included: Vocabulary; readonly excluded: Vocabulary } = {
  included: { words: ['税込', '消費税込', '内税', '消費税を含', '消費税含', '税を含', 'taxincluded', 'inclusiveoftax', 'includingtax', 'incl.tax', 'taxinclusive'], source: QR(28) },
  excluded: { words: ['税抜', '税別', '外税', '別途消費税', '消費税は別', '消費税別', '消費税を含みません', '消費税は含まれ', '消費税を含まない', 'taxexcluded', 'excludingtax', 'plustax', 'excl.tax', 'exclusiveoftax'], source: QR(28) },
};

/** Values of a 税区分 column (§Q37): 内税 ÷1.1; 外税 and 非課税 as written; 対象外 as §Q10; 課税 as the quote says. */
export const TAX_CLASSES: { readonly included: Vocabulary; readonly asWritten: Vocabulary; readonly ineligible: Vocabulary; readonly taxable: Vocabulary } = {
  included: { words: ['内税', '税込', '内'], source: QR(37) },
  asWritten: { words: ['外税', '非課税', '税抜', '外', '免税'], source: QR(37) },
  ineligible: { words: ['対象外', '不課税'], source: `${QR(37)} (対象外 as §Q10)` },
  taxable: { words: ['課税', '10%', '8%', '軽減', '軽減税率', '標準', '標準税率'], source: QR(37) },
};

/** Marks of a 補助対象 column (§Q10, §Q30): ○-type marks count, ×-type marks are 対象外; anything else is asked. */
export const MARKS: { readonly yes: Vocabulary; readonly no: Vocabulary } = {
  yes: { words: ['○', '◯', '〇', '◎', '●', '対象', '該当', '補助対象', 'yes', 'y', '✓', '✔', 'true', '1'], source: QR(10) },
  no: { words: ['×', '✕', '✖', 'x', '対象外', '非該当', '補助対象外', 'no', 'n', '-', '―', '－', 'false', '0'], source: QR(10) },
};
