/**
 * Every rule table the product knows, frame lookup by any of its names, and which table answers
 * (it2026.md §5): `年度=` picks a program year; otherwise the newest table of the program in
 * force on the date (基準日=, else today in Tokyo). Adding a year or a program is adding its
 * table here; selection has no per-program code.
 */
import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import { normalizeKey } from '../input/normalizeText';
import { ENERGY2025 } from './energy/2025';
import { ENERGY2026 } from './energy/2026';
import { IT2025 } from './it/2025';
import { IT2026 } from './it/2026';
import { MONOZUKURI2025 } from './monozukuri/2025';
import { SUCCESSION2025 } from './succession/2025';
import { SUCCESSION2026 } from './succession/2026';
import type { FrameRule, Round, RuleTable } from './types';

/** Newest first within each program. */
export const TABLES: readonly RuleTable[] = [IT2026, IT2025, SUCCESSION2026, SUCCESSION2025, ENERGY2026, ENERGY2025, MONOZUKURI2025];

export interface FrameEntry {
  readonly table: RuleTable;
  readonly frame: FrameRule;
}

const byYear = (a: RuleTable, b: RuleTable): number => b.fiscalYear - a.fiscalYear;

/** Normalised name → frame id (a frame keeps its id across years, so old names keep working). */
const FRAME_IDS = new Map<string, string>();
/** Frame id → its entry in each table that has it, newest first. */
const ENTRIES = new Map<string, FrameEntry[]>();
/** Program id → its tables, newest first. */
const PROGRAM_TABLES = new Map<string, RuleTable[]>();

for (const table of [...TABLES].sort(byYear)) {
  PROGRAM_TABLES.set(table.programId, [...(PROGRAM_TABLES.get(table.programId) ?? []), table]);
  for (const frame of table.frames) {
    ENTRIES.set(frame.id, [...(ENTRIES.get(frame.id) ?? []), { table, frame }]);
    for (const name of new Set([frame.name, frame.id, ...frame.aliases].map(normalizeKey))) {
      const known = FRAME_IDS.get(name);
      // a name must mean one frame; two frames sharing a name would make answers depend on order
      if (known !== undefined && known !== frame.id) throw new Error(`frame name "${name}" means both ${known} and ${frame.id}`);
      FRAME_IDS.set(name, frame.id);
    }
  }
}

/** The frame id a user's text names, or undefined. */
export function frameIdOf(text: string): string | undefined {
  return FRAME_IDS.get(normalizeKey(text));
}

/** Every table's entry of a frame, newest first. */
function entriesOf(frameId: string): readonly FrameEntry[] {
  return ENTRIES.get(frameId) ?? [];
}

/** The current names of every frame (the newest table's), for messages and help. */
export function frameNames(): string[] {
  return [...ENTRIES.values()].map((entries) => entries[0].frame.name);
}

/** The tables of the programs whose name, alias, title or id matches `text` (all when blank). */
export function tablesMatching(text: string): readonly RuleTable[] {
  const key = normalizeKey(text);
  if (key === '') return TABLES;
  const namesOf = (t: RuleTable): string[] =>
    [t.program, t.programEn, t.programId, t.title, ...t.programAliases, ...(t.listings ?? []).map((l) => l.name)].map(normalizeKey);
  const programs = (match: (name: string) => boolean): Set<string> => new Set(TABLES.filter((t) => namesOf(t).some(match)).map((t) => t.programId));
  // a whole name first; else a part of one that points at a single program ("省エネ", "事業承継")
  let ids = programs((n) => n === key);
  if (ids.size === 0) {
    const partial = programs((n) => n.includes(key));
    if (partial.size === 1) ids = partial;
  }
  if (ids.size > 0) return TABLES.filter((t) => ids.has(t.programId));
  // a year label narrows to that year's tables
  return TABLES.filter((t) => String(t.fiscalYear) === key);
}

export function programNames(): string[] {
  return [...new Set(TABLES.map((t) => t.program))];
}

export interface Selection {
  readonly entry: FrameEntry;
  /** Why this table answers when it is not the newest in force (CHECK shows it). */
  readonly warnings: readonly string[];
}

function inForce(table: RuleTable, date: string): boolean {
  return table.effective.from <= date && (table.effective.until === null || date <= table.effective.until);
}

/**
 * The table that answers for a frame: the one of `year` when given; else the newest of its
 * program in force on `date`. A frame the newest table lacks (no figures on record for that
 * year) answers from the latest earlier table that has it, and says so.
 */
export function selectEntry(frameId: string, year: number | undefined, date: string): Selection {
  const entries = entriesOf(frameId);
  const newest = entries[0];
  if (year !== undefined) {
    const entry = entries.find((e) => e.table.fiscalYear === year);
    if (!entry) throw new IthojoError(MSG.noRulesForYear(newest.frame.name, year, entries.map((e) => e.table.fiscalYear)));
    return { entry, warnings: [] };
  }
  const tables = PROGRAM_TABLES.get(newest.table.programId)!;
  const current = tables.find((t) => inForce(t, date)) ?? tables.find((t) => t.effective.from <= date);
  if (!current) throw new IthojoError(MSG.noRulesOnDate(newest.table.program, date, tables[tables.length - 1].effective.from));
  const own = entries.find((e) => e.table === current);
  if (own) return { entry: own, warnings: [] };
  const earlier = entries.find((e) => e.table.effective.from <= date);
  if (!earlier) throw new IthojoError(MSG.noRulesOnDate(newest.frame.name, date, entries[entries.length - 1].table.effective.from));
  return { entry: earlier, warnings: [MSG.figuresNotOnRecord(earlier.frame.name, current.title, earlier.table.title)] };
}

/** The rounds of a frame in a table, by round number (empty when none is on record). */
export function roundsOf(table: RuleTable, frameId: string): readonly Round[] {
  return table.schedule.find((list) => list.frames.includes(frameId))?.rounds ?? [];
}
