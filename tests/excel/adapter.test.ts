/**
 * The Excel side of the contract's edges (rules/README.md), through the generated wrappers:
 * omitted arguments, ranges that spill, per-cell errors, dates, and errors that are always
 * CustomFunctions.Error with a code and the core's Japanese message.
 */
import { BREAKDOWN, DECLARATIONS, FRAMES, FUNCTIONS, excelSerial as serialOf } from '../../core';
import { ARG } from '../../core/errors/messages';
import { call } from '../../excel-addin/adapter';
import * as X from '../../excel-addin/functions';
import { host } from '../../excel-addin/host';
import { errorCell, excelArg, excelSerial, JAPANESE, thrownBy } from './support/excel';

/** A core answer as the Excel adapter shapes it: scalars as 1×1, dates as serials, error cells as #VALUE!. */
function asMatrix(x: unknown): unknown[][] {
  const cell = (v: unknown): unknown => (v instanceof Date ? serialOf(v) : v instanceof Error ? new (host().Error)('#VALUE!', v.message) : v);
  return Array.isArray(x) && x.every(Array.isArray) ? (x as unknown[][]).map((row) => row.map(cell)) : [[cell(x)]];
}

const VALUE = '#VALUE!';
const NA = '#N/A';

/** The core's outcome for the same arguments (as Excel would show it). */
function coreOutcome(id: string, args: unknown[]): unknown {
  try {
    return { value: asMatrix((FUNCTIONS[id] as (...a: unknown[]) => unknown)(...args)) };
  } catch (e) {
    return { code: VALUE, message: (e as Error).message };
  }
}

function excelOutcome(id: string, args: unknown[]): unknown {
  try {
    return { value: call(id, args) };
  } catch (e) {
    if (!(e instanceof host().Error)) throw e;
    return { code: (e as Error & { code: string }).code, message: (e as Error).message };
  }
}

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

  test.each(DECLARATIONS.map((d) => [d.id, d] as const))('%s: optionals omitted (null) answer what the core answers for them', (_id, d) => {
    const args = d.params.map((p, i) => (p.optional ? null : d.example.args[i]));
    expect(excelOutcome(d.id, args.map(excelArg))).toEqual(coreOutcome(d.id, args));
  });

  test.each(DECLARATIONS.map((d) => [d.id, d] as const))('%s: every argument omitted is #VALUE! naming the first required one (FRAMES needs none)', (_id, d) => {
    const args = d.params.map(() => null);
    const first = d.params.find((p) => !p.optional);
    if (!first) {
      expect(call(d.id, args)).toEqual(asMatrix((FUNCTIONS[d.id] as (...a: unknown[]) => unknown)()));
      return;
    }
    const name = (ARG as Record<string, { ja: string }>)[first.name].ja;
    if (d.errorsAsText) {
      expect(call(d.id, args)).toEqual([[expect.stringContaining(name)]]);
      return;
    }
    const err = thrownBy(() => call(d.id, args));
    expect(err.code).toBe(VALUE);
    expect(err.message).toContain(name);
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
  test('BREAKDOWN and FRAMES return the core\'s tables cell for cell', () => {
    expect(X.BREAKDOWN([['通常枠']], [[1000000]])).toEqual(BREAKDOWN('通常枠', 1000000));
    expect(X.FRAMES(null as never)).toEqual(FRAMES());
  });

  test('a date answer is the Excel serial number of that day in Japan (DEADLINE 通常枠 5次 = 2026-09-29, it2026.md §4)', () => {
    expect(X.DEADLINE([['通常枠']], [[5]])).toEqual([[excelSerial('2026-09-29')]]);
    expect(X.DEADLINE([['通常枠']], [[5]], [['年度=2025']])).toEqual([[excelSerial('2025-09-22')]]);
  });

  test('dates inside a table become serial numbers too', () => {
    const table = X.DEADLINE([['通常枠']], null as never);
    expect(table.slice(1, -1).map((row) => [row[0], row[1], row[2]])).toEqual([
      [1, excelSerial('2026-05-12'), excelSerial('2026-06-18')],
      [2, excelSerial('2026-06-15'), excelSerial('2026-07-23')],
      [3, excelSerial('2026-07-21'), excelSerial('2026-09-02')],
      [4, excelSerial('2026-08-25'), excelSerial('2026-10-07')],
      [5, excelSerial('2026-09-29'), excelSerial('2026-11-09')],
      // 6次: 交付決定日 not published (updates-2026-12.md U4)
      [6, excelSerial('2026-10-30'), ''],
    ]);
  });

  test('a date argument may be a serial number, a Date or text: the same day', () => {
    const text = X.MINWAGE([['東京都']], [['2025-10-03']]);
    expect(text).toEqual([[1226]]);
    expect(X.MINWAGE([['東京都']], [[excelSerial('2025-10-03')]])).toEqual(text);
    expect(X.MINWAGE([['東京都']], [[new Date('2025-10-03T00:00:00+09:00')]])).toEqual(text);
    expect(X.MINWAGE([['東京都']], [[excelSerial('2025-10-02')]])).toEqual([[1163]]);
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
    ['a malformed option value', () => X.AMOUNT([['通常枠']], [[1000000]], null as never, [['プロセス=abc']]), /オプション「プロセス」を数値として読めません: 「abc」/],
    ['quote lines of the wrong shape', () => X.AMOUNT([['通常枠']], [['ソフトウェア', 1000, 1, 2]]), /見積明細/],
    ['a quote line with an unknown category', () => X.AMOUNT([['通常枠']], [['X社 部材', 1000], ['ソフトウェア', 100000]]), /区分が不明/],
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

describe('odd arguments: the core\'s answer or its error, as a value or a CustomFunctions.Error', () => {
  // blanks, numbers, text, booleans, dates: cell values the core reads (or refuses with its own message)
  const cells: unknown[] = [undefined, null, '', ' ', NaN, Infinity, -0, 1e300, true, new Date(NaN), [[null, 'x'], [1]]];
  // not cell values: refused before any rule runs, naming the argument
  const notCells: unknown[] = [{}, [], [[]], [1, 2], [[[1]]], Symbol('s'), () => 1];

  test.each(DECLARATIONS.map((d) => [d.id, d] as const))('%s: a cell value in any position answers exactly as the core', (_id, d) => {
    for (let i = 0; i < d.params.length; i++) {
      for (const value of cells) {
        const args: unknown[] = d.params.map((_p, k) => (k === 0 ? d.example.args[0] ?? null : null));
        args[i] = value;
        expect(excelOutcome(d.id, args)).toEqual(coreOutcome(d.id, args));
      }
    }
  });

  test.each(DECLARATIONS.map((d) => [d.id, d] as const))('%s: a value that is no cell is #VALUE! naming the argument', (_id, d) => {
    for (let i = 0; i < d.params.length; i++) {
      for (const value of notCells) {
        const args: unknown[] = d.params.map((_p, k) => (k === 0 ? d.example.args[0] ?? null : null));
        args[i] = value;
        const name = (ARG as Record<string, { ja: string }>)[d.params[i].name].ja;
        if (d.errorsAsText) {
          expect(call(d.id, args)).toEqual([[expect.stringContaining(name)]]);
          continue;
        }
        const err = thrownBy(() => call(d.id, args));
        expect({ code: err.code, names: err.message.includes(name) }).toEqual({ code: VALUE, names: true });
      }
    }
  });
});
