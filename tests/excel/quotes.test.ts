/**
 * The example quotes of examples/quotes/ through the Excel build's wrappers, arguments as Excel
 * passes them (each cell as [[v]], the quote as its 2-D range): the same hand-checked answers as
 * the core (tests/core/quoteCases.ts), and COMPARE's table.
 */
import * as X from '../../excel-addin/functions';
import { QUOTE_CASES, expectBreakdown, loadExample } from '../core/quoteCases';
import { errorCell, thrownBy } from './support/excel';

const cell = (x: string): unknown[][] => [[x]];

describe.each(QUOTE_CASES.map((c) => [c.file, c]))('%s in Excel', (_file, c) => {
  const q = loadExample(c.file);
  const args = [cell(q.frame), q.rows, cell(q.size), cell(q.options)] as const;

  test('AMOUNT and SELFPAY are one cell each (the quote is one scenario, not a spill)', () => {
    expect(X.AMOUNT(...args)).toEqual([[c.amount]]);
    expect(X.SELFPAY(...args)).toEqual([[c.selfPay]]);
  });

  test('CHECK', () => {
    const out = X.CHECK(...args);
    expect(out).toHaveLength(1);
    expect(String(out[0][0]).startsWith(c.check)).toBe(true);
  });

  test('BREAKDOWN: the tiers and every quote line', () => {
    const t = X.BREAKDOWN(...args);
    expectBreakdown(t, c);
    expect(t.every((r) => r.length === t[0].length && r.every((x) => errorCell(x) === undefined))).toBe(true);
  });
});

describe('COMPARE in Excel', () => {
  test('one row per frame by subsidy (hand-checked in tests/core/compare.test.ts)', () => {
    const t = X.COMPARE([['ソフトウェア', 1000000], ['導入設定', 200000]], cell('小規模事業者'), cell('機能=2'), null as never);
    expect(t.slice(1, 3).map((r) => r.slice(0, 2))).toEqual([['インボイス対応類型', 883333], ['通常枠', 600000]]);
  });

  test('an unreadable quote is #VALUE! with the core\'s message', () => {
    const e = thrownBy(() => X.COMPARE([['ソフトウェア', 'たくさん']], null as never, null as never, null as never));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^見積1行目: 金額欄を金額として読めません/);
  });
});
