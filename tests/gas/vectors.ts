/**
 * The golden vectors of ../shared/rules/vectors, read where they live (never copied), and their
 * cases as Sheets arguments: fields mapped by the declaration's parameter names, blanks as "".
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FunctionDecl } from '../../core';

export const VECTORS_DIR = path.join(__dirname, '../../../shared/rules/vectors');

export interface VectorCase {
  readonly id: string;
  readonly fn: string;
  readonly expect: unknown;
  readonly [field: string]: unknown;
}

export interface VectorFile {
  readonly file: string;
  readonly cases: readonly VectorCase[];
}

export function loadVectors(): VectorFile[] {
  return readdirSync(VECTORS_DIR)
    .filter((f) => f.endsWith('.vectors.json'))
    .sort()
    .map((file) => ({ file, cases: (JSON.parse(readFileSync(path.join(VECTORS_DIR, file), 'utf8')) as { cases: VectorCase[] }).cases }));
}

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
