/**
 * Every rule table the product knows, frame lookup by any of its names, and which table answers
 * (it2026.md §5): `年度=` picks a program year; otherwise the newest table of the program in
 * force on the date (基準日=, else today in Tokyo). Adding a year or a program is adding its
 * table to IT_TABLES or to ./otherPrograms/tables.ts; selection has no per-program code.
 */
import { IthojoError } from '../errors/IthojoError';
import { MSG } from '../errors/messages';
import type { Text } from '../errors/text';
import { normalizeKey } from '../input/normalizeText';
import { IT2025 } from './it/2025';
import { IT2026 } from './it/2026';
import { otherProgramTables } from './otherPrograms';
import type { FrameRule, Round, RuleTable } from './types';

/**
 * The tables every call has at hand, newest first: IT's. IT vendors' quotation sheets are the
 * product's first users, so an IT cell never waits for another program's tables; those come from
 * ./otherPrograms on the first call that needs one (in Apps Script, their own file).
 */
const IT_TABLES: readonly RuleTable[] = [IT2026, IT2025];

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
/** The tables indexed so far, IT's first. */
const INDEXED: RuleTable[] = [];
let othersIndexed = false;

/**
 * Indexes one set of tables. Indexing the other programs later answers exactly as indexing all
 * at once only while a program, a frame id and a frame name each belong to one set: checked here
 * (tests index every table, so a clash fails the build, not a user's cell).
 */
function index(tables: readonly RuleTable[]): void {
  for (const table of [...tables].sort(byYear)) {
    const programTables = PROGRAM_TABLES.get(table.programId) ?? [];
    if (programTables.some((t) => !tables.includes(t))) throw new Error(`program ${table.programId} has tables in two sets`);
    PROGRAM_TABLES.set(table.programId, [...programTables, table]);
    for (const frame of table.frames) {
      const entries = ENTRIES.get(frame.id) ?? [];
      if (entries.some((e) => e.table.programId !== table.programId)) throw new Error(`frame id ${frame.id} is in two programs`);
      ENTRIES.set(frame.id, [...entries, { table, frame }]);
      for (const name of new Set([frame.name, frame.id, ...frame.aliases].map(normalizeKey))) {
        const known = FRAME_IDS.get(name);
        // a name must mean one frame; two frames sharing a name would make answers depend on order
        if (known !== undefined && known !== frame.id) throw new Error(`frame name "${name}" means both ${known} and ${frame.id}`);
        FRAME_IDS.set(name, frame.id);
      }
    }
  }
  INDEXED.push(...tables);
}

index(IT_TABLES);

/** Indexes the other programs' tables, once (a failed read is retried by the next call, never half-indexed). */
function indexOtherPrograms(): void {
  if (othersIndexed) return;
  index(otherProgramTables());
  othersIndexed = true;
}

/** Every rule table the product knows: IT's, then the other programs', newest first within each. */
export function allTables(): readonly RuleTable[] {
  indexOtherPrograms();
  return INDEXED;
}

/** The frame id a user's text names, or undefined. */
export function frameIdOf(text: string): string | undefined {
  const key = normalizeKey(text);
  if (!FRAME_IDS.has(key)) indexOtherPrograms();
  return FRAME_IDS.get(key);
}

/** Every table's entry of a frame, newest first. */
function entriesOf(frameId: string): readonly FrameEntry[] {
  if (!ENTRIES.has(frameId)) indexOtherPrograms();
  return ENTRIES.get(frameId) ?? [];
}

/** The current names of every frame (the newest table's), for messages and help. */
export function frameNames(): string[] {
  indexOtherPrograms();
  return [...ENTRIES.values()].map((entries) => entries[0].frame.name);
}

/** The tables of the programs whose name, alias, title or id matches `text` (all when blank). */
export function tablesMatching(text: string): readonly RuleTable[] {
  const key = normalizeKey(text);
  const tables = allTables();
  if (key === '') return tables;
  const namesOf = (t: RuleTable): string[] =>
    [t.program, t.programEn, t.programId, t.title, ...t.programAliases, ...(t.listings ?? []).map((l) => l.name)].map(normalizeKey);
  const programs = (match: (name: string) => boolean): Set<string> => new Set(tables.filter((t) => namesOf(t).some(match)).map((t) => t.programId));
  // a whole name first; else a part of one that points at a single program ("省エネ", "事業承継")
  let ids = programs((n) => n === key);
  if (ids.size === 0) {
    const partial = programs((n) => n.includes(key));
    if (partial.size === 1) ids = partial;
  }
  if (ids.size > 0) return tables.filter((t) => ids.has(t.programId));
  // a year label narrows to that year's tables
  return tables.filter((t) => String(t.fiscalYear) === key);
}

export function programNames(): string[] {
  return [...new Set(allTables().map((t) => t.program))];
}

export interface Selection {
  readonly entry: FrameEntry;
  /** Why this table answers when it is not the newest in force (CHECK shows it). */
  readonly warnings: readonly Text[];
}

/** True when the table's rules are in force on the day (its effective period holds it). */
export function inForce(table: RuleTable, date: string): boolean {
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
