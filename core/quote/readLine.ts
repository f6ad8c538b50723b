/**
 * One line of a quote: its amount (金額, else 数量 × 単価 exactly), its eligible part (見積額 −
 * 補助対象外, or 補助対象額), its own tax note, its months and its category (issue 10).
 */
import { IthojoError, isIthojoError } from '../errors/IthojoError';
import { type Arg } from '../errors/messages';
import { QUOTE_MSG } from '../errors/quoteMessages';
import { isBlank } from '../input/normalizeText';
import type { TaxNote } from '../input/numberGrammar';
import { MAX_AMOUNT, parseAmount, type Amount } from '../input/parseAmount';
import { parseDecimal } from '../input/parseNumber';
import { compare, floorDiv, frac, mulInt, sub, ZERO, type Frac } from '../money/exact';
import { decimalText } from '../money/formatFrac';
import type { CategoryRule } from '../rules/types';
import { headingCategory, lineCategory, marksExcluded, type CategoryIndex, type Found } from './category';
import type { Columns, Row } from './columns';
import { monthsInText, monthsOfCell, monthsOfQuantity } from './months';
import { keyOf } from './labelKey';
import type { QuoteLine } from './types';
import { DISCOUNT_WORDS, FREE_WORDS, MONTH_UNITS, ONE_SET_WORDS, QUANTITY_UNITS, YEAR_UNITS } from './words';
import { lazy } from '../lazy';

/** The section heading a line sits under (null category: a heading that names none). */
export interface Heading {
  readonly category: CategoryRule | null;
  readonly text: string;
}

export function headingOf(index: CategoryIndex, text: string): Heading {
  return { category: headingCategory(index, text), text };
}

/** The cells of a line as messages name them ("見積3行目: 単価欄を金額として読めません"). */
const CELL = {
  amount: { ja: '金額欄', en: 'amount' },
  quantity: { ja: '数量欄', en: 'quantity' },
  unitPrice: { ja: '単価欄', en: 'unit price' },
  excluded: { ja: '補助対象外欄', en: 'ineligible part' },
  eligible: { ja: '補助対象額欄', en: 'eligible part' },
} as const satisfies Record<string, Arg>;

const free = lazy(() => new Set(FREE_WORDS.map((w) => keyOf(w).key)));
const oneSet = lazy(() => new Set(ONE_SET_WORDS.map((w) => keyOf(w).key)));
const discountWords = lazy(() => DISCOUNT_WORDS.map((w) => keyOf(w).key));
const QUANTITY_RULES = { max: 1e9, suffixes: [...QUANTITY_UNITS, ...MONTH_UNITS, ...YEAR_UNITS] };

/** Reads a cell with the grammar, naming the line in any error. */
function inLine<T>(row: number, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw isIthojoError(e) ? new IthojoError(QUOTE_MSG.lineAmount(row, e.message)) : e;
  }
}

function yenOf(x: unknown, arg: Arg, row: number, allowNegative: boolean): Amount {
  // whole yen in range, the common cell, needs no parsing
  if (typeof x === 'number' && Number.isSafeInteger(x) && x <= MAX_AMOUNT && (x >= 0 || (allowNegative && x >= -MAX_AMOUNT))) return { yen: x + 0, truncated: false, tax: null };
  if (typeof x === 'string' && free().has(keyOf(x).key)) return { yen: 0, truncated: false, tax: null };
  return inLine(row, () => parseAmount(x, arg, allowNegative));
}

function floorYen(x: Frac): number {
  return Number(floorDiv(x.n, x.d)) + 0;
}

function isDiscountText(text: string): boolean {
  const { key } = keyOf(text);
  return discountWords().some((w) => key.includes(w));
}

interface Read {
  readonly amount: Amount;
  /** From the amount column (its heading's tax note applies) or from 数量 × 単価. */
  readonly fromAmountColumn: boolean;
}

/** 金額; else 数量 × 単価 (exact); a 金額 that disagrees with 数量 × 単価 is a warning, and counts. */
function readAmount(row: Row, r: number, cols: Columns, warnings: string[], eligibleCell: Amount | undefined, excludedCell: Amount | undefined): Read {
  const at = cols.at;
  const amountCell = at.amount === undefined ? undefined : row[at.amount];
  const qtyCell = at.quantity === undefined ? undefined : row[at.quantity];
  const priceCell = at.unitPrice === undefined ? undefined : row[at.unitPrice];
  const written = isBlank(amountCell) ? undefined : yenOf(amountCell, CELL.amount, r, true);
  let product: { value: Frac; price: Amount } | undefined;
  if (!isBlank(qtyCell) && !isBlank(priceCell)) {
    const qty = quantityOf(qtyCell, r);
    const price = yenOf(priceCell, CELL.unitPrice, r, true);
    if (!price.truncated) product = { value: frac(mulInt(qty.n, price.yen), qty.d), price };
    else if (!written) throw new IthojoError(QUOTE_MSG.unitPriceFraction(r));
  }
  if (written) {
    if (product && compare(product.value, frac(written.yen)) !== 0) warnings.push(QUOTE_MSG.qtyPriceMismatch(r, `${signedDecimal(product.value)}円`, written.yen));
    return { amount: written, fromAmountColumn: true };
  }
  if (product) {
    if (product.value.d === 1) return { amount: { yen: Number(product.value.n) + 0, truncated: false, tax: product.price.tax }, fromAmountColumn: false };
    const yen = floorYen(product.value);
    return { amount: { yen, truncated: compare(frac(yen), product.value) !== 0, tax: product.price.tax }, fromAmountColumn: false };
  }
  // 単価 alone is the amount only when the quote has no 数量 column at all
  if (!isBlank(priceCell) && at.quantity === undefined) return { amount: yenOf(priceCell, CELL.unitPrice, r, true), fromAmountColumn: false };
  if (eligibleCell) return { amount: { yen: eligibleCell.yen + (excludedCell?.yen ?? 0), truncated: false, tax: null }, fromAmountColumn: true };
  throw new IthojoError(QUOTE_MSG.lineNoAmount(r));
}

function signedDecimal(x: Frac): string {
  return compare(x, ZERO) < 0 ? `-${decimalText(sub(ZERO, x))}` : decimalText(x);
}

/** The eligible part of a line split into 見積額 (A), 補助対象外 (B), 補助対象額 (C = A − B). */
function eligiblePart(r: number, amount: number, b: Amount | undefined, c: Amount | undefined, warnings: string[]): number | undefined {
  if (!b && !c) return undefined;
  const excluded = b?.yen ?? 0;
  if (excluded > amount) throw new IthojoError(QUOTE_MSG.splitTooLarge(r, excluded, amount));
  const rest = amount - excluded;
  if (!c) return rest;
  // a 補助対象額 that disagrees with 見積額 − 補助対象外 is a warning; the smaller counts (never overstates)
  if (c.yen === rest) return rest;
  const counted = Math.min(c.yen, rest);
  warnings.push(QUOTE_MSG.splitMismatch(r, amount, excluded, c.yen, counted));
  return counted;
}

export interface LineContext {
  readonly cols: Columns;
  readonly index: CategoryIndex;
  /** Collects the line's warnings (数量×単価 ≠ 金額, 補助対象額 ≠ 見積額 − 補助対象外). */
  readonly warnings: string[];
  /** What each distinct set of label texts says (a long quote repeats its 品名). */
  readonly said: Map<string, Said>;
}

/** What a line's label texts (区分, 品名, 備考) say; the same for every line that repeats them. */
interface Said {
  readonly texts: readonly string[];
  readonly name?: string;
  readonly categoryText?: string;
  readonly label: string;
  readonly excluded: boolean;
  readonly discountWord: boolean;
  readonly own: { readonly found?: Found; readonly blocked: boolean };
  readonly tax: TaxNote;
  /** Months named in the 区分 or 品名 (computed when needed; null: none). */
  months?: number | null;
}

function textAt(row: Row, c: number | undefined): string | undefined {
  if (c === undefined) return undefined;
  const x = row[c];
  return typeof x === 'string' && !isBlank(x) ? x : undefined;
}

function saidOf(row: Row, ctx: LineContext): Said {
  const { cols } = ctx;
  // the key is the label cells' texts (区分 and 品名 are among them): no array per line on a hit
  let key = '';
  for (const col of cols.labels) key += `${textAt(row, col) ?? ''}\u0001`;
  let said = ctx.said.get(key);
  if (said) return said;
  const name = textAt(row, cols.at.name);
  // in the positional form 区分 and 品名 are one cell: read it as the 品名
  const categoryText = cols.at.category === cols.at.name ? undefined : textAt(row, cols.at.category);
  const texts: string[] = [];
  for (const col of cols.labels) {
    const t = textAt(row, col);
    if (t !== undefined) texts.push(t);
  }
  let tax: TaxNote = null;
  for (const t of texts) tax = tax ?? keyOf(t).tax;
  said = {
    texts, name, categoryText, label: name ?? categoryText ?? texts[0] ?? '', tax,
    excluded: texts.some(marksExcluded),
    discountWord: texts.some(isDiscountText),
    own: lineCategory(ctx.index, { category: categoryText, name }),
  };
  if (ctx.said.size < 10_000) ctx.said.set(key, said);
  return said;
}

function quantityOf(x: unknown, r: number): Frac {
  // a whole number of items, the common cell, needs no parsing
  if (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 && x <= QUANTITY_RULES.max) return frac(x + 0);
  if (typeof x === 'string' && oneSet().has(keyOf(x).key)) return frac(1);
  return inLine(r, () => parseDecimal(x, CELL.quantity, QUANTITY_RULES, '3'));
}

/** Reads the data row `row` (1-based `r`) under `heading` into a line, or throws an error naming it. */
export function readLine(row: Row, r: number, heading: Heading | null, ctx: LineContext): QuoteLine {
  const { cols } = ctx;
  const at = cols.at;
  const b = at.excluded === undefined || isBlank(row[at.excluded]) ? undefined : yenOf(row[at.excluded], CELL.excluded, r, false);
  const c = at.eligible === undefined || isBlank(row[at.eligible]) ? undefined : yenOf(row[at.eligible], CELL.eligible, r, false);
  const { amount: a, fromAmountColumn } = readAmount(row, r, cols, ctx.warnings, c, b);
  const said = saidOf(row, ctx);
  const discount = a.yen < 0 || said.discountWord;
  const amount = discount ? -Math.abs(a.yen) + 0 : a.yen;
  const eligible = discount ? undefined : eligiblePart(r, amount, b, c, ctx.warnings);

  let months: number | undefined;
  if (at.months !== undefined && !isBlank(row[at.months])) months = monthsOfCell(row[at.months], r);
  else months = at.quantity === undefined ? undefined : monthsOfQuantity(row[at.quantity], at.unit === undefined ? undefined : row[at.unit], r);
  if (months === undefined) {
    if (said.months === undefined) said.months = monthsInText(`${said.categoryText ?? ''} ${said.name ?? ''}`, r) ?? null;
    months = said.months ?? undefined;
  }
  const tax = a.tax ?? said.tax ?? (fromAmountColumn ? cols.amountTax : cols.unitPriceTax);

  const found = categoryOf(said, heading, discount);
  if (found) return line(r, found.category, amount, eligible, months, a.truncated, tax, said.label, found, discount);
  // a line the quote itself leaves wholly outside the subsidy needs no category
  if (eligible === 0) return line(r, null, amount, eligible, months, a.truncated, tax, said.label, { category: null, how: 'named' }, discount);
  if (discount) return line(r, null, amount, undefined, months, a.truncated, tax, said.label, undefined, discount);
  throw new IthojoError(QUOTE_MSG.unknownCategory(r, said.categoryText ?? said.name ?? said.texts[0] ?? '', ctx.index.known));
}

function categoryOf(said: Said, heading: Heading | null, discount: boolean): Found | undefined {
  if (said.excluded) return EXCLUDED;
  if (said.own.found || said.own.blocked) return said.own.found;
  // a discount without its own category is a whole-quote discount: the heading it happens to
  // sit under (often the last section) does not say what it reduces
  if (!discount && heading && heading.category) return { category: heading.category, how: 'heading', from: heading.text };
  return undefined;
}

const EXCLUDED: Found = { category: null, how: 'named' };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function line(
  row: number, category: CategoryRule | null, amount: number, eligible: number | undefined, months: number | undefined,
  truncated: boolean, tax: TaxNote, label: string, found: Found | undefined, discount: boolean,
): QuoteLine {
  const out: Mutable<QuoteLine> = { row, category, amount, truncated, tax, label };
  if (eligible !== undefined) out.eligible = eligible;
  if (months !== undefined) out.months = months;
  if (found && found.how !== 'named') {
    out.how = found.how;
    out.from = found.from;
  }
  if (discount) out.discount = found === undefined ? SPREAD : ON_CATEGORY;
  return out;
}

const SPREAD = { spread: true } as const;
const ON_CATEGORY = { spread: false } as const;
