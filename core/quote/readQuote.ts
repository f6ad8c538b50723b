/**
 * Reads a quotation sheet as vendors write it (issue 10): an optional title block and header row,
 * section headings, lines, discounts and summary rows, in any of the layouts of
 * examples/quotes/. Each row is one of: blank or numbering only (skipped), a repeated header
 * (skipped), a summary (checked, not a line), a heading (a label and no amount), or a line.
 */
import { IthojoError } from '../errors/IthojoError';
import { MSG, cut } from '../errors/messages';
import { cellText } from '../errors/text';
import { QUOTE_MSG } from '../errors/quoteMessages';
import { isBlank } from '../input/normalizeText';
import { parseAmount } from '../input/parseAmount';
import type { RuleTable } from '../rules/types';
import { categoryIndex, marksExcluded, type CategoryIndex } from './category';
import { columnsFromHeader, headerOf, headerSignature, isNumbering, positionalColumns, type Columns, type Row } from './columns';
import { headingOf, readLine, type Heading } from './readLine';
import { listed } from './listed';
import { SummaryCheck, summaryKind } from './summary';
import { keyOf } from './labelKey';
import { isLabel, readsAsAmount } from './text';
import type { Quote, QuoteLine } from './types';
import { FILLER_WORDS } from './words';
import { lazy } from '../lazy';

const filler = lazy(() => new Set(FILLER_WORDS.map((w) => keyOf(w).key)));

function isBlankRow(row: Row): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

export function readQuote(rows: readonly Row[], table: RuleTable): Quote {
  const index = categoryIndex(table);
  const header = findHeader(rows);
  const headerAt = header ? header.at : -1;
  const signature = header ? headerSignature(header.headings) : '';
  const cols = header ? columnsFromHeader(header.headings, header.at) : positionalColumns(rows);

  const warnings: string[] = [];
  let taxWord = false;
  // rows above the header are a title block (件名, 宛先, 日付, 御見積金額); a line there is a mistake
  for (let r = 0; r < headerAt; r++) {
    const label = firstLabel(rows[r]);
    // "御見積金額(税込)" is a tax-inclusive total, not a statement about the lines
    if (label !== undefined && summaryKind(label) === undefined && rows[r].some((x) => isLabel(x) && keyOf(x).tax === 'included')) taxWord = true;
    if (looksLikeLine(rows[r], index)) throw new IthojoError(QUOTE_MSG.lineAboveHeader(r + 1, headerAt + 1));
  }

  const check = new SummaryCheck();
  const lines: QuoteLine[] = [];
  let heading: Heading | null = null;
  const ctx = { cols, index, warnings, said: new Map() };
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    if (headerAt >= 0) {
      const again = headerOf(row);
      if (again) {
        if (headerSignature(again) !== signature) throw new IthojoError(QUOTE_MSG.headerAgain(r + 1));
        continue;
      }
    }
    const first = firstLabel(row);
    if (first === undefined && !hasData(row, cols)) continue; // numbering or nothing
    // a summary says what it is in its first label, or in the 品名 column
    const name = cols.at.name === undefined ? undefined : row[cols.at.name];
    const said = first === undefined ? undefined : summaryKind(first) ? first : isLabel(name) && summaryKind(name) ? name : undefined;
    if (said !== undefined) {
      check.summary(summaryKind(said)!, summaryAmount(row, cols), r + 1, said);
      continue;
    }
    if (!hasData(row, cols)) {
      const text = headingText(row, cols);
      if (text === undefined || filler().has(keyOf(text).key)) continue; // a unit or model number alone
      // a numbered row, or one with both a 区分 and a 品名, is a line even without an amount:
      // say so rather than take it for a heading
      const numbered = cols.at.no !== undefined && isNumbering(row[cols.at.no]);
      const named = cols.at.category !== cols.at.name && isLabel(row[cols.at.category ?? -1]) && isLabel(name);
      if (numbered || named) throw new IthojoError(QUOTE_MSG.lineNoAmount(r + 1));
      heading = headingOf(index, text);
      if (keyOf(text).tax === 'included') taxWord = true;
      continue;
    }
    const line = readLine(row, r + 1, heading, ctx);
    lines.push(line);
    check.line(line.amount);
  }
  if (lines.length === 0) throw new IthojoError(QUOTE_MSG.noQuoteLines());

  warnings.push(...check.warnings);
  const inferred = lines.filter((l) => l.how === 'category' || l.how === 'name');
  if (inferred.length > 0) warnings.push(QUOTE_MSG.categoryInferred(listed(inferred, (l) => `${l.row}行目「${cut(l.label ?? '')}」→${l.category!.label}`)));
  const fromHeading = lines.filter((l) => l.how === 'heading');
  if (fromHeading.length > 0) {
    warnings.push(QUOTE_MSG.categoryFromHeading(listed(fromHeading, (l) => `${l.row}行目「${cut(l.label ?? '')}」→${l.category!.label} (見出し「${cut(l.from ?? '')}」)`)));
  }
  const unknownTerm = lines.filter((l) => l.months === undefined && l.category?.maxMonths !== undefined && /月額|年額/.test(l.label ?? ''));
  if (unknownTerm.length > 0) warnings.push(QUOTE_MSG.monthsUnknown(listed(unknownTerm, (l) => `${l.row}行目「${cut(l.label ?? '')}」`)));
  if (taxWord && !lines.some((l) => l.tax !== null && l.tax !== undefined)) warnings.push(QUOTE_MSG.taxMentioned());
  const notes = lines.some((l) => l.truncated) ? [cellText(MSG.truncatedCost())] : [];
  return { lines, warnings, notes };
}

/**
 * The header row: the first row holding at least two known column words, preferring one that
 * names an amount column (a title-block row such as "品名 | 備考" is not the header below it).
 */
function findHeader(rows: readonly Row[]): { at: number; headings: NonNullable<ReturnType<typeof headerOf>> } | undefined {
  let first: { at: number; headings: NonNullable<ReturnType<typeof headerOf>> } | undefined;
  for (let r = 0; r < rows.length; r++) {
    const headings = isBlankRow(rows[r]) ? undefined : headerOf(rows[r]);
    if (!headings) continue;
    if (headings.some((h) => h && (h.kind === 'amount' || h.kind === 'unitPrice' || h.kind === 'eligible'))) return { at: r, headings };
    first ??= { at: r, headings };
  }
  return first;
}

/** The first label of a row, wherever it stands: where a summary row says what it is. */
function firstLabel(row: Row): string | undefined {
  for (let c = 0; c < row.length; c++) if (isLabel(row[c])) return row[c] as string;
  return undefined;
}

/** A heading's text: in the 区分/品名/備考 columns, else in any column not read past (a heading across the No. column). */
function headingText(row: Row, cols: Columns): string | undefined {
  for (const c of cols.labels) if (isLabel(row[c])) return row[c] as string;
  for (let c = 0; c < row.length; c++) if (!cols.ignored.includes(c) && isLabel(row[c])) return row[c] as string;
  return undefined;
}

const DATA_KINDS = ['amount', 'quantity', 'unitPrice', 'excluded', 'eligible', 'months'] as const;

/** Whether a row has anything a line is priced from; without it, a label is a heading. */
function hasData(row: Row, cols: Columns): boolean {
  for (const k of DATA_KINDS) {
    const c = cols.at[k];
    if (c !== undefined && !isBlank(row[c])) return true;
  }
  return false;
}

/** A summary row's amount: its amount cell, else the last cell that reads as an amount. */
function summaryAmount(row: Row, cols: Columns): number | undefined {
  const cells = cols.at.amount === undefined ? [...row].reverse() : [row[cols.at.amount], ...[...row].reverse()];
  for (const x of cells) {
    if (typeof x === 'number' && Number.isFinite(x)) return Math.floor(x);
    if (typeof x === 'string' && !isBlank(x) && readsAsAmount(x)) return parseAmount(x, undefined, true).yen;
  }
  return undefined;
}

/** A row above the header that would be a line: a category name (or 対象外) beside an amount. */
function looksLikeLine(row: Row, index: CategoryIndex): boolean {
  const label = row.find(isLabel);
  if (label === undefined) return false;
  if (!index.byName.has(keyOf(label).key) && !marksExcluded(label)) return false;
  return row.some((x) => typeof x === 'number' || (typeof x === 'string' && !isBlank(x) && readsAsAmount(x)));
}
