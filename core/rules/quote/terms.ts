/**
 * How a quote states a line's term (quote-reading.md §Q19–§Q22, §Q33–§Q36), as the words the term
 * reader (core/quote/terms.ts) tokenises. Compared after NFKC and lower case.
 */
import { QR, type Vocabulary } from './types';

/** A number followed by one of these is a count of months (12ヶ月, 36か月間, 24カ月分, 12 months). */
export const MONTH_UNITS: Vocabulary = {
  words: ['ヶ月', 'か月', 'カ月', 'ケ月', 'ヵ月', '箇月', 'ヶ月間', 'か月間', 'カ月間', 'ケ月間', 'ヵ月間', 'ヶ月分', 'か月分', 'カ月分', 'ケ月分', 'ヵ月分',
    'month', 'months', 'mo', 'mos', 'month(s)'],
  source: QR(19),
};
/** A number followed by one of these is a count of years (3年, 2年間, 3年分, 3年契約, 3年プラン, 2 years). */
export const YEAR_UNITS: Vocabulary = { words: ['年', '年間', '年分', '年契約', '年プラン', '年間契約', 'year', 'years', 'yr', 'yrs', 'year(s)'], source: QR(19, 33) };
/** Units of a 単位 cell (with the 数量 as the count): months, or years (年度 too). */
export const UNIT_CELL_MONTHS: Vocabulary = { words: ['ヶ月', 'か月', 'カ月', 'ケ月', 'ヵ月', '箇月', '月', '月間', '月分', 'ヶ月分', 'か月分', 'カ月分', 'month', 'months', 'mo', 'mos'], source: QR(19) };
export const UNIT_CELL_YEARS: Vocabulary = { words: ['年', '年間', '年分', '年度', 'year', 'years', 'yr', 'yrs'], source: QR(19) };

/** Without a number these mean one year (§Q33): 年間ライセンス, 年額利用料, annual. */
export const ONE_YEAR_WORDS: Vocabulary = { words: ['年間', '年額', 'annual', 'annually', 'yearly', 'peryear'], source: QR(33) };
/** `月額…×N回` (§Q19): a monthly fee times N payments is N months. */
export const MONTHLY_WORDS: Vocabulary = { words: ['月額', '月々', 'monthly'], source: QR(19) };
export const PAYMENT_COUNT = '回';
/** A term followed by one of these is a rate ("1ヶ月あたり"), not the line's term. */
export const RATE_MARKERS: Vocabulary = { words: ['あたり', '当たり', '当り', '毎', 'ごと', '毎に', 'につき', '単位'], source: QR(19) };
/** N年版 / YYYY年版: an edition, never a term (§Q33). */
export const EDITION = '版';
/** Consecutive periods (§Q35): 1年目, 2年目 …; 初年度 = 1, 次年度 = 2. */
export const ORDINAL_SUFFIX = '年目';
export const ORDINAL_WORDS: readonly (readonly [string, number])[] = [['初年度', 1], ['次年度', 2], ['翌年度', 2], ['次々年度', 3], ['翌々年度', 3]];
export const ORDINAL_SOURCE = QR(35);

/** Separators of a date range (`2026年4月〜2029年3月`, `2026/4〜2029/3`): both end months count (§Q19). */
export const RANGE_SEPARATORS: Vocabulary = { words: ['〜', '~', '～', '-', '−', '–', '—', 'から', 'to', '〜翌'], source: QR(19) };
/** Eras for dates written 令和8年4月: the era's year 1 is this Gregorian year minus one. */
export const ERAS: readonly (readonly [string, number])[] = [['令和', 2018], ['平成', 1988]];

/**
 * Time words (§Q34): a period line with none of these and no term counts as written with a note
 * (§Q21); with one of these and no term it is an error (§Q20), as counting it whole could overstate.
 */
export const TIME_WORDS: Vocabulary = {
  words: ['ヶ月', 'か月', 'カ月', 'ケ月', 'ヵ月', '箇月', '月額', '月', '年', '年額', '年間', '期間', '契約', '更新', 'month', 'year', 'annual', 'subscription'],
  source: QR(34),
};
/** Per-user-month units (§Q36): the 数量 is users × months, so the term must be stated apart. */
export const PER_USER_MONTH_UNITS: Vocabulary = { words: ['ユーザー月', 'ユーザ月', 'ユーザー×月', 'id月', 'id×月', 'アカウント月', '人月額', 'ライセンス月', 'user/month', 'usermonth'], source: QR(36) };

/** Kanji numerals of a term (三年, 三十六ヶ月, 十二か月). */
export const KANJI_DIGITS: readonly (readonly [string, number])[] = [
  ['〇', 0], ['一', 1], ['二', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9], ['両', 2],
];
export const KANJI_UNITS: readonly (readonly [string, number])[] = [['十', 10], ['百', 100], ['千', 1000]];
