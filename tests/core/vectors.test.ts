/**
 * Every golden case of ../shared/rules/vectors/**\/*.vectors.json through the contract functions,
 * arguments mapped by the declaration's parameter names (rules/README.md: every suite runs all
 * of them). A case whose function is not declared fails; it is never skipped.
 */
import { DECLARATIONS, FUNCTIONS, IthojoError } from '../../core';
import { argsOf, expectGoodMessage, loadCases, vectorFiles } from './helpers';

const CASES = loadCases();

test('the vector files are found, subfolders included, and hold unique cases', () => {
  expect(vectorFiles()).toEqual(expect.arrayContaining(['it2025.vectors.json', 'programs-2025.vectors.json', '2026/it2026.vectors.json']));
  expect(CASES.length).toBeGreaterThan(60);
  const ids = CASES.map(([, c]) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
});

describe.each(CASES)('%s', (_name, c) => {
  test('is declared and answers the golden value', () => {
    expect({ fn: c.fn, declared: DECLARATIONS.some((d) => d.id === c.fn) }).toEqual({ fn: c.fn, declared: true });
    const fn = (FUNCTIONS as Record<string, ((...a: unknown[]) => unknown) | undefined>)[c.fn];
    expect(typeof fn).toBe('function');
    if (c.expect_error) {
      let thrown: unknown;
      try {
        fn!(...argsOf(c));
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(IthojoError);
      expectGoodMessage((thrown as IthojoError).message);
      return;
    }
    const got = fn!(...argsOf(c));
    if (typeof c.expect === 'number' && !Number.isInteger(c.expect)) expect(got).toBeCloseTo(c.expect, 10);
    else if (c.fn === 'DEADLINE' && typeof c.expect === 'string') expect(got).toEqual(new Date(`${c.expect}T00:00:00+09:00`));
    else expect(got).toEqual(c.expect);
  });
});
