/**
 * How messages and BREAKDOWN name a row of the quote (quote-reading.md "Where a row is named"): as
 * the sheet shows it where the host gives the range's place (Excel: "見積 B12 (12行目)"), else as
 * the n-th row of the range ("見積3行目"). The core never asks a host: the host hands the place in
 * (origin.ts), and naming is the same code in every build.
 */
import { bi, type Text } from '../errors/text';
import { columnLetters } from './address';
import type { RangeOrigin } from './origin';

export interface Places {
  /** A row in a message about the row (見積3行目 / Quote row 3). */
  row(row: number): Text;
  /** A line in a message about a line (見積3行目 / Quote line 3). */
  line(row: number): Text;
  /** A cell in a message about one cell. */
  cell(row: number, column: number): Text;
  /** The short form in lists and BREAKDOWN: "3行目". */
  short(row: number): string;
  /** The short form in English, for the pane: "row 3". */
  shortEn(row: number): string;
}

export const RANGE_PLACES: Places = {
  row: (r) => bi(`見積${r}行目`, `Quote row ${r}`),
  line: (r) => bi(`見積${r}行目`, `Quote line ${r}`),
  cell: (r, c) => bi(`見積${r}行目${c + 1}列目`, `quote row ${r}, column ${c + 1}`),
  short: (r) => `${r}行目`,
  shortEn: (r) => `row ${r}`,
};

/** Places in the sheet: rows and cells as the sheet numbers them; a row is named by the cell of `labelColumn`. */
export function sheetPlaces(origin: RangeOrigin, labelColumn: number): Places {
  const sheetRow = (r: number): number => origin.row + r - 1;
  const at = (r: number, c: number): Text => {
    const cell = `${columnLetters(origin.column - 1 + c)}${sheetRow(r)}`;
    const sheet = origin.sheet ?? '';
    return bi(`${sheet === '' ? '' : `${sheet} `}${cell} (${sheetRow(r)}行目)`, `${sheet === '' ? '' : `${sheet}!`}${cell} (row ${sheetRow(r)})`);
  };
  return { row: (r) => at(r, labelColumn), line: (r) => at(r, labelColumn), cell: at, short: (r) => `${sheetRow(r)}行目`, shortEn: (r) => `row ${sheetRow(r)}` };
}

const byLines = new WeakMap<object, Places>();

/** The places of a quote's lines, or of what was counted from them (the range's rows for lines the engine builds itself). */
export function placesOf(lines: readonly object[]): Places {
  return byLines.get(lines) ?? RANGE_PLACES;
}

export function setPlaces(lines: readonly object[], places: Places): void {
  if (places !== RANGE_PLACES) byLines.set(lines, places);
}
