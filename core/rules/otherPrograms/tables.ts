/**
 * The rule tables of every program but IT, newest first within each program. The registry
 * (../registry.ts) reaches them only through ./index.ts, on the first call that needs one, so a
 * host that pays for every byte it evaluates per call (Apps Script: gas/otherPrograms.ts) keeps
 * them out of the code every call parses. Adding a program or a year is adding its table here.
 */
import { ENERGY2025 } from '../energy/2025';
import { ENERGY2026 } from '../energy/2026';
import { MONOZUKURI2025 } from '../monozukuri/2025';
import { SUCCESSION2025 } from '../succession/2025';
import { SUCCESSION2026 } from '../succession/2026';
import type { RuleTable } from '../types';

export const OTHER_PROGRAM_TABLES: readonly RuleTable[] = [SUCCESSION2026, SUCCESSION2025, ENERGY2026, ENERGY2025, MONOZUKURI2025];
