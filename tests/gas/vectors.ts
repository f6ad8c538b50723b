/**
 * The golden vectors (tests/support/vectors.ts) as Sheets arguments: fields mapped by the
 * declaration's parameter names, blanks as "".
 */
import type { FunctionDecl } from '../../core';
import type { VectorCase } from '../support/vectors';

export { VECTORS_DIR, loadVectors, type VectorCase, type VectorFile } from '../support/vectors';

/** The case's fields in the declaration's parameter order; null/missing stay null (a blank). */
export function vectorArgs(decl: FunctionDecl, c: VectorCase): unknown[] {
  return decl.params.map((p) => (p.name in c ? c[p.name] : null));
}

/** Blank cells as Sheets passes them: "" (inside ranges too). */
export function sheetsBlanks(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sheetsBlanks);
  return x === null || x === undefined ? '' : x;
}

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What Sheets shows for a case: a date answer is a Date at midnight in Tokyo. */
export function sheetsExpected(decl: FunctionDecl, expected: unknown): unknown {
  return decl.returns.kind === 'date' && typeof expected === 'string' && ISO_DAY.test(expected) ? new Date(`${expected}T00:00:00+09:00`) : expected;
}
