/**
 * The Excel side of the contract's edges (rules/README.md), through the generated wrappers:
 * omitted arguments, ranges that spill, per-cell errors, dates, and errors that are always
 * CustomFunctions.Error with a code and the core's Japanese message.
 */
import { DECLARATIONS } from '../../core';
import { call } from '../../excel-addin/adapter';
import * as X from '../../excel-addin/functions';
import { host } from '../../excel-addin/host';
import { errorCell, excelSerial, JAPANESE, thrownBy } from './support/excel';

const VALUE = '#VALUE!';
const NA = '#N/A';

describe('omitted and blank arguments', () => {
  test('omitted optionals arrive as null and mean the defaults', () => {
    expect(X.AMOUNT([['通常枠']], [[1000000]], null as never, null as never)).toEqual([[500000]]);
    expect(X.CAP([['通常枠']], null as never, null as never)).toEqual([[1499999]]);
  });

  test('null, undefined (trailing arguments left off) and an empty cell are the same', () => {
    const omitted = X.AMOUNT([['通常枠']], [[1000000]]);
    expect(X.AMOUNT([['通常枠']], [[1000000]], [['']], [['']])).toEqual(omitted);
    expect(X.AMOUNT([['通常枠']], [[1000000]], null as never, undefined)).toEqual(omitted);
  });

  test('RATE without a cost is the base rate', () => {
    expect(X.RATE([['通常枠']], null as never, null as never, null as never)).toEqual([[0.5]]);
  });

  test('every function accepts all its optionals omitted', () => {
    for (const d of DECLARATIONS) {
      const args = d.params.map((p) => (p.optional ? null : undefined));
      // Required arguments are left out on purpose: the answer is a value or an Excel error, nothing else.
      try {
        const out = call(d.id, args);
        expect(Array.isArray(out) && out.every(Array.isArray)).toBe(true);
      } catch (e) {
        expect(e).toBeInstanceOf(host().Error);
      }
    }
  });
});

describe('ranges spill', () => {
  test('3×1 costs × 1×2 sizes → 3×2, each cell the single-cell answer', () => {
    const costs = [[1000000], [4000000], [90000]];
    const sizes = [['中小企業', '小規模事業者']];
    const out = X.AMOUNT([['通常枠']], costs, sizes, [['プロセス=4']]);
    expect(out.length).toBe(3);
    out.forEach((row, r) => {
      expect(row.length).toBe(2);
      row.forEach((cell, c) => {
        expect(cell).toEqual(X.AMOUNT([['通常枠']], [costs[r]], [[sizes[0][c]]], [['プロセス=4']])[0][0]);
      });
    });
  });

  test('a bad cell is a #VALUE! error value in that cell only, with the Japanese message', () => {
    const out = X.AMOUNT([['通常枠']], [[1000000], [-5], ['abc'], [true]]);
    expect(out[0][0]).toBe(500000);
    for (const cell of out.slice(1).map((row) => row[0])) {
      const err = errorCell(cell);
      expect(err?.code).toBe(VALUE);
      expect(err?.message).toMatch(JAPANESE);
    }
    expect(errorCell(out[1][0])?.message).toContain('マイナス');
  });

  test('cells beyond a smaller range are #N/A', () => {
    const out = X.AMOUNT([['通常枠'], ['通常枠']], [[1000000], [2000000], [3000000]]);
    expect(out.map((row) => row.length)).toEqual([1, 1, 1]);
    expect(out[0][0]).toBe(500000);
    const err = errorCell(out[2][0]);
    expect(err?.code).toBe(NA);
    expect(err?.message).toMatch(JAPANESE);
  });

  test('a quote-lines range is one scenario, not a spill', () => {
    const lines = [['ソフトウェア', 1500000], ['PC', 240000], ['POSレジ', 300000]];
    expect(X.AMOUNT([['インボイス対応類型']], lines, [['小規模事業者']], [['機能=2']])).toEqual([[1333333]]);
  });

  test('CHECK spills its reasons as text', () => {
    const out = X.CHECK([['通常枠']], [[1000000], [90000]]);
    expect(out[0][0]).toBe('OK');
    expect(out[1][0]).toMatch(JAPANESE);
  });
});

describe('tables and dates', () => {
  test('BREAKDOWN and FRAMES return their tables as they are', () => {
    for (const table of [X.BREAKDOWN([['通常枠']], [[1000000]]), X.FRAMES(null as never)]) {
      expect(table.length).toBeGreaterThan(1);
      const width = table[0].length;
      for (const row of table) expect(row.length).toBe(width);
    }
  });

  test('a date answer is an Excel serial number of the day in Japan', () => {
    const [[serial]] = X.DEADLINE([['通常枠']], [[7]]);
    expect(Number.isInteger(serial)).toBe(true);
    expect(serial).toBeGreaterThan(excelSerial('2025-01-01'));
  });

  test('dates inside a table become serial numbers too', () => {
    const table = X.DEADLINE([['通常枠']], null as never);
    expect(table.slice(1).every((row) => typeof row[1] === 'number' && Number.isInteger(row[1]))).toBe(true);
  });

  test('a date argument may be a serial number, a Date or text', () => {
    const text = X.MINWAGE([['東京都']], [['2025-10-03']]);
    expect(X.MINWAGE([['東京都']], [[excelSerial('2025-10-03')]])).toEqual(text);
  });
});

describe('errors of a single-cell call are thrown as CustomFunctions.Error with the Japanese message', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['unknown frame', () => X.AMOUNT([['ほげ枠']], [[1000000]]), /不明な枠/],
    ['negative cost', () => X.AMOUNT([['通常枠']], [[-1]]), /マイナス/],
    ['NaN cost', () => X.AMOUNT([['通常枠']], [[NaN]]), /不正/],
    ['text that is not an amount', () => X.AMOUNT([['通常枠']], [['abc']]), /金額として読めません/],
    ['TRUE as a cost', () => X.AMOUNT([['通常枠']], [[true]]), /TRUE\/FALSE/],
    ['a cost above 1e15', () => X.AMOUNT([['通常枠']], [[1e16]]), /大きすぎます/],
    ['an unknown option', () => X.AMOUNT([['通常枠']], [[1000000]], null as never, [['ほげ']]), /不明なオプション/],
    ['a malformed option value', () => X.AMOUNT([['通常枠']], [[1000000]], null as never, [['プロセス=abc']]), /オプション「プロセス」の値が不正/],
    ['quote lines of the wrong shape', () => X.AMOUNT([['通常枠']], [['ソフトウェア', 1000, 1, 2]]), /見積明細/],
    ['a quote line with an unknown category', () => X.AMOUNT([['通常枠']], [['送料', 1000], ['ソフトウェア', 100000]]), /区分が不明/],
    ['a range where one scenario is expected', () => X.BREAKDOWN([['通常枠'], ['通常枠']], [[1000000]]), /1つのセル/],
  ];

  test.each(cases)('%s → #VALUE!', (_name, fn, message) => {
    const err = thrownBy(fn);
    expect(err.code).toBe(VALUE);
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(JAPANESE);
  });

  test('CHECK answers bad input with the reason instead of an error', () => {
    expect(X.CHECK([['ほげ枠']], [[1000000]])[0][0]).toMatch(/不明な枠/);
  });

  test('a failure outside the core (an unknown id) is still a CustomFunctions.Error', () => {
    expect(thrownBy(() => call('NOSUCHFUNCTION', [])).code).toBe(VALUE);
  });
});

describe('nothing but values and CustomFunctions.Error ever comes out', () => {
  const odd: unknown[] = [undefined, null, '', ' ', NaN, Infinity, -0, 1e300, true, {}, [], [[]], [1, 2], [[[1]]], new Date(NaN), Symbol('s'), () => 1, [[null, 'x'], [1]]];

  test.each(DECLARATIONS.map((d) => [d.id] as const))('%s with odd arguments in every position', (id) => {
    const decl = DECLARATIONS.find((d) => d.id === id)!;
    for (let i = 0; i < decl.params.length; i++) {
      for (const value of odd) {
        const args: unknown[] = decl.params.map(() => null);
        args[0] = [[decl.example.args[0] ?? null]];
        args[i] = value;
        let out: unknown;
        try {
          out = call(id, args);
        } catch (e) {
          expect(e).toBeInstanceOf(host().Error);
          expect((e as Error).message).not.toBe('');
          continue;
        }
        expect(Array.isArray(out) && (out as unknown[]).length > 0 && (out as unknown[][]).every((r) => Array.isArray(r) && r.length > 0)).toBe(true);
      }
    }
  });
});
