/**
 * The key a quote label is compared by (keyOf), and whether a key holds a word (holdsWord). Every
 * step is linear in the text: a 50,000-character cell is read in one pass per step.
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
// [^()]* stops at the next bracket, so each scan ends where the next one starts: linear.
const NOTE = /\([^()]*\)/g;
const DECORATION = /[■□◆◇●○◎▼▽▲△★☆※*＊─━=＝<>《》〈〉【】[\]「」『』〔〕{}|:：;.。,、'"`~_]/g;
/** Ⅰ–ⅿ before NFKC turns them into Latin letters ("Ⅱ" → "ii", which would eat the i of "ipad"). */
const LEADING_ROMAN = /^\s*[\u2160-\u217f]+/;

function taxNoteOf(text: string): TaxNote {
  if (text.includes('税込')) return 'included';
  if (text.includes('税抜') || text.includes('税別')) return 'excluded';
  return null;
}

/**
 * The comparison key of a label: normalised (normalizeKey), without notes in round brackets,
 * decoration, a leading number (1. / ① / (1) / Ⅱ) or a trailing rate ("10%"), and without a
 * leading 税込/税抜 word. `tax` is a 税込/税抜 note anywhere in the text ((税込), 税込金額, "… 税込").
 * Memoised for short texts: a long quote repeats its labels.
 */
export function keyOf(text: string): Key {
  if (text.length > MEMO_TEXT) return longKey(text);
  let k = memo.get(text);
  if (k === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, (k = computeKey(text)));
  }
  return k;
}

const memo = new Map<string, Key>();
const MEMO_LIMIT = 50_000;
/** Longer texts are kept only a few at a time: 50,000 of them would hold gigabytes. */
const MEMO_TEXT = 400;
const longMemo = new Map<string, Key>();
const LONG_LIMIT = 64;

/** A long text is read by several steps of one line's reading: keyed once, among the last few. */
function longKey(text: string): Key {
  let k = longMemo.get(text);
  if (k === undefined) {
    if (longMemo.size >= LONG_LIMIT) longMemo.clear();
    longMemo.set(text, (k = computeKey(text)));
  }
  return k;
}
const TAX_PREFIXES = ['税込み', '税込', '税抜き', '税抜', '税別'];

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Between two Latin words a space is kept as "·", so "accounting software" still holds the word "software". */
function keepLatinSpaces(s: string): string {
  if (!/\s/.test(s)) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000) {
      let j = i;
      while (j < s.length && /\s/.test(s[j])) j++;
      out += i > 0 && j < s.length && isAsciiAlnum(s.charCodeAt(i - 1)) && isAsciiAlnum(s.charCodeAt(j)) ? '·' : ' ';
      i = j;
    } else {
      out += s[i];
      i++;
    }
  }
  return out;
}

function computeKey(text: string): Key {
  let s = normalizeKey(keepLatinSpaces(text.replace(LEADING_ROMAN, '').normalize('NFKC')));
  const plain = s;
  const tax = taxNoteOf(s);
  s = s.replace(NOTE, '').replace(/[()]/g, '').replace(DECORATION, '');
  for (const word of TAX_PREFIXES) {
    if (s.startsWith(word) && s.length > word.length) {
      s = s.slice(word.length);
      break;
    }
  }
  // a leading number of up to 3 digits ("1.", "(2)" after the brackets went): numbering
  let d = 0;
  while (d < s.length && d < 4 && isDigit(s.charCodeAt(d))) d++;
  if (d > 0 && d <= 3 && d < s.length) s = s.slice(d);
  return { key: withoutTrailingRate(s), tax, plain };
}

/** "消費税10%" → "消費税": a trailing rate, scanned back from the end (one pass). */
function withoutTrailingRate(s: string): string {
  if (!s.endsWith('%')) return s;
  let i = s.length - 1;
  while (i > 0 && (isDigit(s.charCodeAt(i - 1)) || s[i - 1] === '.')) i--;
  return i < s.length - 1 && isDigit(s.charCodeAt(i)) ? s.slice(0, i) : s;
}

/** Whether `key` holds `word`; an all-ASCII word only where no Latin letter touches it ("pc" in "ノートpc", not "pca"). */
export function holdsWord(key: string, word: string): boolean {
  return lastWordAt(key, word) >= 0;
}

/** Where the last occurrence of `word` in `key` starts (as holdsWord finds words), or -1. */
export function lastWordAt(key: string, word: string): number {
  if (!isAsciiWord(word)) return key.lastIndexOf(word);
  for (let i = key.lastIndexOf(word); i >= 0; i = i === 0 ? -1 : key.lastIndexOf(word, i - 1)) {
    if (!isLatin(key.charCodeAt(i - 1)) && !isLatin(key.charCodeAt(i + word.length))) return i;
  }
  return -1;
}

const asciiWords = new Map<string, boolean>();
function isAsciiWord(word: string): boolean {
  let w = asciiWords.get(word);
  if (w === undefined) asciiWords.set(word, (w = /^[a-z0-9]+$/.test(word)));
  return w;
}

function isLatin(code: number): boolean {
  return code >= 97 && code <= 122;
}

const BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '【': '】', '〔': '〕', '「': '」', '『': '』', '{': '}', '<': '>', '《': '》', '〈': '〉' };

/**
 * The text with every bracketed part removed (quote-reading.md §Q16: bracketed text never decides
 * a category): "ノートPC（会計ソフト用）" → "ノートPC". The text as it is when nothing is outside the
 * brackets ("【ソフトウェア】"). One pass; an unclosed bracket keeps the rest.
 */
export function outsideBrackets(text: string): string {
  const s = text.normalize('NFKC');
  let out = '';
  let close = '';
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (depth === 0 && BRACKETS[c] !== undefined) {
      close = BRACKETS[c];
      depth = 1;
      start = i;
      continue;
    }
    if (depth > 0) {
      if (c === close) depth--;
      else if (BRACKETS[c] === close) depth++;
      if (depth === 0) continue;
      continue;
    }
    out += c;
  }
  if (depth > 0) out += s.slice(start);
  return out.trim() === '' ? s : out;
}
