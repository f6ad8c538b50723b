/**
 * The public corpus of issue 19 (examples/quotes/corpus/*.json): quotation layouts taken from
 * public templates, sample quotes and price sheets, each with its answer worked out by hand from
 * the rulings (../shared/rules/quote-reading.md Q1–Q43, it2025.md, it2026.md). Shared by the
 * suites that run them through the core, the Excel build and the Sheets build.
 *
 * An expectation is either an answer (AMOUNT, SELFPAY, CHECK's verdict prefix) or an error: the
 * row it names and a fragment of its text, never a number (the principle "certain, or asked").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const CORPUS_DIR = path.join(__dirname, '../../examples/quotes/corpus');

export type Cell = string | number;

export interface Source {
  /** The public address the layout was taken from. */
  readonly url: string;
  /** What was taken from it (columns, labels, the way a term or a discount is written …). */
  readonly took: string;
}

export interface Answer {
  readonly AMOUNT: number;
  readonly SELFPAY: number;
  /** CHECK's answer starts with this ("OK", "OK (注意:", or a reason). */
  readonly CHECK: string;
}

export interface Asked {
  readonly error: {
    /** The 1-based row of the range the message names ("見積5行目"). */
    readonly row: number;
    /** A fragment the message quotes: the row's label, or the amount cell as written. */
    readonly text: string;
    /** The text is what the message asks for (a column to add), not a cell of the row. */
    readonly asks?: boolean;
  };
}

export type Expectation = Answer | Asked;

/**
 * The hand reading, for the decimal.js cross-check (fixtures.test.ts): the quote's total as
 * written (SELFPAY's base: 対象外 lines and discounts included), each line's counted eligible
 * cost after its own month limit, tax and category discount ("a/b" for a fraction), and the
 * discounts without a category, which come off after the caps (Q23).
 */
export interface Ledger {
  readonly total: number;
  readonly lines: readonly (readonly [row: number, category: LedgerCategory, counted: string])[];
  readonly discount?: string;
}

export type LedgerCategory = 'software' | 'cloud' | 'option' | 'consulting' | 'setup' | 'maintenance' | 'pc' | 'register';

export interface Fixture {
  readonly file: string;
  readonly id: string;
  readonly source: readonly Source[];
  /** 日本語, then English. */
  readonly about: string;
  readonly frame: string;
  readonly size: string;
  readonly options: string;
  /** The rulings (Q1–Q43) the layout exercises. */
  readonly rulings: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly expect: Expectation;
  readonly ledger?: Ledger;
  /** The arithmetic step by step, citing the rulings and rule sections. */
  readonly explain: readonly string[];
}

export function isAsked(e: Expectation): e is Asked {
  return 'error' in e;
}

export function loadCorpus(): Fixture[] {
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json')).sort();
  return files.map((file) => ({ file, ...(JSON.parse(readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as Omit<Fixture, 'file'>) }));
}

/** The three quote functions with a single-cell answer, in the order a user meets them. */
export const QUOTE_FUNCTIONS = ['AMOUNT', 'SELFPAY', 'CHECK'] as const;
export type QuoteFunction = (typeof QUOTE_FUNCTIONS)[number];

/** What one call showed: a value, or the error's message. */
export type Shown = { readonly value: unknown } | { readonly error: string };

/** "見積12行目" must not count as naming row 2. */
export function namesRow(message: string, row: number): boolean {
  return new RegExp(`(?<![0-9０-９])${row}行目`).test(message);
}

/**
 * Why a call's answer does not meet the fixture, or null when it does. An asked fixture: AMOUNT
 * and SELFPAY fail with a message naming the row and quoting the text, CHECK answers with that
 * message (rules/README.md "CHECK on bad input").
 */
export function mismatch(f: Fixture, fn: QuoteFunction, shown: Shown): string | null {
  const e = f.expect;
  if (isAsked(e)) {
    const message = 'error' in shown ? shown.error : fn === 'CHECK' && typeof shown.value === 'string' ? shown.value : null;
    if (message === null || message.startsWith('OK')) return `expected an error naming row ${e.error.row} 「${e.error.text}」, got ${JSON.stringify(shown)}`;
    if (!namesRow(message, e.error.row)) return `the message does not name row ${e.error.row}: ${message}`;
    if (!message.includes(e.error.text)) return `the message does not quote 「${e.error.text}」: ${message}`;
    return null;
  }
  if ('error' in shown) return `expected ${fn} ${fn === 'CHECK' ? e.CHECK : e[fn]}, got the error: ${shown.error}`;
  if (fn === 'CHECK') {
    return typeof shown.value === 'string' && shown.value.startsWith(e.CHECK) ? null : `expected CHECK to start with 「${e.CHECK}」, got ${JSON.stringify(shown.value)}`;
  }
  return shown.value === e[fn] ? null : `expected ${fn} ${e[fn]}, got ${JSON.stringify(shown.value)}`;
}

/** The call's answer in the Shown form; an error is anything thrown with a message. */
export function shownBy(run: () => unknown): Shown {
  try {
    return { value: run() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** The fixture's arguments as the core takes them: frame, the quote range, size, options. */
export function argsOf(f: Fixture): [string, Cell[][], string, string] {
  return [f.frame, f.rows.map((r) => [...r]), f.size, f.options];
}
