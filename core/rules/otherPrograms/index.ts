/**
 * The registry's one way to the tables of programs other than IT (./tables.ts). Here they are
 * bundled with the rest; the Apps Script build swaps this module for gas/otherPrograms.ts, which
 * evaluates them from their own file on first use (scripts/gas-split.mjs).
 */
import { OTHER_PROGRAM_TABLES } from './tables';
import type { RuleTable } from '../types';

export function otherProgramTables(): readonly RuleTable[] {
  return OTHER_PROGRAM_TABLES;
}
