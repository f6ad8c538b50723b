/**
 * Answers as Sheets shows them: scalars as they are, grids as 2-D arrays. A bad cell inside a
 * returned grid shows its message as text (rules/README.md: "a bad cell inside a spill"), since a
 * custom function cannot return an error value for one cell.
 */
import { asIthojoError } from '../core';

function cellValue(cell: unknown): unknown {
  if (cell instanceof Error) return asIthojoError(cell).message;
  return cell === null || cell === undefined ? '' : cell;
}

/** In place: the core's answer is a fresh grid no one else holds (a 100k-row spill needs no second one). */
export function toSheets(answer: unknown): unknown {
  if (!Array.isArray(answer)) return answer;
  for (let r = 0; r < answer.length; r++) {
    const row: unknown = answer[r];
    if (!Array.isArray(row)) {
      answer[r] = cellValue(row);
      continue;
    }
    for (let i = 0; i < row.length; i++) {
      const c: unknown = row[i];
      // only error cells and blanks change; values stay as they are
      if (c === null || c === undefined || c instanceof Error) row[i] = cellValue(c);
    }
  }
  return answer;
}
