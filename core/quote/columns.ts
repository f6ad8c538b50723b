/**
 * Which column of a quote holds what. With a header row (the first row holding at least two
 * column words, quote-reading.md §Q6, §Q7, §Q29) columns are mapped by name and any number of them
 * is read; a second header row that only adds words under blank (merged) cells, or translates the
 * first, is part of the header. Without a header, the 2025 positional form: [No.] | 区分 | 金額 |
 * [月数] (rules/README.md "Quote-line categories").
 */
import { IthojoError } from '../errors/IthojoError';
import { QUOTE_MSG } from '../errors/quoteMessages';
import { isBlank } from '../input/normalizeText';
import type { TaxNote } from '../input/numberGrammar';
import { lazy } from '../lazy';
import { COLUMN_WORDS, HEADING_REFINEMENTS, type ColumnKind } from '../rules/quote/columns';
import { keyOf } from './labelKey';
import type { Places } from './places';
import { memoText } from './memo';
import { isLabel } from './text';

export type Row = readonly unknown[];

/** Kinds read as one column each (the first of a kind). */
type SingleKind = Exclude<ColumnKind, 'skip' | 'amount'>;

export interface Columns {
  /** Column index by kind; `name` is the item column (of several, the first in §Q7's order). */
  readonly at: Partial<Record<SingleKind, number>>;
  /** The amount columns that count (§Q9: of 税抜 and 税込 ones the 税抜 ones), and their tax notes. */
  readonly amounts: readonly AmountColumn[];
  /** The 大項目/中項目/小項目 columns present, most general first (§Q38). */
  readonly levels: readonly number[];
  /** Every column whose text can mark a line 対象外 or state its term: 区分, 品名, levels, 仕様, 備考. */
  readonly labels: readonly number[];
  /** Free-text columns read for a term (§Q19): 仕様, other item columns, 備考. */
  readonly texts: readonly number[];
  /** Columns read past (単位, 型番, メーカー …): their text never makes a row a heading. */
  readonly ignored: readonly number[];
  readonly unitPriceTax: TaxNote;
  /** The header rows' indexes (none for the positional form). */
  readonly header: readonly number[];
}

export interface AmountColumn {
  readonly at: number;
  readonly tax: TaxNote;
}

export interface ColumnHeading {
  readonly kind: ColumnKind;
  readonly tax: TaxNote;
  /** The column word it was found by (a key). */
  readonly word: string;
}

const kindByWord = lazy(() => {
  const m = new Map<string, ColumnKind>();
  for (const [kind, v] of COLUMN_WORDS) for (const w of v.words) if (!m.has(keyOf(w).key)) m.set(keyOf(w).key, kind);
  return m;
});
/** §Q7's order of the item-column words: of two item columns the earlier names the line. */
const namePriority = lazy(() => {
  const words = COLUMN_WORDS.find(([k]) => k === 'name')![1].words;
  return new Map(words.map((w, i) => [keyOf(w).key, i] as const));
});
const refinements = lazy(() => new Set(HEADING_REFINEMENTS.words.map((w) => keyOf(w).plain)));

/** Item-column names, as a message lists them. */
export const ITEM_COLUMN_NAMES = (): readonly string[] => COLUMN_WORDS.find(([k]) => k === 'name')![1].words.slice(0, 12);

const PART_SEPARATORS = /[・･/／|｜、,\s]+/;

/** A cell's column heading: its key, or a part of it (品名・内容, 品名 / Description: §Q29). */
export function headingOf(cell: unknown): ColumnHeading | undefined {
  if (!isLabel(cell) || cell.length > 60) return undefined;
  return headingOfText(cell);
}

const headingOfText = memoText((cell: string): ColumnHeading | undefined => {
  const { key, tax } = keyOf(cell);
  const kind = kindByWord().get(key);
  if (kind) return { kind, tax, word: key };
  for (const part of cell.normalize('NFKC').split(PART_SEPARATORS)) {
    if (part === '') continue;
    const word = keyOf(part).key;
    const k = kindByWord().get(word);
    if (k) return { kind: k, tax, word };
  }
  // 定価金額, 提案価格, 御見積価格: an amount column by its last word (§Q9 then compares it with the others)
  if (key.length <= 8 && AMOUNT_ENDINGS.some((e) => key.endsWith(e))) return { kind: 'amount', tax, word: key };
  return undefined;
});

const AMOUNT_ENDINGS = ['金額', '価格'];

/** A word a second header row adds under a heading: its tax status or unit (税抜, 税込, 円). */
function refinementOf(cell: unknown): TaxNote | 'unit' | undefined {
  if (!isLabel(cell)) return undefined;
  const { plain, tax } = keyOf(cell);
  if (!refinements().has(plain)) return undefined;
  return tax ?? 'unit';
}

/** The headings of a row when it is a header row (≥ 2 column words), else undefined. */
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

function isBlankRow(row: Row | undefined): boolean {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

/**
 * Whether `lower` completes the header row `upper` (§Q6, §Q29): every cell of it is a column word or
 * a refinement (税抜, 税込, 円), standing under a blank (merged) cell of `upper`, or under the same
 * column word (a translation: Description under 品名) or refining the word above.
 */
function completes(upper: Row, lower: Row): boolean {
  if (isBlankRow(lower)) return false;
  for (let c = 0; c < lower.length; c++) {
    const x = lower[c];
    if (isBlank(x)) continue;
    const h = headingOf(x);
    const ref = h ? undefined : refinementOf(x);
    if (!h && ref === undefined) return false;
    if (isBlank(upper[c])) continue;
    const top = headingOf(upper[c]);
    if (h && top && h.kind === top.kind) continue;
    if (ref !== undefined && top) continue;
    return false;
  }
  return true;
}

/** One heading per column of a two-row header: the lower row names its column, or refines the (merged) cell above. */
function combine(upper: Row, lower: Row): (ColumnHeading | undefined)[] {
  const width = Math.max(upper.length, lower.length);
  const out: (ColumnHeading | undefined)[] = new Array(width);
  let left: ColumnHeading | undefined;
  for (let c = 0; c < width; c++) {
    const top = headingOf(upper[c]);
    if (top) left = top;
    else if (!isBlank(upper[c])) left = undefined;
    const h = headingOf(lower[c]);
    const ref = h ? undefined : refinementOf(lower[c]);
    const base = top ?? (ref !== undefined ? left : undefined);
    if (h) out[c] = { kind: h.kind, tax: h.tax ?? top?.tax ?? null, word: h.word };
    else if (base) out[c] = { kind: base.kind, tax: ref === 'unit' || ref === undefined ? (top?.tax ?? null) : ref, word: base.word };
    else out[c] = undefined;
  }
  return out;
}

export interface Header {
  /** The header rows (one or two). */
  readonly rows: readonly number[];
  readonly headings: readonly (ColumnHeading | undefined)[];
  /** Signatures of its rows, to skip a header repeated on the next page. */
  readonly signatures: readonly string[];
}

/**
 * The header: the first row holding at least two column words, preferring one that names an
 * amount column (a title-block row such as "品名 | 備考" is not the header below it), with the row
 * above or below it when that completes it (§Q6).
 */
export function findHeader(rows: readonly Row[]): Header | undefined {
  let first: number | undefined;
  let at: number | undefined;
  for (let r = 0; r < rows.length; r++) {
    const headings = isBlankRow(rows[r]) ? undefined : headerOf(rows[r]);
    if (!headings) continue;
    if (headings.some((h) => h && (h.kind === 'amount' || h.kind === 'unitPrice' || h.kind === 'eligible'))) {
      at = r;
      break;
    }
    first ??= r;
  }
  at ??= first;
  if (at === undefined) return undefined;
  const row = rows[at];
  const own = headerOf(row)!;
  if (at + 1 < rows.length && completes(row, rows[at + 1])) {
    return { rows: [at, at + 1], headings: combine(row, rows[at + 1]), signatures: [headerSignature(own), signatureOf(rows[at + 1])] };
  }
  if (at > 0 && completesAbove(rows[at - 1], row)) {
    return { rows: [at - 1, at], headings: combine(rows[at - 1], row), signatures: [signatureOf(rows[at - 1]), headerSignature(own)] };
  }
  return { rows: [at], headings: own, signatures: [headerSignature(own)] };
}

/** A row above the header whose column words all stand over blank cells of the header (its upper half). */
function completesAbove(upper: Row, header: Row): boolean {
  if (isBlankRow(upper)) return false;
  let words = 0;
  for (let c = 0; c < upper.length; c++) {
    const x = upper[c];
    if (isBlank(x)) continue;
    const h = headingOf(x);
    if (!h) return false;
    words++;
    if (!isBlank(header[c]) && headingOf(header[c])?.kind !== h.kind && refinementOf(header[c]) === undefined) return false;
  }
  return words > 0;
}

function signatureOf(row: Row): string {
  return headerSignature(row.map((x) => headingOf(x) ?? (refinementOf(x) !== undefined ? { kind: 'skip', tax: null, word: '' } : undefined)));
}

export function columnsFromHeader(header: Header, places: Places): Columns {
  const at: Partial<Record<SingleKind, number>> = {};
  const amounts: AmountColumn[] = [];
  const ignored: number[] = [];
  const names: number[] = [];
  const levels: number[] = [];
  const texts: number[] = [];
  let unitPriceTax: TaxNote = null;
  header.headings.forEach((h, c) => {
    if (!h) return;
    if (h.kind === 'skip' || h.kind === 'unit') ignored.push(c);
    if (h.kind === 'skip') return;
    if (h.kind === 'amount') {
      amounts.push({ at: c, tax: h.tax });
      return;
    }
    if (h.kind === 'name') {
      names.push(c);
      return;
    }
    if (h.kind === 'level1' || h.kind === 'level2' || h.kind === 'level3') levels.push(c);
    if (h.kind === 'detail' || h.kind === 'remarks') texts.push(c);
    // of a 税抜 and a 税込 unit price, the tax-exclusive one
    if (h.kind === 'unitPrice' && at.unitPrice !== undefined && unitPriceTax === 'included' && h.tax !== 'included') {
      at.unitPrice = c;
      unitPriceTax = h.tax;
      return;
    }
    if (at[h.kind] !== undefined) return;
    at[h.kind] = c;
    if (h.kind === 'unitPrice') unitPriceTax = h.tax;
  });
  const headerRow = header.rows[header.rows.length - 1] + 1;
  if (amounts.length === 0 && at.unitPrice === undefined && at.eligible === undefined) throw new IthojoError(QUOTE_MSG.headerNoAmount(places.row(headerRow)));
  if (names.length > 0) {
    const rank = (c: number): number => namePriority().get(header.headings[c]!.word) ?? 99;
    names.sort((a, b) => rank(a) - rank(b) || a - b);
    at.name = names[0];
    texts.push(...names.slice(1));
  }
  levels.sort((a, b) => levelOf(header.headings[a]) - levelOf(header.headings[b]));
  if (at.name === undefined && at.category === undefined && levels.length === 0) throw new IthojoError(QUOTE_MSG.headerNoItem(places.row(headerRow), ITEM_COLUMN_NAMES()));
  const labels = [at.category, at.name, ...levels, ...texts].filter((c): c is number => c !== undefined);
  return { at, amounts: countedAmounts(amounts), levels, labels, texts, ignored, unitPriceTax, header: header.rows };
}

function levelOf(h: ColumnHeading | undefined): number {
  return h?.kind === 'level1' ? 1 : h?.kind === 'level2' ? 2 : 3;
}

/** §Q9: where 税抜 and 税込 amount columns stand side by side, only the tax-exclusive ones count. */
function countedAmounts(amounts: readonly AmountColumn[]): AmountColumn[] {
  const included = amounts.filter((a) => a.tax === 'included');
  const other = amounts.filter((a) => a.tax !== 'included');
  return included.length > 0 && other.length > 0 ? other : [...amounts];
}

export function textAt(row: Row, c: number | undefined): string | undefined {
  if (c === undefined) return undefined;
  const x = row[c];
  return typeof x === 'string' && !isBlank(x) ? x : undefined;
}

/** The item text of a line: its 品名, else its most specific filled level (§Q38). */
export function itemText(row: Row, cols: Columns): string | undefined {
  const name = textAt(row, cols.at.name);
  if (name !== undefined) return name;
  for (let i = cols.levels.length - 1; i >= 0; i--) {
    const t = textAt(row, cols.levels[i]);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** What a row is called in a message: its item text, else its 区分, else its first text. */
export function rowLabel(row: Row, cols: Columns): string {
  const t = itemText(row, cols) ?? textAt(row, cols.at.category);
  if (t !== undefined) return t;
  for (const x of row) if (typeof x === 'string' && !isBlank(x)) return x;
  return '';
}

/** A No. cell: a whole number, or text such as "12", "No.3", "#4" (① is 1 after NFKC). */
export function isNumbering(x: unknown): boolean {
  if (typeof x === 'number') return Number.isInteger(x) && x >= 0;
  if (typeof x !== 'string' || x.length > 12) return false;
  return /^(?:no\.?|#)?\s*\d{1,6}\.?$/i.test(x.normalize('NFKC').trim());
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
  const at: Columns['at'] = { category: o, name: o, ...(width - o === 3 ? { months: o + 2 } : {}), ...(o === 1 ? { no: 0 } : {}) };
  return { at, amounts: [{ at: o + 1, tax: null }], levels: [], labels: [o], texts: [], ignored: [], unitPriceTax: null, header: [] };
}
