/**
 * The head noun of an item name (quote-reading.md §Q16): where the words of two categories stand
 * in one 品名, the word that ends the name decides ("POSレジソフト" is software, "ノートPC（会計ソフト
 * 用）" a PC). Only these may follow it and still leave it the head: counts, units, editions and
 * terms ("会計ソフト 3ライセンス 一式", "ソフトウェア保守 36ヶ月"). A bundle word after it ("POSレジ・
 * 会計ソフト セット") names a set of both: no head decides, and the reader asks for a 区分.
 */
import { QR, type Vocabulary } from './types';

export const HEAD_TAIL_WORDS: Vocabulary = {
  words: ['一式', '式', '台', '個', '本', '枚', '件', '点', '名', '人', '回', '箇所', 'ユーザー', 'ユーザ', 'アカウント', 'ライセンス', '店舗', '拠点',
    '版', '用', '分', '付', '年', '年間', 'ヶ月', 'か月', 'カ月', 'ケ月', 'ヵ月', '月', '月額', '年額', '契約', 'プラン', '初年度', '次年度', '年目', '以降'],
  source: QR(16, 33),
};
export const BUNDLE_WORDS: Vocabulary = { words: ['セット', 'パック', 'バンドル', '込み', '込', 'set', 'bundle', 'pack'], source: QR(16) };
