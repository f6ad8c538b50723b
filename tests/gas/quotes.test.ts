/**
 * The example quotes of examples/quotes/ through the Apps Script build (dist/gas/Code.js in an
 * empty global, arguments as Sheets passes them): the same hand-checked answers as the core
 * (tests/core/quoteCases.ts), and COMPARE's table.
 */
import { QUOTE_CASES, expectBreakdown, loadExample } from '../core/quoteCases';
import { callSheets, loadSheets } from './sheetsHost';

const host = loadSheets();

function value(id: string, args: unknown[]): unknown {
  const out = callSheets(host, id, args);
  if (!('value' in out)) throw new Error(`ITHOJO_${id} threw: ${out.thrown}`);
  return out.value;
}

describe.each(QUOTE_CASES.map((c) => [c.file, c]))('%s in Sheets', (_file, c) => {
  const q = loadExample(c.file);
  const args = [q.frame, q.rows, q.size, q.options];

  test('AMOUNT, SELFPAY and CHECK answer single cells', () => {
    expect(value('AMOUNT', args)).toBe(c.amount);
    expect(value('SELFPAY', args)).toBe(c.selfPay);
    expect(String(value('CHECK', args)).startsWith(c.check)).toBe(true);
  });

  test('BREAKDOWN: the tiers and every quote line', () => {
    expectBreakdown(value('BREAKDOWN', args) as unknown[][], c);
  });
});

describe('COMPARE in Sheets', () => {
  test('one row per frame by subsidy (hand-checked in tests/core/compare.test.ts)', () => {
    const t = value('COMPARE', [[['ソフトウェア', 1000000], ['導入設定', 200000]], '小規模事業者', '機能=2']) as unknown[][];
    expect(t.slice(1, 3).map((r) => r.slice(0, 2))).toEqual([['インボイス対応類型', 883333], ['通常枠', 600000]]);
  });

  test('an unreadable quote is an Error with the core\'s message', () => {
    const out = callSheets(host, 'COMPARE', [[['ソフトウェア', 'たくさん']]]);
    expect('thrown' in out && out.thrown).toMatch(/^見積1行目: 金額欄を金額として読めません/);
  });
});
