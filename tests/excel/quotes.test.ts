/**
 * The example quotes of examples/quotes/ through the Excel build's wrappers, arguments as Excel
 * passes them (each cell as [[v]], the quote as its 2-D range): the same hand-checked answers as
 * the core (tests/core/quoteCases.ts), and COMPARE's table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
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

describe('rows named as the sheet shows them (Excel gives parameter addresses; issue 19)', () => {
  const quote = [['No.', '品名', '金額'], [1, '会計ソフト', 800000], [2, '運搬費', 5000]];
  const at = (cost: string): CustomFunctions.Invocation => ({ parameterAddresses: ['見積!A1', cost, '', ''] });

  test('every function asks Excel for its parameters\' addresses (functions.json)', () => {
    const meta = JSON.parse(readFileSync(path.join(__dirname, '../../dist/excel/functions.json'), 'utf8')) as { functions: { id: string; options?: Record<string, unknown>; parameters: { name: string }[] }[] };
    for (const f of meta.functions) {
      expect([f.id, f.options?.requiresParameterAddresses]).toEqual([f.id, true]);
      // the invocation is no parameter a user sees
      expect(f.parameters.map((p) => p.name)).not.toContain('invocation');
    }
  });

  test('a quote at 見積!B10:D12: its third row is B12, row 12 of the sheet', () => {
    const e = thrownBy(() => X.AMOUNT(cell('通常枠'), quote, null as never, null as never, at('見積!$B$10:$D$12')));
    // the row is named by its 品名 cell (column C of the sheet), with the sheet's row number
    expect(e.message).toMatch(/^見積 C12 \(12行目\)の「運搬費」は「運搬」を含むため区分を推定しません.*\(見積!C12 \(row 12\): /);
    // CHECK answers the same message
    expect(String(X.CHECK(cell('通常枠'), quote, null as never, null as never, at('見積!$B$10:$D$12'))[0][0])).toBe(e.message);
  });

  test('quoted sheet names and a workbook prefix', () => {
    const e = thrownBy(() => X.AMOUNT(cell('通常枠'), quote, null as never, null as never, at("[Book1.xlsx]'見積 (2)'!D5:F7")));
    expect(e.message).toMatch(/^見積 \(2\) E7 \(7行目\)の「運搬費」/);
  });

  test('BREAKDOWN names each line by the sheet\'s row', () => {
    const ok = [['No.', '品名', '金額'], [1, '会計ソフト', 800000], [2, '導入設定作業', 200000]];
    const t = X.BREAKDOWN(cell('通常枠'), ok, null as never, null as never, at('Sheet1!B20:D22'));
    const block = t.slice(t.findIndex((r) => r[0] === '見積明細 (quote line)') + 1);
    expect(block.map((r) => r[0])).toEqual(['21行目 会計ソフト', '22行目 導入設定作業']);
  });

  test('without addresses (Sheets, Node, an older Excel) the n-th row of the range', () => {
    const e = thrownBy(() => X.AMOUNT(cell('通常枠'), quote, null as never, null as never));
    expect(e.message).toMatch(/^見積3行目の「運搬費」/);
    const typed = thrownBy(() => X.AMOUNT(cell('通常枠'), quote, null as never, null as never, at('')));
    expect(typed.message).toBe(e.message);
  });
});
