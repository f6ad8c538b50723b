/**
 * Rows a vendor's quote holds besides its lines (quote-reading.md §Q1–§Q3, §Q25–§Q27), seeded
 * property tests of issue 19 "Done when":
 * (1) inserting any summary row (a §Q1 label, at a random place, with its true amount) or any note
 *     row never changes AMOUNT (nor SELFPAY, nor what CHECK decides);
 * (2) adding a row that cannot be read makes the answer an error, never a different number.
 */
import fc from 'fast-check';
import { CHECK, IthojoError } from '../../core';
import { caseArb, params, priced, toRange, type Scenario } from './quoteGen';

type Row = (string | number)[];

/**
 * Summary labels (§Q1's list and the stems of §Q25: 今回御見積額, お見積り金額, Total amount, 10%対象)
 * with the sum each states: the lines of its section, all lines so far, or tax on them.
 */
const SUMMARIES: readonly (readonly [string, 'section' | 'running' | 'tax' | 'any'])[] = [
  ['小計', 'section'], ['ソフトウェア小計', 'section'], ['役務 計', 'section'], ['頁計', 'section'], ['ページ計', 'running'], ['Subtotal', 'section'],
  ['Sub Total', 'running'], ['合計', 'running'], ['総計', 'running'], ['計', 'section'], ['差引合計', 'running'], ['値引後合計', 'running'],
  ['値引き後金額', 'running'], ['御見積金額', 'running'], ['お見積総額（税込）', 'running'], ['御見積総額', 'running'], ['今回御見積額', 'running'],
  ['お見積り金額', 'running'], ['お支払額', 'running'], ['お支払総額', 'running'], ['ご請求予定額', 'running'], ['Total', 'running'],
  ['Grand Total', 'running'], ['Total amount', 'running'], ['次頁へ繰越', 'running'], ['前頁より繰越', 'running'], ['繰越', 'running'],
  ['消費税', 'tax'], ['消費税等', 'tax'], ['消費税(10%)', 'tax'], ['内消費税', 'tax'], ['（内消費税）', 'tax'], ['うち消費税額', 'tax'],
  ['Tax', 'tax'], ['VAT', 'tax'], ['Consumption tax', 'tax'], ['10%対象', 'any'], ['税込合計', 'running'],
];

/** Note rows (§Q3, §Q27): their first text starts with a note mark; they state nothing of tax. */
const NOTES = ['※納期はご発注後2週間です', '＊有効期限: 発行日より30日', '* 価格は変更になる場合があります', '注:保守は翌月から', '注）詳細は別紙', '（注）振込手数料はご負担ください', '(注) 5,000,000円', '備考: 以下余白'];

const numberOf = (x: unknown): number => (typeof x === 'number' ? x : typeof x === 'string' && x.startsWith('▲') ? -Number(x.slice(1).replace(/,/g, '')) : 0);

/** The amount each body row adds as written (金額, or 数量 × 単価; a 値引 row takes its amount off). */
function written(row: Row): number {
  const amount = row[4] === '' ? numberOf(row[2]) * numberOf(row[3]) : numberOf(row[4]);
  return String(row[1]).includes('値引') ? -Math.abs(amount) : amount;
}

/** The range with a summary row inserted before body row `at` (1 ≤ at ≤ rows), stating its true sum. */
function withSummary(range: Row[], at: number, label: string, kind: 'section' | 'running' | 'tax' | 'any', column: 1 | 3): Row[] {
  const body = range.slice(1);
  const before = body.slice(0, at - 1).reduce((s, r) => s + written(r), 0);
  const amount = kind === 'tax' ? Math.floor(before / 10) : kind === 'any' ? before + 1 : before;
  // a section subtotal placed first would sum no line: state the running total there (the same 0)
  const row: Row = ['', '', '', '', amount, ''];
  row[column] = label;
  return [range[0], ...body.slice(0, at - 1), row, ...body.slice(at - 1)];
}

const verdict = (s: Scenario, range: unknown[][]): string => {
  const c = CHECK(s.frame, range, s.size, s.options) as string;
  return c.startsWith('OK') ? 'OK' : c;
};

describe('(1) summary and note rows never change AMOUNT', () => {
  test('a summary row (§Q1 label, random place, its true amount)', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.constantFrom(...SUMMARIES), fc.constantFrom(1 as const, 3 as const), ({ s, x }, where, [label, kind], column) => {
        const range = toRange(x, s.spreadAll);
        const at = 1 + (where % range.length); // before any body row, or after the last
        const summed = withSummary(range, at, label, kind === 'section' && at === 1 ? 'running' : kind, column);
        expect(priced(s, summed)).toEqual(priced(s, range));
        expect(verdict(s, summed)).toBe(verdict(s, range));
      }),
      params(),
    );
  });

  test('summary rows after the lines: 小計, 消費税, 合計, 御見積総額（税込）', () => {
    fc.assert(
      fc.property(caseArb, ({ s, x }) => {
        const range = toRange(x, s.spreadAll);
        const total = range.slice(1).reduce((t, r) => t + written(r), 0);
        const tax = Math.floor(total / 10);
        const summed = [...range, ['', '小計', '', '', total, ''], ['', '消費税', '', '', tax, ''], ['', '合計', '', '', total + tax, ''], ['', '御見積総額（税込）', '', '', total + tax, '']];
        expect(priced(s, summed)).toEqual(priced(s, range));
        expect(CHECK(s.frame, summed, s.size, s.options)).toBe(CHECK(s.frame, range, s.size, s.options));
      }),
      params(),
    );
  });

  test('a note row (※, ＊, 注:, (注), 備考:), with or without an amount', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.constantFrom(...NOTES), fc.option(fc.integer({ min: 1, max: 9_999_999 }), { nil: undefined }), ({ s, x }, where, note, amount) => {
        const range = toRange(x, s.spreadAll);
        const at = 1 + (where % range.length);
        const noted = [...range.slice(0, at), [note, '', '', '', amount ?? '', ''], ...range.slice(at)];
        expect(priced(s, noted)).toEqual(priced(s, range));
      }),
      params(),
    );
  });
});

/**
 * Rows the reader cannot read for certain: each would change the subsidy if guessed (quote-reading.md:
 * certain, or asked). With its ruling.
 */
const UNREADABLE: readonly (readonly [string, Row])[] = [
  ['Q16/Q32 no head decides', ['', 'タブレットPOSレジ端末', 1, 100000, '', '']],
  ['Q16 a bundle of two categories', ['', 'POSレジ・会計ソフト セット', 1, 300000, '', '']],
  ['Q17 hardware of no group', ['ハードウェア', '周辺機器一式', '', '', 50000, '']],
  ['Q4 never inferred', ['', '諸経費', '', '', 30000, '']],
  ['Q40 never inferred', ['', '運搬費', '', '', 8000, '']],
  ['no category at all (a 区分 that names none)', ['その他', 'X社 部材', '', '', 10000, '']],
  ['Q2 a bare amount that sums nothing', ['', '', '', '', 123457, '']],
  ['Q2 an error value', ['', '#N/A', '', '', 10000, '']],
  ['Q12/Q31 brackets on an item', ['', '会計ソフト 追加', '', '', '(30,000)', '']],
  ['Q13 a trailing minus', ['', '会計ソフト 追加', '', '', '500,000-', '']],
  ['Q15 a bare digit after 万', ['', '会計ソフト 追加', '', '', '1万5', '']],
  ['Q20 a term that cannot be read', ['', 'クラウド会計 月額利用料', '', '', 60000, '']],
  ['Q20 複数年契約', ['保守', '複数年契約', '', '', 90000, '']],
  ['Q33 two terms that differ', ['', 'クラウド会計 36ヶ月', '', '', 360000, 24]],
  ['Q36 users × months with no month count', ['', 'クラウド会計 利用料', 120, 'ユーザー・月', 120000, '']],
  ['an amount that is no amount', ['', '会計ソフト 追加', '', '', 'たくさん', '']],
];

describe('(2) a row that cannot be read makes the answer an error, never a different number', () => {
  test.each(UNREADABLE.map(([why, row]) => [why, row] as const))('%s', (_why, bad) => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ s, x }, where) => {
        const range = toRange(x, s.spreadAll);
        const at = 1 + (where % range.length);
        // Q36's 単位 stands in the 単価 column of this layout: a header with a 単位 column
        const spoiled = bad[3] === 'ユーザー・月'
          ? [['区分', '品名', '数量', '単位', '金額', '月数'], ...range.slice(1, at).map(unitless), bad, ...range.slice(at).map(unitless)]
          : [...range.slice(0, at), bad, ...range.slice(at)];
        const answer = priced(s, spoiled);
        expect(answer).toBeInstanceOf(IthojoError);
      }),
      params(Math.max(1, Math.round(params().numRuns / 8))),
    );
  });
});

/** A line row of the 単価 layout in the 単位 layout: 数量 × 単価 written out as 金額. */
function unitless(row: Row): Row {
  return row[4] === '' && row[2] !== '' ? [row[0], row[1], row[2], '', numberOf(row[2]) * numberOf(row[3]), row[5]] : [row[0], row[1], row[2], '', row[4], row[5]];
}
