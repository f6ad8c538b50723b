/**
 * Every case of every ../shared/rules/vectors/*.vectors.json through the ITHOJO_<ID> functions
 * of Code.js, with arguments as Sheets passes them. A vector for a function with no declaration
 * fails: the Sheets build would not have it.
 */
import { DECLARATIONS } from '../../core';
import { callSheets, loadSheets } from './sheetsHost';
import { ISO_DAY, loadVectors, sheetsBlanks, sheetsExpected, vectorArgs, type VectorCase } from './vectors';

const host = loadSheets();
const files = loadVectors();

test('the vectors are there', () => {
  expect(files.length).toBeGreaterThan(0);
  expect(files.every((f) => f.cases.length > 0)).toBe(true);
});

describe.each(files.map((f) => [f.file, f] as const))('%s', (_file, { cases }) => {
  test.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const decl = DECLARATIONS.find((d) => d.id === c.fn);
    if (!decl) throw new Error(`vector ${c.id}: no declaration for ${c.fn}, so Code.js has no ITHOJO_${c.fn}`);
    const args = vectorArgs(decl, c).map(sheetsBlanks);
    expectAnswer(c, callSheets(host, decl.id, args));
  });
});

/** The golden answer, or for `expect_error` a thrown plain Error with a Japanese message. */
function expectAnswer(c: VectorCase, got: ReturnType<typeof callSheets>): void {
  const decl = DECLARATIONS.find((d) => d.id === c.fn)!;
  if (c.expect_error) {
    expect(got).toEqual({ thrown: expect.stringMatching(/[\u3040-\u30ff\u4e00-\u9fff].*\)$/), name: 'Error/Error' });
    return;
  }
  expect(got).toEqual({ value: sheetsExpected(decl, c.expect) });
}

// A date cell arrives as a Date at midnight Asia/Tokyo: the same day as its YYYY-MM-DD text.
const dated = files.flatMap((f) => f.cases).filter((c) => Object.values(c).some((v) => typeof v === 'string' && ISO_DAY.test(v)));
const datedCases = dated.filter((c) => DECLARATIONS.some((d) => d.id === c.fn));
test('some vectors take a date (so the date-cell path below runs)', () => {
  expect(datedCases.length).toBeGreaterThan(0);
});
describe('vectors with dates, given as date cells', () => {
  test.each(datedCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const decl = DECLARATIONS.find((d) => d.id === c.fn)!;
    const args = vectorArgs(decl, c).map((v, i) =>
      typeof v === 'string' && ISO_DAY.test(v) && /date/i.test(decl.params[i].name) ? host.date(v) : sheetsBlanks(v));
    expectAnswer(c, callSheets(host, decl.id, args));
  });
});
