/**
 * The key a quote label is compared by (keyOf), and whether a key holds a word (holdsWord).
 */
import { normalizeKey } from '../input/normalizeText';
import type { TaxNote } from '../input/numberGrammar';

export interface Key {
  readonly key: string;
  /** A 税込 (tax-inclusive) or 税抜/税別 note anywhere in the text, or null. */
  readonly tax: TaxNote;
  /** The text normalised only (normalizeKey), notes and all: "交通費(対象外)". */
  readonly plain: string;
}

// Round brackets hold notes ("(税抜)", "(円)", "(10%)", "(1)"); other brackets and marks only decorate.
const NOTE = /\([^()]*\)/g;
const DECORATION = /[■□◆◇●○◎▼▽▲△★☆※*＊─━=＝<>《》〈〉【】[\]「」『』〔〕{}|:：;.。,、'"`~_]/g;
const LEADING_NUMBER = /^\d{1,3}(?=\D|$)/;
/** Ⅰ–ⅿ before NFKC turns them into Latin letters ("Ⅱ" → "ii", which would eat the i of "ipad"). */
const LEADING_ROMAN = /^\s*[\u2160-\u217f]+/;
const TRAILING_PERCENT = /\d+(?:\.\d+)?%$/;

function taxNoteOf(text: string): TaxNote {
  if (text.includes('税込')) return 'included';
  if (text.includes('税抜') || text.includes('税別')) return 'excluded';
  return null;
}

/**
 * The comparison key of a label: normalised (normalizeKey), without notes in round brackets,
 * decoration, a leading number (1. / ① / (1) / Ⅱ) or a trailing rate ("10%"), and without a
 * leading 税込/税抜 word. `tax` is a 税込/税抜 note anywhere in the text ((税込), 税込金額, "… 税込").
 * Memoised: a long quote repeats its labels.
 */
export function keyOf(text: string): Key {
  let k = memo.get(text);
  if (k === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, (k = computeKey(text)));
  }
  return k;
}

const memo = new Map<string, Key>();
const MEMO_LIMIT = 50_000;
const TAX_PREFIXES = ['税込み', '税込', '税抜き', '税抜', '税別'];

/** Between two Latin words a space is kept as "·", so "accounting software" still holds the word "software". */
const LATIN_SPACE = /([A-Za-z0-9])\s+(?=[A-Za-z0-9])/g;

function computeKey(text: string): Key {
  let s = normalizeKey(text.replace(LEADING_ROMAN, '').normalize('NFKC').replace(LATIN_SPACE, '$1·'));
  const plain = s;
  const tax = taxNoteOf(s);
  s = s.replace(NOTE, '').replace(/[()]/g, '').replace(DECORATION, '');
  for (const word of TAX_PREFIXES) {
    if (s.startsWith(word) && s.length > word.length) {
      s = s.slice(word.length);
      break;
    }
  }
  const rest = s.replace(LEADING_NUMBER, '');
  if (rest !== '') s = rest;
  s = s.replace(TRAILING_PERCENT, '');
  return { key: s, tax, plain };
}

/** Whether `key` holds `word`; an all-ASCII word only where no Latin letter touches it ("pc" in "ノートpc", not "pca"). */
export function holdsWord(key: string, word: string): boolean {
  if (!/^[a-z0-9]+$/.test(word)) return key.includes(word); // word: a key (keyOf), lower case
  for (let i = key.indexOf(word); i >= 0; i = key.indexOf(word, i + 1)) {
    if (!isLatin(key.charCodeAt(i - 1)) && !isLatin(key.charCodeAt(i + word.length))) return true;
  }
  return false;
}

function isLatin(code: number): boolean {
  return code >= 97 && code <= 122;
}
