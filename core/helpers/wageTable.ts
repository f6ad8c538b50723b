/**
 * Reads NEARMINWAGE's `wages` range: for the 2026 rule a table with one row per employee and one
 * column per month of the window (an optional header row of months; a blank cell = not employed
 * that month); for the 2025 rules a plain list of hourly wages in any shape.
 */
import { IthojoError, isIthojoError } from '../errors/IthojoError';
import { ARG } from '../errors/messages';
import { HELPER_MSG } from '../errors/helperMessages';
import { isBlank, isDate } from '../input/normalizeText';
import { scanNumber } from '../input/numberGrammar';
import { parseDate } from '../input/parseDate';
import { parseDecimal } from '../input/parseNumber';
import { isZero, type Frac } from '../money/exact';
import { isoDay } from '../time/tokyoDate';

export interface Month {
  readonly y: number;
  readonly m: number;
  /** YYYY-MM, as tables and messages show it. */
  readonly label: string;
  readonly firstDay: string;
  readonly lastDay: string;
}

export function monthsFrom(first: { readonly y: number; readonly m: number }, count: number): Month[] {
  return Array.from({ length: count }, (_, k) => {
    const y = first.y + Math.floor((first.m - 1 + k) / 12);
    const m = ((first.m - 1 + k) % 12) + 1;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { y, m, label: `${y}-${String(m).padStart(2, '0')}`, firstDay: isoDay(y, m, 1), lastDay: isoDay(y, m, days) };
  });
}

/** A wage cell: blank is null (not employed), anything else an exact positive number of yen. */
function wageCell(x: unknown, row: number, column: string | number): Frac | null {
  if (isBlank(x)) return null;
  try {
    const w = parseDecimal(x, ARG.wages, { max: 1e6, suffixes: ['円'] }, '1200');
    if (isZero(w)) throw new IthojoError(HELPER_MSG.wageZero());
    return w;
  } catch (e) {
    if (isIthojoError(e)) throw new IthojoError(HELPER_MSG.wageCell(row, column, e.message));
    throw e;
  }
}

/** The 2025 rules' list: every non-blank cell of the range, in reading order. */
export function readWageList(wages: unknown): Frac[] {
  const grid = Array.isArray(wages) ? (wages as unknown[][]) : [[wages]];
  const out: Frac[] = [];
  grid.forEach((row, r) => row.forEach((x, c) => {
    const w = wageCell(x, r + 1, c + 1);
    if (w !== null) out.push(w);
  }));
  if (out.length === 0) throw new IthojoError(HELPER_MSG.noWages());
  return out;
}

// Header cells: 2024-10, 2024/10 (the 賃金状況報告シート's yyyy/mm), 2024年10月, 2024-10-01, 令和6年10月, R6.10, 10月
const YEAR_MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const REIWA_MONTH = /^(?:令和|r)\s*(\d{1,2}|元)\s*[年./]\s*(\d{1,2})\s*月?$/i;
const MONTH_ONLY = /^(\d{1,2})\s*月$/;
const FULL_DATE = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/;
/** Excel passes a date cell as its serial number: 2020-01-01 … 2030-12-31 can be a month header. */
const SERIALS = { min: 43_831, max: 47_848 };

interface HeaderMonth {
  readonly y: number | null;
  readonly m: number;
}

function fromIso(day: string): HeaderMonth {
  return { y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)) };
}

/** The month a header cell names, or null when it names none. */
function headerMonth(x: unknown): HeaderMonth | null {
  if (isDate(x)) return Number.isNaN(x.getTime()) ? null : fromIso(parseDate(x));
  if (typeof x === 'number') return x >= SERIALS.min && x <= SERIALS.max ? fromIso(parseDate(x)) : null;
  if (typeof x !== 'string' || x.length > 40) return null;
  const s = x.normalize('NFKC').trim();
  let m = YEAR_MONTH.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]) };
  m = REIWA_MONTH.exec(s);
  if (m) return { y: 2018 + (m[1] === '元' ? 1 : Number(m[1])), m: Number(m[2]) };
  m = MONTH_ONLY.exec(s);
  if (m) return { y: null, m: Number(m[1]) };
  if (FULL_DATE.test(s)) {
    try {
      return fromIso(parseDate(s));
    } catch {
      return null;
    }
  }
  return null;
}

/** A cell that reads as a wage cannot start a header row (2024.10 is also a number). */
function readsAsNumber(x: unknown): boolean {
  return typeof x === 'number' || (typeof x === 'string' && scanNumber(x, { fraction: true, suffixes: ['円'] }) !== null);
}

/**
 * Whether the first row is a header: every cell names a month, or some cell names a month and
 * cannot be a wage (then every cell must be one). A header must be the window's months in order.
 */
function isHeader(row: readonly unknown[], months: readonly Month[]): boolean {
  const named = row.map(headerMonth);
  const complete = named.every((h) => h !== null);
  if (!complete && !row.some((x, k) => named[k] !== null && !readsAsNumber(x))) return false;
  row.forEach((x, k) => {
    const h = named[k];
    if (h === null || h.m !== months[k].m || (h.y !== null && h.y !== months[k].y)) {
      throw new IthojoError(HELPER_MSG.wageHeader(k + 1, x, months[k].label));
    }
  });
  return true;
}

/** The 2026 table: per employee row, one wage (or null) per month of `months`. */
export function readMonthlyTable(wages: unknown, months: readonly Month[]): (Frac | null)[][] {
  const grid = Array.isArray(wages) ? (wages as unknown[][]) : [[wages]];
  const first = months[0].label;
  const last = months[months.length - 1].label;
  for (const row of grid) if (row.length !== months.length) throw new IthojoError(HELPER_MSG.wageColumns(row.length, months.length, first, last));
  const start = isHeader(grid[0], months) ? 1 : 0;
  const rows: (Frac | null)[][] = [];
  for (let r = start; r < grid.length; r++) {
    const row = grid[r].map((x, k) => wageCell(x, r + 1, months[k].label));
    if (row.some((w) => w !== null)) rows.push(row);
  }
  if (rows.length === 0) throw new IthojoError(HELPER_MSG.noWages());
  return rows;
}
