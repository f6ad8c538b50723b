/**
 * Months a quote line pays for (rules/README.md "quote-line months"): the 月数 column; else a
 * 数量 counted in months or years (単位 ヶ月, "12ヶ月"); else the 品名 ("クラウド利用料（12ヶ月）",
 * "24か月分", "2年分"). Every number goes through the one grammar (parseCount).
 */
import { IthojoError, isIthojoError } from '../errors/IthojoError';
import { ARG } from '../errors/messages';
import { QUOTE_MSG } from '../errors/quoteMessages';
import { isBlank } from '../input/normalizeText';
import { parseCount } from '../input/parseNumber';
import { keyOf } from './labelKey';
import { MONTH_UNITS, YEAR_UNITS } from './words';
import { lazy } from '../lazy';

const MAX_MONTHS = 1200;
const units = lazy(() => ({ month: new Set(MONTH_UNITS.map((w) => keyOf(w).key)), year: new Set(YEAR_UNITS.map((w) => keyOf(w).key)) }));

/** The unit word after a number ("36ヶ月" → ヶ月, "1.5人月" → 人月), as a key. */
function unitOf(text: string): string {
  return keyOf(text.normalize('NFKC').replace(/^[\s\d,.]+/, '')).key;
}

/** Months in a cell of the 月数 column: 24, "24ヶ月", "2年". */
export function monthsOfCell(x: unknown, row: number): number {
  try {
    if (typeof x === 'string' && units().year.has(unitOf(x))) {
      return 12 * parseCount(x, ARG.months, { min: 1, max: MAX_MONTHS / 12, suffixes: YEAR_UNITS }, '2年');
    }
    return parseCount(x, ARG.months, { min: 1, max: MAX_MONTHS, suffixes: MONTH_UNITS }, '12');
  } catch (e) {
    throw isIthojoError(e) ? new IthojoError(QUOTE_MSG.lineAmount(row, e.message)) : e;
  }
}

/**
 * Months when the 数量 is a count of months or years: its 単位 cell or its own unit word says so
 * ("12 | ヶ月", "12ヶ月", "2年"). undefined otherwise.
 */
export function monthsOfQuantity(quantity: unknown, unit: unknown, row: number): number | undefined {
  if (isBlank(quantity)) return undefined;
  const unitKey = typeof unit === 'string' ? keyOf(unit).key : '';
  if (units().month.has(unitKey)) return monthsOfCell(quantity, row);
  if (units().year.has(unitKey)) return typeof quantity === 'number' ? monthsOfCell(`${quantity}年`, row) : monthsOfCell(`${String(quantity).trim()}年`, row);
  if (typeof quantity === 'string' && (units().month.has(unitOf(quantity)) || units().year.has(unitOf(quantity)))) return monthsOfCell(quantity, row);
  return undefined;
}

// "12ヶ月", "24か月分", "36カ月間"; "2年分", "3年間", "1年契約" (a bare "2025年" is a date, not a term)
const MONTHS_IN_TEXT = /(\d[\d,]*)\s*[ヶかカケヵ箇]\s*月/g;
const YEARS_IN_TEXT = /(\d{1,2})\s*年\s*(?:分|間|契約)/g;

/** The longest term a 品名 mentions, in months (the longest never overstates: more months prorate more). */
export function monthsInText(text: string, row: number): number | undefined {
  const s = text.normalize('NFKC');
  let best: number | undefined;
  for (const m of s.matchAll(MONTHS_IN_TEXT)) best = Math.max(best ?? 0, monthsOfCell(`${m[1]}ヶ月`, row));
  for (const m of s.matchAll(YEARS_IN_TEXT)) best = Math.max(best ?? 0, monthsOfCell(`${m[1]}年`, row));
  return best;
}
