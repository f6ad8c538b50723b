/**
 * One line of a quote (quote-reading.md "certain, or asked"): its amount (amount.ts), its eligible
 * part (見積額 − 補助対象外, or 補助対象額; a 補助対象 ○/× mark), its tax status (its own note, a
 * 税区分 cell, its column's heading, the quote's statement), its term (terms.ts, lineTerm.ts) and its
 * category (category.ts) — each by a documented rule, or an error naming the line.
 */
import { IthojoError } from '../errors/IthojoError';
import { cut, type Arg } from '../errors/messages';
import { QUOTE_MSG } from '../errors/quoteMessages';
import type { Text } from '../errors/text';
import { isBlank, normalizeKey } from '../input/normalizeText';
import type { TaxNote } from '../input/numberGrammar';
import type { Amount } from '../input/parseAmount';
import { DISCOUNT_WORDS, MARKS, TAX_CLASSES } from '../rules/quote/amounts';
import type { CategoryRule } from '../rules/types';
import { CELL, readLineAmount, yenOf } from './amount';
import { categoryFrom, marksExcluded, type CategoryIndex, type Found } from './category';
import { itemText, rowLabel, textAt, type Columns, type Row } from './columns';
import { keyOf } from './labelKey';
import { cellTerms, columnTerms } from './lineTerm';
import type { Places } from './places';
import { combineTerms, readTerms, type Term, type TermReading } from './terms';
import type { QuoteLine } from './types';
import { keySet, plainSet } from './vocab';

const discountWords = keySet(DISCOUNT_WORDS);
const yesMarks = plainSet(MARKS.yes);
const noMarks = plainSet(MARKS.no);
const taxIncluded = plainSet(TAX_CLASSES.included);
const taxAsWritten = plainSet(TAX_CLASSES.asWritten);
const taxIneligible = plainSet(TAX_CLASSES.ineligible);
const taxable = plainSet(TAX_CLASSES.taxable);

/** What the rows above a line say of it: its section heading, the 区分 above (§Q39), its higher levels (§Q38). */
export interface Where {
  /** The section heading's text (§Q42: a discount under it takes its category too). */
  readonly heading?: string;
  /** The nearest 区分 above, for a blank 区分 cell (§Q39; merged cells arrive blank). */
  readonly above?: string;
  /** 大項目/中項目 texts over the line, nearest first (§Q38). */
  readonly levels: readonly string[];
  /** The line a 2年目 line continues (§Q35). */
  readonly series?: { readonly category: CategoryRule; readonly label: string };
}

/** How the column of 補助対象 marks reads a blank (§Q30), decided from the whole column. */
export type BlankMark = 'eligible' | 'asked';

/** The quote's statement of its prices' tax status (§Q28), with the row it stands in. */
export interface TaxStatement {
  readonly tax: 'included' | 'excluded';
  readonly row: number;
  readonly label: string;
}

export interface LineContext {
  readonly cols: Columns;
  readonly index: CategoryIndex;
  readonly places: Places;
  /** Collects the line's warnings (数量×単価 ≠ 金額, 補助対象額 ≠ 見積額 − 補助対象外). */
  readonly warnings: Text[];
  /** What each distinct set of label texts says (a long quote repeats its 品名). */
  readonly said: Map<string, Said>;
  readonly blankMark: BlankMark;
  readonly statement: TaxStatement | null;
}

/** What a line's label texts (区分, 品名, levels, 仕様, 備考) say; the same for every line that repeats them. */
interface Said {
  readonly name?: string;
  readonly categoryText?: string;
  readonly label: string;
  readonly excluded: boolean;
  readonly discountWord: boolean;
  readonly tax: TaxNote;
  /** Terms stated in the texts (§Q19: 品名, 仕様, 備考/摘要). */
  readonly terms: readonly TermReading[];
}

/** How a line's term was read, for CHECK's list of assumptions: set by readLine, one object reused for every line. */
export interface TermFlags {
  /** The term came only from the line's texts (品名, 仕様, 備考): an inference CHECK shows. */
  termFromText: boolean;
  /** §Q22: a licence with a term, counted as a usage fee. */
  termLicence: boolean;
  /** A period line with no term stated (§Q21): counted as written. */
  noTerm: boolean;
  /** A 1年目/2年目 line, which continues a series (§Q35). */
  ordinal: boolean;
}

function isDiscountText(text: string): boolean {
  const { key } = keyOf(text);
  for (const w of discountWords()) if (key.includes(w)) return true;
  return false;
}

function saidOf(row: Row, ctx: LineContext): Said {
  const { cols } = ctx;
  // the key is the label cells' texts (区分 and 品名 are among them): no array per line on a hit;
  // with one label column (the positional form) the text itself
  let key: string;
  if (cols.labels.length === 1) key = textAt(row, cols.labels[0]) ?? '\u0001';
  else {
    key = '';
    for (const col of cols.labels) key += `${textAt(row, col) ?? ''}\u0001`;
  }
  let said = ctx.said.get(key);
  if (said) return said;
  const name = itemText(row, cols);
  // in the positional form 区分 and 品名 are one cell: read it as the 品名
  const categoryText = cols.at.category === cols.at.name ? undefined : textAt(row, cols.at.category);
  const texts: string[] = [];
  for (const col of cols.labels) {
    const t = textAt(row, col);
    if (t !== undefined) texts.push(t);
  }
  let tax: TaxNote = null;
  for (const t of texts) tax = tax ?? keyOf(t).tax;
  const terms: TermReading[] = [];
  for (const t of texts) {
    if (ctx.index.byName.has(keyOf(t).plain)) continue; // 区分 サブスク names a category, not a term
    const reading = readTerms(t);
    if (reading.months.length > 0 || reading.timeWord || reading.unreadable || reading.ordinal !== undefined || reading.oneYear) terms.push(reading);
  }
  said = {
    name, categoryText, label: name ?? categoryText ?? texts[0] ?? '', tax, terms,
    excluded: texts.some(marksExcluded),
    // a discount by its 品名 or 区分 only, never its 備考 or 摘要 (§Q18)
    discountWord: (name !== undefined && isDiscountText(name)) || (categoryText !== undefined && isDiscountText(categoryText)),
  };
  if (ctx.said.size < 10_000) ctx.said.set(key, said);
  return said;
}

/** A 補助対象 mark: true (対象), false (×), or undefined for a blank read by the column's rule (§Q10, §Q30). */
function markOf(row: Row, r: number, ctx: LineContext): boolean | undefined {
  const c = ctx.cols.at.marks;
  if (c === undefined) return undefined;
  const x = row[c];
  if (isBlank(x)) {
    if (ctx.blankMark === 'eligible') return true;
    throw new IthojoError(QUOTE_MSG.markBlank(ctx.places.line(r), rowLabel(row, ctx.cols)));
  }
  const k = normalizeKey(String(x));
  if (yesMarks().has(k)) return true;
  if (noMarks().has(k)) return false;
  throw new IthojoError(QUOTE_MSG.markUnknown(ctx.places.line(r), rowLabel(row, ctx.cols), x));
}

/** A 税区分 cell (§Q37): 内税 ÷1.1, 外税/非課税 as written, 対象外 out of the subsidy, 課税 as the quote says. */
function taxClassOf(row: Row, r: number, ctx: LineContext): TaxNote | 'ineligible' | undefined {
  const c = ctx.cols.at.taxClass;
  if (c === undefined || isBlank(row[c])) return undefined;
  const k = normalizeKey(String(row[c]));
  if (taxIncluded().has(k)) return 'included';
  if (taxAsWritten().has(k)) return 'excluded';
  if (taxIneligible().has(k)) return 'ineligible';
  if (taxable().has(k)) return undefined;
  throw new IthojoError(QUOTE_MSG.taxClassUnknown(ctx.places.line(r), row[c]));
}

/** The eligible part of a line split into 見積額 (A), 補助対象外 (B), 補助対象額 (C = A − B). */
function eligiblePart(places: Places, r: number, label: string, amount: number, b: Amount | undefined, c: Amount | undefined, warnings: Text[]): number | undefined {
  if (!b && !c) return undefined;
  const excluded = b?.yen ?? 0;
  if (excluded > amount) throw new IthojoError(QUOTE_MSG.splitTooLarge(places.line(r), label, excluded, amount));
  const rest = amount - excluded;
  if (!c) return rest;
  // a 補助対象額 that disagrees with 見積額 − 補助対象外 is a warning; the smaller counts (never overstates)
  if (c.yen === rest) return rest;
  const counted = Math.min(c.yen, rest);
  warnings.push(QUOTE_MSG.splitMismatch(places.line(r), amount, excluded, c.yen, counted));
  return counted;
}

function splitCell(row: Row, c: number | undefined, arg: Arg, places: Places, r: number): Amount | undefined {
  if (c === undefined || isBlank(row[c])) return undefined;
  const a = yenOf(row[c], arg, places, r, false);
  return a === 'notPriced' ? undefined : a;
}

/** The category, or why the line cannot have one: own 区分, 品名, levels, 区分 above, heading (§Q16, §Q38, §Q39, §Q42). */
function categoryOf(said: Said, where: Where, discount: boolean, ctx: LineContext): Found | undefined {
  const { index } = ctx;
  const name = said.name;
  const own = (said.categoryText === undefined ? undefined : categoryFrom(index, said.categoryText, 'category', name))
    ?? (name === undefined ? undefined : categoryFrom(index, name, 'name', name));
  if (own) return own;
  // 2年目 under 保守 1年目: the item named first (§Q35)
  if (where.series && said.terms.some((t) => t.ordinal !== undefined)) return { kind: 'found', category: where.series.category, how: 'above', from: where.series.label };
  for (const level of where.levels) {
    const f = categoryFrom(index, level, 'level', name);
    if (f) return f;
  }
  // a discount takes its section's category (§Q42), never the 区分 of the line above it
  if (!discount && where.above !== undefined && said.categoryText === undefined) {
    const f = categoryFrom(index, where.above, 'above', name);
    if (f) return f;
  }
  if (where.heading !== undefined) return categoryFrom(index, where.heading, 'heading', name);
  return undefined;
}

function categoryError(f: Found | undefined, said: Said, at: Text, index: CategoryIndex): IthojoError {
  const text = said.name ?? said.categoryText ?? said.label;
  if (f?.kind === 'never') return new IthojoError(QUOTE_MSG.neverInferred(at, text, f.word, index.known));
  if (f?.kind === 'generic') return new IthojoError(QUOTE_MSG.genericHardware(at, text));
  if (f?.kind === 'twoGroups') return new IthojoError(QUOTE_MSG.twoHardwareGroups(at, text));
  if (f?.kind === 'undecided') return new IthojoError(QUOTE_MSG.headUndecided(at, text, f.a, f.b));
  return new IthojoError(QUOTE_MSG.unknownCategory(at, text, index.known));
}

/**
 * A period line without one term (§Q20, §Q21, §Q33, §Q36): an error naming it, or true when no
 * term is stated at all (counted as written, with a note).
 */
function noTermStated(term: Exclude<Term, { kind: 'months' }>, perUser: boolean, places: Places, r: number, label: string): true {
  if (term.kind === 'conflict') throw new IthojoError(QUOTE_MSG.termsDisagree(places.line(r), label, term.a, term.b));
  if (term.kind === 'unreadable') throw new IthojoError(QUOTE_MSG.termUnreadable(places.line(r), label));
  if (perUser) throw new IthojoError(QUOTE_MSG.perUserMonths(places.line(r), label));
  if (term.timeWord) throw new IthojoError(QUOTE_MSG.termUnreadable(places.line(r), label));
  return true;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads the data row `row` (1-based `r`) into a line, or throws an error naming it; `flags` say how its term was read. */
export function readLine(row: Row, r: number, where: Where, ctx: LineContext, flags: TermFlags): QuoteLine {
  const { cols, places } = ctx;
  flags.termFromText = flags.termLicence = flags.noTerm = flags.ordinal = false;
  const b = splitCell(row, cols.at.excluded, CELL.excluded, places, r);
  const c = splitCell(row, cols.at.eligible, CELL.eligible, places, r);
  const read = readLineAmount(row, r, cols, places, ctx.warnings, c, b);
  const said = saidOf(row, ctx);
  const a = read.amount;
  // (30,000) is a negative amount only on a discount line (§Q12, §Q31)
  if (a.bracketed && !said.discountWord) throw new IthojoError(QUOTE_MSG.parensOnItem(places.line(r), cut(String(row[cols.amounts[0]?.at ?? 0] ?? ''))));
  const discount = a.yen < 0 || said.discountWord;
  const amount = discount ? -Math.abs(a.yen) + 0 : a.yen;
  // a 月数 cell is read whatever the line: a malformed one is asked, never passed over
  if (!discount) columnTerms(row, r, cols, places);
  const taxClass = taxClassOf(row, r, ctx);
  const mark = discount ? undefined : markOf(row, r, ctx);
  let eligible = discount ? undefined : eligiblePart(places, r, said.label, amount, b, c, ctx.warnings);
  if (mark === false || taxClass === 'ineligible' || read.notPriced) eligible = 0;
  const tax: TaxNote = a.tax ?? said.tax ?? (taxClass === 'ineligible' ? null : taxClass) ?? read.columnTax ?? ctx.statement?.tax ?? null;
  const out: Mutable<QuoteLine> = { row: r, category: null, amount, truncated: a.truncated, tax, label: said.label };
  if (tax !== null && tax === ctx.statement?.tax && a.tax === null && said.tax === null && taxClass === undefined && read.columnTax === null) {
    out.taxStated = ctx.statement.row;
    out.taxStatement = ctx.statement.label;
  }
  if (eligible !== undefined) out.eligible = eligible;
  if (read.notPriced) out.notPriced = true;
  if (discount) out.discount = SPREAD;
  // 対象外 by its text, its mark, its 税区分, or priced elsewhere: no category needed
  if (said.excluded || eligible === 0 || (amount === 0 && !discount)) {
    const found = said.excluded || eligible === 0 ? undefined : categoryOf(said, where, discount, ctx);
    if (found?.kind === 'found') setCategory(out, found);
    // a discount marked 対象外 reduces only the 対象外 lines
    if (discount && (said.excluded || eligible === 0)) out.discount = ON_CATEGORY;
    return out;
  }
  const found = categoryOf(said, where, discount, ctx);
  if (found?.kind !== 'found') {
    if (discount && found === undefined) return out; // a discount of the whole quote (§Q23)
    throw categoryError(found, said, places.line(r), ctx.index);
  }
  setCategory(out, found);
  if (discount) {
    out.discount = ON_CATEGORY;
    return out;
  }
  let category = found.category;
  const licence = ctx.index.termLicence.get(category.id);
  if (category.maxMonths === undefined && !licence) return out;
  const cells = cellTerms(row, r, cols, places);
  const term = said.terms.length === 0 ? combineTerms(cells.readings) : cells.readings.length === 0 ? combineTerms(said.terms) : combineTerms([...said.terms, ...cells.readings]);
  if (licence) {
    // §Q22: a licence stating a term is a usage fee; without one it is a purchase
    if (term.kind === 'none' || term.kind === 'unreadable') return out;
    category = licence;
    out.category = licence;
    flags.termLicence = true;
  }
  if (term.kind === 'months') {
    out.months = term.months;
    if (term.ordinal !== undefined && term.ordinal > 1) out.monthsBefore = 12 * (term.ordinal - 1);
    flags.ordinal = term.ordinal !== undefined;
    flags.termFromText = cells.readings.length === 0;
  } else flags.noTerm = noTermStated(term, cells.perUser, places, r, said.label);
  return out;
}

function setCategory(out: Mutable<QuoteLine>, found: Extract<Found, { kind: 'found' }>): void {
  out.category = found.category;
  if (found.how !== 'named') {
    out.how = found.how;
    out.from = found.from;
  }
}

const SPREAD = { spread: true } as const;
const ON_CATEGORY = { spread: false } as const;
