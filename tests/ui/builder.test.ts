/**
 * The builder's state → the core's arguments and the formula text, for both hosts; and the live
 * result built from the core alone.
 */
import { AMOUNT, CHECK, DECLARATIONS, cellText } from '../../core';
import { builderFunctions, formulaText, initialState, missingParams, optionsText, roundsOf, scenario, shownOptions, frameOf, withProgram, withYear, type BuilderState } from '../../ui/builder';
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

describe('switching program, year and frame keeps what still applies (issue 20)', () => {
  const small: BuilderState = { ...initialState(), size: 'small', options: { processes: '4' }, costText: '15000000' };

  test('another program and back: the size and the options stay; the formula carries those its frame reads', () => {
    const ma = withProgram(small, 'ma');
    expect([ma.frameName, ma.size, ma.options]).toEqual(['事業承継促進枠', 'small', { processes: '4' }]);
    // 事業承継促進枠 reads no プロセス: it stays out of its formula, and the 小規模 cap stays 800万
    expect(formulaText(ma, 'excel')).toBe('=ITHOJO.AMOUNT("事業承継促進枠", 15000000, "小規模事業者")');
    expect(AMOUNT('事業承継促進枠', 15_000_000, '小規模事業者')).toBe(8_000_000);
    const back = withProgram(ma, 'it');
    expect([back.frameName, back.size, optionsText(back)]).toEqual(['通常枠', 'small', 'プロセス=4']);
  });

  test('通常枠 → インボイス対応類型 → 通常枠 keeps プロセス=4', () => {
    const invoiceFirst = { ...small, frameName: 'インボイス対応類型', options: { ...small.options, functions: '2' } };
    expect(optionsText(invoiceFirst)).toBe('機能=2');
    expect(optionsText({ ...invoiceFirst, frameName: '通常枠' })).toBe('プロセス=4');
  });

  test('a rule year the new program has is kept, one it lacks is dropped; a year keeps the frame by id', () => {
    const y2025 = withYear(small, 2025);
    expect([y2025.year, y2025.frameName]).toEqual([2025, '通常枠']);
    expect(withProgram(y2025, 'ma').year).toBe(2025);
    // ものづくり has a 2025 table only
    expect(withProgram(withYear(small, 2026), 'mono').year).toBeNull();
    // 複数者連携 (2026) is 複数社連携IT導入枠 in 2025: the same frame id, another name
    expect(withYear({ ...small, frameName: '複数者連携デジタル化・AI導入枠' }, 2025).frameName).toBe('複数社連携IT導入枠');
  });

  test('a 公募回 is written only when the frame\'s table has that round', () => {
    expect(roundsOf(small).map((r) => r.round)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(optionsText({ ...small, options: { round: '5' } })).toBe('公募回=5');
    const ma = withProgram({ ...small, options: { round: '5' } }, 'ma');
    expect(roundsOf(ma).map((r) => r.round)).toEqual([14, 15]);
    expect(optionsText(ma)).toBe('');
  });
});

describe('the live result', () => {
  test('a priced scenario: the core\'s amount, CHECK\'s reasons and warnings as Texts, the rule table that answered', () => {
    const o = outcomeOf(invoice);
    if (o.kind !== 'priced') throw new Error(o.kind);
    expect(o.calc.amount).toBe(AMOUNT('インボイス対応類型', '150万円', '小規模事業者', '機能=2'));
    // 4/5 of the first 625,000 (500,000 of subsidy), then 2/3 of 875,000 (583,333)
    expect(o.calc.amount).toBe(1_083_333);
    expect([o.calc.reasons, o.calc.warnings]).toEqual([[], []]);
    expect(CHECK('インボイス対応類型', '150万円', '小規模事業者', '機能=2')).toBe('OK');
    expect(o.calc.table.fiscalYear).toBe(o.calc.frame.fiscalYear);
    expect(o.quote).toEqual([]);
  });

  test('no cost yet: the cap, the floor and the base rate', () => {
    expect(outcomeOf(initialState())).toEqual({ kind: 'limits', limits: { cap: 1_499_999, floor: 50_000, baseRate: 0.5 } });
  });

  test('a quote range is read line by line by the core (months prorated)', () => {
    const values = [['区分', '金額', '月数'], ['ソフトウェア', 600_000, ''], ['クラウド', 720_000, 36], ['', '', '']];
    const o = outcomeOf({ ...initialState(), range: { address: 'D11:F14', values } });
    if (o.kind !== 'priced') throw new Error(o.kind);
    expect(o.quote.map((l) => [l.line.ja, l.amount, l.category!.ja, l.counted, l.months])).toEqual([
      // named as the sheet numbers the rows (D11:F14: the header is row 11), not the selection's
      ['12行目 ソフトウェア', 600_000, 'ソフトウェア', 600_000, ''],
      ['13行目 クラウド', 720_000, 'クラウド利用料', 480_000, '24/36'],
    ]);
    expect(o.quote[0].line.en).toBe('row 12: ソフトウェア');
    expect(o.calc.amount).toBe(540_000);
  });

  test('a quote line the core cannot read fails the quote, with the core\'s reason: the cost\'s own error', () => {
    const values = [['区分', '金額'], ['ソフトウェア', 600_000], ['送料', 'abc']];
    const o = outcomeOf({ ...initialState(), range: { address: 'D11:E13', values } });
    expect(o.kind).toBe('error');
    if (o.kind === 'error') expect([cellText(o.message), o.field]).toEqual([expect.stringMatching(/3行目/), 'cost']);
  });

  test('a cost the core cannot read ("約120万") is the cost field\'s error, in both languages', () => {
    const o = outcomeOf({ ...initialState(), costText: '約120万' });
    if (o.kind !== 'error') throw new Error(o.kind);
    expect(o.field).toBe('cost');
    expect(o.message.ja).toMatch(/^経費を金額として読めません: 「約120万」/);
    expect(o.message.en).toBe('cost: not an amount: "約120万"');
  });

  test('a frame that needs an option says so, with the limits it can still give (not the cost\'s error)', () => {
    const o = outcomeOf({ ...initialState(), frameName: '電子取引類型', costText: '100万円' });
    expect(o.kind).toBe('error');
    if (o.kind === 'error') {
      expect([o.message.ja, o.field]).toEqual([expect.stringMatching(/口座/), null]);
      expect(o.limits?.cap).toBe(3_500_000);
    }
  });
});
