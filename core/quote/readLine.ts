/**
 * One line of a quote: its amount (金額, else 数量 × 単価 exactly), its eligible part (見積額 −
 * 補助対象外, or 補助対象額), its own tax note, its months and its category (issue 10).
 */
import { IthojoError, isIthojoError } from '../errors/IthojoError';
import { MSG, type Arg } from '../errors/messages';
import { isBlank } from '../input/normalizeText';
import type { TaxNote } from '../input/numberGrammar';
import { parseAmount, type Amount } from '../input/parseAmount';
import { parseDecimal } from '../input/parseNumber';
import { compare, floorDiv, frac, mulInt, sub, ZERO, type Frac } from '../money/exact';
import { decimalText } from '../money/formatFrac';
import type { CategoryRule } from '../rules/types';
import { headingCategory, lineCategory, marksExcluded, type CategoryIndex, type Found } from './category';
import type { Columns, Row } from './columns';
import { monthsInText, monthsOfCell, monthsOfQuantity } from './months';
import { keyOf } from './text';
import type { QuoteLine } from './types';
import { DISCOUNT_WORDS, FREE_WORDS, MONTH_UNITS, QUANTITY_UNITS, YEAR_UNITS } from './words';

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

const FREE = new Set(FREE_WORDS.map((w) => keyOf(w).key));
const DISCOUNT = DISCOUNT_WORDS.map((w) => keyOf(w).key);
const QUANTITY_RULES = { max: 1e9, suffixes: [...QUANTITY_UNITS, ...MONTH_UNITS, ...YEAR_UNITS] };

/** Reads a cell with the grammar, naming the line in any error. */
function inLine<T>(row: number, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw isIthojoError(e) ? new IthojoError(MSG.lineAmount(row, e.message)) : e;
  }
}

function yenOf(x: unknown, arg: Arg, row: number, allowNegative: boolean): Amount {
  if (typeof x === 'string' && FREE.has(keyOf(x).key)) return { yen: 0, truncated: false, tax: null };
  return inLine(row, () => parseAmount(x, arg, allowNegative));
}

function floorYen(x: Frac): number {
  return Number(floorDiv(x.n, x.d)) + 0;
}

export function isDiscountText(text: string): boolean {
  const { key } = keyOf(text);
  return DISCOUNT.some((w) => key.includes(w));
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
    const qty = inLine(r, () => parseDecimal(qtyCell, CELL.quantity, QUANTITY_RULES, '3'));
    const price = yenOf(priceCell, CELL.unitPrice, r, true);
    if (!price.truncated) product = { value: frac(mulInt(qty.n, price.yen), qty.d), price };
    else if (!written) throw new IthojoError(MSG.unitPriceFraction(r));
  }
  if (written) {
    if (product && compare(product.value, frac(written.yen)) !== 0) warnings.push(MSG.qtyPriceMismatch(r, `${signedDecimal(product.value)}円`, written.yen));
    return { amount: written, fromAmountColumn: true };
  }
  if (product) {
    const yen = floorYen(product.value);
    return { amount: { yen, truncated: compare(frac(yen), product.value) !== 0, tax: product.price.tax }, fromAmountColumn: false };
  }
  // 単価 alone is the amount only when the quote has no 数量 column at all
  if (!isBlank(priceCell) && at.quantity === undefined) return { amount: yenOf(priceCell, CELL.unitPrice, r, true), fromAmountColumn: false };
  if (eligibleCell) return { amount: { yen: eligibleCell.yen + (excludedCell?.yen ?? 0), truncated: false, tax: null }, fromAmountColumn: true };
  throw new IthojoError(MSG.lineNoAmount(r));
}

function signedDecimal(x: Frac): string {
  return compare(x, ZERO) < 0 ? `-${decimalText(sub(ZERO, x))}` : decimalText(x);
}

/** The eligible part of a line split into 見積額 (A), 補助対象外 (B), 補助対象額 (C = A − B). */
function eligiblePart(r: number, amount: number, b: Amount | undefined, c: Amount | undefined, warnings: string[]): number | undefined {
  if (!b && !c) return undefined;
  const excluded = b?.yen ?? 0;
  if (excluded > amount) throw new IthojoError(MSG.splitTooLarge(r, excluded, amount));
  const rest = amount - excluded;
  if (!c) return rest;
  // a 補助対象額 that disagrees with 見積額 − 補助対象外 is a warning; the smaller counts (never overstates)
  if (c.yen === rest) return rest;
  const counted = Math.min(c.yen, rest);
  warnings.push(MSG.splitMismatch(r, amount, excluded, c.yen, counted));
  return counted;
}

export interface LineContext {
  readonly cols: Columns;
  readonly index: CategoryIndex;
  readonly heading: Heading | null;
  /** Collects the line's warnings (数量×単価 ≠ 金額, 補助対象額 ≠ 見積額 − 補助対象外). */
  readonly warnings: string[];
}

function textAt(row: Row, c: number | undefined): string | undefined {
  if (c === undefined) return undefined;
  const x = row[c];
  return typeof x === 'string' && !isBlank(x) ? x : undefined;
}

/** Reads the data row `row` (1-based `r`) into a line, or throws an error naming it. */
export function readLine(row: Row, r: number, ctx: LineContext): QuoteLine {
  const { cols, index } = ctx;
  const at = cols.at;
  const b = isBlank(row[at.excluded ?? -1]) ? undefined : yenOf(row[at.excluded!], CELL.excluded, r, false);
  const c = isBlank(row[at.eligible ?? -1]) ? undefined : yenOf(row[at.eligible!], CELL.eligible, r, false);
  const { amount: a, fromAmountColumn } = readAmount(row, r, cols, ctx.warnings, c, b);

  const name = textAt(row, at.name);
  // in the positional form 区分 and 品名 are one cell: read it as the 品名
  const categoryText = at.category === at.name ? undefined : textAt(row, at.category);
  const texts: string[] = [];
  for (const col of cols.labels) {
    const t = textAt(row, col);
    if (t !== undefined) texts.push(t);
  }
  const label = name ?? categoryText ?? texts[0] ?? '';
  const discount = a.yen < 0 || texts.some(isDiscountText);
  const amount = discount ? -Math.abs(a.yen) + 0 : a.yen;
  const eligible = discount ? undefined : eligiblePart(r, amount, b, c, ctx.warnings);

  let months: number | undefined;
  if (!isBlank(row[at.months ?? -1])) months = monthsOfCell(row[at.months!], r);
  else months = monthsOfQuantity(row[at.quantity ?? -1], row[at.unit ?? -1], r) ?? monthsInText(`${categoryText ?? ''} ${name ?? ''}`, r);

  let tax: TaxNote = a.tax;
  for (const t of texts) tax = tax ?? keyOf(t).tax;
  tax = tax ?? (fromAmountColumn ? cols.amountTax : cols.unitPriceTax);

  const found = categoryOf(ctx, texts, categoryText, name, discount);
  if (!found) {
    // a line the quote itself leaves wholly outside the subsidy needs no category
    if (eligible === 0) return line(r, null, amount, eligible, months, a.truncated, tax, label, { category: null, how: 'named' }, discount);
    if (discount) return line(r, null, amount, undefined, months, a.truncated, tax, label, undefined, discount);
    throw new IthojoError(MSG.unknownCategory(r, categoryText ?? name ?? texts[0] ?? '', index.known));
  }
  return line(r, found.category, amount, eligible, months, a.truncated, tax, label, found, discount);
}

function categoryOf(ctx: LineContext, texts: readonly string[], category: string | undefined, name: string | undefined, discount: boolean): Found | undefined {
  if (texts.some(marksExcluded)) return { category: null, how: 'named' };
  const own = lineCategory(ctx.index, { category, name });
  if (own.found || own.blocked) return own.found;
  // a discount without its own category is a whole-quote discount: the heading it happens to
  // sit under (often the last section) does not say what it reduces
  const h = ctx.heading;
  if (!discount && h && h.category) return { category: h.category, how: 'heading', from: h.text };
  return undefined;
}

function line(
  row: number, category: CategoryRule | null, amount: number, eligible: number | undefined, months: number | undefined,
  truncated: boolean, tax: TaxNote, label: string, found: Found | undefined, discount: boolean,
): QuoteLine {
  return {
    row, category, amount, truncated, tax, label,
    ...(eligible === undefined ? {} : { eligible }),
    ...(months === undefined ? {} : { months }),
    ...(found && found.how !== 'named' ? { how: found.how, from: found.from } : {}),
    ...(discount ? { discount: { spread: found === undefined } } : {}),
  };
}
