/**
 * A quote line's amount (quote-reading.md §Q5, §Q9, §Q11, §Q12, §Q14): its 金額 (every amount
 * column that counts must agree), else 数量 × 単価 exactly, else a 単価 standing alone; 別途 and 実費
 * (not priced here) and 無償 (0 yen) as words. Every cell goes through the amount grammar; an error
 * names the line.
 */
import { IthojoError, isIthojoError } from '../errors/IthojoError';
import { type Arg } from '../errors/messages';
import { QUOTE_MSG } from '../errors/quoteMessages';
import type { Text } from '../errors/text';
import { isBlank } from '../input/normalizeText';
import { scanNumber, type TaxNote } from '../input/numberGrammar';
import { MAX_AMOUNT, parseAmount, type Amount } from '../input/parseAmount';
import { parseDecimal } from '../input/parseNumber';
import { compare, floorDiv, frac, mulInt, sub, ZERO, type Frac } from '../money/exact';
import { decimalText } from '../money/formatFrac';
import { FREE_WORDS, NOT_PRICED_WORDS, ONE_SET_WORDS, QUANTITY_UNITS } from '../rules/quote/amounts';
import { MONTH_UNITS, UNIT_CELL_MONTHS, UNIT_CELL_YEARS, YEAR_UNITS } from '../rules/quote/terms';
import { rowLabel, type Columns, type Row } from './columns';
import type { Places } from './places';
import { plainSet } from './vocab';

/** The cells of a line as messages name them ("見積3行目: 単価欄を金額として読めません"). */
export const CELL = {
  amount: { ja: '金額欄', en: 'amount' },
  quantity: { ja: '数量欄', en: 'quantity' },
  unitPrice: { ja: '単価欄', en: 'unit price' },
  excluded: { ja: '補助対象外欄', en: 'ineligible part' },
  eligible: { ja: '補助対象額欄', en: 'eligible part' },
  months: { ja: '月数欄', en: 'months' },
} as const satisfies Record<string, Arg>;

const free = plainSet(FREE_WORDS);
const notPricedWords = plainSet(NOT_PRICED_WORDS);
const oneSet = plainSet(ONE_SET_WORDS);
const QUANTITY_RULES = { max: 1e9, suffixes: [...QUANTITY_UNITS.words, ...MONTH_UNITS.words, ...YEAR_UNITS.words, ...UNIT_CELL_MONTHS.words, ...UNIT_CELL_YEARS.words] };

/** Reads a cell with the grammar, naming line `r` in any error (its place made only then: most lines need none). */
export function inLine<T>(places: Places, r: number, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw isIthojoError(e) ? new IthojoError(QUOTE_MSG.lineAmount(places.line(r), e.text)) : e;
  }
}

const plainKey = (x: string): string => x.normalize('NFKC').toLowerCase().replace(/\s/g, '');

/** A cell's yen: the amount, or 'notPriced' for 別途/実費 (§Q5). */
export function yenOf(x: unknown, arg: Arg, places: Places, r: number, allowNegative: boolean): Amount | 'notPriced' {
  // whole yen in range, the common cell, needs no parsing
  if (typeof x === 'number' && Number.isSafeInteger(x) && x <= MAX_AMOUNT && (x >= 0 || (allowNegative && x >= -MAX_AMOUNT))) return { yen: x + 0, truncated: false, tax: null };
  if (typeof x === 'string' && x.length < 40) {
    const k = plainKey(x);
    if (free().has(k)) return { yen: 0, truncated: false, tax: null };
    if (notPricedWords().has(k)) return 'notPriced';
  }
  return inLine(places, r, () => parseAmount(x, arg, allowNegative));
}

function yenOrZero(x: Amount | 'notPriced'): Amount {
  return x === 'notPriced' ? { yen: 0, truncated: false, tax: null } : x;
}

export interface LineAmount {
  readonly amount: Amount;
  /** The tax note of the column it was read from (金額(税込), 税込単価), or null. */
  columnTax: TaxNote;
  /** 別途, 実費: not priced in this quote (§Q5). */
  readonly notPriced: boolean;
}

/** The answer of the common line, one object read before the next line is (its values are copied, never kept). */
const SCRATCH: LineAmount = { amount: { yen: 0, truncated: false, tax: null }, columnTax: null, notPriced: false };

function floorYen(x: Frac): number {
  return Number(floorDiv(x.n, x.d)) + 0;
}

function signedDecimal(x: Frac): string {
  return compare(x, ZERO) < 0 ? `-${decimalText(sub(ZERO, x))}` : decimalText(x);
}

export function quantityOf(x: unknown, places: Places, r: number): Frac {
  // a whole number of items, the common cell, needs no parsing
  if (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 && x <= QUANTITY_RULES.max) return frac(x + 0);
  if (typeof x === 'string' && oneSet().has(plainKey(x))) return frac(1);
  return inLine(places, r, () => parseDecimal(x, CELL.quantity, QUANTITY_RULES, '3'));
}

/** A unit price as the exact number written (the grammar floors an amount to whole yen). */
function exactPrice(x: unknown): Frac {
  if (typeof x === 'number') {
    const p = parseDecimal(Math.abs(x), CELL.unitPrice, { max: MAX_AMOUNT }, '1000');
    return x < 0 ? frac(mulInt(p.n, -1), p.d) : p;
  }
  const s = scanNumber(String(x), { kanji: true, yen: true, sign: true, fraction: true });
  return s ? frac(mulInt(s.n, s.negative ? -1 : 1), mulInt(s.d, 1)) : frac(0);
}

const MAX = frac(MAX_AMOUNT);
const MIN = frac(-MAX_AMOUNT);

/**
 * 金額; else 数量 × 単価 (exact); a 金額 that disagrees with 数量 × 単価 is a warning, and counts,
 * unless the 単価 is tax-inclusive and the 金額 unmarked: then the 金額's tax status cannot be told (§Q11).
 * `eligibleCell`/`excludedCell`: the 見積書一覧表 split, the amount when nothing else is given.
 */
export function readLineAmount(
  row: Row, r: number, cols: Columns, places: Places, warnings: Text[], eligibleCell: Amount | undefined, excludedCell: Amount | undefined,
): LineAmount {
  const at = cols.at;
  // the common line: one 金額 cell holding whole yen, no 数量 × 単価 beside it (read into one reused object)
  if (cols.amounts.length === 1 && isBlank(at.quantity === undefined ? undefined : row[at.quantity]) && isBlank(at.unitPrice === undefined ? undefined : row[at.unitPrice])) {
    const x = row[cols.amounts[0].at];
    if (typeof x === 'number' && Number.isSafeInteger(x) && x <= MAX_AMOUNT && x >= -MAX_AMOUNT) {
      const a = SCRATCH.amount as { yen: number };
      a.yen = x + 0;
      SCRATCH.columnTax = cols.amounts[0].tax;
      return SCRATCH;
    }
  }
  const place = (): Text => places.line(r); // only on the paths that throw or warn
  let written: Amount | 'notPriced' | undefined;
  let columnTax: TaxNote = null;
  for (const col of cols.amounts) {
    const x = row[col.at];
    if (isBlank(x)) continue;
    const a = yenOf(x, CELL.amount, places, r, true);
    if (written === undefined) {
      written = a;
      columnTax = col.tax;
    } else if (yenOrZero(written).yen !== yenOrZero(a).yen || (written === 'notPriced') !== (a === 'notPriced')) {
      // two amount columns that are not 税抜 beside 税込 must agree (§Q9)
      throw new IthojoError(QUOTE_MSG.amountsDisagree(place(), rowLabel(row, cols), yenOrZero(written).yen, yenOrZero(a).yen));
    }
  }
  const qtyCell = at.quantity === undefined ? undefined : row[at.quantity];
  const priceCell = at.unitPrice === undefined ? undefined : row[at.unitPrice];
  let product: { value: Frac; price: Amount } | undefined;
  let priceNotPriced = false;
  if (!isBlank(qtyCell) && !isBlank(priceCell)) {
    const qty = quantityOf(qtyCell, places, r);
    const price = yenOf(priceCell, CELL.unitPrice, places, r, true);
    if (price === 'notPriced') priceNotPriced = true;
    else if (!price.truncated || written !== undefined) {
      // a price with a fraction of a yen (税込単価 158.4) is compared exactly with the 金額 (§Q11)
      const each = price.truncated ? exactPrice(priceCell) : frac(price.yen);
      const value = frac(mulInt(qty.n, each.n), mulInt(qty.d, each.d));
      if (compare(value, MAX) > 0 || compare(value, MIN) < 0) throw new IthojoError(QUOTE_MSG.productTooLarge(place(), rowLabel(row, cols)));
      product = { value, price };
    } else if (written === undefined) throw new IthojoError(QUOTE_MSG.unitPriceFraction(place(), rowLabel(row, cols)));
  }
  if (written === 'notPriced' || (written === undefined && priceNotPriced)) return { amount: { yen: 0, truncated: false, tax: null }, columnTax: null, notPriced: true };
  if (written !== undefined) {
    if (product && compare(product.value, frac(written.yen)) !== 0) {
      if (cols.unitPriceTax === 'included' && columnTax === null) throw new IthojoError(QUOTE_MSG.unitPriceTaxUnclear(place(), rowLabel(row, cols), `${signedDecimal(product.value)}円`, written.yen));
      warnings.push(QUOTE_MSG.qtyPriceMismatch(place(), `${signedDecimal(product.value)}円`, written.yen));
    }
    // 税込単価 × 数量 = 金額: the 金額 is tax-inclusive too (§Q11)
    if (product && columnTax === null && cols.unitPriceTax === 'included') columnTax = 'included';
    return { amount: written, columnTax, notPriced: false };
  }
  if (product) {
    const tax = product.price.tax;
    if (product.value.d === 1) return { amount: { yen: Number(product.value.n) + 0, truncated: false, tax }, columnTax: cols.unitPriceTax, notPriced: false };
    const yen = floorYen(product.value);
    return { amount: { yen, truncated: compare(frac(yen), product.value) !== 0, tax }, columnTax: cols.unitPriceTax, notPriced: false };
  }
  // 単価 alone is the amount only when the quote has no 数量 column at all
  if (!isBlank(priceCell) && at.quantity === undefined) {
    const p = yenOf(priceCell, CELL.unitPrice, places, r, true);
    return p === 'notPriced' ? { amount: yenOrZero(p), columnTax: null, notPriced: true } : { amount: p, columnTax: cols.unitPriceTax, notPriced: false };
  }
  if (eligibleCell) return { amount: { yen: eligibleCell.yen + (excludedCell?.yen ?? 0), truncated: false, tax: null }, columnTax: null, notPriced: false };
  throw new IthojoError(QUOTE_MSG.lineNoAmount(place(), rowLabel(row, cols)));
}
