/**
 * One test (at least) per ruling of ../shared/rules/quote-reading.md (Q1–Q43: "certain, or asked"),
 * each expectation worked out by hand in its comment with exact fractions. The public corpus
 * (examples/quotes/corpus/, tests/corpus/) runs real layouts through the same rulings; this file
 * pins each ruling on its smallest case. 通常枠 (プロセス=2): 1/2, cap 1,499,999, floor 50,000;
 * インボイス対応類型 (中小, 機能=2): 3/4 up to 500,000 of subsidy (2,000,000/3 of cost), 2/3 above,
 * PC等 and レジ等 at 1/2 (it2025.md §2.1, §3.1).
 */
import { AMOUNT, BREAKDOWN, CHECK, SELFPAY, calculate } from '../../core';
import { errorOf, expectGoodMessage } from './helpers';

type Row = (string | number)[];
const H = ['品名', '数量', '単価', '金額'];
const N = '通常枠';
const INV = 'インボイス対応類型';

/** BREAKDOWN's quote block: [label, amount, category, counted, months]. */
function block(frame: string, quote: Row[], options = ''): Row[] {
  const t = BREAKDOWN(frame, quote, '中小企業', options) as Row[];
  return t.slice(t.findIndex((r) => r[0] === '見積明細 (quote line)') + 1).map((r) => r.slice(0, 5));
}

const asked = (frame: string, quote: Row[], pattern: RegExp, options = ''): void => {
  const e = errorOf(() => AMOUNT(frame, quote, '中小企業', options));
  expect(e.message).toMatch(pattern);
  expectGoodMessage(e.message);
};

describe('Rows', () => {
  test('Q1 summary labels by their stem, never lines (今回御見積額, お見積り金額, Total amount, 10%対象, 次頁へ繰越 …)', () => {
    // 会計ソフト 1,000,000 × 1/2 = 500,000; every other row states a sum of it (or its tax)
    const q = [H, ['会計ソフト', 1, 1000000, ''], ['次頁へ繰越', '', '', 1000000], ['前頁より繰越', '', '', 1000000], ['10%対象', '', '', 1000000],
      ['消費税', '', '', 100000], ['お支払総額', '', '', 1100000], ['今回御見積額', '', '', 1100000], ['お見積り金額（税込）', '', '', 1100000],
      ['Total amount', '', '', 1100000], ['Grand Total', '', '', 1100000], ['うち消費税額', '', '', 100000]];
    expect(AMOUNT(N, q)).toBe(500000);
    // no summary disagrees: CHECK notes only the category it inferred
    expect(CHECK(N, q)).toBe('OK (注意: 区分を品名から推定: 2行目「会計ソフト」→ソフトウェア (Category inferred from the item name))');
    // under a heading a summary inherits nothing: 【ソフトウェア】 … 小計 is no software line
    expect(AMOUNT(N, [['【ソフトウェア】', ''], ['会計ソフト', 1000000], ['ソフトウェア小計', 1000000]])).toBe(500000);
    // one that disagrees is a warning; the lines count
    expect(CHECK(N, [['会計ソフト', 1000000], ['合計', 1200000]])).toMatch(/^OK \(注意: 見積2行目の「合計」1,200,000円 が明細の合計 1,000,000円 と一致しません/);
  });

  test('Q2 an amount with no item label is a subtotal or asked; so is a heading carrying an amount', () => {
    const sub = [H, ['会計ソフト', 1, 800000, ''], ['導入設定', 1, 200000, ''], ['', '', '', 1000000]];
    expect(AMOUNT(N, sub)).toBe(500000); // (800,000 + 200,000) × 1/2
    asked(N, [H, ['会計ソフト', 1, 800000, ''], ['', '', '', 950000]], /^見積3行目は品名のない金額 950,000円 で/);
    // an error value under a heading is asked, never priced as the heading's category
    asked(N, [['【ソフトウェア】', ''], ['会計ソフト', 800000], ['#N/A', 50000]], /^見積3行目1列目にエラー値「#N\/A」があります/);
    // 【ソフトウェア】 900,000 over lines of 600,000 + 300,000: a section subtotal; over 600,000 alone: asked
    expect(AMOUNT(N, [H, ['【ソフトウェア】', '', '', 900000], ['会計ソフト', 1, 600000, ''], ['販売管理ソフト', 1, 300000, '']])).toBe(450000);
    asked(N, [H, ['【ソフトウェア】', '', '', 900000], ['会計ソフト', 1, 600000, '']], /^見積2行目の見出し「【ソフトウェア】」の金額 900,000円 が、その下の明細の合計 600,000円 と一致しません/);
  });

  test('Q3 note rows (※, ＊, *, 備考:) change nothing, amounts and all', () => {
    expect(AMOUNT(N, [H, ['会計ソフト', 1, 1000000, ''], ['※保守は翌月から開始します', '', '', 999999], ['＊有効期限 30日', '', '', ''], ['備考: 導入設定 別途', '', '', 50000]])).toBe(500000);
  });

  test('Q4 諸経費, 雑費, 管理費, 交通費, 出張費, 申請代行: never inferred, not even under a heading; a 区分 or 対象外 settles them', () => {
    asked(N, [['【導入設定】', ''], ['初期設定', 200000], ['諸経費', 20000], ['会計ソフト', 800000]], /^見積3行目の「諸経費」は「諸経費」を含むため区分を推定しません/);
    asked(N, [['会計ソフト', 800000], ['申請代行手数料', 50000]], /^見積2行目の「申請代行手数料」/);
    // 対象外: SELFPAY only (800,000 × 1/2 = 400,000; 850,000 − 400,000 = 450,000)
    const q = [['区分', '品名', '金額'], ['ソフトウェア', '会計ソフト', 800000], ['対象外', '諸経費', 50000]];
    expect([AMOUNT(N, q), SELFPAY(N, q)]).toEqual([400000, 450000]);
  });

  test('Q5 実費, 別途, 別途見積 in an amount cell: 0, outside the subsidy, noted; no category needed (Q5 wins over Q4)', () => {
    const q = [H, ['会計ソフト', 1, 800000, ''], ['交通費', '', '', '実費'], ['出張費', 1, '別途見積', '']];
    expect([AMOUNT(N, q), SELFPAY(N, q)]).toEqual([400000, 400000]);
    expect(CHECK(N, q)).toMatch(/金額が「別途」「実費」などの行はこの見積では0円とし、補助対象に含めていません: 3行目「交通費」、4行目「出張費」/);
  });

  test('Q6 a second header row that adds words under blank (merged) cells is part of the header, never "two quotes"', () => {
    // 金額 merged over 税抜 | 税込: the 税抜 column counts (Q9): 1,000,000 × 1/2
    const merged = [['品名', '数量', '金額', ''], ['', '', '税抜', '税込'], ['会計ソフト', 1, 1000000, 1100000]];
    expect(AMOUNT(N, merged)).toBe(500000);
    // the 月数 heading under a blank cell: 360,000 over 36 months counts 240,000 (× 24/36); (1,000,000 + 240,000) × 1/2
    expect(AMOUNT(N, [['品名', '金額', ''], ['', '', '月数'], ['会計ソフト', 1000000, ''], ['クラウド', 360000, 36]])).toBe(620000);
  });

  test('Q7 item-column names (作業内容, 納品物, Description …); without one the error says so, never "unknown category 「」"', () => {
    expect(AMOUNT(N, [['作業内容', '金額'], ['初期設定', 200000], ['会計ソフト ライセンス', 800000]])).toBe(500000);
    expect(AMOUNT(N, [['納品物', '金額'], ['会計ソフト', 1000000]])).toBe(500000);
    asked(N, [['型番', '数量', '金額'], ['AB-100', 1, 1000000]], /^見積1行目の見出し行に品名の列がありません。品名の列 \(品名、品目/);
  });

  test('Q8 a column headed 合計, 計, 金額合計 or 小計 is the line amount; a discount in it counts', () => {
    // (1,000,000 + 200,000) − 100,000 = 1,100,000 × 1/2 = 550,000
    expect(AMOUNT(N, [['品名', '数量', '単価', '合計'], ['会計ソフト', 1, 1000000, 1000000], ['導入設定', 1, 200000, 200000], ['出精値引き', '', '', -100000]])).toBe(550000);
    expect(AMOUNT(N, [['品名', '計'], ['会計ソフト', 1000000]])).toBe(500000);
  });

  test('Q9 of a 税抜 and a 税込 amount column the 税抜 one counts, whichever comes first and whatever the other says', () => {
    // the 税込 column is not 1.1 × the 税抜 one here: a reader that took it (÷ 1.1 = 1,090,909.09 → 545,454) would overstate
    expect(AMOUNT(N, [['品名', '金額(税込)', '金額(税抜)'], ['会計ソフト', 1200000, 1000000]])).toBe(500000);
    expect(AMOUNT(N, [['品名', '税抜金額', '税込金額'], ['会計ソフト', 1000000, 1200000]])).toBe(500000);
    expect(AMOUNT(N, [['品名', '金額', '税込金額'], ['会計ソフト', 1000000, 1200000]])).toBe(500000);
    // neither marked: they must agree on every line, else the line is asked
    expect(AMOUNT(N, [['品名', '定価金額', '見積金額'], ['会計ソフト', 1000000, 1000000]])).toBe(500000);
    asked(N, [['品名', '定価金額', '見積金額'], ['会計ソフト', 1000000, 1000000], ['導入設定', 100000, 80000]], /^見積3行目「導入設定」の2つの金額の列 \(100,000円 と 80,000円\) が一致しません/);
  });

  test('Q10 a 補助対象 column of ○/×: × is 対象外; any other mark is asked', () => {
    const q = [['品名', '金額', '補助対象'], ['会計ソフト', 1000000, '○'], ['サーバー', 300000, '×']];
    expect([AMOUNT(N, q), SELFPAY(N, q)]).toEqual([500000, 800000]); // 1,000,000 × 1/2; 1,300,000 − 500,000
    asked(N, [['品名', '金額', '補助対象'], ['会計ソフト', 1000000, '○'], ['在庫管理', 300000, '要確認']], /^見積3行目「在庫管理」の補助対象の欄「要確認」が読めません/);
  });
});

describe('Amounts and tax', () => {
  test('Q11 税込単価 with 金額 = 数量 × 単価: the 金額 is tax-inclusive (÷ 1.1); a 金額 that differs is asked', () => {
    // 2 × 550,000 = 1,100,000 (税込) ÷ 1.1 = 1,000,000 × 1/2
    expect(AMOUNT(N, [['品名', '数量', '税込単価', '金額'], ['会計ソフト', 2, 550000, 1100000]])).toBe(500000);
    // 158.4 × 10 = 1,584 ÷ 1.1 = 1,440 exactly (a price with a fraction of a yen is compared exactly)
    expect(calculate({ frame: N, cost: [['品名', '数量', '単価（税込）', '金額'], ['会計ソフト', 10, 158.4, 1584]] }).cost).toBe(1440);
    asked(N, [['品名', '数量', '税込単価', '金額'], ['クラウドバックアップ', 12, 1100, 12000]], /^見積2行目「クラウドバックアップ」: 単価は税込ですが、金額 12,000円 が数量×単価 \(13,200円\) と一致しない/);
  });

  test('Q12 ¥-30,000, ￥▲30,000, ¥△30,000 are discounts; (30,000) only on a discount row', () => {
    // 1,000,000 − 30,000 = 970,000 × 1/2 = 485,000, each way of writing it
    for (const d of ['¥-30,000', '￥▲30,000', '¥△30,000', '-30,000', '▲30,000'])
      expect([d, AMOUNT(N, [['会計ソフト', 1000000], ['値引き', d]])]).toEqual([d, 485000]);
    expect(AMOUNT(N, [['会計ソフト', 1000000], ['出精値引き', '(30,000)']])).toBe(485000);
  });

  test('Q12 a discount with a fraction of a yen rounds toward the larger discount (never overstates)', () => {
    // 1,000,001 − 1.5 → the discount is 2 yen: 999,999 × 1/2 = 499,999.5 → 499,999 (a 1-yen discount would give 500,000)
    expect(AMOUNT(N, [['会計ソフト', 1000001], ['値引き', '-1.5']])).toBe(499999);
    expect(AMOUNT(N, [['会計ソフト', 1000001], ['値引き', -1.5]])).toBe(499999);
    expect(AMOUNT(N, [['会計ソフト', 1000001], ['値引き', '▲1.5円']])).toBe(499999);
    // 数量 × 単価: 1.5 × −1 = −1.5 → −2
    expect(AMOUNT(N, [H, ['会計ソフト', 1, 1000001, ''], ['出精値引き', 1.5, -1, '']])).toBe(499999);
    expect(SELFPAY(N, [['会計ソフト', 1000001], ['値引き', '-1.5']])).toBe(500000); // 999,999 − 499,999
  });

  test('Q13 500,000- is asked (a trailing minus could be a sign); ¥500,000- and 500,000円- are amounts', () => {
    asked(N, [['会計ソフト', '500,000-']], /^見積1行目: 金額欄を金額として読めません: 「500,000-」/);
    expect(AMOUNT(N, [['会計ソフト', '¥500,000-'], ['導入設定', '500,000円-']])).toBe(500000);
  });

  test('Q14 数量 × 単価 above 1e15 is asked, as any amount above it', () => {
    asked(N, [H, ['ライセンス追加', 1e9, 1e15, '']], /^見積2行目「ライセンス追加」の数量×単価が上限 \(1e15円\) を超えています/);
  });

  test('Q15 1万5 and 2億千 are asked; 1万5千, 1万5000, 1万2,500 and 2億1000万 are amounts', () => {
    asked(N, [['会計ソフト', '1万5']], /^見積1行目: 金額欄を金額として読めません: 「1万5」/);
    asked(N, [['会計ソフト', '2億千']], /「2億千」/);
    // 15,000 + 15,000 + 12,500 = 42,500 of software; 200,100,000 caps at 1,499,999
    expect(calculate({ frame: N, cost: [['会計ソフト', '1万5千'], ['会計ソフト', '1万5000'], ['会計ソフト', '1万2,500']] }).cost).toBe(42500);
    expect(calculate({ frame: N, cost: [['会計ソフト', '2億1000万']] }).cost).toBe(210000000);
  });
});

describe('Categories', () => {
  test('Q16 the head noun decides, bracketed text never does; a bundle of both is asked', () => {
    const q = [['POSレジソフト', 300000], ['販売管理ソフト 3PCライセンス', 300000], ['ノートPC（会計ソフト用）', 100000]];
    expect(block(INV, q, '機能=2').map((r) => r[2])).toEqual(['ソフトウェア', 'ソフトウェア', 'PC・タブレット等']);
    asked(INV, [['会計ソフト', 500000], ['POSレジ・会計ソフト セット', 300000]], /^見積2行目の「POSレジ・会計ソフト セット」は「ソフトウェア」とも「POSレジ・券売機等」とも読めます/, '機能=2');
  });

  test('Q17 a generic 区分 (ハードウェア購入費) is refined by the 品名; neither group is asked', () => {
    const q = [['区分', '品名', '金額'], ['ソフトウェア', '会計ソフト', 1000000], ['ハードウェア購入費', 'POSレジ', 300000], ['ハードウェア', 'タブレット', 100000]];
    expect(block(INV, q, '機能=2').map((r) => r[2])).toEqual(['ソフトウェア', 'POSレジ・券売機等', 'PC・タブレット等']);
    asked(INV, [['区分', '品名', '金額'], ['ソフトウェア', '会計ソフト', 1000000], ['ハードウェア', 'スタンド', 20000]], /^見積3行目の「スタンド」はハードウェアですが/, '機能=2');
  });

  test('Q18 discount words in 備考 change nothing: a line is a discount by its 品名, 区分 or sign', () => {
    // 1,000,000 + 200,000 = 1,200,000 × 1/2 (the 備考 割引 does not make 導入設定 a discount)
    expect(AMOUNT(N, [['品名', '金額', '備考'], ['会計ソフト', 1000000, ''], ['導入設定', 200000, '割引適用済み']])).toBe(600000);
  });
});

describe('Terms (クラウド利用料 and 保守 24 months, オプション 12)', () => {
  // 1,000,000 of software + 360,000 over 36 months counted 240,000: 1,240,000 × 1/2 = 620,000
  test.each([
    ['3年', [['会計ソフト', 1000000], ['クラウド利用料 3年', 360000]]],
    ['三年分', [['会計ソフト', 1000000], ['クラウド利用料 三年分', 360000]]],
    ['三十六ヶ月', [['会計ソフト', 1000000], ['クラウド利用料 三十六ヶ月', 360000]]],
    ['（2026年4月〜2029年3月）', [['会計ソフト', 1000000], ['クラウド利用料（2026年4月〜2029年3月）', 360000]]],
    ['2026/4〜2029/3', [['会計ソフト', 1000000], ['クラウド利用料 2026/4〜2029/3', 360000]]],
    ['月額10,000円×36回', [['会計ソフト', 1000000], ['クラウド 月額10,000円×36回', 360000]]],
    ['12ヶ月×3年', [['会計ソフト', 1000000], ['クラウド利用料 12ヶ月×3年', 360000]]],
    ['36 months', [['会計ソフト', 1000000], ['Cloud subscription 36 months', 360000]]],
    ['3年プラン', [['会計ソフト', 1000000], ['クラウド会計 3年プラン', 360000]]],
  ])('Q19 %s is 36 months', (_form, q) => {
    expect(AMOUNT(N, q as Row[])).toBe(620000);
  });

  test('Q19 the term in the 単位 (年度), 月数 or 仕様 cell', () => {
    expect(AMOUNT(N, [['品名', '数量', '単位', '単価', '金額'], ['会計ソフト', 1, '式', 1000000, ''], ['クラウド利用料', 3, '年度', 120000, '']])).toBe(620000);
    expect(AMOUNT(N, [['品名', '仕様', '金額'], ['会計ソフト', '', 1000000], ['クラウド利用料', '36ヶ月契約', 360000]])).toBe(620000);
    expect(AMOUNT(N, [['品名', '契約年数', '金額'], ['会計ソフト', '', 1000000], ['クラウド利用料', 3, 360000]])).toBe(620000);
  });

  test('Q20 a term the reader cannot read is asked', () => {
    asked(N, [['会計ソフト', 1000000], ['クラウド利用料（2026年4月〜）', 360000]], /^見積2行目の「クラウド利用料（2026年4月〜）」は期間を表す語を含みますが、月数が読めません/);
    asked(N, [['会計ソフト', 1000000], ['クラウド 月額10,000円×36', 360000]], /月数が読めません/);
  });

  test('Q21 no term stated anywhere: counted as written, CHECK says the limit could not be checked', () => {
    const q = [['会計ソフト', 1000000], ['保守サポート', 360000]];
    expect(AMOUNT(N, q)).toBe(680000); // (1,000,000 + 360,000) × 1/2
    expect(CHECK(N, q)).toMatch(/月数の書かれていない利用料・保守・オプションの行は全額を対象にしました \(月数の上限を確認できません\): 2行目「保守サポート」/);
  });

  test('Q22 a licence stating a term is a usage fee (≤ 24 months)', () => {
    // ライセンス（3年分）360,000 → 240,000; + 会計ソフト 1,000,000 → 620,000
    const q = [['会計ソフト', 1000000], ['販売管理ライセンス（3年分）', 360000]];
    expect(AMOUNT(N, q)).toBe(620000);
    expect(block(N, q)[1]).toEqual(['2行目 販売管理ライセンス（3年分）', 360000, 'クラウド利用料', 240000, '24/36']);
    expect(CHECK(N, q)).toMatch(/期間のあるライセンスを利用料として月数の上限を適用: 2行目/);
  });
});

describe('Discounts', () => {
  test('Q23 a discount without a category comes off the counted cost, after the 役務 cap (issue 19: 1,450,000 → 1,300,000)', () => {
    // 通常枠 プロセス=4・賃上げ (450万): software 1,000,000 + 導入設定 3,000,000 (capped at 2,000,000) = 3,000,000 counted;
    // − 400,000 = 2,600,000 × 1/2 = 1,300,000. Spread before the cap (値引き=按分): 0.9 × (1,000,000 + 3,000,000) →
    // 900,000 + min(2,700,000, 2,000,000) = 2,900,000 × 1/2 = 1,450,000
    const q = [['会計ソフト', 1000000], ['導入設定', 3000000], ['出精値引き', -400000]];
    expect(AMOUNT(N, q, '中小企業', 'プロセス=4, 賃上げ')).toBe(1300000);
    expect(AMOUNT(N, q, '中小企業', 'プロセス=4, 賃上げ, 値引き=按分')).toBe(1450000);
    // BREAKDOWN: the cap's excess on a row of its own, the discount on its own; they add up to the tier row
    const rows = block(N, q, 'プロセス=4, 賃上げ');
    expect(rows.map((r) => r[3])).toEqual([1000000, 3000000, -400000, -1000000]);
    expect(rows[3][0]).toMatch(/の上限 \(cap\)$/);
  });

  test('Q24 a category discount on a line counted for part of its months comes wholly off the counted part', () => {
    // 保守 36ヶ月 360,000 counts 240,000; its discount 60,000 → 180,000; + 1,000,000 = 1,180,000 × 1/2 = 590,000.
    // 値引き=按分: 300,000 over 36 months → 200,000; 1,200,000 × 1/2 = 600,000
    const q = [['区分', '品名', '金額'], ['ソフトウェア', '会計ソフト', 1000000], ['保守', '保守サポート 36ヶ月', 360000], ['保守', '保守値引き', -60000]];
    expect(AMOUNT(N, q)).toBe(590000);
    expect(AMOUNT(N, q, '中小企業', '値引き=按分')).toBe(600000);
  });
});

describe('Clarifications', () => {
  test('Q25 a last word that is a stem makes a summary; a stem inside an item name does not', () => {
    // 合計表作成ソフト and 注文管理システム are lines: (300,000 + 700,000) × 1/2; ソフトウェア小計 and 役務 計 are summaries
    const q = [['合計表作成ソフト', 300000], ['注文管理システム', 700000], ['ソフトウェア小計', 1000000], ['初期設定', 200000], ['役務 計', 200000]];
    expect(AMOUNT(N, q)).toBe(600000);
    expect(CHECK(N, q)).toMatch(/^OK/);
  });

  test('Q26 a bare amount equal to all lines so far is a total; equal to none is asked', () => {
    const q = [H, ['会計ソフト', 1, 800000, ''], ['小計', '', '', 800000], ['導入設定', 1, 200000, ''], ['', '', '', 200000], ['', '', '', 1000000]];
    expect(AMOUNT(N, q)).toBe(500000);
    asked(N, [...q, ['', '', '', 999]], /^見積7行目は品名のない金額 999円 で/);
  });

  test('Q27 注:, 注), (注) mark notes; 注文 and 注記なし do not', () => {
    expect(AMOUNT(N, [['会計ソフト', 1000000], ['注）保守は別契約', 500000], ['(注) 振込手数料はご負担ください', 800]])).toBe(500000);
    // 注文管理システム is a line (software): (1,000,000 + 400,000) × 1/2
    expect(AMOUNT(N, [['会計ソフト', 1000000], ['注文管理システム', 400000]])).toBe(700000);
  });

  test('Q28 a note stating the prices include tax divides every amount by 1.1 once; the options cannot say otherwise', () => {
    // 1,100,000 ÷ 1.1 = 1,000,000 × 1/2, with or without the option 税込
    const q = [['会計ソフト', 1100000], ['※表示金額はすべて消費税込みの金額です', '']];
    expect(AMOUNT(N, q)).toBe(500000);
    expect(AMOUNT(N, q, '中小企業', '税込')).toBe(500000);
    expect(CHECK(N, q)).toMatch(/見積2行目「※表示金額はすべて消費税込みの金額です」により、見積の金額をすべて税込として1.1で割りました/);
    asked(N, q, /^見積2行目「※表示金額はすべて消費税込みの金額です」に金額は税込とありますが、オプションは「税込=なし」です/, '税込=なし');
    // a total labelled (税込) states only its own status: 1,000,000 × 1/2
    expect(AMOUNT(N, [['御見積金額（税込）', '¥1,100,000-'], ['品名', '金額'], ['会計ソフト', 1000000], ['消費税', 100000]])).toBe(500000);
  });

  test('Q29 a header cell holding an item-column name (品名・内容, 品名 / Description) names the item column', () => {
    expect(AMOUNT(N, [['品名・内容', '金額'], ['会計ソフト', 1000000]])).toBe(500000);
    expect(AMOUNT(N, [['品名 / Description', '数量 Qty', '金額 Amount'], ['会計ソフト', 1, 1000000]])).toBe(500000);
  });

  test('Q30 a blank in a marks column: 対象 where the column holds no ○; asked where it holds both kinds', () => {
    // only × marks: the blank line counts: 1,000,000 × 1/2
    expect(AMOUNT(N, [['品名', '金額', '補助対象'], ['会計ソフト', 1000000, ''], ['サーバー', 300000, '×']])).toBe(500000);
    asked(N, [['品名', '金額', '補助対象'], ['会計ソフト', 1000000, '○'], ['帳票設定作業', 100000, ''], ['サーバー', 300000, '×']], /^見積3行目「帳票設定作業」の補助対象の欄が空です/);
  });

  test('Q31 (30,000) on an item row is asked', () => {
    asked(N, [['会計ソフト', 1000000], ['追加ライセンス', '(30,000)']], /^見積2行目の「\(30,000\)」は括弧つきの金額/);
  });

  test('Q32 hardware words of two groups in one name are asked', () => {
    asked(INV, [['会計ソフト', 500000], ['タブレットPOSレジ端末', 150000]], /^見積2行目の「タブレットPOSレジ端末」には PC・タブレット等 と POSレジ・券売機等 の両方の語があります/, '機能=2');
  });

  test('Q33 two terms that differ are asked; 3年6ヶ月 = 42; 年間 = 12; N年版 is an edition', () => {
    asked(N, [['品名', '金額', '月数'], ['会計ソフト', 1000000, ''], ['クラウド会計 36ヶ月', 360000, 24]], /^見積3行目「クラウド会計 36ヶ月」に異なる期間 \(36か月 と 24か月\)/);
    // 420,000 over 42 months → × 24/42 = 240,000; (1,000,000 + 240,000) × 1/2
    expect(AMOUNT(N, [['会計ソフト', 1000000], ['クラウド利用料 3年6ヶ月', 420000]])).toBe(620000);
    expect(block(N, [['会計ソフト', 1000000], ['年間保守', 120000]])[1][4]).toBe(12);
    // 2026年版 is no term: 会計ソフト 2026年版 is a licence bought outright
    expect(block(N, [['会計ソフト 2026年版', 1000000]])[0].slice(2, 5)).toEqual(['ソフトウェア', 1000000, '']);
  });

  test('Q34 a time word with no number (複数年契約) is asked; no time word at all is Q21', () => {
    asked(N, [['会計ソフト', 1000000], ['保守 複数年契約', 300000]], /^見積2行目の「保守 複数年契約」は期間を表す語を含みますが/);
  });

  test('Q35 保守 1年目, 2年目, 3年目: the limit applies to their sum in order (3年目 is not counted)', () => {
    // 120,000 + 120,000 + 0 of 保守 (24 months); + 1,000,000 → 1,240,000 × 1/2 = 620,000
    const q = [['会計ソフト', 1000000], ['保守サポート 1年目', 120000], ['2年目', 120000], ['3年目', 120000]];
    expect(AMOUNT(N, q)).toBe(620000);
    expect(block(N, q).slice(1).map((r) => [r[2], r[3], r[4]])).toEqual([['保守サポート', 120000, 12], ['保守サポート', 120000, 12], ['保守サポート', 0, '0/12']]);
  });

  test('Q36 ユーザー・月: the term is the month count stated with it; a 数量 of users × months alone is asked', () => {
    // 10ユーザー×36ヶ月 360,000 → 240,000; (1,000,000 + 240,000) × 1/2
    expect(AMOUNT(N, [['会計ソフト', 1000000], ['クラウド勤怠 10ユーザー×36ヶ月', 360000]])).toBe(620000);
    asked(N, [['品名', '数量', '単位', '金額'], ['会計ソフト', 1, '式', 1000000], ['勤怠管理クラウド', 360, 'ユーザー・月', 360000]], /^見積3行目「勤怠管理クラウド」の数量は ユーザー×月 の数なので月数が分かりません/);
  });

  test('Q37 a 税区分 column: 内税 ÷ 1.1, 外税 and 非課税 as written, 対象外 out of the subsidy', () => {
    // 1,100,000 ÷ 1.1 = 1,000,000 + 200,000 + 100,000 = 1,300,000 × 1/2 = 650,000; SELFPAY 1,450,000 − 650,000
    const q = [['品名', '金額', '税区分'], ['会計ソフト', 1100000, '内税'], ['導入設定', 200000, '外税'], ['研修', 100000, '非課税'], ['サーバー', 50000, '対象外']];
    expect([AMOUNT(N, q), SELFPAY(N, q)]).toEqual([650000, 800000]);
  });

  test('Q38 大項目 / 中項目 / 小項目: the item is the most specific level; the levels above act as headings', () => {
    // 基本ライセンス under ソフトウェア, 訪問設定 under 役務: (800,000 + 200,000) × 1/2
    const q = [['大項目', '中項目', '小項目', '金額'], ['ソフトウェア', '会計', '基本ライセンス', 800000], ['役務', '', '訪問作業', 200000]];
    expect(AMOUNT(N, q)).toBe(500000);
    expect(block(N, q).map((r) => r[2])).toEqual(['ソフトウェア', '導入設定・マニュアル作成・導入研修']);
  });

  test('Q39 a blank 区分 under a filled one: from the 品名, else the 区分 above, shown as an assumption', () => {
    const q = [['区分', '品名', '金額'], ['ソフトウェア', '販売管理 Basic', 800000], ['', '追加モジュール', 200000], ['', '初期設定作業', 100000]];
    // 追加モジュール: the 区分 above (ソフトウェア); 初期設定作業: its own 品名 (導入設定): (800,000 + 200,000 + 100,000) × 1/2
    expect(AMOUNT(N, q)).toBe(550000);
    expect(block(N, q).map((r) => r[2])).toEqual(['ソフトウェア', 'ソフトウェア', '導入設定・マニュアル作成・導入研修']);
    expect(CHECK(N, q)).toMatch(/区分を上の行の区分から推定: 3行目「追加モジュール」→ソフトウェア/);
  });

  test('Q40 a category the frame does not cover is asked unless 対象外; 運搬費, 送料, 設置費 are never inferred', () => {
    asked(N, [['会計ソフト', 1000000], ['POSレジ本体', 100000]], /^見積2行目「POSレジ本体」の区分「POSレジ・券売機等」は通常枠の補助対象になりません/);
    expect(AMOUNT(N, [['会計ソフト', 1000000], ['POSレジ本体 (対象外)', 100000]])).toBe(500000);
    asked(INV, [['会計ソフト', 500000], ['POSレジ', 100000], ['設置費', 10000]], /^見積3行目の「設置費」/, '機能=2');
  });

  test('Q41 a discount without a category splits across buckets pro rata to their counted cost, exact fractions', () => {
    // インボイス 中小 機能=2: ITツール 1,000,000, PC 200,000; −120,000 → ITツール −100,000 = 900,000, PC −20,000 = 180,000.
    // 500,000 + (900,000 − 666,666.67) × 2/3 = 655,555.56 → 655,555; PC 90,000. AMOUNT 745,555
    expect(AMOUNT(INV, [['会計ソフト', 1000000], ['ノートPC', 200000], ['出精値引き', -120000]], '中小企業', '機能=2')).toBe(745555);
  });

  test('Q42 a discount under a section heading takes its category', () => {
    // 【PC】 値引き: PC 200,000 − 100,000 = 100,000 × 1/2 = 50,000; ITツール 1,000,000 → 722,222: 772,222
    expect(AMOUNT(INV, [['会計ソフト', 1000000], ['【PC】', ''], ['ノートPC', 200000], ['出精値引き', -100000]], '中小企業', '機能=2')).toBe(772222);
  });

  test('Q43 値引き=按分 spreads a category discount over its lines pro rata, each share following its line\'s months', () => {
    // 保守 A 360,000 (36 months) and B 120,000 (12 months), 保守値引き 48,000 (1/10 of 480,000): A 324,000 × 24/36 = 216,000,
    // B 108,000; 1,000,000 + 324,000 = 1,324,000 × 1/2 = 662,000. Without 按分 (Q24): 240,000 + 120,000 − 48,000 = 312,000 → 656,000
    const q = [['区分', '品名', '金額'], ['ソフトウェア', '会計ソフト', 1000000], ['保守', 'サポート A 36ヶ月', 360000], ['保守', 'サポート B 12ヶ月', 120000], ['保守', '保守値引き', -48000]];
    expect(AMOUNT(N, q, '中小企業', '値引き=按分')).toBe(662000);
    expect(AMOUNT(N, q)).toBe(656000);
  });
});
