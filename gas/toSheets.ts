/**
 * Answers as Sheets shows them: scalars as they are, grids as 2-D arrays. A bad cell inside a
 * returned grid shows its message as text (rules/README.md: "a bad cell inside a spill"), since a
 * custom function cannot return an error value for one cell.
 */
import { toSheetsError } from './toSheetsError';

function cellValue(cell: unknown): unknown {
  if (cell instanceof Error) return toSheetsError(cell).message;
  return cell === null || cell === undefined ? '' : cell;
}

export function toSheets(answer: unknown): unknown {
  if (!Array.isArray(answer)) return answer;
  return answer.map((row: unknown) => (Array.isArray(row) ? row.map(cellValue) : cellValue(row)));
}
