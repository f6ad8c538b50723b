/**
 * Hand-checked examples of it2025.md §10 that the golden vectors do not hold, and the contract
 * edges of ../shared/rules/README.md. Each test cites the section its expected value comes from.
 */
import { AMOUNT, BREAKDOWN, CAP, CHECK, FRAMES, MINAMOUNT, RATE, SELFPAY, VERSION, rulesCheckedOn } from '../../core';
import { errorOf, expectGoodMessage } from './helpers';

type Row = (string | number)[];

/** The BREAKDOWN row whose first cell starts with `label`. */
function rowOf(table: Row[], label: string): Row {
  const row = table.find((r) => String(r[0]).startsWith(label));
  if (!row) throw new Error(`no row "${label}" in ${JSON.stringify(table.map((r) => r[0]))}`);
  return row;
}

describe('通常枠 (it2025.md §2, §10.2)', () => {
  test('N7: 役務 2,500,000 counts 2,000,000; (1,200,000 + 2,000,000) × 1/2 = 1,600,000 (§2.2, §10.2 N7)', () => {
    const quote = [['ソフトウェア', 1200000], ['導入コンサル', 1000000], ['導入設定', 1000000], ['保守', 500000]];
    expect(AMOUNT('通常枠', quote, '中小企業', 'プロセス=4, 賃上げ')).toBe(1600000);
    expect(SELFPAY('通常枠', quote, '中小企業', 'プロセス=4, 賃上げ')).toBe(3700000 - 1600000);
    expect(rowOf(BREAKDOWN('通常枠', quote, '中小企業', 'プロセス=4, 賃上げ'), 'ITツール')[1]).toBe(3200000);
  });

  test('N7 without プロセス=4/賃上げ stays in the 150万円未満 band: 1,499,999 (§2.1, rules/README.md ruling)', () => {
    const quote = [['ソフトウェア', 1200000], ['導入コンサル', 1000000], ['導入設定', 1000000], ['保守', 500000]];
    expect(AMOUNT('通常枠', quote, '中小企業', 'プロセス=3, 賃上げ')).toBe(1499999);
    expect(AMOUNT('通常枠', quote, '中小企業', 'プロセス=4')).toBe(1499999);
    // 小規模事業者 are exempt from the 賃上げ requirement (§2.1)
    expect(AMOUNT('通常枠', quote, '小規模事業者', 'プロセス=4')).toBe(1600000);
  });

  test('O1: 役務 70万 × 3 = 210万 counts 200万 (公募要領 §2-2 example, it2025.md §10.1 O1)', () => {
    const quote = [['ソフトウェア', 1000000], ['導入コンサル', 700000], ['導入設定', 700000], ['保守', 700000]];
    const table = BREAKDOWN('通常枠', quote, '中小企業', 'プロセス=4, 賃上げ');
    expect(rowOf(table, 'ITツール')[1]).toBe(3000000);
    expect(AMOUNT('通常枠', quote, '中小企業', 'プロセス=4, 賃上げ')).toBe(1500000);
    expect(SELFPAY('通常枠', quote, '中小企業', 'プロセス=4, 賃上げ')).toBe(3100000 - 1500000);
  });

  test('N8: cloud 30,000/month on a 36-month contract counts 24 months: 720,000 × 1/2 = 360,000 (§2.2, §10.2 N8)', () => {
    expect(AMOUNT('通常枠', [['クラウド', 1080000, 36]])).toBe(360000);
    expect(AMOUNT('通常枠', [['クラウド', 1080000, '36か月']])).toBe(360000);
    expect(AMOUNT('通常枠', [['クラウド', 720000, 24]])).toBe(360000);
    // the whole quote is paid, so SELFPAY counts all 36 months
    expect(SELFPAY('通常枠', [['クラウド', 1080000, 36]])).toBe(1080000 - 360000);
    const notes = BREAKDOWN('通常枠', [['クラウド', 1080000, 36]]).filter((r) => r[0] === '注記 (note)').map((r) => String(r[1]));
    expect(notes.some((n) => n.includes('24'))).toBe(true);
  });

  test('options (cat.2–4) count at most 12 months, prorated (rules/README.md quote-line months)', () => {
    // 480,000 for 24 months → 240,000 counted; with software 1,000,000: 1,240,000 × 1/2
    expect(AMOUNT('通常枠', [['ソフトウェア', 1000000], ['オプション', 480000, 24]])).toBe(620000);
    // proration truncates: 100,000 × 12 / 7 months is within the limit (not prorated)
    expect(AMOUNT('通常枠', [['ソフトウェア', 1000000], ['機能拡張', 100000, 7]])).toBe(550000);
    // 100,001 × 12 / 13 = 92,308.6… → 92,308; (1,000,000 + 92,308) / 2 = 546,154
    expect(AMOUNT('通常枠', [['ソフトウェア', 1000000], ['データ連携', 100001, 13]])).toBe(546154);
  });

  test('proration is exact for huge lines: (1e15 − 1) × 24 ÷ 25 = 959,999,999,999,999.04 → 959,999,999,999,999', () => {
    const t = BREAKDOWN('通常枠', [['クラウド', 1e15 - 1, 25]]);
    expect(rowOf(t, 'ITツール')[1]).toBe(959999999999999);
    const o = BREAKDOWN('通常枠', [['ソフトウェア', 1], ['オプション', 1e15 - 3, 13]]);
    // 999,999,999,999,997 × 12 ÷ 13 = 923,076,923,076,920.3… → 923,076,923,076,920 (+ 1)
    expect(rowOf(o, 'ITツール')[1]).toBe(923076923076921);
  });

  test('N1, N2 as quote lines: software 800,000 + 役務 200,000 (§10.2 N1, N2)', () => {
    const quote = [['ソフトウェア', 800000], ['導入設定', 200000]];
    expect(AMOUNT('通常枠', quote, '中小企業', 'プロセス=2')).toBe(500000);
    expect(AMOUNT('通常枠', quote, '中小企業', 'プロセス=2, 最低賃金近傍')).toBe(666666);
  });

  test('a quote with a header row (amount column is text) skips it (rules/README.md contract edges)', () => {
    expect(AMOUNT('通常枠', [['区分', '金額'], ['ソフトウェア', 800000], ['導入設定', 200000]])).toBe(500000);
    expect(AMOUNT('通常枠', [['区分', '金額', '月数'], ['ソフト', '80万円', ''], ['クラウド', 480000, 48]])).toBe(520000);
  });

  test('オプション/役務 only together with cat.1 software: a quote without software is not eligible (§2.2; 公募要領(通常枠) §2-2(3)(イ) "上記（ア）の要件を満たしていることが必要")', () => {
    for (const quote of [[['導入設定', 300000], ['保守', 300000]], [['オプション', 300000]], [['導入コンサル', 300000]]]) {
      expect(AMOUNT('通常枠', quote)).toBe(0);
      expect(CHECK('通常枠', quote)).not.toBe('OK');
    }
  });
});

describe('インボイス対応類型 (it2025.md §3, §10.2)', () => {
  test('I5: 中小, 2 functions, 2,000,000 → 500,000 + 1,333,333.33 × 2/3 = 1,388,888 (§3.1 【補足２】)', () => {
    expect(AMOUNT('インボイス対応類型', 2000000, '中小企業', '機能=2')).toBe(1388888);
    expect(AMOUNT('インボイス枠', 2000000, '中小', 'functions=2')).toBe(1388888);
  });

  test('I6: 小規模, 2 functions, 2,000,000 → 1,416,666 (text and official tool alike) (§10.2 I6)', () => {
    expect(AMOUNT('インボイス対応類型', 2000000, '小規模事業者', '機能=2')).toBe(1416666);
    expect(AMOUNT('インボイス対応類型', 2000000, '小規模事業者', '機能=2, 計算方式=事務局ツール')).toBe(1416666);
  });

  test('I7: 中小, 2 functions, 5,166,667 reaches the 350万 cap; 5,166,666 is 1 yen short (§3.1 closed form)', () => {
    expect(AMOUNT('インボイス対応類型', 5166667, '中小企業', '機能=2')).toBe(3500000);
    // 500,000 + (5,166,666 − 666,666.67) × 2/3 = 3,499,999.56 → 3,499,999
    expect(AMOUNT('インボイス対応類型', 5166666, '中小企業', '機能=2')).toBe(3499999);
  });

  test('I9: 小規模, 2 functions, 5,125,000 → 3,500,000 (text), 3,499,999 (tool) (§10.2 I9, §6.4)', () => {
    expect(AMOUNT('インボイス対応類型', 5125000, '小規模事業者', '機能=2')).toBe(3500000);
    expect(AMOUNT('インボイス対応類型', 5125000, '小規模事業者', '機能=2, 計算方式=事務局ツール')).toBe(3499999);
  });

  test('I2/I1 boundaries: 1 function caps at 50万, reached at 666,667 (中小) / 625,000 (小規模) (§3.1)', () => {
    expect(AMOUNT('インボイス対応類型', 666666, '中小企業')).toBe(499999);
    expect(AMOUNT('インボイス対応類型', 666667, '中小企業')).toBe(500000);
    expect(AMOUNT('インボイス対応類型', 624999, '小規模事業者')).toBe(499999);
    expect(AMOUNT('インボイス対応類型', 625000, '小規模事業者')).toBe(500000);
    expect(AMOUNT('インボイス対応類型', 9000000, '小規模事業者')).toBe(500000);
  });

  test('H1–H3: PC 150,000 → 75,000; PC 300,000 → cap 100,000; POSレジ 500,000 → cap 200,000 (§3.1, §10.2 H1–H3)', () => {
    const sw: Row = ['ソフトウェア', 400000]; // 1 function, 中小: 300,000
    const h1 = BREAKDOWN('インボイス対応類型', [sw, ['PC', 150000]]);
    expect(rowOf(h1, 'PC・タブレット等').slice(1, 6)).toEqual([150000, '1/2', 75000, 75000, 100000]);
    expect(AMOUNT('インボイス対応類型', [sw, ['PC', 150000]])).toBe(300000 + 75000);
    expect(AMOUNT('インボイス対応類型', [sw, ['タブレット', 300000]])).toBe(300000 + 100000);
    expect(AMOUNT('インボイス対応類型', [sw, ['POSレジ', 500000]])).toBe(300000 + 200000);
    const h3 = BREAKDOWN('インボイス対応類型', [sw, ['券売機', 500000]]);
    expect(rowOf(h3, 'POSレジ・券売機等').slice(1, 6)).toEqual([500000, '1/2', 250000, 200000, 200000]);
  });

  test('hardware caps are separate from the 350万: theoretical maximum 380万 (§3.2 inference from the 別表)', () => {
    expect(AMOUNT('インボイス対応類型', [['ソフトウェア', 9000000], ['PC', 1000000], ['レジ', 1000000]], '中小企業', '機能=2')).toBe(3800000);
  });

  test('hardware without a software line: AMOUNT 0 and CHECK says why (§3.2 【補足１】; rules/README.md)', () => {
    expect(AMOUNT('インボイス対応類型', [['PC', 200000]])).toBe(0);
    expect(AMOUNT('インボイス対応類型', [['PC', 200000], ['導入設定', 100000]])).toBe(0);
    const why = CHECK('インボイス対応類型', [['PC', 200000]]) as string;
    expect(why).not.toBe('OK');
    expect(why).toContain('ソフトウェア');
    expectGoodMessage(why);
    // a cloud subscription is software too (cat.1)
    expect(AMOUNT('インボイス対応類型', [['クラウド', 400000, 24], ['PC', 200000]])).toBe(300000 + 100000);
  });

  test('オプション/役務-only quote is not eligible: "大分類Ⅰ「ソフトウェア」とあわせて交付申請する必要がある" (§3.2; 公募要領(インボイス) §2-2(3)(イ))', () => {
    for (const quote of [[['導入設定', 300000]], [['オプション', 300000, 12]], [['保守', 200000], ['PC', 100000]]]) {
      expect(AMOUNT('インボイス対応類型', quote)).toBe(0);
      expect(CHECK('インボイス対応類型', quote)).not.toBe('OK');
    }
  });

  test('S5-like: 医療法人 can never be 小規模: 3/4, not 4/5 (§7 ⑨)', () => {
    expect(RATE('インボイス対応類型', null, '医療法人')).toBe(0.75);
    expect(AMOUNT('インボイス対応類型', 625000, '医療法人', '機能=2')).toBe(468750);
  });
});

describe('電子取引類型 (it2025.md §4, §10.2 D1/D2)', () => {
  test('D1: 2,400,000 × 80/100 = 1,920,000 → × 2/3 = 1,280,000', () => {
    expect(AMOUNT('電子取引類型', [['クラウド', 2400000, 24]], '中小企業', '口座=80/100')).toBe(1280000);
    expect(rowOf(BREAKDOWN('電子取引類型', 2400000, '中小企業', '口座=80/100'), 'クラウド利用料')[1]).toBe(1920000);
    expect(RATE('電子取引類型', 2400000, '中小企業', '口座=80/100')).toBeCloseTo(2 / 3, 12);
    expect(SELFPAY('電子取引類型', 2400000, '中小企業', '口座=80/100')).toBe(2400000 - 1280000);
  });

  test('D2: 大企業, 12,000,000 × 90/100 × 1/2 = 5,400,000 → cap 3,500,000', () => {
    expect(AMOUNT('電子取引類型', '1,200万円', '大企業', 'accounts=90/100')).toBe(3500000);
    expect(AMOUNT('電子取引類型', 6000000, '大企業', '口座=90/100')).toBe(2700000);
  });

  test('the ratio is applied exactly, truncating once: 1,000,000 × 1/3 × 2/3 = 222,222.2 → 222,222 (§1.2)', () => {
    expect(AMOUNT('電子取引類型', 1000000, '中小企業', '口座=1/3')).toBe(222222);
    expect(AMOUNT('電子取引類型', 1000000, '中小企業', '口座=0/3')).toBe(0);
  });

  test('cloud beyond 24 months is prorated (§4: クラウド利用費 only, up to 2 years)', () => {
    expect(AMOUNT('電子取引類型', [['クラウド', 3600000, 36]], '中小企業', '口座=100/100')).toBe(1600000);
  });

  test('software purchase lines are not eligible in 電子取引類型 (§4: クラウド利用費 only)', () => {
    const e = errorOf(() => AMOUNT('電子取引類型', [['ソフトウェア', 1000000]], '中小企業', '口座=1/1'));
    expectGoodMessage(e.message);
    expect(e.message).toContain('見積1行目の区分「ソフトウェア」は電子取引類型の補助対象になりません');
  });
});

describe('セキュリティ対策推進枠 (it2025.md §5, §10.2)', () => {
  test('S4: 小規模, 3-year contract at 100,000/yr counts 2 years: 200,000 × 2/3 = 133,333', () => {
    expect(AMOUNT('セキュリティ対策推進枠', [['クラウド', 300000, 36]], '小規模事業者')).toBe(133333);
    expect(AMOUNT('セキュリティ対策推進枠', [['お助け隊', 300000, 36]], '小規模事業者')).toBe(133333);
  });

  test('S5: 医療法人 with 4 employees can never be 小規模 → rate 1/2 (§7 ⑨)', () => {
    expect(RATE('セキュリティ対策推進枠', null, '医療法人')).toBe(0.5);
    expect(RATE('セキュリティ対策推進枠', null, '小規模事業者')).toBeCloseTo(2 / 3, 15);
    expect(AMOUNT('セキュリティ対策推進枠', 1200000, '医療法人')).toBe(600000);
    const notes = BREAKDOWN('セキュリティ対策推進枠', 1200000, '医療法人').map((r) => String(r[1]));
    expect(notes.some((n) => n.includes('医療法人'))).toBe(true);
  });

  test('floor 5万 and cap 150万 (150万 inclusive) (§5)', () => {
    expect(AMOUNT('セキュリティ対策推進枠', 99999)).toBe(0);
    expect(AMOUNT('セキュリティ対策推進枠', 100000)).toBe(50000);
    expect(AMOUNT('セキュリティ対策推進枠', 3000000)).toBe(1500000);
    expect(AMOUNT('セキュリティ対策推進枠', 2250000, '小規模事業者')).toBe(1500000);
  });
});

describe('複数社連携IT導入枠 (it2025.md §6, §10.2)', () => {
  const HEADER = ['構成員', '規模', '機能', '基盤導入経費', 'PC等', 'レジ等', '消費動向等分析経費', 'その他経費'];
  /** §10.2: 10 中小 (2 functions, C 1,000,000), 2 小規模 (1 function, C 400,000), a PC of 200,000 each,
   * analysis 1,000,000 each, その他経費 1,800,000 (代表事業者). */
  function members(smallFunctions = 1, smallBase = 400000): unknown[][] {
    const rows: unknown[][] = [HEADER];
    for (let i = 1; i <= 10; i++) rows.push([`中小${i}`, '中小企業', 2, 1000000, 200000, '', 1000000, i === 1 ? 1800000 : '']);
    for (let i = 1; i <= 2; i++) rows.push([`小規模${i}`, '小規模事業者', smallFunctions, smallBase, 200000, '', 1000000, '']);
    return rows;
  }

  test('§10.2: (a) 9,062,220 + (b) 6,000,000 + (c) 1,004,148 = 16,066,368 (official tool)', () => {
    expect(AMOUNT('複数社連携IT導入枠', members(), '', '計算方式=事務局ツール')).toBe(16066368);
    const table = BREAKDOWN('複数社連携IT導入枠', members(), '', '計算方式=事務局ツール');
    const aRows = table.filter((r) => String(r[0]).startsWith('(a)'));
    expect(aRows).toHaveLength(12);
    // (a) per member: 中小 722,222 + PC 100,000; 小規模 320,000 + PC 100,000
    expect(aRows.reduce((s, r) => s + Number(r[4]), 0)).toBe(9062220);
    expect(rowOf(table, '(b)')[4]).toBe(6000000);
    expect(rowOf(table, '(c)')[4]).toBe(1004148);
    expect(rowOf(table, '補助金額')[4]).toBe(16066368);
  });

  test('§10.2 by the text rule: the same 16,066,368 (小規模 members are below the 625,000 split point)', () => {
    // 小規模 1 function: 400,000 × 4/5 = 320,000 both ways; 中小 results never differ (§11)
    expect(AMOUNT('複数社連携IT導入枠', members())).toBe(16066368);
    // total quote: 10 × (1,000,000 + 200,000 + 1,000,000) + 2 × (400,000 + 200,000 + 1,000,000) + 1,800,000
    expect(SELFPAY('複数社連携IT導入枠', members())).toBe(27000000 - 16066368);
  });

  test('text rule vs tool differ for 小規模 above 625,000 (§6.4, §10.2 I4): 16,983,701 vs 16,983,699', () => {
    // 小規模 2 functions at 1,000,000: text 750,000, tool 749,999 each.
    // text: (a) 7,222,220 + 1,500,000 + 1,200,000 = 9,922,220; (c) = floor(15,922,220 / 15) = 1,061,481
    // tool: (a) 9,922,218; (c) = floor(15,922,218 / 15) = 1,061,481
    expect(AMOUNT('複数社連携IT導入枠', members(2, 1000000))).toBe(9922220 + 6000000 + 1061481);
    expect(AMOUNT('複数社連携IT導入枠', members(2, 1000000), '', '計算方式=事務局ツール')).toBe(9922218 + 6000000 + 1061481);
  });

  test('(c) is capped at 200万 once (a)+(b) reach 3,000万 (§6.3)', () => {
    const rows: unknown[][] = [HEADER];
    for (let i = 1; i <= 12; i++) rows.push([`m${i}`, '中小企業', 2, 6000000, '', '', 1500000, i === 1 ? 9000000 : '']);
    // (a) = min(12 × 3,500,000, 3,000万) = 3,000万; (b) = 0 (no room left); (c) = min(6,000,000, 2,000,000, 2,000,000)
    expect(AMOUNT('複数社連携IT導入枠', rows)).toBe(32000000);
  });

  test('fewer than 10 members: AMOUNT 0, CHECK says why (§6.1)', () => {
    const nine = members().slice(0, 10);
    expect(AMOUNT('複数社連携IT導入枠', nine)).toBe(0);
    const why = CHECK('複数社連携IT導入枠', nine) as string;
    expect(why).toContain('10');
    expectGoodMessage(why);
  });
});

describe('税込, 対象外, text costs, non-integer costs (rules/README.md conventions)', () => {
  test('税込: 1,100,000 → cost 1,000,000 → 500,000; SELFPAY from the tax-inclusive total 600,000 (convention 1)', () => {
    expect(AMOUNT('通常枠', 1100000, '', '税込')).toBe(500000);
    expect(SELFPAY('通常枠', 1100000, '', '税込')).toBe(600000);
    expect(AMOUNT('通常枠', 1100000, '', 'taxincl')).toBe(500000);
    expect(rowOf(BREAKDOWN('通常枠', 1100000, '', '税込'), 'ITツール')[1]).toBe(1000000);
  });

  test('税込 divides by 1.1 exactly, truncating once: 1,000,000 税込 → 909,090.9… × 1/2 = 454,545 (§1.2)', () => {
    expect(AMOUNT('通常枠', 1000000, '', '税込')).toBe(454545);
    expect(SELFPAY('通常枠', 1000000, '', '税込')).toBe(1000000 - 454545);
    // インボイス split on the tax-exclusive cost: 2,200,000 税込 = 2,000,000 → I5
    expect(AMOUNT('インボイス対応類型', 2200000, '中小企業', '機能=2, 税込')).toBe(1388888);
  });

  test('対象外 lines: in SELFPAY, not in AMOUNT (rules/README.md quote-line categories)', () => {
    const quote = [['ソフトウェア', 1000000], ['対象外', 100000], ['交通費（対象外）', 20000]];
    expect(AMOUNT('通常枠', quote)).toBe(500000);
    expect(SELFPAY('通常枠', quote)).toBe(1120000 - 500000);
  });

  test('text costs: "１，０００，０００円", "150万円", "1.5万", "1億", "1億2,000万" (rules/README.md text numbers)', () => {
    expect(AMOUNT('通常枠', '１，０００，０００円')).toBe(500000);
    expect(AMOUNT('通常枠', '1,000,000')).toBe(500000);
    expect(AMOUNT('通常枠', '150万円')).toBe(750000);
    expect(AMOUNT('インボイス対応類型', '1.5万')).toBe(11250);
    expect(AMOUNT('通常枠', '1.5万')).toBe(0); // 7,500 < 5万
    expect(AMOUNT('インボイス対応類型', '1億', '', '機能=2')).toBe(3500000);
    expect(AMOUNT('通常枠', '1億', '', 'プロセス=4, 賃上げ')).toBe(4500000);
    expect(AMOUNT('電子取引類型', '1億2,000万', '大企業', '口座=1/40')).toBe(1500000);
    expect(SELFPAY('通常枠', '150万円')).toBe(750000);
  });

  test('text cost with 千 before 万: "5千万円" = 50,000,000 (common Japanese notation)', () => {
    expect(AMOUNT('インボイス対応類型', '5千万円', '', '機能=2')).toBe(3500000);
    expect(AMOUNT('電子取引類型', '3億5千万円', '大企業', '口座=1/100')).toBe(1750000);
  });

  test('non-integer cost is truncated to whole yen first, with a note (rules/README.md contract edges)', () => {
    expect(AMOUNT('通常枠', 1000001.7)).toBe(500000);
    expect(SELFPAY('通常枠', 1000001.7)).toBe(500001);
    expect(BREAKDOWN('通常枠', 1000001.7).some((r) => String(r[1]).includes('切り捨て'))).toBe(true);
    expect(AMOUNT('インボイス対応類型', '1000.99')).toBe(750);
  });
});

describe('eligibility edges (rules/README.md rulings)', () => {
  test('hardware in 通常枠 is an error (hardware lines outside インボイス対応類型)', () => {
    const e = errorOf(() => AMOUNT('通常枠', [['ソフトウェア', 1000000], ['PC', 200000]]));
    expect(e.kind).toBe('value');
    expect(e.message).toContain('PC');
    expectGoodMessage(e.message);
    expect(CHECK('通常枠', [['ソフトウェア', 1000000], ['PC', 200000]])).toBe(e.message);
  });

  test('大企業 in 通常枠, インボイス, セキュリティ: AMOUNT 0, CHECK says why (not an error)', () => {
    for (const frame of ['通常枠', 'インボイス対応類型', 'セキュリティ対策推進枠']) {
      expect(AMOUNT(frame, 1000000, '大企業')).toBe(0);
      const why = CHECK(frame, 1000000, '大企業') as string;
      expect(why).toContain('大企業');
      expectGoodMessage(why);
      expect(RATE(frame, 1000000, '大企業')).toBe(0);
      expect(SELFPAY(frame, 1000000, '大企業')).toBe(1000000);
    }
  });

  test('below the floor: AMOUNT 0, CHECK names the floor (§2.1; convention 3)', () => {
    expect(AMOUNT('通常枠', 99999)).toBe(0);
    expect(AMOUNT('通常枠', 100000)).toBe(50000);
    const why = CHECK('通常枠', 90000) as string;
    expect(why).toContain('50,000');
    expectGoodMessage(why);
    expect(CHECK('通常枠', 100000)).toBe('OK');
  });

  test('an option that does not apply is ignored (rules/README.md)', () => {
    expect(AMOUNT('セキュリティ対策推進枠', 1200000, '', 'プロセス=4')).toBe(AMOUNT('セキュリティ対策推進枠', 1200000));
    expect(AMOUNT('通常枠', 1000000, '', '機能=2')).toBe(500000);
    expect(AMOUNT('インボイス対応類型', 1000000, '', '賃上げ, 機能=2')).toBe(722222);
  });

  test('BREAKDOWN notes an ignored option (rules/README.md)', () => {
    const notes = BREAKDOWN('セキュリティ対策推進枠', 1200000, '', 'プロセス=4').filter((r) => r[0] === '注記 (note)').map((r) => String(r[1]));
    expect(notes.some((n) => n.includes('プロセス'))).toBe(true);
  });

  test('CHECK notes an ignored option (rules/README.md: "ignored (CHECK notes it)")', () => {
    expect(CHECK('セキュリティ対策推進枠', 1200000, '', 'プロセス=4')).toContain('プロセス');
  });

  test('BREAKDOWN notes 税込 (rules/README.md convention 1)', () => {
    const notes = BREAKDOWN('通常枠', 1100000, '', '税込').filter((r) => r[0] === '注記 (note)').map((r) => String(r[1]));
    expect(notes.some((n) => n.includes('税込'))).toBe(true);
  });

  test('options text: full-width, 、 and spaces, English aliases, flags switched off (rules/README.md "Options")', () => {
    expect(AMOUNT('通常枠', 4000000, '中小企業', 'プロセス＝４、賃上げ')).toBe(2000000);
    expect(AMOUNT('通常枠', 4000000, '中小企業', 'プロセス = 4   賃上げ')).toBe(2000000);
    expect(AMOUNT('通常枠', 4000000, '中小企業', 'processes=4, wage')).toBe(2000000);
    expect(AMOUNT('通常枠', 4000000, '中小企業', 'プロセス=4, 賃上げ=なし')).toBe(1499999);
    expect(AMOUNT('通常枠', 1000000, '中小企業', '最低賃金近傍=no')).toBe(500000);
    expect(AMOUNT('インボイス対応類型', 1000000, '中小企業', '機能：２')).toBe(722222);
    expect(AMOUNT('インボイス対応類型', 1000000, '小規模事業者', 'functions=2 method=tool')).toBe(749999);
  });

  test('年度=2025 is the table; 年度=2024 is an error naming the supported years', () => {
    expect(AMOUNT('通常枠', 1000000, '', '年度=2025')).toBe(500000);
    const e = errorOf(() => AMOUNT('通常枠', 1000000, '', '年度=2024'));
    expect(e.message).toContain('通常枠の2024年度のルールはありません。対応年度: 2026、2025');
    expectGoodMessage(e.message);
  });

  test('frame names: aliases, ids, full-width and spacing are normalised (issue 2)', () => {
    expect(AMOUNT('it-normal', 1000000)).toBe(500000);
    expect(AMOUNT(' 通常 枠 ', 1000000)).toBe(500000);
    expect(AMOUNT('ＩＴ－ＮＯＲＭＡＬ', 1000000)).toBe(500000);
    expect(AMOUNT('ｉｔ-ｎｏｒｍａｌ', 1000000)).toBe(500000);
    expect(AMOUNT('セキュリティ枠', 1200000, 'small')).toBe(800000);
  });
});

describe('RATE (rules/README.md: a number; with a cost, the effective rate)', () => {
  test('base rates without a cost', () => {
    expect(RATE('通常枠')).toBe(0.5);
    expect(RATE('通常枠', '', '', '最低賃金近傍')).toBeCloseTo(2 / 3, 15);
    expect(RATE('インボイス対応類型', null, '小規模事業者')).toBe(0.8);
    expect(RATE('インボイス対応類型')).toBe(0.75);
    expect(RATE('電子取引類型', null, '大企業', '口座=1/1')).toBe(0.5);
    expect(RATE('電子取引類型', null, '中小企業', '口座=1/1')).toBeCloseTo(2 / 3, 15);
    expect(RATE('セキュリティ対策推進枠')).toBe(0.5);
  });

  test('effective rate with a cost: subsidy ÷ eligible cost; 0 when not eligible', () => {
    expect(RATE('通常枠', 1000000)).toBe(0.5);
    expect(RATE('インボイス対応類型', 1000000, '中小企業', '機能=2')).toBeCloseTo(0.722222, 12);
    expect(RATE('インボイス対応類型', 1000000, '中小企業')).toBe(0.5);
    expect(RATE('通常枠', 4000000, '中小企業', 'プロセス=3')).toBeCloseTo(1499999 / 4000000, 15);
    expect(RATE('通常枠', 90000)).toBe(0);
    // with 税込 the eligible cost is tax-exclusive
    expect(RATE('通常枠', 1100000, '', '税込')).toBe(0.5);
  });
});

describe('CAP and MINAMOUNT of each frame (it2025.md §2–§6)', () => {
  test.each([
    ['通常枠', '', '', 1499999, 50000],
    ['通常枠', '中小企業', 'プロセス=4, 賃上げ', 4500000, 50000],
    ['通常枠', '中小企業', 'プロセス=4', 1499999, 50000],
    ['通常枠', '小規模事業者', 'プロセス=4', 4500000, 50000],
    ['通常枠', '中小企業', 'プロセス=3, 賃上げ', 1499999, 50000],
    ['インボイス対応類型', '', '', 500000, 0],
    ['インボイス対応類型', '小規模事業者', '機能=2', 3500000, 0],
    ['電子取引類型', '大企業', '口座=80/100', 3500000, 0],
    ['セキュリティ対策推進枠', '', '', 1500000, 50000],
    ['セキュリティ対策推進枠', '小規模事業者', '', 1500000, 50000],
    ['複数社連携IT導入枠', '', '', 32000000, 0],
  ])('%s %s %s → cap %d, floor %d', (frame, size, options, cap, floor) => {
    expect(CAP(frame, size, options)).toBe(cap);
    expect(MINAMOUNT(frame, size, options)).toBe(floor);
  });
});

describe('BREAKDOWN and FRAMES tables', () => {
  const isRect = (t: Row[]): boolean => t.length > 1 && t.every((r) => r.length === t[0].length);

  test('BREAKDOWN: rectangular, header row, parts that add up to AMOUNT, SELFPAY and CHECK rows', () => {
    const t = BREAKDOWN('インボイス対応類型', 1000000, '中小企業', '機能=2');
    expect(isRect(t)).toBe(true);
    expect(t[0]).toEqual(['区分 (item)', '対象経費 (cost)', '補助率 (rate)', '補助額・上限前 (before cap)', '補助額 (subsidy)', '上限 (cap)']);
    expect(t.every((r) => r.every((c) => typeof c === 'string' || Number.isFinite(c)))).toBe(true);
    // §10.2 I3: 500,000 at 3/4 on 666,666.67 of cost, 222,222 at 2/3 on the rest
    expect(rowOf(t, 'ITツール (1段目)').slice(2, 5)).toEqual(['3/4', 500000, 500000]);
    expect(rowOf(t, 'ITツール (2段目)').slice(2, 5)).toEqual(['2/3', 222222, 222222]);
    expect(rowOf(t, '補助金額')[4]).toBe(722222);
    expect(rowOf(t, '自己負担額')[4]).toBe(277778);
    expect(rowOf(t, '判定')[1]).toBe('OK');
    // issue 10: sources read as document and section, never our rule files
    expect(String(rowOf(t, '出典')[1])).toBe('デジタル化・AI導入補助金2026 (ルール確認日 2026-12-07): 事務局 概要資料 (2026) (2025年と同じ: 公募要領(インボイス対応類型))');
  });

  test('BREAKDOWN of an ineligible scenario says why in the 判定 row', () => {
    const t = BREAKDOWN('通常枠', 90000);
    expect(isRect(t)).toBe(true);
    expect(rowOf(t, '補助金額')[4]).toBe(0);
    expect(String(rowOf(t, '判定')[1])).toContain('50,000');
  });

  test('FRAMES: the five IT frames of each rule year, with the table, period, last deadline, rates, caps, floors and sources', () => {
    const t = FRAMES('IT導入補助金');
    expect(isRect(t)).toBe(true);
    expect(t[0]).toEqual([
      '枠 (frame)', 'ID', '制度 (program)', '年度 (year)', '適用期間 (in force)', '最終締切 (last deadline)',
      '補助率 (rates)', '上限 (cap)', '下限 (floor)', '出典 (source)',
      // the last heading also names the version and the rules' check date (core/about.ts, tests/release/version.test.ts)
      `ルール確認日 (rules checked) — ITHOJO ${VERSION}・ルール確認日 ${rulesCheckedOn()} (version ${VERSION}, rules checked ${rulesCheckedOn()})`,
    ]);
    const rows = t.slice(1);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['通常枠', 'it-normal', 'デジタル化・AI導入補助金2026', 2026],
      ['インボイス対応類型', 'it-invoice', 'デジタル化・AI導入補助金2026', 2026],
      ['電子取引類型', 'it-etrade', 'デジタル化・AI導入補助金2026', 2026],
      ['セキュリティ対策推進枠', 'it-security', 'デジタル化・AI導入補助金2026', 2026],
      ['複数者連携デジタル化・AI導入枠', 'it-multi', 'デジタル化・AI導入補助金2026', 2026],
      ['通常枠', 'it-normal', 'IT導入補助金2025', 2025],
      ['インボイス対応類型', 'it-invoice', 'IT導入補助金2025', 2025],
      ['電子取引類型', 'it-etrade', 'IT導入補助金2025', 2025],
      ['セキュリティ対策推進枠', 'it-security', 'IT導入補助金2025', 2025],
      ['複数社連携IT導入枠', 'it-multi', 'IT導入補助金2025', 2025],
    ]);
    const row = (id: string, year: number) => rows.find((r) => r[1] === id && r[3] === year)!;
    expect(row('it-normal', 2026)[4]).toBe('2026-01-16 〜');
    expect(row('it-normal', 2025)[4]).toBe('2025-03-18 〜 2026-01-15');
    // 6次 rests on a second-hand source (updates-2026-12.md U4): 要確認
    expect(row('it-normal', 2026)[5]).toBe('6次 2026-10-30 (要確認)');
    expect(row('it-normal', 2026)[10]).toBe('2026-12-07');
    expect(row('it-normal', 2025)[5]).toBe('7次 2025-12-02 (要確認)');
    expect(row('it-multi', 2026)[5]).toBe('2次 2026-08-25');
    expect(row('it-etrade', 2025)[5]).toBe('未発表 (none on record)');
    expect(String(row('it-normal', 2026)[6])).toBe('2/3, 1/2');
    expect(String(row('it-invoice', 2026)[6])).toMatch(/4\/5/);
    expect(row('it-normal', 2026)[7]).toBe('4,500,000円 / 1,499,999円');
    expect(row('it-normal', 2026)[8]).toBe(50000);
    expect(row('it-security', 2025)[8]).toBe(50000);
    // sources read as documents (core/rules/citation.ts), never our rule files
    expect(rows.map((r) => String(r[9])).filter((x) => /\.md|\[/.test(x))).toEqual([]);
    expect(row('it-normal', 2026)[9]).toBe('交付規程(通常枠) 別表 (2026)');
    expect(row('it-normal', 2025)[9]).toBe('公募要領(通常枠) §2-3, 交付規程 別表');
  });

  test('FRAMES() lists every program and year; listings say their status; an unknown program is an error', () => {
    const all = FRAMES();
    expect(isRect(all)).toBe(true);
    expect(all.length).toBeGreaterThan(FRAMES('IT導入補助金').length);
    expect(new Set(all.slice(1).map((r) => `${r[1]} ${r[3]}`)).size).toBe(all.length - 1);
    expect(all.find((r) => r[1] === 'energy-gx3')![6]).toContain('未収録');
    expect(all.find((r) => r[1] === 'shinjigyo-global')![6]).toContain('未収録');
    expect(FRAMES('省エネ').slice(1).map((r) => `${r[1]} ${r[3]}`)).toEqual([
      'energy-equipment 2026', 'energy-gx3 2026',
      'energy-factory 2025', 'energy-electrification 2025', 'energy-equipment 2025', 'energy-ems 2025',
    ]);
    const e = errorOf(() => FRAMES('存在しない制度'));
    expectGoodMessage(e.message);
    expect(e.message).toContain('使える制度: デジタル化・AI導入補助金、IT導入補助金、事業承継・M&A補助金、省エネ補助金、ものづくり補助金');
  });
});
