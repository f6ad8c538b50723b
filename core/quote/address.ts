/**
 * A1 range addresses as hosts give them (Excel's `invocation.parameterAddresses`: "見積!B3:G20",
 * "'見積 (2)'!$B$3:$G$20", "[Book1]Sheet1!A1"; the pane's selected range, in Excel or Sheets): where
 * the range's top-left cell stands, the value the core takes as a range origin. Spreadsheet
 * notation, not a host's API: the Excel adapter and the pane both read it.
 */
import type { RangeOrigin } from './origin';

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** A1 column letters as a 0-based column (A → 0, AA → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A 0-based column as A1 letters (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The origin of an address, or undefined for anything that is not one (a value typed into the formula). */
export function originOfAddress(address: unknown): RangeOrigin | undefined {
  if (typeof address !== 'string' || address === '' || address.length > 300) return undefined;
  const bang = address.lastIndexOf('!');
  const sheetPart = bang >= 0 ? address.slice(0, bang) : '';
  const topLeft = (bang >= 0 ? address.slice(bang + 1) : address).split(':')[0];
  const m = CELL.exec(topLeft);
  if (!m) return undefined;
  const column = columnIndex(m[1]) + 1;
  const sheet = sheetName(sheetPart);
  return sheet === '' ? { row: Number(m[2]), column } : { sheet, row: Number(m[2]), column };
}

/** 'My Sheet' → My Sheet ('' inside quotes is one '), without a [workbook] prefix inside or outside the quotes. */
function sheetName(part: string): string {
  let s = part.replace(/^\[[^\]]*\]/, '');
  if (s.startsWith("'") && s.endsWith("'") && s.length >= 2) s = s.slice(1, -1).replace(/''/g, "'");
  return s.replace(/^\[[^\]]*\]/, '');
}
