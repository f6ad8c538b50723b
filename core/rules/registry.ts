/**
 * Every rule table the product knows, and frame lookup by any of its names.
 * Adding a year or a program is adding its table here.
 */
import { normalizeKey } from '../input/normalizeText';
import { ENERGY2025 } from './energy/2025';
import { IT2025 } from './it/2025';
import { MONOZUKURI2025 } from './monozukuri/2025';
import { SUCCESSION2025 } from './succession/2025';
import type { FrameRule, RuleTable } from './types';

export const TABLES: readonly RuleTable[] = [IT2025, SUCCESSION2025, ENERGY2025, MONOZUKURI2025];

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

for (const [name, list] of BY_NAME) {
  // a name must mean one frame; two programs sharing a name would make answers depend on order
  if (new Set(list.map((e) => e.frame.id)).size > 1) throw new Error(`frame name "${name}" is ambiguous`);
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
