/**
 * The term a line's cells state (quote-reading.md §Q19, §Q36): the 月数/期間 column ("24",
 * "24ヶ月", "2年", "2026/4〜2028/3"), a 契約年数 column, a 数量 counted in months or years by its
 * 単位 cell or its own unit word ("36 | ヶ月", "2 | 年度", "36ヶ月"). The line's texts (品名, 仕様,
 * 備考) are read by terms.ts; all statements are then combined (§Q33).
 */
import { IthojoError } from '../errors/IthojoError';
import { ARG, MSG } from '../errors/messages';
import { QUOTE_MSG } from '../errors/quoteMessages';
import { isBlank, normalizeKey } from '../input/normalizeText';
import { compare, frac, mulInt, type Frac } from '../money/exact';
import { reduce } from '../money/fracSum';
import { PER_USER_MONTH_UNITS, TIME_WORDS, UNIT_CELL_MONTHS, UNIT_CELL_YEARS } from '../rules/quote/terms';
import { quantityOf } from './amount';
import type { Columns, Row } from './columns';
import type { Places } from './places';
import { MAX_MONTHS, NO_TERM, readTerms, type TermReading } from './terms';
import { memoText } from './memo';
import { plainSet, longestFirst, holdsAny } from './vocab';

const monthUnits = plainSet(UNIT_CELL_MONTHS);
const yearUnits = plainSet(UNIT_CELL_YEARS);
const perUserUnits = plainSet(PER_USER_MONTH_UNITS);
const timeWords = longestFirst(TIME_WORDS);

export interface CellTerms {
  readonly readings: readonly TermReading[];
  /** The 単位 counts users × months (§Q36): the 数量 is not the term. */
  readonly perUser: boolean;
}

const NONE: CellTerms = { readings: [], perUser: false };

const statedCache = new Map<number, TermReading>();
function stated(months: number): TermReading {
  let t = statedCache.get(months);
  if (!t) statedCache.set(months, (t = { months: [months], oneYear: false, timeWord: false, unreadable: false }));
  return t;
}

const UNREADABLE: TermReading = { months: [], oneYear: false, timeWord: true, unreadable: true };

/** Whole months from a count and its unit, or unreadable (1.5ヶ月, 0年). */
function monthsOf(count: Frac, perUnit: number): TermReading {
  const m = reduce(frac(mulInt(count.n, perUnit), count.d));
  if (m.d !== 1 || compare(m, frac(1)) < 0 || compare(m, frac(MAX_MONTHS)) > 0) return UNREADABLE;
  return stated(Number(m.n));
}

/** A 月数 (perUnit 1) or 契約年数 (12) cell: a bare number counts that unit; text is read as a term. */
function columnTerm(x: unknown, perUnit: number, r: number, places: Places): TermReading {
  if (typeof x === 'number') {
    if (Number.isInteger(x) && x >= 1 && x * perUnit <= MAX_MONTHS) return stated(x * perUnit); // the common cell
    // a number out of range says the range, as every count does
    const most = MAX_MONTHS / perUnit;
    if (Number.isInteger(x) || !Number.isFinite(x)) throw new IthojoError(QUOTE_MSG.lineAmount(places.line(r), Number.isFinite(x) ? MSG.outOfRange(ARG.months, x, 1, most) : MSG.notFinite(ARG.months)));
    return sure(monthsOf(quantityOf(x, places, r), perUnit), x, r, places);
  }
  if (typeof x !== 'string') throw new IthojoError(QUOTE_MSG.termUnreadable(places.line(r), x));
  const t = x.normalize('NFKC').trim();
  if (/^\d{1,5}(\.\d{1,4})?$/.test(t)) return sure(monthsOf(quantityOf(t, places, r), perUnit), x, r, places);
  const reading = readTerms(x);
  // a cell of the 月数 column is there to state the term: anything else in it is asked
  if (reading.months.length !== 1 || reading.unreadable || reading.timeWord) throw new IthojoError(QUOTE_MSG.termUnreadable(places.line(r), x));
  return reading;
}

/** A 月数 cell must state whole months: 0, 1.5 or 0.5年 are asked, whatever the line. */
function sure(reading: TermReading, x: unknown, r: number, places: Places): TermReading {
  if (reading.unreadable) throw new IthojoError(QUOTE_MSG.termUnreadable(places.line(r), x));
  return reading;
}

/** The 月数 and 契約年数 cells of a line, read for every line: a cell that is not a term is an error. */
export function columnTerms(row: Row, r: number, cols: Columns, places: Places): void {
  const at = cols.at;
  if (at.months !== undefined && !isBlank(row[at.months])) columnTerm(row[at.months], 1, r, places);
  if (at.years !== undefined && !isBlank(row[at.years])) columnTerm(row[at.years], 12, r, places);
}

export function cellTerms(row: Row, r: number, cols: Columns, places: Places): CellTerms {
  const at = cols.at;
  // most lines state one term in one cell: no array is made for them
  let first: TermReading | undefined;
  let more: TermReading[] | undefined;
  const add = (t: TermReading): void => {
    if (!first) first = t;
    else (more ??= [first]).push(t);
  };
  let perUser = false;
  if (at.months !== undefined && !isBlank(row[at.months])) add(columnTerm(row[at.months], 1, r, places));
  if (at.years !== undefined && !isBlank(row[at.years])) add(columnTerm(row[at.years], 12, r, places));
  const qty = at.quantity === undefined ? undefined : row[at.quantity];
  const unit = at.unit === undefined ? undefined : row[at.unit];
  if (typeof unit === 'string' && !isBlank(unit) && unit.length < 40) {
    const u = unitKey(unit);
    if (perUserUnits().has(u)) perUser = true;
    else if (!isBlank(qty)) {
      if (monthUnits().has(u)) add(monthsOf(quantityOf(qty, places, r), 1));
      else if (yearUnits().has(u)) add(monthsOf(quantityOf(qty, places, r), 12));
      else if (holdsAny(u, timeWords())) add(UNREADABLE);
    }
  }
  if (typeof qty === 'string' && !isBlank(qty)) {
    const reading = readTerms(qty);
    if (reading !== NO_TERM) add(reading);
  }
  if (perUser) return { readings: more ?? (first ? [first] : []), perUser };
  if (!first) return NONE;
  return more ? { readings: more, perUser: false } : onlyOne(first);
}

const single = new WeakMap<TermReading, CellTerms>();
function onlyOne(t: TermReading): CellTerms {
  let c = single.get(t);
  if (!c) single.set(t, (c = { readings: [t], perUser: false }));
  return c;
}

const unitKey = memoText((unit: string) => normalizeKey(unit).replace(/[・/]/g, ''));
