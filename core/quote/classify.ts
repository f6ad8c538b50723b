/**
 * The role of each non-blank row of a quote below its header (quote-reading.md "Rows"): exactly
 * one of header (repeated on a next page), note, summary, heading (with or without an amount),
 * a bare amount, filler, or an item (a line or a discount, read by readLine.ts). Decided from the
 * row's cells alone, by the vocabularies of core/rules/quote/rows.ts; the first rule that applies
 * wins, in the order below.
 */
import { IthojoError } from '../errors/IthojoError';
import { QUOTE_MSG } from '../errors/quoteMessages';
import { isBlank, normalizeKey } from '../input/normalizeText';
import { lazy } from '../lazy';
import { ERROR_VALUES, FILLER_WORDS, HEADING_MARKS, NOTE_MARKS } from '../rules/quote/rows';
import type { CategoryIndex } from './category';
import { headerOf, headerSignature, isNumbering, itemText, rowLabel, type Columns, type Header, type Row } from './columns';
import { keyOf } from './labelKey';
import type { Places } from './places';
import { summaryOf, type Summary } from './summary';
import { isLabel, isNamingText } from './text';
import { memoText } from './memo';
import { keySet, plainSet } from './vocab';

export type Role =
  | { readonly role: 'skip' }
  | { readonly role: 'note'; readonly text: string }
  | { readonly role: 'summary'; readonly summary: Summary; readonly label: string }
  | { readonly role: 'heading'; readonly text: string }
  /** A heading carrying an amount (【ソフトウェア】 230,000, or a bare category word without 数量/単価): §Q2, §Q26. */
  | { readonly role: 'headingAmount'; readonly text: string }
  /** An amount with no item label (§Q2, §Q26). */
  | { readonly role: 'bare' }
  | { readonly role: 'item' };

const SKIP: Role = { role: 'skip' };
const ITEM: Role = { role: 'item' };
const BARE: Role = { role: 'bare' };

const errorValues = plainSet(ERROR_VALUES);
const fillers = keySet(FILLER_WORDS);
const noteMarks = lazy(() => NOTE_MARKS.words.map((w) => w.normalize('NFKC')));
const headingMarks = lazy(() => HEADING_MARKS.words.map((w) => w.normalize('NFKC')));

const DATA_KINDS = ['quantity', 'unitPrice', 'excluded', 'eligible', 'months', 'years'] as const;

export function isBlankRow(row: Row): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

/** The first text of a row, wherever it stands. */
export function firstText(row: Row): string | undefined {
  for (let c = 0; c < row.length; c++) {
    const x = row[c];
    if (typeof x === 'string' && !isBlank(x)) return x;
  }
  return undefined;
}

/** The first label of a row (text that is not an amount): where a summary row says what it is. */
export function firstLabel(row: Row): string | undefined {
  for (let c = 0; c < row.length; c++) if (isLabel(row[c])) return row[c] as string;
  return undefined;
}

/** A note row's first text (§Q3, §Q27): ※, ＊, *, 注:, 注), (注), 備考: — never 注文 or 注記なし. */
export const isNote = memoText((text: string): boolean => {
  const s = text.slice(0, 16).normalize('NFKC').trimStart();
  return noteMarks().some((m) => s.startsWith(m));
});

/** Whether a row has anything a line is priced from; without it, a label is a heading. */
export function hasData(row: Row, cols: Columns): boolean {
  for (const a of cols.amounts) if (!isBlank(row[a.at])) return true;
  for (const k of DATA_KINDS) {
    const c = cols.at[k];
    if (c !== undefined && !isBlank(row[c])) return true;
  }
  return false;
}

/** A heading's text: in the label columns, else in any column not read past (a heading across the No. column). */
function headingText(row: Row, cols: Columns): string | undefined {
  for (const c of cols.labels) if (isLabel(row[c])) return row[c] as string;
  for (let c = 0; c < row.length; c++) if (!cols.ignored.includes(c) && isLabel(row[c])) return row[c] as string;
  return undefined;
}

/** The label that names the line: its 区分, 品名 or level cell (the positional form's one label column). */
function itemLabel(row: Row, cols: Columns): string | undefined {
  const t = itemText(row, cols);
  if (t !== undefined && isNamingText(t)) return t;
  const c = cols.at.category;
  return c !== undefined && isNamingText(row[c]) ? (row[c] as string) : undefined;
}

/** 【ソフトウェア】, ■役務: a label in heading form (§Q2). */
const isHeadingForm = memoText((text: string): boolean => {
  const s = text.slice(0, 8).normalize('NFKC').trimStart();
  return headingMarks().some((m) => s.startsWith(m));
});

/** The text when it names a summary. */
function summaryIn(x: string | undefined): string | undefined {
  return x !== undefined && summaryOf(x) !== undefined ? x : undefined;
}

export interface Classifier {
  classify(row: Row, r: number): Role;
}

export function classifier(cols: Columns, header: Header | undefined, index: CategoryIndex, places: Places): Classifier {
  const signatures = new Set(header?.signatures ?? []);
  const categoryForm = cols.at.quantity !== undefined && cols.at.unitPrice !== undefined;
  return {
    classify(row, r) {
      // one pass over the cells: the first text, the first label, an error value
      let first: string | undefined;
      let label: string | undefined;
      let blank = true;
      for (let c = 0; c < row.length; c++) {
        const x = row[c];
        if (typeof x !== 'string') {
          if (x !== null && x !== undefined) blank = false;
          continue;
        }
        if (isBlank(x)) continue;
        blank = false;
        first ??= x;
        if (x.length < 20 && x.charCodeAt(0) === 35 /* # */ && errorValues().has(normalizeKey(x))) throw new IthojoError(QUOTE_MSG.errorValue(places.cell(r, c), x));
        if (label === undefined && isLabel(x)) label = x;
      }
      if (blank) return SKIP;
      if (header && label !== undefined) {
        const again = headerOf(row);
        if (again) {
          if (signatures.has(headerSignature(again))) return SKIP; // the header repeated on a next page
          throw new IthojoError(QUOTE_MSG.headerAgain(places.row(r)));
        }
      }
      if (first !== undefined && isNote(first)) return { role: 'note', text: first };
      const item = itemLabel(row, cols);
      const category = cols.at.category === undefined ? undefined : row[cols.at.category];
      // a summary says what it is in its first text (10%対象 starts like a number), its first label, its 品名 or 区分
      // each distinct text once (in most rows the first text, the first label and the item are one cell)
      const named = summaryIn(first) ?? (label !== first ? summaryIn(label) : undefined) ?? (item !== first && item !== label ? summaryIn(item) : undefined)
        ?? (category !== first && category !== label && category !== item && isLabel(category) ? summaryIn(category) : undefined);
      if (named !== undefined) return { role: 'summary', summary: summaryOf(named)!, label: named };
      if (!hasData(row, cols)) {
        const text = headingText(row, cols);
        if (text === undefined || fillers().has(keyOf(text).key)) return SKIP; // numbering, a unit or model number alone
        // a numbered row, or one with both a 区分 and a 品名, is a line even without an amount:
        // say so rather than take it for a heading
        const numbered = cols.at.no !== undefined && isNumbering(row[cols.at.no]);
        const named = cols.at.category !== cols.at.name && isLabel(row[cols.at.category ?? -1]) && isLabel(row[cols.at.name ?? -1]);
        if (numbered || named) throw new IthojoError(QUOTE_MSG.lineNoAmount(places.line(r), rowLabel(row, cols)));
        return { role: 'heading', text };
      }
      if (item === undefined) return BARE;
      const priced = (cols.at.quantity !== undefined && !isBlank(row[cols.at.quantity])) || (cols.at.unitPrice !== undefined && !isBlank(row[cols.at.unitPrice]));
      if (!priced) {
        if (isHeadingForm(item)) return { role: 'headingAmount', text: item };
        // a bare category word in the 品名 of a quote that prices its lines by 数量 × 単価
        const bareWord = categoryForm && cols.at.name !== undefined && row[cols.at.name] === item && index.byName.has(keyOf(item).key);
        if (bareWord && (cols.at.category === undefined || isBlank(row[cols.at.category]))) return { role: 'headingAmount', text: item };
      }
      return ITEM;
    },
  };
}
