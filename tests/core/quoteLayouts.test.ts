/**
 * One quote, many layouts (issue 19 "Done when", property 3): the same lines written with other
 * column names, a two-row header (merged cells, or a bilingual second row: quote-reading.md §Q6,
 * §Q29), the term in the 品名, the 単位 cell, the 月数 column or a 仕様 column (§Q19), and prices
 * written tax-inclusive in a 税込単価 column with the 金額 equal to 数量 × 単価 (§Q11) — all price
 * the same. Amounts are multiples of 1,440, so ×1.1 and the month limits (×24/36, ×12/48 …) stay
 * whole yen and no layout can differ by a rounding.
 */
import fc from 'fast-check';
import { AMOUNT, IthojoError } from '../../core';
import { LIMIT, lineArb, params, quoteArb, scenarioArb, type Line, type Quote, type Scenario } from './quoteGen';

type Row = (string | number)[];

const amounts = fc.integer({ min: 0, max: 2_000 }).map((k) => k * 1_440);
const months = fc.constantFrom(6, 12, 24, 36, 48);
const QTY = [1, 2, 3, 4, 5, 6, 8, 9, 10, 12];
const lines = (kinds: Parameters<typeof lineArb>[0]) =>
  lineArb(kinds, amounts, months).map((l): Line => (l.qty && !QTY.includes(l.qty) ? { ...l, qty: undefined } : l));

const caseArb = scenarioArb
  .filter((s) => !s.tax) // the 税込単価 layout states the tax itself
  .chain((s) => quoteArb(s.frame === 'インボイス対応類型', lines).map((x): { s: Scenario; x: Quote } => ({ s, x: { lines: x.lines.filter((l) => l.amount % 1_440 === 0), discounts: [] } })));

const isPeriod = (l: Line): boolean => LIMIT[l.kind] !== undefined && l.months !== undefined;
const qtyOf = (l: Line): number => l.qty ?? 1;
/** 数量 | 単価 | 金額 as a line writes them (数量 × 単価 with a blank 金額 where the line has a 数量). */
const priced = (l: Line): Row => (l.qty ? [l.qty, l.amount / l.qty, ''] : ['', '', l.amount]);

type Layout = (x: Quote) => Row[];

const LAYOUTS: Record<string, Layout> = {
  '区分 | 品名 | 数量 | 単価 | 金額 | 月数': (x) => [['区分', '品名', '数量', '単価', '金額', '月数'], ...x.lines.map((l) => [l.category, l.name, ...priced(l), l.months ?? ''])],
  'other column names (分類 | 品目 | Qty | Unit price | Amount | 契約期間)': (x) =>
    [['分類', '品目', 'Qty', 'Unit price', 'Amount', '契約期間'], ...x.lines.map((l) => [l.category, l.name, ...priced(l), l.months ?? ''])],
  'a 2-row header: 月数 under a blank (merged) cell': (x) =>
    [['区分', '品名', '数量', '単価', '金額', ''], ['', '', '', '', '', '月数'], ...x.lines.map((l) => [l.category, l.name, ...priced(l), l.months ?? ''])],
  'a bilingual 2-row header': (x) =>
    [['区分', '品名', '数量', '単価', '金額', '月数'], ['Category', 'Description', 'Qty', 'Unit price', 'Amount', 'Months'], ...x.lines.map((l) => [l.category, l.name, ...priced(l), l.months ?? ''])],
  'the term in the 品名': (x) => [['区分', '品名', '数量', '単価', '金額'], ...x.lines.map((l) => [l.category, l.months ? `${l.name}（${l.months}ヶ月）` : l.name, ...priced(l)])],
  'the term as 数量 with 単位 ヶ月': (x) =>
    [['区分', '品名', '数量', '単位', '単価', '金額'], ...x.lines.map((l) => (isPeriod(l) ? [l.category, l.name, l.months!, 'ヶ月', l.amount / l.months!, l.amount] : [l.category, l.name, l.qty ?? '', '式', l.qty ? l.amount / l.qty : '', l.qty ? '' : l.amount]))],
  'the term in a 仕様 column': (x) => [['区分', '品名', '仕様', '数量', '単価', '金額'], ...x.lines.map((l) => [l.category, l.name, l.months ? `${l.months}ヶ月契約` : '標準', ...priced(l)])],
  'tax-inclusive 単価, 金額 = 数量 × 単価': (x) =>
    [['区分', '品名', '数量', '税込単価', '金額', '月数'], ...x.lines.map((l) => [l.category, l.name, qtyOf(l), (l.amount * 11) / 10 / qtyOf(l), (l.amount * 11) / 10, l.months ?? ''])],
};

function amountOf(s: Scenario, range: Row[]): number | string {
  try {
    return AMOUNT(s.frame, range, s.size, s.options) as number;
  } catch (e) {
    if (e instanceof IthojoError) return 'error';
    throw e;
  }
}

describe('(3) the same quote in different layouts prices the same', () => {
  const [base, ...others] = Object.entries(LAYOUTS);
  test.each(others)('%s', (_name, layout) => {
    fc.assert(
      fc.property(caseArb, ({ s, x }) => {
        fc.pre(x.lines.length > 0);
        const expected = amountOf(s, base[1](x));
        expect(expected).not.toBe('error');
        expect(amountOf(s, layout(x))).toBe(expected);
      }),
      params(Math.max(1, Math.round(params().numRuns / 4))),
    );
  });
});
