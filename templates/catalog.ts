/**
 * What the rule tables offer, as the templates and the task pane list it: programs, their rule
 * years, frames, sizes, options and quote categories. Everything is read from the core's tables,
 * so a new year, frame or option appears without a change here.
 */
import { OPTION_DEFS, SIZE_LABELS, allTables, type OptionDef, type RuleTable } from '../core';
import EXAMPLES from '../scripts/examples-day.json';

export type { RuleTable };
export type FrameRule = RuleTable['frames'][number];
export type SizeKey = keyof typeof SIZE_LABELS;

/** The word that marks a quote line outside the subsidy (it counts in the total only). */
const EXCLUDED_CATEGORY = '対象外';

export interface Program {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  /** Its rule tables, newest year first. */
  readonly tables: readonly RuleTable[];
}

/** Programs in the order the core lists them, each with its years. */
export function programs(): Program[] {
  const out: Program[] = [];
  for (const t of allTables()) {
    const known = out.find((p) => p.id === t.programId);
    if (known) continue;
    const tables = allTables().filter((x) => x.programId === t.programId).sort((a, b) => b.fiscalYear - a.fiscalYear);
    out.push({ id: t.programId, name: t.program, nameEn: t.programEn, tables });
  }
  return out;
}

/** A program's table for a year (the newest when the year is omitted or unknown). */
function tableOf(program: Program, year?: number): RuleTable {
  return program.tables.find((t) => t.fiscalYear === year) ?? program.tables[0];
}

/** Frames that price a plain cost or a quote (a 複数社連携 group needs a members table). */
export function pricesQuotes(frame: FrameRule): boolean {
  return frame.group === undefined;
}

/**
 * The day the examples are priced as of — the templates' stored answers and help.html's, as the
 * README's function reference (scripts/examples-day.json, one day for all of them).
 */
export function exampleDay(): string {
  return EXAMPLES.day;
}

/**
 * A program's frames: a year's, or (no year: the core picks the table in force on the day) every
 * frame of its tables, newest first, each once by id.
 */
export function framesOf(program: Program, year?: number): FrameRule[] {
  if (year !== undefined) return [...tableOf(program, year).frames];
  const seen = new Set<string>();
  return program.tables.flatMap((t) => t.frames).filter((f) => !seen.has(f.id) && (seen.add(f.id), true));
}

/** The newest table of every program. */
export function latestTables(): RuleTable[] {
  return programs().map((p) => p.tables[0]);
}

/** Frame names a quote can be priced under, newest tables, in table order. */
export function quoteFrameNames(): string[] {
  return unique(latestTables().flatMap((t) => t.frames.filter(pricesQuotes).map((f) => f.name)));
}

/** The spelling of each quote category the core reads (its first name), then 対象外. */
export function categoryNames(): string[] {
  return unique([...latestTables().flatMap((t) => t.categories.map((c) => c.names[0])), EXCLUDED_CATEGORY]);
}

export function sizeLabel(key: SizeKey): string {
  return SIZE_LABELS[key];
}

export function allSizes(): SizeKey[] {
  return Object.keys(SIZE_LABELS) as SizeKey[];
}

/** Options no frame claims are read by every frame (税込, 年度, 公募回 …). */
export function universalOptions(): OptionDef[] {
  const claimed = new Set(allTables().flatMap((t) => t.frames.flatMap((f) => f.options as readonly string[])));
  return OPTION_DEFS.filter((d) => !claimed.has(d.key));
}

/** The options that mean something for a frame: its own, then the universal ones. */
export function optionsOf(frame: FrameRule): OptionDef[] {
  const own = OPTION_DEFS.filter((d) => (frame.options as readonly string[]).includes(d.key));
  return [...own, ...universalOptions()];
}

/** Options a frame cannot price without (電子取引類型: 口座). */
export function requiredOptionsOf(frame: FrameRule): OptionDef[] {
  const keys = (frame.requiredOptions ?? []) as readonly string[];
  return OPTION_DEFS.filter((d) => keys.includes(d.key));
}

export function optionByKey(key: string): OptionDef | undefined {
  return OPTION_DEFS.find((d) => d.key === key);
}

export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
