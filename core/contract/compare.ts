/**
 * COMPARE: which frame of a program pays most for one cost or quote (issue 10: "通常枠か
 * インボイス枠か" in one formula). One row per frame that prices a cost (members-table frames
 * take another input and are left out), sorted by subsidy; a frame that cannot take this quote
 * (hardware in 通常枠, a missing 口座) says why in its 判定 instead of failing the table. Input
 * errors (an unreadable quote, an unknown option) fail the whole call, as in every function.
 */
import { IthojoError, isIthojoError } from '../errors/IthojoError';
import { checkCell } from '../errors/messages';
import { cellText, sameText, type Text } from '../errors/text';
import { HELPER_MSG } from '../errors/helperMessages';
import { amountOf, price, rateOf, reasonsOf, selfPayOf, warningsOf, type Priced } from '../engine/calculate';
import { isBlank, normalizeKey } from '../input/normalizeText';
import { parseAmount } from '../input/parseAmount';
import { parseOptions } from '../input/parseOptions';
import { parseSize } from '../input/parseSize';
import { quoteOf } from '../quote/cache';
import { allTables } from '../rules/registry';
import type { FrameRule, RuleTable } from '../rules/types';
import { citation } from '../rules/citation';
import type { Table } from './tables';

const HEADER: readonly Text[] = [{ ja: '枠', en: 'frame' }, { ja: '補助金額', en: 'subsidy' }, { ja: '実効補助率', en: 'effective rate' }, { ja: '自己負担額', en: 'self-payment' }, { ja: '判定', en: 'check' }];
const NOTE: Text = { ja: '注記', en: 'note' };
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
function verdict(p: Priced, quoteWarnings: readonly Text[]): string {
  return checkCell(reasonsOf(p), warningsOf(p).filter((w) => !quoteWarnings.some((q) => sameText(q, w))));
}

export function compareTable(cost: unknown, size: unknown, options: unknown, program: unknown): Table {
  const tables = programTables(program);
  // what every frame reads alike is read first, so that its errors are the call's, not a frame's
  parseSize(size);
  parseOptions(options);
  const notes = Array.isArray(cost) ? quoteOf(cost as unknown[][], tables[0]).warnings : [];
  if (!Array.isArray(cost)) parseAmount(cost);

  const frames = new Map<string, FrameRule>();
  for (const t of tables) for (const f of t.frames) if (!f.group && !frames.has(f.id)) frames.set(f.id, f);
  const priced: { name: string; amount: number | ''; rate: number | ''; selfPay: number | ''; check: string }[] = [];
  for (const f of frames.values()) {
    try {
      const p = price(f.id, cost, size, options);
      priced.push({ name: f.name, amount: amountOf(p), rate: rateOf(p), selfPay: selfPayOf(p), check: verdict(p, notes) });
    } catch (e) {
      if (!isIthojoError(e)) throw e;
      priced.push({ name: f.name, amount: '', rate: '', selfPay: '', check: e.message });
    }
  }
  // by subsidy, most first; frames that cannot take the quote last; ties keep the table's order
  const rank = (x: number | ''): number => (x === '' ? -1 : x);
  priced.sort((a, b) => rank(b.amount) - rank(a.amount));
  const rows: Table = [HEADER.map(cellText), ...priced.map((r) => [r.name, r.amount, r.rate, r.selfPay, citation(r.check)])];
  for (const n of notes) rows.push([cellText(NOTE), citation(cellText(n)), '', '', '']);
  return rows;
}
