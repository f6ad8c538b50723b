/**
 * The builder's state → the core's arguments and the formula text, for both hosts; and the live
 * result built from the core alone.
 */
import { AMOUNT, DECLARATIONS } from '../../core';
import { builderFunctions, formulaText, initialState, missingParams, optionsText, scenario, shownOptions, frameOf, type BuilderState } from '../../ui/builder';
import { outcomeOf } from '../../ui/result';
import { programs } from '../../templates/catalog';

const invoice: BuilderState = {
  ...initialState(),
  frameName: 'インボイス対応類型',
  size: 'small',
  options: { functions: '2', method: '' },
  costText: '150万円',
};

test('the first state: the first program\'s first frame, nothing else given, AMOUNT', () => {
  const s = initialState();
  expect([s.frameName, s.size, s.costText, s.fn]).toEqual([programs()[0].tables[0].frames[0].name, null, '', 'AMOUNT']);
  expect(s.frameName).toBe('通常枠');
  expect(formulaText(s, 'excel')).toBe('=ITHOJO.AMOUNT("通常枠")');
  expect(missingParams(s)).toEqual(['cost']);
});

test('the functions offered are those taking a scenario (frame, cost, size, options) only', () => {
  expect(builderFunctions().map((d) => d.id)).toEqual(['AMOUNT', 'RATE', 'SELFPAY', 'CAP', 'MINAMOUNT', 'CHECK', 'BREAKDOWN']);
  for (const d of DECLARATIONS.filter((x) => !builderFunctions().includes(x))) expect(d.params.some((p) => !['frame', 'cost', 'size', 'options'].includes(p.name))).toBe(true);
});

test('a scenario\'s formula in Excel\'s and Sheets\' spelling, options as one text', () => {
  expect(optionsText(invoice)).toBe('機能=2');
  expect(formulaText(invoice, 'excel')).toBe('=ITHOJO.AMOUNT("インボイス対応類型", "150万円", "小規模事業者", "機能=2")');
  expect(formulaText({ ...invoice, fn: 'CHECK' }, 'sheets')).toBe('=ITHOJO_CHECK("インボイス対応類型", "150万円", "小規模事業者", "機能=2")');
  // CAP takes no cost: the builder leaves it out
  expect(formulaText({ ...invoice, fn: 'CAP' }, 'excel')).toBe('=ITHOJO.CAP("インボイス対応類型", "小規模事業者", "機能=2")');
});

test('whole yen typed (with or without commas) is a number; other text goes to the core as text', () => {
  expect(scenario({ ...invoice, costText: '1,500,000' }).cost).toBe(1_500_000);
  expect(formulaText({ ...invoice, costText: '1500000' }, 'excel')).toContain('", 1500000, "');
  expect(scenario({ ...invoice, costText: '1,50,000' }).cost).toBe('1,50,000');
  expect(scenario({ ...invoice, costText: '  ' }).cost).toBeNull();
});

test('flags, counts, choices and the rule year become option tokens; unchecked and empty ones do not', () => {
  const s: BuilderState = { ...initialState(), options: { processes: '4', wage: true, minwage: false, taxIncluded: true }, year: 2025 };
  expect(optionsText(s)).toBe('プロセス=4, 賃上げ, 税込, 年度=2025');
  expect(optionsText({ ...invoice, options: { method: '事務局ツール' } })).toBe('計算方式=事務局ツール');
});

test('the options shown are the frame\'s own then the universal ones, without the year (it has its own control)', () => {
  const normal = shownOptions(frameOf(initialState())).map((d) => d.names[0]);
  expect(normal.slice(0, 3)).toEqual(['プロセス', '賃上げ', '最低賃金近傍']);
  expect(normal).toContain('税込');
  expect(normal).not.toContain('年度');
  expect(normal).not.toContain('機能');
  expect(shownOptions(frameOf(invoice)).map((d) => d.names[0]).slice(0, 2)).toEqual(['機能', '計算方式']);
});

test('a range selected in the sheet is referenced by address and priced whole; a single cell is its value', () => {
  const values = [['区分', '金額', '月数'], ['ソフトウェア', 1_500_000, ''], ['PC', 240_000, ''], ['POSレジ', 300_000, '']];
  const s = { ...invoice, range: { address: 'Sheet1!D11:F14', values } };
  expect(formulaText(s, 'excel')).toBe('=ITHOJO.AMOUNT("インボイス対応類型", Sheet1!D11:F14, "小規模事業者", "機能=2")');
  expect(scenario(s).cost).toBe(values);
  expect(scenario({ ...s, range: { address: 'B2', values: [[2_000_000]] } }).cost).toBe(2_000_000);
});

describe('the live result', () => {
  test('a priced scenario: the core\'s amount, CHECK, the rule table that answered', () => {
    const o = outcomeOf(invoice);
    if (o.kind !== 'priced') throw new Error(o.kind);
    expect(o.calc.amount).toBe(AMOUNT('インボイス対応類型', '150万円', '小規模事業者', '機能=2'));
    // 4/5 of the first 625,000 (500,000 of subsidy), then 2/3 of 875,000 (583,333)
    expect(o.calc.amount).toBe(1_083_333);
    expect(o.check).toBe('OK');
    expect(o.calc.table.fiscalYear).toBe(o.calc.frame.fiscalYear);
    expect(o.quote).toEqual([]);
  });

  test('no cost yet: the cap, the floor and the base rate', () => {
    expect(outcomeOf(initialState())).toEqual({ kind: 'limits', limits: { cap: 1_499_999, floor: 50_000, baseRate: 0.5 } });
  });

  test('a quote range is read line by line by the core: its header row, then each line (months prorated)', () => {
    const values = [['区分', '金額', '月数'], ['ソフトウェア', 600_000, ''], ['クラウド', 720_000, 36], ['', '', '']];
    const o = outcomeOf({ ...initialState(), range: { address: 'D11:F14', values } });
    if (o.kind !== 'priced') throw new Error(o.kind);
    expect(o.quote[0][0]).toMatch(/見積明細/);
    expect(o.quote.slice(1)).toEqual([
      ['2行目 ソフトウェア', 600_000, 'ソフトウェア', 600_000, '', ''],
      ['3行目 クラウド', 720_000, 'クラウド利用料', 480_000, '24/36', ''],
    ]);
    expect(o.calc.amount).toBe(540_000);
  });

  test('a quote line the core cannot read fails the quote, with the core\'s reason', () => {
    const values = [['区分', '金額'], ['ソフトウェア', 600_000], ['送料', 'abc']];
    const o = outcomeOf({ ...initialState(), range: { address: 'D11:E13', values } });
    expect(o.kind).toBe('error');
    if (o.kind === 'error') expect(o.message).toMatch(/3行目/);
  });

  test('a frame that needs an option says so, with the limits it can still give', () => {
    const o = outcomeOf({ ...initialState(), frameName: '電子取引類型', costText: '100万円' });
    expect(o.kind).toBe('error');
    if (o.kind === 'error') {
      expect(o.message).toMatch(/口座/);
      expect(o.limits?.cap).toBe(3_500_000);
    }
  });
});
