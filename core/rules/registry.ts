/**
 * Every rule table the product knows, and frame lookup by any of its names.
 * Adding a year or a program is adding its table here.
 */
import { normalizeKey } from '../input/normalizeText';
import { IT2025 } from './it/2025';
import type { FrameRule, RuleTable } from './types';

export const TABLES: readonly RuleTable[] = [IT2025];

export interface FrameEntry {
  readonly table: RuleTable;
  readonly frame: FrameRule;
}

/** Normalised name → the frame in each year's table, newest first. */
const BY_NAME = new Map<string, FrameEntry[]>();
for (const table of [...TABLES].sort((a, b) => b.fiscalYear - a.fiscalYear)) {
  for (const frame of table.frames) {
    for (const name of new Set([frame.name, frame.id, ...frame.aliases].map(normalizeKey))) {
      const list = BY_NAME.get(name) ?? [];
      list.push({ table, frame });
      BY_NAME.set(name, list);
    }
  }
}

/** Entries of one frame across years (newest first), or undefined for an unknown name. */
export function lookupFrame(text: string): readonly FrameEntry[] | undefined {
  return BY_NAME.get(normalizeKey(text));
}

export function frameNames(): string[] {
  const names = new Set<string>();
  for (const t of TABLES) for (const f of t.frames) names.add(f.name);
  return [...names];
}

export function findFrameById(id: string, fiscalYear: number): FrameEntry | undefined {
  for (const table of TABLES) {
    if (table.fiscalYear !== fiscalYear) continue;
    const frame = table.frames.find((f) => f.id === id);
    if (frame) return { table, frame };
  }
  return undefined;
}
