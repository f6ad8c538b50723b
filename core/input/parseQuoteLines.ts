/**
 * Quote lines: a range whose rows are [区分, 金額, (月数)] (rules/README.md "Quote-line
 * categories"). A first row whose amount is text is a header; blank rows are skipped.
 */
import { IthojoError, isIthojoError } from '../errors/IthojoError';
import { ARG, MSG } from '../errors/messages';
import type { CategoryRule, RuleTable } from '../rules/types';
import { isBlank, normalizeKey } from './normalizeText';
import { parseAmount } from './parseAmount';
import { parseCount } from './parseNumber';

export interface QuoteLine {
  /** 1-based row in the range, for messages. */
  readonly row: number;
  /** null for a line marked 対象外 (kept in the quote total, out of the subsidy). */
  readonly category: CategoryRule | null;
  readonly amount: number;
  readonly months?: number;
  readonly truncated: boolean;
}

const EXCLUDED = normalizeKey('対象外');

interface CategoryIndex {
  readonly byName: ReadonlyMap<string, CategoryRule>;
  readonly known: readonly string[];
}

const indexes = new WeakMap<RuleTable, CategoryIndex>();

function indexFor(table: RuleTable): CategoryIndex {
  let index = indexes.get(table);
  if (!index) {
    const byName = new Map<string, CategoryRule>();
    for (const c of table.categories) for (const n of [c.id, ...c.names]) byName.set(normalizeKey(n), c);
    index = { byName, known: [...table.categories.flatMap((c) => c.names.slice(0, 3)), '対象外'] };
    indexes.set(table, index);
  }
  return index;
}

function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlank);
}

function readsAsAmount(x: unknown): boolean {
  try {
    parseAmount(x);
    return true;
  } catch {
    return false;
  }
}

/** True for a range that is one quote (or members table) rather than a range of scenarios. */
export function isLinesShape(x: unknown): x is unknown[][] {
  if (!Array.isArray(x) || x.length === 0 || !Array.isArray(x[0]) || x[0].length < 2) return false;
  let rows = 0;
  for (const row of x as unknown[][]) {
    if (isBlankRow(row)) continue;
    const head = row[0];
    if (typeof head !== 'string' || isBlank(head) || readsAsAmount(head)) return false;
    rows++;
  }
  return rows > 0;
}

/**
 * One quote range priced against many scenarios (a column of frames beside one quote) is read
 * once per rule table within one call, not once per row. Scoped to a call, so a caller that
 * edits its array between calls never gets a stale reading.
 */
let parsed: WeakMap<object, Map<RuleTable, readonly QuoteLine[]>> | null = null;

export function withQuoteCache<T>(run: () => T): T {
  if (parsed) return run();
  parsed = new WeakMap();
  try {
    return run();
  } finally {
    parsed = null;
  }
}

export function parseQuoteLines(rows: readonly (readonly unknown[])[], table: RuleTable): readonly QuoteLine[] {
  if (!parsed) return readLines(rows, table);
  let byTable = parsed.get(rows);
  if (!byTable) parsed.set(rows, (byTable = new Map()));
  let lines = byTable.get(table);
  if (!lines) byTable.set(table, (lines = readLines(rows, table)));
  return lines;
}

function readLines(rows: readonly (readonly unknown[])[], table: RuleTable): QuoteLine[] {
  if (rows.some((r) => r.length < 2 || r.length > 3)) throw new IthojoError(MSG.quoteShape());
  const { byName, known } = indexFor(table);
  const lines: QuoteLine[] = [];
  rows.forEach((r, i) => {
    const row = i + 1;
    if (isBlankRow(r)) return;
    if (lines.length === 0 && i === firstNonBlank(rows) && typeof r[1] === 'string' && !isBlank(r[1]) && !readsAsAmount(r[1])) return;
    const name = String(r[0]);
    const key = normalizeKey(name);
    const category = key.includes(EXCLUDED) ? null : byName.get(key);
    if (category === undefined) throw new IthojoError(MSG.unknownCategory(row, name, known));
    let amount;
    try {
      amount = parseAmount(r[1]);
    } catch (e) {
      throw isIthojoError(e) ? new IthojoError(MSG.lineAmount(row, e.message)) : e;
    }
    const months = isBlank(r[2]) ? undefined : readMonths(r[2], row);
    lines.push({ row, category, amount: amount.yen, months, truncated: amount.truncated });
  });
  if (lines.length === 0) throw new IthojoError(MSG.noQuoteLines());
  return lines;
}

function firstNonBlank(rows: readonly (readonly unknown[])[]): number {
  return rows.findIndex((r) => !isBlankRow(r));
}

const MONTH_WORDS = ['ヶ月', 'か月', 'カ月', 'ケ月', 'ヵ月', '箇月', '月'];

function readMonths(x: unknown, row: number): number {
  try {
    return parseCount(x, ARG.months, { min: 1, max: 1200, suffixes: MONTH_WORDS }, '12');
  } catch (e) {
    throw isIthojoError(e) ? new IthojoError(MSG.lineAmount(row, e.message)) : e;
  }
}
