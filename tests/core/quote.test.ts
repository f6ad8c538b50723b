/**
 * Reading quotation sheets as vendors write them (issue 10; rules/README.md "Quote-line
 * categories", "Summary rows", discount rulings; issue 8 for what is never a header). Every
 * expected amount is worked out in a comment from ../shared/rules/it2025.md.
 */
import { AMOUNT, BREAKDOWN, CHECK, SELFPAY, calculate } from '../../core';
import { errorOf, expectGoodMessage } from './helpers';
import { QUOTE_CASES, expectBreakdown, loadExample } from './quoteCases';

type Row = (string | number)[];

function rowOf(table: Row[], label: string): Row {
  const row = table.find((r) => String(r[0]).startsWith(label));
  if (!row) throw new Error(`no row "${label}" in ${JSON.stringify(table.map((r) => r[0]))}`);
  return row;
}

/** The rows of BREAKDOWN's quote block (after its own header row). */
function lineRows(table: Row[]): Row[] {
  const at = table.findIndex((r) => r[0] === '見積明細 (quote line)');
  return at < 0 ? [] : table.slice(at + 1);
}

const notes = (table: Row[]): string[] => table.filter((r) => r[0] === '注記 (note)').map((r) => String(r[1]));

describe('the example quotes of examples/quotes/ (hand-checked in quoteCases.ts)', () => {
  test.each(QUOTE_CASES.map((c) => [c.file, c]))('%s', (_file, c) => {
    const q = loadExample(c.file);
    expect(AMOUNT(q.frame, q.rows, q.size, q.options)).toBe(c.amount);
    expect(SELFPAY(q.frame, q.rows, q.size, q.options)).toBe(c.selfPay);
    expect(CHECK(q.frame, q.rows, q.size, q.options)).toMatch(new RegExp(`^${c.check.replace(/[()]/g, '\\$&')}`));
    expectBreakdown(BREAKDOWN(q.frame, q.rows, q.size, q.options) as Row[], c);
  });
});

describe('what issue 10 found refused', () => {
  test('a No. | 区分 | 品名 | 数量 | 単価 | 金額 range is one quote, not a spill of errors', () => {
    const q = [
      ['No.', '区分', '品名', '数量', '単価', '金額'],
      [1, 'ソフトウェア', '販売管理', 1, 800000, 800000],
      [2, '', '導入設定作業', 1, 200000, 200000], // blank 区分: inferred from the 品名
    ];
    // (800,000 + 200,000) × 1/2 = 500,000 (it2025.md §2.1)
    expect(AMOUNT('通常枠', q)).toBe(500000);
  });

  test('a leading No. column in the positional form', () => {
    expect(AMOUNT('通常枠', [[1, 'ソフトウェア', 800000], [2, '導入設定', 200000]])).toBe(500000);
    expect(AMOUNT('通常枠', [['1', 'ソフトウェア', 800000, ''], ['No.2', 'クラウド', 480000, 48]])).toBe(520000); // 800,000 + 480,000 × 24/48 = 1,040,000 × 1/2
  });

  test.each([
    // label rows: each was "区分が不明"; now a summary row, a discount, an inferred line or a heading
    ['小計', [['ソフトウェア', 1000000], ['小計', 1000000]], 500000],
    ['消費税', [['ソフトウェア', 1000000], ['消費税', 100000]], 500000],
    ['合計', [['ソフトウェア', 1000000], ['消費税', 100000], ['合計', 1100000]], 500000],
    // ▲100,000 without a category reduces the eligible lines: (1,000,000 − 100,000) × 1/2
    ['出精値引き', [['ソフトウェア', 1000000], ['出精値引き', -100000]], 450000],
    ['導入支援', [['ソフトウェア', 1000000], ['導入支援', 200000]], 600000],
    // 12 months are within the 24-month limit: (1,000,000 + 120,000) × 1/2
    ['クラウド利用料（12ヶ月）', [['ソフトウェア', 1000000], ['クラウド利用料（12ヶ月）', 120000]], 560000],
    ['【ソフトウェア】 heading', [['【ソフトウェア】', ''], ['販売管理 Basic', 1000000]], 500000],
    ['御見積書 title row', [['御見積書', ''], ['ソフトウェア', 1000000]], 500000],
  ])('%s', (_label, quote, amount) => {
    expect(AMOUNT('通常枠', quote)).toBe(amount);
  });

  test('ノートPC is PC等 in インボイス対応類型 (10万円 cap at 1/2); a 区分 of ハードウェア is refined by the 品名 (Q17)', () => {
    // software 1,000,000 × 3/4 = 750,000 → 1機能 cap 500,000; PC 120,000 × 1/2 = 60,000; POSレジ 80,000 × 1/2 = 40,000
    const q = [['区分', '品名', '金額'], ['ソフトウェア', '会計', 1000000], ['', 'ノートPC', 120000], ['ハードウェア', 'POSレジ端末', 80000]];
    expect(AMOUNT('インボイス対応類型', q)).toBe(600000);
    const t = BREAKDOWN('インボイス対応類型', q) as Row[];
    expect(lineRows(t)[2].slice(2, 4)).toEqual(['POSレジ・券売機等', 80000]);
    // ハードウェア alone cannot tell a PC (10万円) from a register (20万円): asked
    expect(errorOf(() => AMOUNT('インボイス対応類型', [['ソフトウェア', 1000000], ['ハードウェア', 80000]])).message).toMatch(/^見積2行目の「ハードウェア」はハードウェアですが、PC・タブレット等 か POSレジ・券売機等 かが品名から分かりません/);
  });

  test('a 4-column 品名 | 数量 | 単価 | 金額 range', () => {
    expect(AMOUNT('通常枠', [['品名', '数量', '単価', '金額'], ['会計ソフト', 2, 400000, 800000], ['導入設定', 1, 200000, 200000]])).toBe(500000);
  });

  test('a discount is no longer refused, even on 対象外 lines', () => {
    // 交通費 20,000 対象外 less its own 値引 5,000: only SELFPAY changes (1,000,000 + 15,000 − 500,000)
    const q = [['ソフトウェア', 1000000], ['交通費 (対象外)', 20000], ['値引き (対象外)', -5000]];
    expect(AMOUNT('通常枠', q)).toBe(500000);
    expect(SELFPAY('通常枠', q)).toBe(515000);
  });
});

describe('header row and title block', () => {
  test('rows above the header are not lines', () => {
    const q = loadExample('title-block.json');
    expect(AMOUNT(q.frame, q.rows, q.size, q.options)).toBe(228500);
  });

  test('a line above the header is an error naming both rows', () => {
    const e = errorOf(() => AMOUNT('通常枠', [['ソフトウェア', 500000], ['品名', '金額'], ['会計ソフト', 1000000]]));
    expect(e.message).toMatch(/見積1行目.*見出し行 \(2行目\)/);
    expectGoodMessage(e.message);
  });

  test('a header needs an amount column', () => {
    expect(errorOf(() => AMOUNT('通常枠', [['区分', '品名'], ['ソフトウェア', '会計']])).message).toMatch(/見積1行目の見出し行に金額の列がありません/);
  });

  test('a printed quote repeats its header on the next page: skipped; another layout is an error', () => {
    const page = ['品名', '金額'];
    expect(AMOUNT('通常枠', [page, ['会計ソフト', 600000], page, ['導入設定', 400000]])).toBe(500000);
    expect(errorOf(() => AMOUNT('通常枠', [page, ['会計ソフト', 600000], ['金額', '品名'], [400000, '導入設定']])).message).toMatch(/見積3行目に列の並びが異なる見出し行/);
  });

  test('English headings and notes in brackets: 金額(税抜), 単価（円）', () => {
    expect(AMOUNT('通常枠', [['Item', 'Qty', 'Unit price', 'Amount'], ['Accounting software license', 1, 1000000, 1000000]])).toBe(500000);
    expect(AMOUNT('通常枠', [['品名', '数量', '単価（円）', '金額(税抜)'], ['会計ソフト', 1, 1000000, 1000000]])).toBe(500000);
  });

  test('a tax-inclusive amount column (金額(税込), 税込金額) divides every line by 1.1', () => {
    // 1,100,000 ÷ 1.1 = 1,000,000 × 1/2
    expect(AMOUNT('通常枠', [['品名', '金額(税込)'], ['会計ソフト', 1100000]])).toBe(500000);
    expect(AMOUNT('通常枠', [['品名', '税込金額'], ['会計ソフト', 1100000]])).toBe(500000);
    // of 金額(税抜) and 金額(税込) columns, the tax-exclusive one is the cost
    expect(AMOUNT('通常枠', [['品名', '金額(税込)', '金額(税抜)'], ['会計ソフト', 1100000, 1000000]])).toBe(500000);
  });

  test('columns read past: 単位, 型番, メーカー', () => {
    const q = [['型番', 'メーカー', '品名', '数量', '単位', '単価', '金額'], ['AB-100', 'X社', '会計ソフト', 1, '式', 1000000, 1000000]];
    expect(AMOUNT('通常枠', q)).toBe(500000);
  });
});

describe('issue 8: a row is a header only when it holds header words', () => {
  test('the first line is never dropped because its amount cannot be read', () => {
    // was 250,000: the first line was taken for a header
    const e = errorOf(() => AMOUNT('通常枠', [['ソフトウェア', '100万円(税抜)x'], ['ソフトウェア', 500000]]));
    expect(e.message).toMatch(/^見積1行目: /);
    // 1,000,000 (税抜) + 500,000 = 1,500,000 × 1/2 = 750,000
    expect(AMOUNT('通常枠', [['ソフトウェア', '100万円(税抜)'], ['ソフトウェア', 500000]])).toBe(750000);
  });
});

describe('category: 区分, else 品名 keywords, else the heading above', () => {
  test('the first keyword table entry that matches decides, and BREAKDOWN shows the word', () => {
    const t = BREAKDOWN('インボイス対応類型', [
      ['会計ソフト', 1000000],
      ['ソフトウェア保守 36ヶ月', 360000], // 保守 comes before ソフト
      ['POSレジ導入設定', 100000], // 役務, not a register
      ['レシートプリンタ', 100000], // a レジ accessory, not a printer
      ['PCA会計ソフト', 10], // "PC" inside "PCA" is not a PC
      ['ノートPC2台', 100000], // but "PC2台" is
    ]) as Row[];
    expect(lineRows(t).map((r) => [r[2], r[5]])).toEqual([
      ['ソフトウェア', '品名から推定「ソフト」 (inferred from the item name)'],
      ['保守サポート', '品名から推定「保守」 (inferred from the item name)'],
      ['導入設定・マニュアル作成・導入研修', '品名から推定「設定」 (inferred from the item name)'],
      ['POSレジ・券売機等', '品名から推定「レシートプリンタ」 (inferred from the item name)'],
      ['ソフトウェア', '品名から推定「ソフト」 (inferred from the item name)'],
      ['PC・タブレット等', '品名から推定「PC」 (inferred from the item name)'],
    ]);
  });

  test('a 区分 cell naming a category wins over the 品名', () => {
    const t = BREAKDOWN('通常枠', [['区分', '品名', '金額'], ['ソフトウェア', '初期設定込みパッケージ', 1000000]]) as Row[];
    expect(lineRows(t)[0].slice(2)).toEqual(['ソフトウェア', 1000000, '', '']);
  });

  test('a line with nothing to go by is an error naming its row', () => {
    const e = errorOf(() => AMOUNT('通常枠', [['会計ソフト', 1000000], ['X社 部材', 5000]]));
    expect(e.message).toMatch(/^見積2行目の区分が不明です: 「X社 部材」/);
    expectGoodMessage(e.message);
  });

  test('excluded costs (送料, 交通費, リース) are never inferred, not even from a heading', () => {
    const e = errorOf(() => AMOUNT('インボイス対応類型', [['【ハードウェア】', ''], ['ノートPC', 100000], ['送料', 2000], ['会計ソフト', 500000]]));
    expect(e.message).toMatch(/^見積3行目の「送料」は「送料」を含むため区分を推定しません/);
    expectGoodMessage(e.message);
    // with its own 区分 it counts (運搬費 of hardware: it2025.md §3.2)
    expect(AMOUNT('インボイス対応類型', [['区分', '品名', '金額'], ['PC', '送料', 2000], ['PC', 'ノートPC', 100000], ['ソフトウェア', '会計ソフト', 500000]])).toBe(375000 + 51000);
  });

  test('an inferred category is an assumption: CHECK says so, once for many lines', () => {
    const quote = Array.from({ length: 50 }, (_, i) => [`会計ソフト ライセンス ${i + 1}`, 10000]);
    const check = CHECK('通常枠', quote) as string;
    // 50 × 10,000 = 500,000 × 1/2 = 250,000 ≥ 50,000: OK, with one warning listing 3 lines and the rest counted
    expect(check).toBe('OK (注意: 区分を品名から推定: 1行目「会計ソフト ライセンス 1」→ソフトウェア、2行目「会計ソフト ライセンス 2」→ソフトウェア、3行目「会計ソフト ライセンス 3」→ソフトウェア、ほか47行 (and 47 more) (Category inferred from the item name))');
  });

  test('a heading that names no category ends the section above it', () => {
    const e = errorOf(() => AMOUNT('通常枠', [['【ソフトウェア】', ''], ['販売管理 Basic', 800000], ['【その他】', ''], ['X社 部材', 5000]]));
    expect(e.message).toMatch(/^見積4行目の区分が不明です/);
  });

  test('a numbered row without an amount is a line missing its amount, not a heading', () => {
    const e = errorOf(() => AMOUNT('通常枠', [['No', '品名', '金額'], [1, '会計ソフト', 800000], [2, 'ノートPC', '']]));
    expect(e.message).toMatch(/^見積3行目「ノートPC」に金額がありません/);
    // so is a row with both a 区分 and a 品名
    expect(errorOf(() => AMOUNT('通常枠', [['区分', '品名', '金額'], ['ソフトウェア', '会計ソフト', '']])).message).toMatch(/^見積2行目「会計ソフト」に金額がありません/);
  });

  test('a category the frame does not cover is an error naming the line (hardware outside インボイス)', () => {
    expect(errorOf(() => AMOUNT('通常枠', [['会計ソフト', 800000], ['ノートPC', 100000]])).message).toMatch(/^見積2行目「ノートPC」の区分「PC・タブレット等」は通常枠の補助対象になりません/);
  });
});

describe('amounts: 金額, else 数量 × 単価 exactly', () => {
  test('a blank 金額 is 数量 × 単価; decimals of a quantity are exact', () => {
    // 1.5 人月 × 333,333 = 499,999.5 → 499,999 (truncated, noted); + 500,002 = 1,000,001 × 1/2 = 500,000.5 → 500,000;
    // had the half yen been kept, 1,000,001.5 × 1/2 would still truncate to 500,000: so check the cost too
    const q = [['品名', '数量', '単価', '金額'], ['導入コンサル', '1.5人月', 333333, ''], ['会計ソフト', 1, 500002, '']];
    expect(AMOUNT('通常枠', q)).toBe(500000);
    expect(calculate({ frame: '通常枠', cost: q }).cost).toBe(1000001);
    expect(notes(BREAKDOWN('通常枠', q) as Row[])).toContain('1円未満の経費を切り捨てました (Cost truncated to whole yen)');
  });

  test('数量 × 単価 ≠ 金額 is a warning and the 金額 counts', () => {
    const q = [['品名', '数量', '単価', '金額'], ['ソフトウェア', 2, 400000, 1000000]];
    expect(AMOUNT('通常枠', q)).toBe(500000);
    expect(CHECK('通常枠', q)).toBe('OK (注意: 見積2行目: 数量×単価 (800,000円) と金額 (1,000,000円) が一致しません。金額を使いました (Quote line 2: quantity × unit price 800,000円 differs from the amount 1000000; the amount counts))');
  });

  test('数量 "一式" is one set: the amount is the 単価', () => {
    expect(AMOUNT('通常枠', [['品名', '数量', '単価', '金額'], ['会計ソフト', '一式', 1000000, '']])).toBe(500000);
  });

  test('"4月 | 5月" in a title block is not a header', () => {
    expect(AMOUNT('通常枠', [['4月', '5月'], ['品名', '金額'], ['会計ソフト', 1000000]])).toBe(500000);
  });

  test('a quantity without a price (or the reverse) is an error, not a heading', () => {
    expect(errorOf(() => AMOUNT('通常枠', [['品名', '数量', '単価', '金額'], ['会計ソフト', 2, '', '']])).message).toMatch(/^見積2行目「会計ソフト」に金額がありません/);
  });

  test('税込 in a line\'s amount or text makes that line tax-inclusive (÷ 1.1 exactly)', () => {
    // 1,100,000 ÷ 1.1 = 1,000,000; + 550,000 (税抜) = 1,550,000 × 1/2 = 775,000
    expect(AMOUNT('通常枠', [['会計ソフト', '1,100,000円(税込)'], ['導入設定', 550000]])).toBe(775000);
    expect(AMOUNT('通常枠', [['会計ソフト (税込)', 1100000], ['導入設定', 550000]])).toBe(775000);
    // and 税抜 on a line wins over the 税込 option: 1,000,000 + 550,000 ÷ 1.1 = 1,500,000 × 1/2
    expect(AMOUNT('通常枠', [['会計ソフト', '1,000,000円(税抜)'], ['導入設定', 550000]], '', '税込')).toBe(750000);
    // SELFPAY counts the quote as written: 1,100,000 + 550,000 − 775,000
    expect(SELFPAY('通常枠', [['会計ソフト', '1,100,000円(税込)'], ['導入設定', 550000]])).toBe(875000);
  });

  test('無償 is 0 yen; 別途 is not priced here (Q5); other words in an amount cell are errors naming the line', () => {
    expect(AMOUNT('通常枠', [['会計ソフト', 1000000], ['初期設定', '無償']])).toBe(500000);
    // 別途 and 実費 count 0, need no category (Q5 wins over Q4) and CHECK says so
    const q = [['会計ソフト', 1000000], ['交通費', '実費'], ['初期設定', '別途']];
    expect(AMOUNT('通常枠', q)).toBe(500000);
    expect(CHECK('通常枠', q)).toMatch(/金額が「別途」「実費」などの行はこの見積では0円とし、補助対象に含めていません: 2行目「交通費」、3行目「初期設定」/);
    const e = errorOf(() => AMOUNT('通常枠', [['会計ソフト', 1000000], ['初期設定', 'たくさん']]));
    expect(e.message).toMatch(/^見積2行目: 金額欄を金額として読めません: 「たくさん」/);
  });
});

describe('the eligible split: 見積額 (A), 補助対象外 (B), 補助対象額 (C = A − B)', () => {
  const head = ['区分', '品名', '見積額', '補助対象外', '補助対象額'];
  test('C ≠ A − B is a warning; the smaller counts', () => {
    // A 1,000,000, B 200,000, C 900,000: A − B = 800,000 counts → 400,000
    const q = [head, ['ソフトウェア', '会計', 1000000, 200000, 900000]];
    expect(AMOUNT('通常枠', q)).toBe(400000);
    expect(CHECK('通常枠', q)).toMatch(/^OK \(注意: 見積2行目: 補助対象額 900,000円 が 見積額 1,000,000円 − 補助対象外 200,000円 と一致しません。少ない方の 800,000円 を対象にしました/);
  });

  test('B alone: A − B counts', () => {
    expect(AMOUNT('通常枠', [head, ['ソフトウェア', '会計', 1000000, 200000, '']])).toBe(400000);
  });

  test('B > A is an error', () => {
    expect(errorOf(() => AMOUNT('通常枠', [head, ['ソフトウェア', '会計', 100000, 200000, '']])).message).toMatch(/^見積2行目「会計」の補助対象外 200,000円 が見積額 100,000円 を超えています/);
  });

  test('a line wholly 対象外 by its split needs no category', () => {
    // 申請代行 (never inferred) with C = 0: SELFPAY only
    const q = [head, ['ソフトウェア', '会計', 1000000, '', 1000000], ['', '申請代行', 50000, 50000, 0]];
    expect(AMOUNT('通常枠', q)).toBe(500000);
    expect(SELFPAY('通常枠', q)).toBe(550000);
  });
});

describe('months: 月数 column, else a 数量 in months or years, else the 品名', () => {
  test.each([
    ['月数 column "3年"', [['品名', '金額', '月数'], ['会計ソフト', 1000000, ''], ['クラウド', 360000, '3年']]],
    ['数量 with 単位 ヶ月', [['品名', '数量', '単位', '単価', '金額'], ['会計ソフト', 1, '式', 1000000, 1000000], ['クラウド', 36, 'ヶ月', 10000, 360000]]],
    ['数量 "36か月"', [['品名', '数量', '単価', '金額'], ['会計ソフト', 1, 1000000, 1000000], ['クラウド', '36か月', 10000, '']]],
    ['品名 "3年分"', [['会計ソフト', 1000000], ['クラウド 3年分', 360000]]],
    ['品名 "36ヶ月"', [['会計ソフト', 1000000], ['クラウド（36ヶ月）', 360000]]],
  ])('%s: 360,000 over 36 months counts 240,000 (× 24/36): (1,000,000 + 240,000) × 1/2 = 620,000', (_name, quote) => {
    expect(AMOUNT('通常枠', quote)).toBe(620000);
  });

  test('the longest term named counts (more months prorate more: never overstating)', () => {
    expect(AMOUNT('通常枠', [['会計ソフト', 1000000], ['クラウド 1ヶ月あたり10,000円×36ヶ月', 360000]])).toBe(620000);
  });

  test('many prorated lines give one note', () => {
    const quote = [['会計ソフト', 1000000], ...Array.from({ length: 40 }, () => ['クラウド 36ヶ月', 36000])];
    const n = notes(BREAKDOWN('通常枠', quote) as Row[]).filter((x) => x.includes('按分'));
    expect(n).toEqual(['月数が上限を超える40行を「金額×上限÷月数」で按分しました: 2行目 36→24か月、3行目 36→24か月、4行目 36→24か月、ほか37行 (and 37 more) (lines beyond the month limit prorated: 40)']);
  });

  test('a monthly fee whose months cannot be read is asked (Q20, Q34); a fee with no time word counts as written, noted (Q21)', () => {
    expect(errorOf(() => AMOUNT('通常枠', [['会計ソフト', 1000000], ['クラウド 月額利用料', 360000]])).message).toMatch(/^見積2行目の「クラウド 月額利用料」は期間を表す語を含みますが、月数が読めません/);
    expect(CHECK('通常枠', [['会計ソフト', 1000000], ['クラウド利用料', 360000]])).toMatch(/^OK \(注意: .*月数の書かれていない利用料・保守・オプションの行は全額を対象にしました \(月数の上限を確認できません\): 2行目「クラウド利用料」/);
  });
});

describe('summary rows', () => {
  test('a 小計 that differs from the lines above it is a warning; the lines count', () => {
    const q = [['会計ソフト', 1000000], ['導入設定', 200000], ['小計', 1300000]];
    expect(AMOUNT('通常枠', q)).toBe(600000);
    expect(CHECK('通常枠', q)).toMatch(/^OK \(注意: 見積3行目の「小計」1,300,000円 が明細の合計 1,200,000円 と一致しません。明細の金額で計算しました/);
  });

  test('section 小計s, then a 合計 of all lines, a 消費税 and a tax-inclusive 合計 agree', () => {
    const q = [
      ['ソフトウェア', 1000000], ['小計', 1000000],
      ['導入設定', 200000], ['小計', 200000],
      ['税抜合計', 1200000], ['消費税', 120000], ['合計', 1320000], ['御見積金額', '¥1,320,000-'],
    ];
    expect(CHECK('通常枠', q)).toBe('OK');
    expect(SELFPAY('通常枠', q)).toBe(600000); // the 消費税 row never enters: 1,200,000 − 600,000
  });

  test('a section 小計 with its 区分 filled in is still a summary row (its 品名 says 小計)', () => {
    const q = [['区分', '品名', '金額'], ['ソフトウェア', '会計ソフト', 1000000], ['ソフトウェア', '小計', 1000000]];
    expect(AMOUNT('通常枠', q)).toBe(500000);
    expect(CHECK('通常枠', q)).toBe('OK');
  });

  test('a title-block row of two column words is not the header when a later row names an amount column', () => {
    expect(AMOUNT('通常枠', [['品名', '備考'], ['区分', '品名', '金額'], ['ソフトウェア', '会計ソフト', 1000000]])).toBe(500000);
  });

  test('a 合計 that matches neither the lines nor the lines with tax warns', () => {
    expect(CHECK('通常枠', [['会計ソフト', 1000000], ['消費税', 100000], ['合計', 1000001]])).toMatch(/「合計」1,000,001円 が明細の合計 1,000,000円/);
  });
});

describe('discounts', () => {
  test('with a category they reduce that category; one larger than it is an error', () => {
    // 導入設定 300,000 − 100,000 = 200,000; + ソフト 1,000,000 = 1,200,000 × 1/2
    expect(AMOUNT('通常枠', [['区分', '品名', '金額'], ['ソフトウェア', '会計', 1000000], ['導入設定', '設定', 300000], ['導入設定', '設定値引き', -100000]])).toBe(600000);
    const e = errorOf(() => AMOUNT('通常枠', [['区分', '品名', '金額'], ['ソフトウェア', '会計', 1000000], ['導入設定', '設定', 300000], ['導入設定', '値引き', -300001]]));
    expect(e.message).toBe('見積4行目「値引き」の値引き (マイナスの金額) 300,001円 が、値引きの対象 (導入設定・マニュアル作成・導入研修) の金額 300,000円 を超えています (Quote line 4 "値引き": the discount 300001 exceeds what it reduces, 300000)');
  });

  test('a 値引 label with a positive amount is still a discount (never adds to the cost)', () => {
    expect(AMOUNT('通常枠', [['会計ソフト', 1000000], ['出精値引き', 100000]])).toBe(450000);
  });

  test('値引き=按分 spreads a discount over every line, 対象外 included (rules/README.md switch)', () => {
    const q = loadExample('discounts.json');
    // eligible 1,300,000 × (1,320,000 − 50,000) / 1,320,000 = 1,250,757.57… × 1/2 = 625,378.78 → 625,378
    expect(AMOUNT(q.frame, q.rows, q.size, '値引き=按分')).toBe(625378);
    expect(CHECK(q.frame, q.rows, q.size, '値引き=按分')).toBe('OK');
    const t = BREAKDOWN(q.frame, q.rows, q.size, '値引き=按分') as Row[];
    expect(rowOf(t, 'ITツール')[1]).toBe(1250757);
    expect(notes(t)).toContain('区分のない値引き 50,000円 を、対象外を含む全ての行に金額の比で按分しました (値引き=按分) (A discount without a category, 50000, spread over all lines)');
  });

  test('a discount without a category larger than the eligible lines is an error', () => {
    expect(errorOf(() => AMOUNT('通常枠', [['会計ソフト', 100000], ['交通費 (対象外)', 50000], ['値引き', -120000]])).message).toMatch(/^見積3行目「値引き」の値引き.*補助対象の行\) の金額 100,000円 を超えています/);
    // spread over all lines it fits: (150,000 − 120,000)/150,000 × 100,000 = 20,000 × 1/2 = 10,000 < 下限 50,000
    expect(AMOUNT('通常枠', [['会計ソフト', 100000], ['交通費 (対象外)', 50000], ['値引き', -120000]], '', '値引き=按分')).toBe(0);
  });

  test('a discount under a section heading takes the heading\'s category (Q42); after the section\'s 小計 it is the quote\'s', () => {
    // インボイス, 中小, 機能=2. Under 【PC】 the ▲100,000 is the PC bucket's: PC 200,000 − 100,000 = 100,000 × 1/2 = 50,000;
    // ITツール 1,000,000: 500,000 + (1,000,000 − 2,000,000/3) × 2/3 = 722,222.22 → 722,222. AMOUNT 772,222.
    const under = [['会計ソフト', 1000000], ['【PC】', ''], ['ノートPC', 200000], ['出精値引き', -100000]];
    expect(AMOUNT('インボイス対応類型', under, '中小企業', '機能=2')).toBe(772222);
    // after the 小計 the section has ended: the discount is the quote's, off the counted cost pro rata to the
    // buckets (Q23, Q41): ITツール 1,000,000 − 100,000 × 1,000,000/1,200,000 = 916,666.67 → 500,000 + 250,000 × 2/3
    // = 666,666.67 → 666,666; PC 200,000 − 16,666.67 = 183,333.33 × 1/2 = 91,666.67 → 91,666. AMOUNT 758,332.
    const after = [['会計ソフト', 1000000], ['【PC】', ''], ['ノートPC', 200000], ['小計', 200000], ['出精値引き', -100000]];
    expect(AMOUNT('インボイス対応類型', after, '中小企業', '機能=2')).toBe(758332);
  });
});

describe('blank rows, numbering and what is not a quote', () => {
  test('blank rows and rows holding only a No. are skipped', () => {
    expect(AMOUNT('通常枠', [['No', '品名', '単位', '金額'], [1, '会計ソフト', '式', 1000000], [2, '', '', ''], [3, '', '式', ''], [null, null, null, null]])).toBe(500000);
  });

  test('a range with no line says what was looked for', () => {
    const e = errorOf(() => AMOUNT('通常枠', [['品名', '金額'], ['', ''], ['以下余白', '']]));
    expect(e.message).toMatch(/^見積に明細行が見つかりません。探したもの: 見出し行/);
    expectGoodMessage(e.message);
  });

  test('numbers alone still broadcast as scenarios', () => {
    expect(AMOUNT('通常枠', [[1000000, 2000000], [90000, '150万円']])).toEqual([[500000, 1000000], [0, 750000]]);
  });

  test('without a header, more than 3 columns (after a No. column) is an error', () => {
    expect(errorOf(() => AMOUNT('通常枠', [['ソフトウェア', 1000000, 12, 'x']])).message).toMatch(/見出し行のない見積明細は「区分・金額・\(月数\)」の2〜3列/);
  });
});

describe('BREAKDOWN adds up', () => {
  test('インボイス 1,000,000 (中小, 機能=2): 666,667 + 333,333 = 1,000,000 of cost, 500,000 + 222,222 = 722,222 (was 666,666 + 333,333)', () => {
    const t = BREAKDOWN('インボイス対応類型', 1000000, '中小企業', '機能=2') as Row[];
    expect(rowOf(t, 'ITツール (1段目)').slice(1, 5)).toEqual([666667, '3/4', 500000, 500000]);
    expect(rowOf(t, 'ITツール (2段目)').slice(1, 5)).toEqual([333333, '2/3', 222222, 222222]);
    expect(notes(t).find((n) => n.includes('境目'))).toMatch(/段の境目は経費 666,666\.67円 \(=2,000,000\/3円\)/);
  });

  test('小規模: the boundary 625,000 is whole yen, so no note', () => {
    const t = BREAKDOWN('インボイス対応類型', 1000000, '小規模事業者', '機能=2') as Row[];
    expect(rowOf(t, 'ITツール (1段目)')[1]).toBe(625000);
    expect(rowOf(t, 'ITツール (2段目)')[1]).toBe(375000);
    expect(notes(t).some((n) => n.includes('境目'))).toBe(false);
  });

  test('税込: 1,000,000 ÷ 1.1 = 909,090.90… shown as 666,667 + 242,423 = 909,090 (the eligible cost, truncated)', () => {
    const t = BREAKDOWN('インボイス対応類型', 1000000, '中小企業', '機能=2, 税込') as Row[];
    expect(rowOf(t, 'ITツール (1段目)')[1] as number + (rowOf(t, 'ITツール (2段目)')[1] as number)).toBe(909090);
    expect(calculate({ frame: 'インボイス対応類型', cost: 1000000, size: '中小企業', options: '機能=2, 税込' }).cost).toBe(909090);
    // 500,000 + (909,090.90… − 666,666.66…) × 2/3 = 661,616.16 → 661,616
    expect(rowOf(t, '補助金額')[4]).toBe(661616);
  });

  test('not eligible: the subsidy column is 0 like AMOUNT, the before-cap column still shows the parts', () => {
    const t = BREAKDOWN('通常枠', 30000) as Row[];
    expect(rowOf(t, 'ITツール').slice(3, 5)).toEqual([15000, 0]);
    expect(rowOf(t, '補助金額')[4]).toBe(0);
  });

  test('sources read as documents, never our files or tags', () => {
    for (const frame of ['通常枠', 'インボイス対応類型', 'セキュリティ対策推進枠', '事業承継促進枠', '工場・事業場型', 'グローバル枠']) {
      const t = BREAKDOWN(frame, 3000000, '中小企業', frame === '通常枠' ? 'プロセス=4, 賃上げ' : '') as Row[];
      for (const r of t.filter((x) => x[0] === '出典 (source)' || x[0] === '注記 (note)')) {
        expect(String(r[1])).not.toMatch(/\.md\b|\[(VENDOR|記憶|MEMORY|要確認)|rules\//);
      }
    }
    expect(rowOf(BREAKDOWN('通常枠', 1000000) as Row[], '出典')[1]).toBe('デジタル化・AI導入補助金2026 (ルール確認日 2026-12-07): 交付規程(通常枠) 別表 (2026)');
    expect(rowOf(BREAKDOWN('通常枠', 1000000, '', '年度=2025') as Row[], '出典')[1]).toBe('IT導入補助金2025 (ルール確認日 2026-12-07): 公募要領(通常枠) §2-3, 交付規程 別表');
  });
});

describe('one quote is read once per call, beside a column of scenarios', () => {
  // a time ratio inside one test, not an absolute time: read per row, 200 rows would take ~200×
  const quote = [['品名', '金額'], ...Array.from({ length: 20000 }, (_, i) => [`会計ソフト ライセンス ${i % 97}`, 1000 + (i % 13)])];
  const frames = Array.from({ length: 200 }, (_, i) => [i % 2 ? '通常枠' : 'インボイス対応類型']);
  const time = (f: () => unknown): number => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = process.hrtime.bigint();
      f();
      best = Math.min(best, Number(process.hrtime.bigint() - t));
    }
    return best;
  };

  test('a readable quote', () => {
    const one = time(() => AMOUNT('通常枠', quote));
    const many = time(() => AMOUNT(frames, quote));
    expect(many).toBeLessThan(one * 20);
  });

  test('an unreadable quote fails once, with the same error in every row', () => {
    const bad = [...quote, ['会計ソフト', 'たくさん']];
    const one = time(() => errorOf(() => AMOUNT('通常枠', bad)));
    const many = time(() => AMOUNT(frames, bad));
    expect(many).toBeLessThan(one * 20);
    const cells = (AMOUNT(frames, bad) as unknown[][]).map((r) => (r[0] as Error).message);
    expect(new Set(cells)).toEqual(new Set(['見積20002行目: 金額欄を金額として読めません: 「たくさん」。例: 1000000、"1,000,000円"、"150万円" (Quote line 20002: amount: not an amount: "たくさん")']));
  });
});

describe('a numeric grid with one text cell (issue 19)', () => {
  test('says which cell and text it could not read', () => {
    const e = errorOf(() => AMOUNT('通常枠', [[1000000, 2000000], [90000, 'abc']]));
    expect(e.message).toBe('経費の範囲は金額の表ですが、見積2行目2列目の「abc」を金額として読めません。金額にするか、見積なら品名の列と見出し行を含めてください (cost range: numbers except quote row 2, column 2, "abc": not an amount)');
    expectGoodMessage(e.message);
    // also where the stray text stands in the first column
    expect(errorOf(() => AMOUNT('通常枠', [['abc', 1000000], [2000000, 3000000]])).message).toMatch(/見積1行目1列目の「abc」を金額として読めません/);
    // a quote of labelled lines with a subtotal row is still a quote
    expect(AMOUNT('通常枠', [['ソフトウェア', 1000000], ['', 1000000]])).toBe(500000);
  });
});
