/**
 * The quotation layouts of examples/quotes/ with hand-checked answers (issue 10 "Done when"),
 * shared by the core, Excel and Sheets tests. Each expectation is worked out in its comment from
 * the rules it cites (../shared/rules/it2025.md, rules/README.md rulings); none is read back from
 * the code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface QuoteExample {
  readonly about: string;
  readonly frame: string;
  readonly size: string;
  readonly options: string;
  readonly rows: (string | number)[][];
}

export function loadExample(file: string): QuoteExample {
  return JSON.parse(readFileSync(path.join(__dirname, '../../examples/quotes', file), 'utf8')) as QuoteExample;
}

/** A BREAKDOWN tier row: label, cost shown, subsidy shown. */
export type Tier = readonly [string, number, number];
/** A BREAKDOWN quote-line row: label start, amount as written, category, counted, months. */
export type Line = readonly [string, number, string, number | '', number | string];

export interface QuoteCase {
  readonly file: string;
  readonly amount: number;
  readonly selfPay: number;
  /** CHECK's answer starts with this. */
  readonly check: string;
  readonly tiers: readonly Tier[];
  readonly lines: readonly Line[];
}

export const QUOTE_CASES: readonly QuoteCase[] = [
  {
    // インボイス対応類型, 小規模事業者, 機能=2 (it2025.md §3.1, §3.2; §2.2 limits):
    // クラウド 2年 × 60,000 = 120,000 (24 months: within the limit); システム ライセンス 450,000;
    // 役務 150,000 + 80,000 = 230,000; 保守 36ヶ月 108,000 → 108,000 × 24 ÷ 36 = 72,000.
    // ITツール = 120,000 + 450,000 + 230,000 + 72,000 = 872,000: the first 500,000 of subsidy at 4/5
    // uses 625,000 of cost; (872,000 − 625,000) × 2/3 = 164,666.67 → 164,666; 500,000 + 164,666 = 664,666.
    // PC 128,000 × 1/2 = 64,000 (≤ 10万); レジ周辺 (レシートプリンタ) 45,000 × 1/2 = 22,500 (≤ 20万).
    // AMOUNT 664,666 + 64,000 + 22,500 = 751,166; the quote's 小計 1,081,000 (summary rows are not
    // lines; 合計 = 小計 + 消費税 agrees) − 751,166 = 329,834.
    file: 'header-subtotals.json', amount: 751_166, selfPay: 329_834, check: 'OK (注意: 区分を品名から推定: 2行目',
    tiers: [['ITツール (1段目)', 625_000, 500_000], ['ITツール (2段目)', 247_000, 164_666], ['PC・タブレット等', 128_000, 64_000], ['POSレジ・券売機等', 45_000, 22_500]],
    lines: [
      ['2行目 クラウド会計ソフト', 120_000, 'クラウド利用料', 120_000, 24],
      ['3行目 受発注システム', 450_000, 'ソフトウェア', 450_000, ''],
      ['4行目 初期設定', 150_000, '導入設定・マニュアル作成・導入研修', 150_000, ''],
      ['5行目 操作研修', 80_000, '導入設定・マニュアル作成・導入研修', 80_000, ''],
      ['6行目 ノートPC', 128_000, 'PC・タブレット等', 128_000, ''],
      ['7行目 レシートプリンタ', 45_000, 'POSレジ・券売機等', 45_000, ''],
      ['8行目 保守サポート', 108_000, '保守サポート', 72_000, '24/36'],
    ],
  },
  {
    // 通常枠, 中小企業, プロセス=2 (it2025.md §2.1: 1/2, cap 1,499,999): 350,000 + 12 × 8,000 (金額 blank:
    // 数量 × 単価 = 96,000; 12ヶ月 in the 品名) + 200,000 + 80,000 + 60,000 = 786,000; × 1/2 = 393,000.
    // 年間保守サポート: 年間 without a number is 12 months (quote-reading.md §Q33), within the 24-month limit.
    // SELFPAY 786,000 − 393,000 = 393,000.
    file: 'name-only.json', amount: 393_000, selfPay: 393_000, check: 'OK (注意: 区分を品名から推定: 2行目',
    tiers: [['ITツール', 786_000, 393_000]],
    lines: [
      ['2行目 会計ソフト', 350_000, 'ソフトウェア', 350_000, ''],
      ['3行目 クラウド利用料', 96_000, 'クラウド利用料', 96_000, 12],
      ['4行目 導入支援', 200_000, '導入設定・マニュアル作成・導入研修', 200_000, ''],
      ['5行目 操作マニュアル作成', 80_000, '導入設定・マニュアル作成・導入研修', 80_000, ''],
      ['6行目 年間保守サポート', 60_000, '保守サポート', 60_000, 12],
    ],
  },
  {
    // インボイス対応類型, 中小企業, 機能=2: ソフトウェア (heading) 600,000 + 150,000; 役務 (heading ■役務)
    // 160,000 + 操作説明会 60,000 → ITツール 970,000. The 3/4 tier ends at 500,000 of subsidy =
    // 2,000,000/3 = 666,666.67 of cost: 500,000 + (970,000 − 666,666.67) × 2/3 = 500,000 + 202,222.22
    // → 702,222. ハードウェア: iPad 116,000 + iPadスタンド 12,000 (the heading says only "hardware": the
    // item names tell a PC from a register, quote-reading.md §Q17) = 128,000 × 1/2 = 64,000.
    // AMOUNT 766,222; total 1,101,000 (送料 3,000 is 対象外: SELFPAY only); SELFPAY 334,778.
    // BREAKDOWN shows the boundary rounded up: 666,667 + 303,333 = 970,000.
    file: 'section-headings.json', amount: 766_222, selfPay: 334_778, check: 'OK (注意: 区分を品名から推定: 7行目',
    tiers: [['ITツール (1段目)', 666_667, 500_000], ['ITツール (2段目)', 303_333, 202_222], ['PC・タブレット等', 128_000, 64_000]],
    lines: [
      ['3行目 販売管理', 600_000, 'ソフトウェア', 600_000, ''],
      ['4行目 追加ユーザー', 150_000, 'ソフトウェア', 150_000, ''],
      ['6行目 現地作業費', 160_000, '導入設定・マニュアル作成・導入研修', 160_000, ''],
      ['7行目 操作説明会', 60_000, '導入設定・マニュアル作成・導入研修', 60_000, ''],
      ['9行目 iPad', 116_000, 'PC・タブレット等', 116_000, ''],
      ['10行目 iPadスタンド', 12_000, 'PC・タブレット等', 12_000, ''],
      ['11行目 送料', 3_000, '対象外 (ineligible)', 0, ''],
    ],
  },
  {
    // 通常枠, 中小企業, プロセス=2: ソフトウェア 1,200,000 − its own 値引き 200,000 = 1,000,000; 導入設定
    // 300,000; 交通費 20,000 対象外. 出精値引き ▲50,000 has no category: it comes off the counted eligible
    // cost 1,300,000 (after the 役務 cap, here not reached: quote-reading.md §Q23) → 1,250,000 × 1/2 = 625,000.
    // The quote's 小計 1,270,000 = 1,200,000 − 200,000 + 300,000 + 20,000 − 50,000; SELFPAY 645,000.
    // BREAKDOWN shows each discount on its own row, taking its cost off: 1,200,000 − 200,000 + 300,000 + 0
    // − 50,000 = 1,250,000, the tier row.
    file: 'discounts.json', amount: 625_000, selfPay: 645_000, check: 'OK',
    tiers: [['ITツール', 1_250_000, 625_000]],
    lines: [
      ['2行目 生産管理システム', 1_200_000, 'ソフトウェア', 1_200_000, ''],
      ['3行目 ソフトウェア値引き', -200_000, '値引き: ソフトウェア (discount)', -200_000, ''],
      ['4行目 初期設定', 300_000, '導入設定・マニュアル作成・導入研修', 300_000, ''],
      ['5行目 交通費', 20_000, '対象外 (ineligible)', 0, ''],
      ['6行目 出精値引き', -50_000, '値引き (区分なし) (discount, no category)', -50_000, ''],
    ],
  },
  {
    // インボイス対応類型, 小規模事業者, 1機能 (cap 50万): title block above the header is not lines.
    // POSレジアプリ 月額利用料 24ヶ月 × 5,500 = 132,000 (クラウド, 24 months: within the limit) + 初期設定
    // 80,000 = 212,000 × 4/5 = 169,600. レジ等: 64,800 + 18,000 + 35,000 = 117,800 × 1/2 = 58,900.
    // AMOUNT 228,500; 小計 329,800 − 228,500 = 101,300.
    file: 'title-block.json', amount: 228_500, selfPay: 101_300, check: 'OK (注意: 区分を品名から推定: 7行目',
    tiers: [['ITツール', 212_000, 169_600], ['POSレジ・券売機等', 117_800, 58_900]],
    lines: [
      ['7行目 POSレジアプリ', 132_000, 'クラウド利用料', 132_000, 24],
      ['8行目 モバイルPOSレジ端末', 64_800, 'POSレジ・券売機等', 64_800, ''],
      ['9行目 キャッシュドロア', 18_000, 'POSレジ・券売機等', 18_000, ''],
      ['10行目 レシートプリンター', 35_000, 'POSレジ・券売機等', 35_000, ''],
      ['11行目 初期設定', 80_000, '導入設定・マニュアル作成・導入研修', 80_000, ''],
    ],
  },
  {
    // 通常枠, 中小企業, プロセス=2, months from the 品名 (rules/README.md quote-line months):
    // クラウド 36ヶ月分 540,000 × 24 ÷ 36 = 360,000; 保守 2年分 = 24 months: 120,000; データ連携
    // オプション 24か月 48,000 × 12 ÷ 24 = 24,000; ソフト 250,000 → 754,000 × 1/2 = 377,000.
    // Rows 5–6 hold only a No.: skipped. SELFPAY 958,000 − 377,000 = 581,000.
    file: 'months-in-name.json', amount: 377_000, selfPay: 581_000, check: 'OK (注意: 区分を品名から推定: 1行目',
    tiers: [['ITツール', 754_000, 377_000]],
    lines: [
      ['1行目 クラウド勤怠管理', 540_000, 'クラウド利用料', 360_000, '24/36'],
      ['2行目 ソフトウェア保守', 120_000, '保守サポート', 120_000, 24],
      ['3行目 データ連携オプション', 48_000, 'オプション', 24_000, '12/24'],
      ['4行目 給与計算ソフト', 250_000, 'ソフトウェア', 250_000, ''],
    ],
  },
  {
    // 通常枠, 中小企業, プロセス=4・賃上げ (450万 band): 補助対象額 1,200,000 + 400,000 + 240,000 (12ヶ月)
    // = 1,840,000 × 1/2 = 920,000. 補助対象外 300,000 and the 対象外 line 100,000 stay in the total
    // 2,240,000: SELFPAY 1,320,000.
    file: 'eligible-split.json', amount: 920_000, selfPay: 1_320_000, check: 'OK',
    tiers: [['ITツール', 1_840_000, 920_000]],
    lines: [
      ['2行目 販売管理システム', 1_500_000, 'ソフトウェア', 1_200_000, ''],
      ['3行目 導入設定費', 400_000, '導入設定・マニュアル作成・導入研修', 400_000, ''],
      ['4行目 保守', 240_000, '保守サポート', 240_000, 12],
      ['5行目 申請サポート費', 100_000, '対象外 (ineligible)', 0, ''],
    ],
  },
];

/** BREAKDOWN's tier rows and quote block as the case expects them (the same in every build). */
export function expectBreakdown(t: readonly (readonly unknown[])[], c: QuoteCase): void {
  for (const [label, cost, subsidy] of c.tiers) {
    const row = t.find((r) => r[0] === label);
    expect(row?.[1]).toBe(cost);
    expect(row?.[4]).toBe(subsidy);
  }
  const block = t.findIndex((r) => r[0] === '見積明細 (quote line)');
  const lines = t.slice(block + 1);
  expect(lines.map((r) => r.slice(1, 5))).toEqual(c.lines.map(([, amount, category, counted, months]) => [amount, category, counted, months]));
  c.lines.forEach(([label], i) => expect(String(lines[i][0]).startsWith(label)).toBe(true));
  expect(t.find((r) => r[0] === '補助金額 (subsidy)')?.[4]).toBe(c.amount);
}
