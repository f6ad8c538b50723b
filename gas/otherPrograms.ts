/**
 * Apps Script's otherProgramTables() (in place of core/rules/otherPrograms/index.ts, swapped in
 * by scripts/gas-split.mjs): the rule tables of every program but IT come from their own HTML
 * file, evaluated on first use (./onDemandFiles.ts). An IT cell never reads it; a cell naming
 * another program's frame, and FRAMES, COMPARE or an unknown frame's message, read it once.
 */
import type { RuleTable } from '../core';
import { evaluateFile } from './onDemandFiles';

/** The HTML file (dist/gas/CoreOtherPrograms.html) that holds the tables' code. */
export const OTHER_PROGRAMS_FILE = 'CoreOtherPrograms';

export function otherProgramTables(): readonly RuleTable[] {
  // the file is core/rules/otherPrograms/tables.ts as built by scripts/gas-split.mjs
  return evaluateFile<{ OTHER_PROGRAM_TABLES: readonly RuleTable[] }>(OTHER_PROGRAMS_FILE).OTHER_PROGRAM_TABLES;
}
