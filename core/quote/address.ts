/**
 * A1 range addresses as hosts give them (Excel's `invocation.parameterAddresses`: "見積!B3:G20",
 * "'見積 (2)'!$B$3:$G$20", "[Book1]Sheet1!A1"; the pane's selected range, in Excel or Sheets): where
 * the range's top-left cell stands, the value the core takes as a range origin. Spreadsheet
 * notation, not a host's API: the Excel adapter and the pane both read it.
 */
import type { RangeOrigin } from './origin';

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** The origin of an address, or undefined for anything that is not one (a value typed into the formula). */
export function originOfAddress(address: unknown): RangeOrigin | undefined {
  if (typeof address !== 'string' || address === '' || address.length > 300) return undefined;
  const bang = address.lastIndexOf('!');
  const sheetPart = bang >= 0 ? address.slice(0, bang) : '';
  const topLeft = (bang >= 0 ? address.slice(bang + 1) : address).split(':')[0];
  const m = CELL.exec(topLeft);
  if (!m) return undefined;
  const column = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const sheet = sheetName(sheetPart);
  return sheet === '' ? { row: Number(m[2]), column } : { sheet, row: Number(m[2]), column };
}

/** 'My Sheet' → My Sheet ('' inside quotes is one '), without a [workbook] prefix inside or outside the quotes. */
function sheetName(part: string): string {
  let s = part.replace(/^\[[^\]]*\]/, '');
  if (s.startsWith("'") && s.endsWith("'") && s.length >= 2) s = s.slice(1, -1).replace(/''/g, "'");
  return s.replace(/^\[[^\]]*\]/, '');
}
