/**
 * Shared by the core tests: the golden vectors (tests/support/vectors.ts) as arguments, and a
 * few assertions on error messages.
 */
import { DECLARATIONS, IthojoError } from '../../core';
import { CASE_FIELDS, loadVectors, type VectorCase } from '../support/vectors';

export { VECTORS_DIR, type VectorCase } from '../support/vectors';

/** Every vector file, relative to vectors/ (subfolders included). */
export function vectorFiles(): string[] {
  return loadVectors().map((f) => f.file);
}

/** Every case of every vector file, named `<file> <id> (<fn>; <source>)`. */
export function loadCases(): [string, VectorCase][] {
  return loadVectors().flatMap(({ file, cases }) => cases.map((c): [string, VectorCase] => [`${file} ${c.id} (${c.fn}; ${c.source ?? ''})`, c]));
}


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
