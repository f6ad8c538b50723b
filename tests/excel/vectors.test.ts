/**
 * Every case of every shared vector file through the Excel wrappers, with arguments as Excel
 * passes them. A case whose function has no declaration fails: the vectors are the contract.
 */
import { declarationOf, excelArgs, excelSerial, expectedMatrix, ISO_DATE, JAPANESE, loadVectors, thrownBy, wrapperOf, type VectorCase } from './support/excel';
import { CASE_FIELDS } from '../support/vectors';

const files = loadVectors();

test('the shared vectors are there', () => {
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect(f.cases.length).toBeGreaterThan(0);
});

/** The wrapper's answer and the golden one; an `expect_error` case must throw #VALUE! with a Japanese message. */
function run(c: VectorCase, override: Record<string, unknown> = {}): { actual: unknown; expected: unknown } {
  const decl = declarationOf(c.fn);
  if (!decl) throw new Error(`${c.fn} is not declared in core/contract/declarations.ts`);
  const wrapper = wrapperOf(c.fn);
  if (!wrapper) throw new Error(`excel-addin/functions.ts has no wrapper ${c.fn}: run node scripts/gen-excel-functions.mjs`);
  const call = (): unknown => wrapper(...excelArgs(decl, { ...c, ...override }));
  if (c.expect_error) return { actual: thrownBy(call), expected: { code: '#VALUE!', message: expect.stringMatching(JAPANESE) } };
  return { actual: call(), expected: expectedMatrix(decl, c.expect) };
}

describe.each(files.map((f) => [f.file, f.cases] as const))('%s', (_file, cases) => {
  test.each(cases.map((c) => [c.id, c.fn, c] as const))('%s (%s)', (_id, _fn, c) => {
    const { actual, expected } = run(c);
    expect(actual).toEqual(expected);
  });
});

/** Cases with a YYYY-MM-DD argument: Excel passes a date cell as its serial number instead. */
const dateCases = files.flatMap((f) =>
  f.cases.flatMap((c) =>
    Object.entries(c)
      .filter(([key, v]) => !CASE_FIELDS.includes(key) && typeof v === 'string' && ISO_DATE.test(v))
      .map(([key, v]) => [c.id, key, c, v as string] as const),
  ),
);

test('some vectors take a date (so the serial path below is exercised)', () => {
  expect(dateCases.length).toBeGreaterThan(0);
});

test.each(dateCases)('%s: %s as an Excel serial number gives the same answer', (_id, key, c, iso) => {
  const { actual, expected } = run(c, { [key]: excelSerial(iso) });
  expect(actual).toEqual(expected);
});
