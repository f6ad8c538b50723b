/**
 * The example quotes of examples/quotes/ through the Apps Script build (dist/gas/Code.js in an
 * empty global, arguments as Sheets passes them): the same hand-checked answers as the core
 * (tests/core/quoteCases.ts), and COMPARE's table.
 */
import { FUNCTIONS } from '../../core';
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

describe('the Sheets build refuses extra arguments as the Node build does (issue 19)', () => {
  const node = (run: () => unknown): string => {
    try {
      return String(run());
    } catch (e) {
      return (e as Error).message;
    }
  };

  test.each([
    ['AMOUNT', ['通常枠', 1000000, '中小企業', 'プロセス=2', 5]],
    ['CHECK', ['通常枠', 1000000, '', '', 'extra']],
    ['CAP', ['通常枠', '', '', 'x']],
    ['FRAMES', ['', 'x']],
  ] as const)('%s with one argument too many', (id, args) => {
    const out = callSheets(host, id, args);
    const shown = 'thrown' in out ? out.thrown : String(out.value); // CHECK answers its message
    // before, Code.js passed the declared parameters only and the 5th argument was dropped unseen
    expect(shown).toBe(node(() => (FUNCTIONS[id] as (...a: unknown[]) => unknown)(...args)));
    expect(shown).toMatch(/引数が多すぎます/);
  });

  test('the declared arguments still arrive, omitted ones as Sheets omits them', () => {
    expect(value('AMOUNT', ['通常枠', 1000000])).toBe(500000);
    expect(value('AMOUNT', ['通常枠', 1000000, '中小企業', 'プロセス=2'])).toBe(500000);
  });
});

describe('a numeric grid with one text cell says which cell and text it could not read (issue 19)', () => {
  test('the same message as the core', () => {
    const out = callSheets(host, 'AMOUNT', ['通常枠', [[1000000, 2000000], [90000, 'abc']]]);
    expect('thrown' in out && out.thrown).toBe('経費の範囲は金額の表ですが、見積2行目2列目の「abc」を金額として読めません。金額にするか、見積なら品名の列と見出し行を含めてください (cost range: numbers except quote row 2, column 2, "abc": not an amount)');
  });
});
