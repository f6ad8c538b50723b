/**
 * The corpus through the Excel build's wrappers, arguments as Excel passes them (each cell as
 * [[v]], the quote as its 2-D range), as tests/excel/quotes.test.ts does: the answers of the
 * hand-checked fixtures, an asked fixture as #VALUE! with its message.
 */
import * as X from '../../excel-addin/functions';
import { host } from '../../excel-addin/host';
import { QUOTE_FUNCTIONS, argsOf, isAsked, loadCorpus, mismatch, type Shown } from './fixtures';

const cell = (x: string): unknown[][] => [[x]];
type Wrapper = (...args: unknown[]) => unknown[][];
const wrapper = (fn: string): Wrapper => (X as unknown as Record<string, Wrapper>)[fn];

/** One call as a user sees it: the one cell's value, or the error it threw ("#VALUE! message"). */
function shownInExcel(fn: string, args: readonly unknown[]): Shown {
  let out: unknown[][];
  try {
    out = wrapper(fn)(...args);
  } catch (e) {
    if (!(e instanceof host().Error)) throw e;
    return { error: `${(e as Error & { code: string }).code} ${e.message}` };
  }
  expect(out).toHaveLength(1);
  expect(out[0]).toHaveLength(1);
  return { value: out[0][0] };
}

describe.each(loadCorpus().map((f) => [f.id, f] as const))('%s (Excel)', (_id, f) => {
  const [frame, rows, size, options] = argsOf(f);
  const args = [cell(frame), rows, cell(size), cell(options)];

  test.each(QUOTE_FUNCTIONS.map((fn) => [fn]))('%s', (fn) => {
    const shown = shownInExcel(fn, args);
    if ('error' in shown) expect(shown.error.startsWith('#VALUE! ')).toBe(true);
    const plain: Shown = 'error' in shown ? { error: shown.error.replace(/^#VALUE! /, '') } : shown;
    expect(mismatch(f, fn, plain)).toBeNull();
  });

  if (!isAsked(f.expect)) {
    const { AMOUNT } = f.expect;
    test('BREAKDOWN shows the same subsidy', () => {
      const t = wrapper('BREAKDOWN')(...args);
      expect(t.find((r) => r[0] === '補助金額 (subsidy)')?.[4]).toBe(AMOUNT);
    });
  }
});
