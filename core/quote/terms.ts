/**
 * A line's term as the sheet states it (quote-reading.md §Q19, §Q20, §Q33–§Q36): "36ヶ月", "3年",
 * "三年分", "3年6ヶ月", "12ヶ月×3年", "月額…×36回", "(2026年4月〜2029年3月)", "2026/4〜2029/3",
 * "36 months", "2年目", "年間". Read by a tokeniser and one pass over its tokens, so a text is read
 * in time linear in its length (no pattern backtracks over a long cell). What cannot be read but
 * speaks of time is reported, never guessed (§Q20).
 */
import { lazy } from '../lazy';
import {
  EDITION, ERAS, KANJI_DIGITS, KANJI_UNITS, MONTHLY_WORDS, MONTH_UNITS, ONE_YEAR_WORDS, ORDINAL_SUFFIX, ORDINAL_WORDS,
  PAYMENT_COUNT, RANGE_SEPARATORS, RATE_MARKERS, TIME_WORDS, YEAR_UNITS,
} from '../rules/quote/terms';
import { normalizeKey } from '../input/normalizeText';

export interface TermReading {
  /** Terms stated, in months, distinct, in the order found. */
  readonly months: readonly number[];
  /** A bare 年間 / 年額 / annual: one year when nothing else is stated (§Q33). */
  readonly oneYear: boolean;
  /** 2年目, 初年度 … (§Q35). */
  readonly ordinal?: number;
  /** A time word (§Q34) that is not part of a term, a date or an edition. */
  readonly timeWord: boolean;
  /** A statement of a term the reader cannot read (an open date range, 12ヶ月×2, 月額×24). */
  readonly unreadable: boolean;
}

export const NO_TERM: TermReading = { months: [], oneYear: false, timeWord: false, unreadable: false };

/** More months than any quote means (100 years): such a figure is not a term. */
export const MAX_MONTHS = 1200;

type Kind =
  | 'month' | 'year' | 'fiscal' | 'ordinal' | 'edition' | 'yearEdition' | 'monthChar' | 'day' | 'monthly' | 'oneYear' | 'times' | 'mul'
  | 'rate' | 'range' | 'slash' | 'ordinalWord' | 'era' | 'time' | 'dash' | 'half';

interface Tok {
  readonly kind: Kind | 'num' | 'other';
  /** num: the value; ordinalWord/era: its number. */
  readonly v: number;
  /** The word, for messages. */
  readonly w: string;
}

/**
 * The vocabulary by first character, longest first: one lookup per position. Where a word is in
 * two lists the first kind added wins (年 is a year unit before it is a time word).
 */
const lexicon = lazy(() => {
  const kinds = new Map<string, [Kind, number]>();
  const add = (words: readonly string[], kind: Kind, v = 0): void => {
    for (const w of words) if (!kinds.has(normalizeKey(w))) kinds.set(normalizeKey(w), [kind, v]);
  };
  add(MONTH_UNITS.words, 'month');
  add(YEAR_UNITS.words, 'year');
  add(['年度'], 'fiscal');
  add([ORDINAL_SUFFIX], 'ordinal');
  add([`年${EDITION}`], 'yearEdition');
  add([EDITION], 'edition');
  add(['月'], 'monthChar');
  add(['日'], 'day');
  add(['半'], 'half');
  add(MONTHLY_WORDS.words, 'monthly');
  add(ONE_YEAR_WORDS.words, 'oneYear');
  add([PAYMENT_COUNT], 'times');
  add(['×', '*', '✕', 'x'], 'mul');
  add(RATE_MARKERS.words, 'rate');
  add(['-'], 'dash');
  add(RANGE_SEPARATORS.words, 'range');
  add(['/'], 'slash');
  for (const [w, n] of ORDINAL_WORDS) add([w], 'ordinalWord', n);
  for (const [w, base] of ERAS) add([w], 'era', base);
  add(TIME_WORDS.words, 'time');
  const byFirst = new Map<string, [string, Kind, number][]>();
  for (const [w, [kind, v]] of kinds) {
    const list = byFirst.get(w[0]) ?? [];
    list.push([w, kind, v]);
    byFirst.set(w[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  return byFirst;
});
const oneYearWords = lazy(() => new Set(ONE_YEAR_WORDS.words.map(normalizeKey)));

const kanjiDigit = lazy(() => new Map(KANJI_DIGITS));
const kanjiUnit = lazy(() => new Map(KANJI_UNITS));
const KANJI_NUMERALS = lazy(() => new Set([...KANJI_DIGITS.map(([c]) => c), ...KANJI_UNITS.map(([c]) => c)]));

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLatin(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** A run of kanji numerals ("三十六" → 36, "二" → 2, "百二十" → 120); null when the run is not one. */
function kanjiValue(run: string): number | null {
  let total = 0;
  let digit = -1;
  for (const ch of run) {
    const d = kanjiDigit().get(ch);
    if (d !== undefined) {
      if (digit >= 0) return null; // 二三: not a numeral of this grammar
      digit = d;
      continue;
    }
    const u = kanjiUnit().get(ch)!;
    total += (digit < 0 ? 1 : digit) * u;
    digit = -1;
  }
  return total + (digit < 0 ? 0 : digit);
}

/** A numeral longer than this is no term (九千九百九十九 is seven). */
const MAX_KANJI_RUN = 8;

/**
 * The tokens of a normalised text: numbers, words of the term vocabulary, and anything else —
 * a run of other characters as one token. Each character is looked at a bounded number of times.
 */
function tokens(s: string): Tok[] {
  const out: Tok[] = [];
  const numerals = KANJI_NUMERALS();
  const words = lexicon();
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i;
      let text = '';
      while (j < n && (isDigit(s.charCodeAt(j)) || (s[j] === ',' && isDigit(s.charCodeAt(j + 1)) && isDigit(s.charCodeAt(j + 2)) && isDigit(s.charCodeAt(j + 3))))) j++;
      const whole = j - i;
      if (s[j] === '.' && isDigit(s.charCodeAt(j + 1))) {
        j++;
        while (j < n && isDigit(s.charCodeAt(j))) j++;
      }
      // a long run of digits is no term: not converted digit by digit
      if (whole > 15) {
        out.push({ kind: 'num', v: Infinity, w: `${s.slice(i, i + 20)}…` });
      } else {
        text = s.slice(i, j).replace(/,/g, '');
        out.push({ kind: 'num', v: Number(text), w: text });
      }
      i = j;
      continue;
    }
    if (numerals.has(s[i])) {
      let j = i;
      while (j < n && numerals.has(s[j])) j++;
      const v = j - i <= MAX_KANJI_RUN ? kanjiValue(s.slice(i, j)) : null;
      out.push(v !== null && v > 0 ? { kind: 'num', v, w: s.slice(i, j) } : { kind: 'other', v: 0, w: s.slice(i, Math.min(j, i + 20)) });
      i = j;
      continue;
    }
    const list = words.get(s[i]);
    let hit: [string, Kind, number] | undefined;
    if (list) for (const e of list) if (s.startsWith(e[0], i) && !(isLatin(c) && isLatin(s.charCodeAt(i + e[0].length)))) {
      hit = e;
      break;
    }
    if (hit && !(isLatin(c) && isLatin(s.charCodeAt(i - 1)))) {
      out.push({ kind: hit[1], v: hit[2], w: hit[0] });
      i += hit[0].length;
      continue;
    }
    // anything else: a run of it as one token, up to where a number, a word or a space may start
    let j = i + 1;
    if (isLatin(c)) while (j < n && isLatin(s.charCodeAt(j))) j++;
    else while (j < n && !isLatin(s.charCodeAt(j)) && !isDigit(s.charCodeAt(j)) && s.charCodeAt(j) !== 32 && !numerals.has(s[j]) && !words.has(s[j])) j++;
    out.push({ kind: 'other', v: 0, w: s.slice(i, Math.min(j, i + 20)) });
    i = j;
  }
  return out;
}

interface YearMonth {
  readonly y: number;
  readonly m: number;
  /** Tokens read. */
  readonly used: number;
}

const isCalendarYear = (v: number): boolean => Number.isInteger(v) && v >= 1900 && v <= 2199;
const isMonth = (v: number): boolean => Number.isInteger(v) && v >= 1 && v <= 12;

/** YYYY年M月[D日], 令和N年M月[D日] or YYYY/M[/D] at `at`; null when not a date. */
function dateAt(t: readonly Tok[], at: number): YearMonth | null {
  let i = at;
  let y: number;
  if (t[i]?.kind === 'era' && t[i + 1]?.kind === 'num' && Number.isInteger(t[i + 1].v) && t[i + 1].v >= 1 && t[i + 1].v <= 99) {
    y = t[i].v + t[i + 1].v;
    i += 2;
  } else if (t[i]?.kind === 'num' && isCalendarYear(t[i].v)) {
    y = t[i].v;
    i++;
  } else return null;
  if (t[i]?.w === '年' && t[i + 1]?.kind === 'num' && isMonth(t[i + 1].v) && t[i + 2]?.kind === 'monthChar') {
    i += 3;
    const m = t[i - 2].v;
    if (t[i]?.kind === 'num' && t[i + 1]?.kind === 'day') i += 2;
    return { y, m, used: i - at };
  }
  const sep = t[i]?.kind;
  if ((sep === 'slash' || sep === 'dash') && t[i + 1]?.kind === 'num' && isMonth(t[i + 1].v)) {
    const m = t[i + 1].v;
    i += 2;
    if (t[i]?.kind === sep && t[i + 1]?.kind === 'num' && t[i + 1].v >= 1 && t[i + 1].v <= 31) i += 2;
    return { y, m, used: i - at };
  }
  return null;
}

/** Reads every statement of a term in a text (any length: one pass). */
export function readTerms(text: string): TermReading {
  if (text === '') return NO_TERM;
  const t = tokens(normalizeKeyKeepingSpaces(text));
  if (t.length === 0) return NO_TERM;
  const months: number[] = [];
  let oneYear = false;
  let ordinal: number | undefined;
  let timeWord = false;
  let unreadable = false;
  let monthly = false;
  const state = (m: number): void => {
    if (!Number.isInteger(m) || m < 1 || m > MAX_MONTHS) unreadable = true;
    else if (!months.includes(m)) months.push(m);
  };
  const unitAt = (i: number): 'month' | 'year' | null => {
    const k = t[i]?.kind;
    if (k === 'month') return 'month';
    if (k === 'year') return 'year';
    // 12-month, 3-year
    if (k === 'dash' && (t[i + 1]?.kind === 'month' || t[i + 1]?.kind === 'year') && /^[a-z]/.test(t[i + 1].w)) return t[i + 1].kind as 'month' | 'year';
    return null;
  };
  const unitWidth = (i: number): number => (t[i]?.kind === 'dash' ? 2 : 1);
  for (let i = 0; i < t.length; i++) {
    const k = t[i];
    if (k.kind === 'num' || k.kind === 'era') {
      const from = dateAt(t, i);
      if (from) {
        let j = i + from.used;
        if (t[j]?.kind === 'range' || t[j]?.kind === 'dash') {
          const to = dateAt(t, j + 1);
          if (to) {
            state((to.y - from.y) * 12 + (to.m - from.m) + 1);
            j += 1 + to.used;
          } else unreadable = true; // 2026年4月〜: a range without its end
        }
        i = j - 1;
        continue;
      }
      if (k.kind === 'era') {
        timeWord = true;
        continue;
      }
      const v = k.v;
      const next = t[i + 1];
      if (next?.kind === 'yearEdition' || (next?.w === '年' && t[i + 2]?.kind === 'edition')) {
        i += next.kind === 'yearEdition' ? 1 : 2; // N年版, YYYY年版: an edition
        continue;
      }
      if (next?.kind === 'ordinal' && Number.isInteger(v) && v >= 1 && v <= 100) {
        ordinal = v;
        i++;
        continue;
      }
      if (next?.kind === 'fiscal' || (next?.w === '年' && isCalendarYear(v))) {
        // 2026年度, 2026年: a year named, not a length of time (a fiscal year is asked for, §Q20)
        if (next.kind === 'fiscal') timeWord = true;
        i++;
        continue;
      }
      const unit = unitAt(i + 1);
      if (unit) {
        let m = unit === 'year' ? v * 12 : v;
        let j = i + 1 + unitWidth(i + 1);
        // 3年6ヶ月
        if (unit === 'year' && t[j]?.kind === 'num' && unitAt(j + 1) === 'month') {
          m += t[j].v;
          j += 1 + unitWidth(j + 1);
        }
        // 2年半, 3ヶ月半: not a form of §Q19 (asked, §Q33)
        if (t[j]?.kind === 'half') unreadable = true;
        // 1ヶ月あたり: a rate, not the term
        if (t[j]?.kind === 'rate') {
          i = j;
          continue;
        }
        // 12ヶ月×3年, 3年×12ヶ月: a year of months times years; any other product is asked
        if (t[j]?.kind === 'mul' && t[j + 1]?.kind === 'num') {
          const other = unitAt(j + 2);
          if (other && other !== unit) {
            const [monthsPart, yearsPart] = unit === 'month' ? [m, t[j + 1].v] : [t[j + 1].v, m / 12];
            if (monthsPart === 12) state(12 * yearsPart);
            else unreadable = true;
            i = j + 1 + unitWidth(j + 2);
            continue;
          }
          if (!other && !isCountWord(t[j + 2])) unreadable = true; // 12ヶ月×2
        }
        state(m);
        i = j - 1;
        continue;
      }
      if (next?.kind === 'monthChar') {
        timeWord = true; // 12月: a month's name or a count, asked
        i++;
        continue;
      }
      // 月額…×N回: N monthly payments
      if (monthly && t[i - 1]?.kind === 'mul') {
        if (next?.kind === 'times') {
          state(v);
          i++;
        } else if (!isCountWord(next)) unreadable = true;
      }
      continue;
    }
    switch (k.kind) {
      case 'monthly':
        monthly = true;
        timeWord = true;
        break;
      case 'oneYear':
        oneYear = true;
        timeWord = true;
        break;
      case 'ordinalWord':
        ordinal = k.v;
        break;
      case 'year':
        // 年間 without a number: one year (§Q33); 年, 年契約 alone: time words
        if (oneYearWords().has(k.w)) oneYear = true;
        timeWord = true;
        break;
      case 'month': case 'fiscal': case 'time': case 'monthChar':
        timeWord = true;
        break;
      default:
        break;
    }
  }
  if (months.length === 0 && !oneYear && ordinal === undefined && !timeWord && !unreadable) return NO_TERM;
  return { months, oneYear, ordinal, timeWord, unreadable };
}

/** A word after "× N" that makes N a count of something else (10ユーザー, 3ライセンス), not a term's factor. */
function isCountWord(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === 'other' && tok.w !== '' && !/^[\s)\]）】]/.test(tok.w);
}

/** NFKC and lower case, spaces kept as single spaces (they separate English words: "36 months"). */
function normalizeKeyKeepingSpaces(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

/** The term of a line from every statement of it: one value, or why not. */
export type Term =
  | { readonly kind: 'none'; readonly timeWord: boolean }
  | { readonly kind: 'months'; readonly months: number; readonly ordinal?: number }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'conflict'; readonly a: number; readonly b: number };

/** Several readings of one line (品名, 仕様, 備考, the 月数 column, the 単位 cell) as one term (§Q33). */
export function combineTerms(readings: readonly TermReading[]): Term {
  // the common line: one statement of one term (a 月数 cell, a 数量 in months)
  if (readings.length === 1) {
    const r = readings[0];
    if (r.months.length === 1 && r.ordinal === undefined && !r.unreadable) return monthsTerm(r.months[0]);
  }
  if (readings.length === 0) return NO_TERM_STATED;
  const stated: number[] = [];
  let oneYear = false;
  let ordinal: number | undefined;
  let timeWord = false;
  let unreadable = false;
  for (const r of readings) {
    for (const m of r.months) if (!stated.includes(m)) stated.push(m);
    oneYear ||= r.oneYear;
    ordinal ??= r.ordinal;
    timeWord ||= r.timeWord;
    unreadable ||= r.unreadable;
  }
  if (stated.length > 1) return { kind: 'conflict', a: stated[0], b: stated[1] };
  if (stated.length === 1) return ordinal === undefined ? { kind: 'months', months: stated[0] } : { kind: 'months', months: stated[0], ordinal };
  if (unreadable) return { kind: 'unreadable' };
  if (ordinal !== undefined) return { kind: 'months', months: 12, ordinal };
  if (oneYear) return { kind: 'months', months: 12 };
  return { kind: 'none', timeWord };
}

const NO_TERM_STATED: Term = { kind: 'none', timeWord: false };
const monthTerms = new Map<number, Term>();
function monthsTerm(months: number): Term {
  let t = monthTerms.get(months);
  if (!t) monthTerms.set(months, (t = { kind: 'months', months }));
  return t;
}
