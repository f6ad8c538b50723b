/**
 * Shared by the core tests: the golden vectors (read from ../shared/rules/vectors, never
 * copied) and a few assertions on error messages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DECLARATIONS, IthojoError } from '../../core';

export interface VectorCase {
  readonly id: string;
  readonly fn: string;
  readonly expect: unknown;
  readonly source?: string;
  readonly [field: string]: unknown;
}

export const VECTORS_DIR = path.join(__dirname, '../../../shared/rules/vectors');

export function vectorFiles(): string[] {
  return fs.readdirSync(VECTORS_DIR).filter((f) => f.endsWith('.vectors.json')).sort();
}

/** Every case of every vector file, named `<file> <id> (<fn>; <source>)`. */
export function loadCases(): [string, VectorCase][] {
  return vectorFiles().flatMap((file) => {
    const json = JSON.parse(fs.readFileSync(path.join(VECTORS_DIR, file), 'utf8')) as { cases: VectorCase[] };
    return json.cases.map((c): [string, VectorCase] => [`${file} ${c.id} (${c.fn}; ${c.source ?? ''})`, c]);
  });
}

const CASE_FIELDS = ['id', 'fn', 'expect', 'source', 'note'];

/** A case's arguments in the declared parameter order; trailing omitted ones are dropped. */
export function argsOf(c: VectorCase): unknown[] {
  const decl = DECLARATIONS.find((d) => d.id === c.fn);
  if (!decl) throw new Error(`function ${c.fn} is not declared (case ${c.id})`);
  for (const field of Object.keys(c)) {
    if (CASE_FIELDS.includes(field)) continue;
    if (!decl.params.some((p) => p.name === field)) throw new Error(`case ${c.id}: ${c.fn} has no parameter named "${field}"`);
  }
  const args = decl.params.map((p) => c[p.name]);
  while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
  return args;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/** rules/README.md "message text": `日本語の説明 (English)`. */
const ENGLISH_IN_PARENS = /\((?:[^()]|\([^()]*\))*[A-Za-z]{2,}(?:[^()]|\([^()]*\))*\)\s*$/;

/** Asserts the rules/README.md message conventions: Japanese, then English in parentheses; no leak. */
export function expectGoodMessage(message: string): void {
  expect(message).toMatch(JAPANESE);
  expect(message).toMatch(ENGLISH_IN_PARENS);
  expect(message).not.toMatch(/undefined|\[object /);
  expect(message).not.toMatch(/\n|\bat .*:\d+:\d+|\.ts:\d+|\.js:\d+/);
}

/** The IthojoError `fn` throws (fails the test when it returns or throws anything else). */
export function errorOf(fn: () => unknown): IthojoError {
  let value: unknown;
  try {
    value = fn();
  } catch (e) {
    expect(e).toBeInstanceOf(IthojoError);
    return e as IthojoError;
  }
  throw new Error(`expected an IthojoError, got ${JSON.stringify(value)}`);
}
