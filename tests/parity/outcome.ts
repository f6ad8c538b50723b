/**
 * One form for what either host shows: the call's error message, or a grid of cells. Excel's
 * answers are already grids ([[x]] for one value), with error objects in bad cells; Sheets'
 * scalars become 1×1 and its bad cells are already message text, so an Excel error cell compares
 * as its message. A Sheets Date compares as the Excel serial of its Asia/Tokyo calendar day,
 * which is the day a Tokyo spreadsheet shows.
 */
import { CustomFunctionsError } from './excelHost';

export type Outcome = { readonly error: string } | { readonly grid: readonly (readonly unknown[])[] } | { readonly broken: string };

const DAY_MS = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000;
const EXCEL_EPOCH_DAYS = 25_569; // serial of 1970-01-01

function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === '[object Date]';
}

/** Whole days only when the Date is a Tokyo midnight; otherwise the fraction shows the time. */
function tokyoSerial(d: Date): number {
  return (d.getTime() + TOKYO_OFFSET_MS) / DAY_MS + EXCEL_EPOCH_DAYS;
}

function describe(e: unknown): string {
  const err = e as { name?: unknown; message?: unknown; constructor?: { name?: unknown } };
  return `${String(err?.constructor?.name)}: ${String(err?.message ?? e)}`;
}

function isGrid(x: unknown): x is unknown[][] {
  return Array.isArray(x) && x.length > 0 && x.every(Array.isArray);
}

export function excelOutcome(run: () => unknown): Outcome {
  let answer: unknown;
  try {
    answer = run();
  } catch (e) {
    return e instanceof CustomFunctionsError ? { error: e.message } : { broken: `Excel threw ${describe(e)}` };
  }
  if (!isGrid(answer)) return { broken: `Excel answered a non-grid ${JSON.stringify(answer)}` };
  return { grid: answer.map((row) => row.map((c) => (c instanceof CustomFunctionsError ? c.message : isDate(c) ? `Date ${c.toISOString()}` : c))) };
}

export function sheetsOutcome(run: () => unknown): Outcome {
  let answer: unknown;
  try {
    answer = run();
  } catch (e) {
    const plainError = Object.prototype.toString.call(e) === '[object Error]' && (e as Error).name === 'Error' && (e as Error).constructor?.name === 'Error';
    return plainError ? { error: (e as Error).message } : { broken: `Sheets threw ${describe(e)}` };
  }
  const cell = (c: unknown): unknown => (isDate(c) ? tokyoSerial(c) : typeof c === 'object' && c !== null ? `object ${describe(c)}` : c);
  if (!Array.isArray(answer)) return { grid: [[cell(answer)]] };
  if (!isGrid(answer)) return { broken: `Sheets answered a non-grid array ${JSON.stringify(answer)}` };
  return { grid: answer.map((row) => row.map(cell)) };
}
