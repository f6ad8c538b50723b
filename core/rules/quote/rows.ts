/**
 * Rows of a quotation sheet that are not lines: summaries, notes, fillers and heading marks
 * (quote-reading.md §Q1–§Q3, §Q25–§Q27). Recognised by rule, not by a closed list of labels.
 */
import { QR, type Vocabulary } from './types';

export type SummaryKind = 'subtotal' | 'total' | 'tax' | 'carry' | 'partial';

/**
 * Summary stems (§Q1, §Q25): a label whose last word is one of these is a summary whatever
 * precedes it (ソフトウェア小計, 役務 計, 値引後合計); a stem inside an item name (計量器,
 * 合計表作成ソフト, 注文管理) is not a last word. Compared at the end of the normalised label after
 * its trailing fillers are dropped; longer stems first. 計 alone is a stem only as a word of its own
 * (役務 計), never as the end of another word (設計, 会計).
 */
export const SUMMARY_STEMS: readonly (readonly [SummaryKind, Vocabulary])[] = [
  ['carry', { words: ['繰越', '次頁へ', '前頁より', '次頁へ続く', '続く', '次ページへ', '前ページより'], source: QR(1) }],
  ['subtotal', { words: ['小計', '中計', '頁計', 'ページ計', '税抜計', '税込計', '部門計'], source: QR(1, 25) }],
  ['tax', { words: ['消費税', '消費税等', '税額', '内税', '外税', '消費税相当'], source: QR(1) }],
  ['total', {
    words: ['合計', '総計', '総合計', '累計', '総額', '見積額', '御見積', 'お見積', 'ご見積', 'お見積り', '御見積り', 'ご見積り', '見積', '見積り',
      '請求', '支払', '差引', '差引き', '値引後', '値引き後', '割引後', '調整後'],
    source: QR(1, 25),
  }],
];

/** Stem 計 standing alone (役務 計); and the English stems: Subtotal, Total, Sum, Tax, VAT (§Q1). */
export const SUMMARY_WORD_STEM = '計';
export const ENGLISH_SUMMARY: readonly (readonly [SummaryKind, Vocabulary])[] = [
  ['subtotal', { words: ['subtotal', 'sub-total'], source: QR(1) }],
  ['tax', { words: ['tax', 'vat', 'gst'], source: QR(1) }],
  ['total', { words: ['total', 'sum', 'grandtotal', 'balance'], source: QR(1) }],
];
/** English words that may stand beside a stem in a summary label ("Grand Total", "Total amount", "Consumption tax"). */
export const ENGLISH_SUMMARY_FILLERS: Vocabulary = {
  words: ['sub', 'grand', 'amount', 'due', 'including', 'excluding', 'incl', 'excl', 'consumption', 'sales', 'net', 'gross', 'the', 'of', 'final',
    'page', 'carried', 'forward', 'brought', 'estimate', 'quote', 'quotation', 'price', 'jpy', 'yen', 'before', 'after', 'discount', 'with', 'without'],
  source: QR(1, 25),
};
/** Words a summary label may end with after its stem (合計金額, 消費税等, ご請求予定額, お支払額). */
export const SUMMARY_TAIL_FILLERS: Vocabulary = { words: ['金額', '額', '等', '予定', '円', '分', '総額'], source: QR(1) };

/** A label "N%対象" (10%対象, 8%対象額) summarises the lines of one tax rate (§Q1). */
export const RATE_SUBJECT = '対象';

/** Note rows (§Q3, §Q27): the first text of the row starts with one of these (after NFKC). */
export const NOTE_MARKS: Vocabulary = { words: ['※', '*', '注:', '注)', '(注)', '備考:', '〔注〕', '[注]'], source: QR(3, 27) };

/** Label rows that end or pad a quote and are nothing else. */
export const FILLER_WORDS: Vocabulary = { words: ['以下余白', '以下空白', '余白', '以上', '以下同様'], source: 'issue 10' };

/** A row whose label starts with one of these is in heading form (【ソフトウェア】, ■役務) (§Q2). */
export const HEADING_MARKS: Vocabulary = { words: ['【', '■', '□', '◆', '◇', '●', '▼', '▽', '〔', '［', '[', '<', '＜', '《', '〈'], source: QR(2) };

/** Error values of a spreadsheet (as text in Sheets): never an item (§Q2: an error value under a heading). */
export const ERROR_VALUES: Vocabulary = {
  words: ['#n/a', '#value!', '#ref!', '#div/0!', '#name?', '#num!', '#null!', '#error!', '#spill!', '#calc!', '#getting_data', '#field!', '#blocked!', '#busy!', '#connect!', '#unknown!'],
  source: QR(2),
};
