/**
 * Host-neutral inputs, and how each host passes them. A blank cell is `null`, a date cell is
 * `{ day: 'YYYY-MM-DD' }`; an argument is omitted, one cell, or a range.
 *   Excel: one cell as [[v]], blanks and omitted arguments as null, dates as serial numbers.
 *   Sheets: one cell as v, blanks as "", omitted trailing arguments not passed, dates as Date
 *   objects at midnight Asia/Tokyo (of Code.js's realm).
 */
import type { SheetsHost } from '../gas/sheetsHost';

export type Day = { readonly day: string };
export type Cell = string | number | boolean | null | Day;
export type Arg = { readonly omitted: true } | { readonly cell: Cell } | { readonly range: readonly (readonly Cell[])[] };

export interface Input {
  readonly id: string;
  readonly args: readonly Arg[];
}

export const OMITTED: Arg = { omitted: true };

function isDay(c: Cell): c is Day {
  return c !== null && typeof c === 'object';
}

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The Excel serial number of a calendar day (1900 date system, days after 1899-12-30). */
export function excelSerial(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / DAY_MS;
}

function excelCell(c: Cell): unknown {
  return isDay(c) ? excelSerial(c.day) : c;
}

export function toExcel(args: readonly Arg[]): unknown[] {
  return args.map((a) => {
    if ('omitted' in a) return null;
    if ('cell' in a) return a.cell === null ? null : [[excelCell(a.cell)]];
    return a.range.map((row) => row.map(excelCell));
  });
}

function sheetsCell(c: Cell, host: SheetsHost): unknown {
  if (c === null) return '';
  return isDay(c) ? host.date(c.day) : c;
}

export function toSheets(args: readonly Arg[], host: SheetsHost): unknown[] {
  let end = args.length;
  while (end > 0 && 'omitted' in args[end - 1]) end--;
  return args.slice(0, end).map((a) => {
    if ('omitted' in a) return undefined;
    if ('cell' in a) return sheetsCell(a.cell, host);
    return a.range.map((row) => row.map((c) => sheetsCell(c, host)));
  });
}

/** A vector case's value as an argument: arrays are ranges, null/missing is a blank cell. */
export function argOf(value: unknown): Arg {
  if (Array.isArray(value)) return { range: value.map((row: unknown) => (Array.isArray(row) ? row : [row]) as Cell[]) };
  return { cell: (value ?? null) as Cell };
}

export function describeInput(input: Input): string {
  return `${input.id}(${input.args.map((a) => JSON.stringify('omitted' in a ? '<omitted>' : 'cell' in a ? a.cell : a.range)).join(', ')})`;
}
