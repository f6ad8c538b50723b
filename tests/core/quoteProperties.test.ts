/**
 * Property tests of quote reading and pricing (issue 10, issue 19 "Done when"), seeded so every
 * run checks the same cases (issue 8): for any quote the amounts match a decimal.js recomputation
 * of the rulings (quoteGen.ts); BREAKDOWN's quote block, tier rows and AMOUNT add up, with and
 * without 税込; permuting the lines changes nothing; a malformed amount in any cell never yields
 * a number. Rows inserted into a quote: quoteRows.test.ts; one quote in many layouts:
 * quoteLayouts.test.ts.
 */
import fc from 'fast-check';
import { AMOUNT, BREAKDOWN, CHECK, IthojoError, calculate } from '../../core';
import { HEADER, caseArb, expected, params, priced, quoteBlockOf, sumColumn, tierRowsOf, toRange } from './quoteGen';

describe('quotes against the decimal.js oracle', () => {
  test('discounts (Q23, Q24, Q43), 数量 × 単価, month limits, 役務 ≤ 200万, 対象外, 税込, in 通常枠 and インボイス対応類型', () => {
    fc.assert(
      fc.property(caseArb, ({ s, x }) => {
        const e = expected(s, x);
        expect(priced(s, toRange(x, s.spreadAll))).toEqual({ amount: e.amount, selfPay: e.total - e.amount });
      }),
      params(),
    );
  });
});

describe('BREAKDOWN adds up (issue 19: 999,999 vs 1,000,000)', () => {
  test('its quote block sums to its tier rows, the tier rows to the eligible cost, the tier subsidies to AMOUNT — with and without 税込', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ s, x }, taxIncluded) => {
        const options = taxIncluded === s.tax ? s.options : taxIncluded ? `${s.options}, 税込` : s.options.replace('税込, ', '').replace('税込', '');
        const range = toRange(x, s.spreadAll);
        const t = BREAKDOWN(s.frame, range, s.size, options) as unknown[][];
        const tiers = tierRowsOf(t);
        const block = quoteBlockOf(t);
        const cost = calculate({ frame: s.frame, cost: range, size: s.size, options }).cost;
        expect(sumColumn(tiers, 1)).toBe(cost);
        expect(sumColumn(block, 3)).toBe(cost);
        expect(sumColumn(tiers, 4)).toBe(AMOUNT(s.frame, range, s.size, options));
        // each quote line appears once (a cap's row aside)
        expect(block.filter((r) => !String(r[0]).endsWith('の上限 (cap)')).length).toBe(range.length - 1);
      }),
      params(),
    );
  });

  test('BREAKDOWN of 1,000,000 yen of lines ÷ 1.1 shows 909,090 in its quote block, as in its tier rows', () => {
    // eleven lines of 90,910 (税込): 1,000,010 ÷ 1.1 = 909,100 exactly; and 999,999 + 1: the fractions of
    // each line (90,910 ÷ 1.1 = 82,645.45…) are carried, so the block does not lose a yen per line
    const lines = Array.from({ length: 11 }, (_, i) => ['ソフトウェア', `モジュール${i + 1}`, '', '', 90_910, '']);
    const range = [HEADER, ...lines];
    const t = BREAKDOWN('インボイス対応類型', range, '中小企業', '機能=2, 税込') as unknown[][];
    expect(sumColumn(quoteBlockOf(t), 3)).toBe(909_100);
    expect(sumColumn(tierRowsOf(t), 1)).toBe(909_100);
  });
});

describe('line order changes nothing', () => {
  test('permuting the lines (discounts included)', () => {
    fc.assert(
      fc.property(caseArb.chain(({ s, x }) => {
        const body = toRange(x, s.spreadAll).slice(1);
        return fc.shuffledSubarray(body, { minLength: body.length }).map((shuffled) => ({ s, x, shuffled }));
      }), ({ s, x, shuffled }) => {
        const range = toRange(x, s.spreadAll);
        const other = [HEADER, ...shuffled];
        expect(priced(s, other)).toEqual(priced(s, range));
        if (!(priced(s, range) instanceof IthojoError)) {
          const tiers = (r: unknown[][]) => tierRowsOf(BREAKDOWN(s.frame, r, s.size, s.options) as unknown[][]);
          expect(tiers(other)).toEqual(tiers(range));
          // CHECK's text names rows; what it decides does not move
          const verdict = (r: unknown[][]) => (CHECK(s.frame, r, s.size, s.options) as string).startsWith('OK');
          expect(verdict(other)).toBe(verdict(range));
        }
      }),
      params(),
    );
  });
});

/** Text the amount grammar refuses (numberGrammar.ts; issue 8's list and its kin; quote-reading.md §Q13, §Q15). */
export const MALFORMED = [
  '1,00,000', '100 200', '1,5万', '1万20000', '¥1¥0¥0', '0x10', '1e6', '+7', '7e0', '0x7', '1.2.3', '12abc', '１２３ａ', '--5', '5-5',
  '00100', '1,0000', '¥', '万', '1万万', '2千千', '1億1億', '(税抜)', '100円円', '1,000.000.0', '12,34', '1.5.', '¥-', 'ー', '百円',
  '500,000-', '1万5', '2億千', '1万50', '(30,000', '30,000)', '¥(30,000)-',
];
const MALFORMED_MONTHS = ['0', '-12', '1.5', 'ずっと', '12ヶ月ヶ月', '1e2', '0x10', '2年半', '2026年4月〜', '12ヶ月×2'];

describe('malformed text in a quote cell never yields a number', () => {
  test('in the 金額, 単価 or 数量 of a line, or its 月数', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.constantFrom(...MALFORMED), fc.constantFrom(...MALFORMED_MONTHS), fc.constantFrom('amount', 'months'), ({ s, x }, at, bad, badMonths, where) => {
        const range = toRange(x, s.spreadAll).map((r) => [...r]);
        const row = range[1 + (at % x.lines.length)];
        if (where === 'months') row[5] = badMonths;
        else if (row[4] === '') row[2 + (at % 2)] = bad; // 数量 × 単価: spoil one of them
        else row[4] = bad;
        const answer = priced(s, range);
        expect(answer).toBeInstanceOf(IthojoError);
        expect((answer as IthojoError).message).toMatch(/^見積\d+行目/);
      }),
      params(),
    );
  });
});
