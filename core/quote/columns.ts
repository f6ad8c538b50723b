/**
 * Which column of a quote holds what. With a header row (the first row holding at least two
 * known column words) columns are mapped by name and any number of them is read; without one,
 * the 2025 positional form: [No.] | 区分 | 金額 | [月数] (rules/README.md "Quote-line categories").
 */
import { IthojoError } from '../errors/IthojoError';
import { QUOTE_MSG } from '../errors/quoteMessages';
import { isBlank } from '../input/normalizeText';
import type { TaxNote } from '../input/numberGrammar';
import { keyOf } from './labelKey';
import { isLabel } from './text';
import { HEADER_WORDS, type ColumnKind } from './words';
import { lazy } from '../lazy';

export type Row = readonly unknown[];

export interface Columns {
  /** Column index by kind (the first column of a kind; `skip` columns are not kept). */
  readonly at: Partial<Record<Exclude<ColumnKind, 'skip'>, number>>;
  /** Every column whose text can name or mark a line (区分, 品名, 備考): for 対象外, 値引, 税込. */
  readonly labels: readonly number[];
  /** Columns read past (単位, 型番, メーカー …): their text never makes a row a heading. */
  readonly ignored: readonly number[];
  /** A 税込/税抜 note in the amount or unit-price heading (金額(税込), 税抜単価). */
  readonly amountTax: TaxNote;
  readonly unitPriceTax: TaxNote;
  /** The header row's index, or -1 for the positional form. */
  readonly header: number;
}

const kindByWord = lazy(() => {
  const m = new Map<string, ColumnKind>();
  for (const [kind, words] of HEADER_WORDS) for (const w of words) if (!m.has(keyOf(w).key)) m.set(keyOf(w).key, kind);
  return m;
});

interface ColumnHeading {
  readonly kind: ColumnKind;
  readonly tax: TaxNote;
}

function headingOf(cell: unknown): ColumnHeading | undefined {
  if (!isLabel(cell)) return undefined;
  const { key, tax } = keyOf(cell);
  const kind = kindByWord().get(key);
  return kind ? { kind, tax } : undefined;
}

/** The headings of a row when it is a header row (≥ 2 known column words), else undefined. */
export function headerOf(row: Row): (ColumnHeading | undefined)[] | undefined {
  // most rows are lines: count first, allocate only for a header
  let known = 0;
  for (let c = 0; c < row.length && known < 2; c++) if (headingOf(row[c])) known++;
  return known >= 2 ? row.map(headingOf) : undefined;
}

/** A fingerprint of a header row, to tell a repeated header (a printed quote's next page) from another quote. */
export function headerSignature(headings: readonly (ColumnHeading | undefined)[]): string {
  return headings.map((h) => h?.kind ?? '').join('|');
}

export function columnsFromHeader(headings: readonly (ColumnHeading | undefined)[], index: number): Columns {
  const at: Partial<Record<Exclude<ColumnKind, 'skip'>, number>> = {};
  const labels: number[] = [];
  const ignored: number[] = [];
  let amountTax: TaxNote = null;
  let unitPriceTax: TaxNote = null;
  headings.forEach((h, c) => {
    if (h && (h.kind === 'skip' || h.kind === 'unit')) ignored.push(c);
    if (!h || h.kind === 'skip') return;
    if (h.kind === 'category' || h.kind === 'name' || h.kind === 'remarks') labels.push(c);
    const taken = at[h.kind];
    // of two amount columns (金額(税抜) and 金額(税込)), the tax-exclusive one is the cost
    const better = h.kind === 'amount' && taken !== undefined && amountTax === 'included' && h.tax !== 'included';
    if (taken !== undefined && !better) return;
    at[h.kind] = c;
    if (h.kind === 'amount') amountTax = h.tax;
    if (h.kind === 'unitPrice') unitPriceTax = h.tax;
  });
  if (at.amount === undefined && at.unitPrice === undefined && at.eligible === undefined) {
    throw new IthojoError(QUOTE_MSG.headerNoAmount(index + 1));
  }
  return { at, labels, ignored, amountTax, unitPriceTax, header: index };
}

/** A No. cell: a whole number, or text such as "12", "No.3", "#4" (① is 1 after NFKC). */
export function isNumbering(x: unknown): boolean {
  if (typeof x === 'number') return Number.isInteger(x) && x >= 0;
  return typeof x === 'string' && /^(?:no\.?|#)?\s*\d{1,6}\.?$/i.test(x.normalize('NFKC').trim());
}

/** The last column holding anything, plus one. */
function usedWidth(rows: readonly Row[]): number {
  let width = 0;
  for (const row of rows) {
    for (let c = row.length - 1; c >= width; c--) {
      if (!isBlank(row[c])) {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

/**
 * The positional form: 区分 | 金額 | [月数], after a No. column when the first column holds only
 * numbering (or nothing) and the second holds labels. 区分 is also the line's 品名.
 */
export function positionalColumns(rows: readonly Row[]): Columns {
  const width = usedWidth(rows);
  let numbered = width >= 3;
  let labelsAfter = false;
  for (let r = 0; r < rows.length && numbered; r++) {
    const first = rows[r][0];
    if (!isBlank(first) && !isNumbering(first)) numbered = false;
    else if (isLabel(rows[r][1])) labelsAfter = true;
  }
  const o = numbered && labelsAfter ? 1 : 0;
  if (width - o < 2 || width - o > 3) throw new IthojoError(QUOTE_MSG.quoteShape());
  const at: Columns['at'] = { category: o, name: o, amount: o + 1, ...(width - o === 3 ? { months: o + 2 } : {}), ...(o === 1 ? { no: 0 } : {}) };
  return { at, labels: [o], ignored: [], amountTax: null, unitPriceTax: null, header: -1 };
}
