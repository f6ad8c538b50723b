/**
 * COMPARE: which frame of a program pays most for one cost or quote (issue 10: "通常枠か
 * インボイス枠か" in one formula). One row per frame that prices a cost (members-table frames
 * take another input and are left out), sorted by subsidy; a frame that cannot take this quote
 * (hardware in 通常枠, a missing 口座) says why in its 判定 instead of failing the table. Input
 * errors (an unreadable quote, an unknown option) fail the whole call, as in every function.
 */
import { IthojoError, isIthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { HELPER_MSG } from '../errors/helperMessages';
import { amountOf, price, rateOf, reasonsOf, selfPayOf, warningsOf, type Priced } from '../engine/calculate';
import { isBlank, normalizeKey } from '../input/normalizeText';
import { parseAmount } from '../input/parseAmount';
import { parseOptions } from '../input/parseOptions';
import { parseSize } from '../input/parseSize';
import { cellTexts, quoteOf } from '../quote/cache';
import { allTables } from '../rules/registry';
import type { FrameRule, RuleTable } from '../rules/types';
import { citation } from '../rules/citation';
import type { Table } from './tables';

const HEADER = ['枠 (frame)', '補助金額 (subsidy)', '実効補助率 (effective rate)', '自己負担額 (self-payment)', '判定 (check)'];
const DEFAULT_PROGRAM = 'it';

/** The tables of the program a user names (its id, name or English name; a part of one). */
function programTables(program: unknown): RuleTable[] {
  const key = isBlank(program) ? DEFAULT_PROGRAM : normalizeKey(String(program));
  const names = (t: RuleTable): string[] => [t.programId, t.program, t.programEn].map(normalizeKey);
  const tables = allTables();
  let found = tables.filter((t) => names(t).includes(key));
  if (found.length === 0) found = tables.filter((t) => names(t).some((n) => n.includes(key)));
  const ids = new Set(found.map((t) => t.programId));
  if (ids.size !== 1) throw new IthojoError(HELPER_MSG.unknownProgram(program, [...new Set(tables.map((t) => t.program))]));
  return found;
}

/** CHECK's answer for one frame, without the quote's own warnings (said once, below the rows). */
function verdict(p: Priced, quoteWarnings: ReadonlySet<string>): string {
  const reasons = reasonsOf(p);
  if (reasons.length > 0) return reasons.join(' / ');
  const warnings = warningsOf(p).filter((w) => !quoteWarnings.has(w));
  return warnings.length === 0 ? MSG.ok() : MSG.okWithWarnings(warnings.join(' / '));
}

export function compareTable(cost: unknown, size: unknown, options: unknown, program: unknown): Table {
  const tables = programTables(program);
  // what every frame reads alike is read first, so that its errors are the call's, not a frame's
  parseSize(size);
  parseOptions(options);
  const notes = Array.isArray(cost) ? cellTexts(quoteOf(cost as unknown[][], tables[0]).warnings) : [];
  if (!Array.isArray(cost)) parseAmount(cost);
  const quoteWarnings = new Set(notes);

  const frames = new Map<string, FrameRule>();
  for (const t of tables) for (const f of t.frames) if (!f.group && !frames.has(f.id)) frames.set(f.id, f);
  const priced: { name: string; amount: number | ''; rate: number | ''; selfPay: number | ''; check: string }[] = [];
  for (const f of frames.values()) {
    try {
      const p = price(f.id, cost, size, options);
      priced.push({ name: f.name, amount: amountOf(p), rate: rateOf(p), selfPay: selfPayOf(p), check: verdict(p, quoteWarnings) });
    } catch (e) {
      if (!isIthojoError(e)) throw e;
      priced.push({ name: f.name, amount: '', rate: '', selfPay: '', check: e.message });
    }
  }
  // by subsidy, most first; frames that cannot take the quote last; ties keep the table's order
  const rank = (x: number | ''): number => (x === '' ? -1 : x);
  priced.sort((a, b) => rank(b.amount) - rank(a.amount));
  const rows: Table = [[...HEADER], ...priced.map((r) => [r.name, r.amount, r.rate, r.selfPay, citation(r.check)])];
  for (const n of notes) rows.push(['注記 (note)', citation(n), '', '', '']);
  return rows;
}
