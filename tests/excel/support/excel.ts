/**
 * What the Excel tests share: the shared golden vectors, arguments shaped the way Excel passes
 * them, the wrappers by id, and the built add-in in dist/excel.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DECLARATIONS, type FunctionDecl } from '../../../core';
import type { VectorCase } from '../../support/vectors';
import * as wrappers from '../../../excel-addin/functions';
import { host } from '../../../excel-addin/host';

export const ROOT = path.join(__dirname, '../../..');
export const DIST = path.join(ROOT, 'dist/excel');
export { VECTORS_DIR, loadVectors, type VectorCase, type VectorFile } from '../../support/vectors';

export function declarationOf(id: string): FunctionDecl | undefined {
  return DECLARATIONS.find((d) => d.id === id);
}

type Wrapper = (...args: unknown[]) => unknown[][];

export function wrapperOf(id: string): Wrapper | undefined {
  const fn = (wrappers as Record<string, unknown>)[id];
  return typeof fn === 'function' ? (fn as Wrapper) : undefined;
}

export function isMatrix(x: unknown): x is unknown[][] {
  return Array.isArray(x) && x.every(Array.isArray);
}

/** One argument as Excel passes it: omitted → null, a range as its 2-D array, a cell as [[v]]. */
export function excelArg(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return isMatrix(value) ? value : [[value]];
}

/** A vector case's arguments, by the declaration's parameter names. */
export function excelArgs(decl: FunctionDecl, c: VectorCase): unknown[] {
  return decl.params.map((p) => excelArg(c[p.name]));
}

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Excel's serial number of a calendar date (1900 date system, after 1900-03-01). */
export function excelSerial(isoDate: string): number {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: ${isoDate}`);
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A vector's expected answer as the Excel wrapper returns it (dates as serials, always 2-D). */
export function expectedMatrix(decl: FunctionDecl, expected: unknown): unknown[][] {
  const cell = (x: unknown): unknown => (decl.returns.kind === 'date' && typeof x === 'string' && ISO_DATE.test(x) ? excelSerial(x) : x);
  return isMatrix(expected) ? expected.map((row) => row.map(cell)) : [[cell(expected)]];
}

export const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The error an Excel call threw, checked to be a CustomFunctions.Error; fails the test otherwise. */
export function thrownBy(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof host().Error)) throw new Error(`expected a CustomFunctions.Error, got ${String(e)}`);
    return { code: (e as Error & { code: string }).code, message: e.message };
  }
  throw new Error('expected the call to throw a CustomFunctions.Error');
}

export function errorCell(x: unknown): { code: string; message: string } | undefined {
  return x instanceof host().Error ? { code: (x as Error & { code: string }).code, message: x.message } : undefined;
}

/** dist/excel must exist: `npm test` builds it first; running jest alone needs `npm run build`. */
export function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return file;
}
