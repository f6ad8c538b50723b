/**
 * Every golden case of ../shared/rules/vectors/*.vectors.json through the contract functions,
 * arguments mapped by the declaration's parameter names (rules/README.md: every suite runs all
 * of them). A case whose function is not declared fails; it is never skipped.
 */
import { DECLARATIONS, FUNCTIONS } from '../../core';
import { argsOf, loadCases, vectorFiles } from './helpers';

const CASES = loadCases();

test('the vector files are found and hold unique cases', () => {
  expect(vectorFiles()).toEqual(expect.arrayContaining(['it2025.vectors.json', 'programs-2025.vectors.json']));
  expect(CASES.length).toBeGreaterThan(40);
  const ids = CASES.map(([, c]) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
});

describe.each(CASES)('%s', (_name, c) => {
  test('is declared and answers the golden value', () => {
    expect({ fn: c.fn, declared: DECLARATIONS.some((d) => d.id === c.fn) }).toEqual({ fn: c.fn, declared: true });
    const fn = (FUNCTIONS as Record<string, ((...a: unknown[]) => unknown) | undefined>)[c.fn];
    expect(typeof fn).toBe('function');
    const got = fn!(...argsOf(c));
    if (typeof c.expect === 'number' && !Number.isInteger(c.expect)) expect(got).toBeCloseTo(c.expect, 10);
    else expect(got).toEqual(c.expect);
  });
});
