/**
 * Never a silent wrong answer (issue 8): seeded fuzzing of the text every argument takes, through
 * the Excel bundle, the Sheets bundle and the Node build. Texts are drawn around the amount
 * grammar (valid amounts, and near misses: separators anywhere, doubled signs, exponents, hex,
 * units out of order, parts too large for their unit, stray annotations) and judged by an
 * independent oracle: a malformed text must be an error in every build, never a number; a valid
 * one must mean exactly the oracle's amount. Options and whole numbers likewise.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { AMOUNT } from '../../core';
import { oracleAmount } from './amountOracle';
import { loadBuilds } from './builds';
import { argOf, describeInput, type Input } from './inputs';
import type { Outcome } from './outcome';

const builds = loadBuilds();
const RUNS = Math.max(1, Math.round(Number(process.env.ITHOJO_PROP_RUNS ?? 1500)));

const VALID = [
  '1,000,000', '１，０００，０００円', '150万円', '1.5万', '1億', '1億2,000万', '1億2000万円', '1万2千', '5千万', '千円',
  '¥300000', '￥1,234,567-', '300,000円-', '100万円(税抜)', '110万円（税込）', '税込 110,000円', '1,000千円', '0', '0.5',
  '12,345.678', '2,500万円', '３００万円', '¥ 1,000', '1億5000', '－5,000', '▲12,000', '9999万9999',
];
/** Pieces the near misses are built from: every token of the grammar, and tokens outside it. */
const PIECES = ['1', '0', '5', '12', '100', '1,000', ',', '.', '万', '億', '千', '円', '¥', '\\', ' ', '-', '−', '▲', '+', 'e', 'x', 'E', '(', ')', '税抜', '税込', '兆', '百', '十', '%', 'ー', '00', ',00', '10000'];

const validText = fc.constantFrom(...VALID);
/** A valid text with one edit: a piece inserted, one character deleted, or one replaced. */
const nearMiss = fc.tuple(validText, fc.nat(), fc.constantFrom(...PIECES), fc.constantFrom('insert', 'delete', 'replace')).map(([t, at, piece, how]) => {
  const i = at % (t.length + 1);
  if (how === 'insert') return t.slice(0, i) + piece + t.slice(i);
  if (how === 'delete') return t.slice(0, i) + t.slice(i + 1);
  return t.slice(0, i) + piece + t.slice(i + 1);
});
const pieces = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((ps) => ps.join(''));
const amountText = fc.oneof({ weight: 1, arbitrary: validText }, { weight: 4, arbitrary: nearMiss }, { weight: 3, arbitrary: pieces });

const MAX = new Decimal(1e15);

function call(id: string, ...cells: unknown[]): Input {
  return { id, args: cells.map(argOf) };
}

function errorOf(o: Outcome): string | null {
  return 'error' in o ? o.error : null;
}

/** The same outcome in the three builds (and it is that outcome). */
function agreed(input: Input): Outcome {
  const o = builds.outcomes(input);
  expect({ input: describeInput(input), sheets: o.sheets, node: o.node }).toEqual({ input: describeInput(input), sheets: o.excel, node: o.excel });
  return o.excel;
}

test('amount texts: malformed → an error quoting the text in every build; valid → exactly the oracle\'s amount', () => {
  let malformed = 0;
  let valid = 0;
  fc.assert(
    fc.property(amountText, (text) => {
      const oracle = oracleAmount(text);
      const got = agreed(call('AMOUNT', '通常枠', text, '中小企業', 'プロセス=4, 賃上げ'));
      if (oracle === null || (oracle.value.isNegative() && !oracle.value.isZero()) || oracle.value.gt(MAX)) {
        malformed++;
        // no number: an error that names the cost and quotes (part of) the text
        expect({ text, error: errorOf(got) }).toEqual({ text, error: expect.stringContaining('経費') });
        return;
      }
      valid++;
      const yen = oracle.value.floor().toNumber();
      const options = oracle.tax === 'included' ? 'プロセス=4, 賃上げ, 税込' : 'プロセス=4, 賃上げ';
      expect({ text, got }).toEqual({ text, got: { grid: [[AMOUNT('通常枠', yen, '中小企業', options)]] } });
    }),
    { numRuns: RUNS },
  );
  // both sides of the grammar were exercised
  expect(Math.min(malformed, valid)).toBeGreaterThan(RUNS / 20);
});

test('the oracle agrees with the examples the grammar documents', () => {
  const yen = (t: string): number | null => oracleAmount(t)?.value.toNumber() ?? null;
  expect([yen('1億2,000万'), yen('1万2千'), yen('¥1,000,000-'), yen('100万円(税抜)'), yen('1,000千円')]).toEqual([120_000_000, 12_000, 1_000_000, 1_000_000, 1_000_000]);
  for (const bad of ['100 200', '1,5万', '1,00,000', '1万20000', '¥1¥0¥0', '0x10', '1e6', '+7', '7e0', '10000万', '1.5万2千']) expect({ bad, yen: yen(bad) }).toEqual({ bad, yen: null });
});

/** Option values drawn around each type's grammar. */
const FLAG_VALUES = ['', 'あり', 'なし', 'はい', 'いいえ', 'TRUE', 'FALSE', '1', '0', 'true', 'yes', 'maybe', '2', 'あり?', ' '];
const COUNT_VALUES = ['4', '0', '12', '1,000', '+7', '7e0', '0x7', '04', '4.0', '4.5', '-1', '', '４', '1,0', '4 4', 'four'];

test('flags: no value or an explicit yes/no; anything else (an empty value first) is an error in every build', () => {
  for (const value of FLAG_VALUES) {
    for (const form of [`賃上げ=${value}`, `プロセス=4, 賃上げ=${value}`]) {
      const got = agreed(call('AMOUNT', '通常枠', 6_000_000, '中小企業', form));
      const v = value.trim().toLowerCase();
      const yes = ['あり', 'はい', 'true', '1', 'yes'].includes(v);
      const no = ['なし', 'いいえ', 'false', '0'].includes(v);
      if (value.trim() !== value || (!yes && !no)) {
        expect({ form, error: errorOf(got) }).toEqual({ form, error: expect.stringContaining('オプション「賃上げ') });
        continue;
      }
      // 4 processes and 賃上げ → the 450万 band (3,000,000); without 賃上げ → 1,499,999 (rules/README.md)
      const expected = form.startsWith('プロセス') && yes ? 3_000_000 : 1_499_999;
      expect({ form, got }).toEqual({ form, got: { grid: [[expected]] } });
    }
  }
});

test('counts: digits (commas in threes) only; signs, exponents, hex, leading zeros and fractions are errors in every build', () => {
  for (const value of COUNT_VALUES) {
    const got = agreed(call('CAP', '通常枠', '中小企業', `プロセス=${value}, 賃上げ`));
    // a comma or space separates options, so "1,000" and "4 4" are two tokens: an error either way
    const n = /^(0|[1-9]\d*)$/.test(value.normalize('NFKC')) ? Number(value.normalize('NFKC')) : null;
    if (n === null || n > 100) {
      expect({ value, error: errorOf(got) }).toEqual({ value, error: expect.stringContaining('オプション') });
      continue;
    }
    expect({ value, got }).toEqual({ value, got: { grid: [[n >= 4 ? 4_500_000 : 1_499_999]] } });
  }
});

test('whole-number arguments: 5.9 employees are an error, not 5 (SIZE), in every build', () => {
  for (const employees of [5.9, '5.9', '5人', '1,200', '-1', 'abc', 5]) {
    const got = agreed(call('SIZE', 'サービス業', 10_000_000, employees));
    const whole = employees === 5 || employees === '5人' || employees === '1,200';
    if (!whole) expect({ employees, error: errorOf(got) }).toEqual({ employees, error: expect.stringContaining('従業員数') });
    else expect({ employees, error: errorOf(got) }).toEqual({ employees, error: null });
  }
});
