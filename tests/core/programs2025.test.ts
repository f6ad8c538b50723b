/**
 * 事業承継・M&A, 省エネ, ものづくり グローバル枠 and the helpers around them: each frame at its
 * floor, at its cap, across each tier boundary and for each option. Expected values are worked
 * by hand from ../shared/rules/programs-2025.md (section cited per case).
 */
import { AMOUNT, BREAKDOWN, CAP, CHECK, DEADLINE, FRAMES, MINAMOUNT, MINWAGE, NEARMINWAGE, RATE, TABLES } from '../../core';
import { errorOf } from './helpers';

type Case = [frame: string, cost: unknown, size: string, options: string, expected: number, why: string];

function table(cases: Case[]): void {
  test.each(cases)('%s %p %s %s → %p (%s)', (frame, cost, size, options, expected) => {
    expect(AMOUNT(frame, cost, size, options)).toBe(expected);
  });
}


describe('事業承継促進枠 (programs-2025.md §1.1–1.2)', () => {
  table([
    ['事業承継促進枠', 2_000_000, '中小企業', '', 1_000_000, 'floor 100万 reached exactly'],
    ['事業承継促進枠', 1_999_999, '中小企業', '', 0, '999,999 < 下限 (A6)'],
    ['事業承継促進枠', 16_000_000, '中小企業', '', 8_000_000, 'cap 800万'],
    ['事業承継促進枠', 16_000_002, '中小企業', '', 8_000_000, 'just above the cap'],
    ['事業承継促進枠', 20_000_000, '中小企業', '賃上げ', 10_000_000, 'A2: cap 1,000万 with 賃上げ'],
    ['事業承継促進枠', 12_000_000, '小規模事業者', '賃上げ', 8_000_000, '2/3 reaches 800万 at 1,200万'],
    ['事業承継促進枠', 12_000_003, '小規模事業者', '賃上げ', 8_000_001, 'above 800万 of subsidy at 1/2: floor(3/2)'],
    ['事業承継促進枠', 15_000_000, '小規模事業者', '', 8_000_000, 'A4: no 賃上げ'],
    ['事業承継促進枠', 16_000_000, '小規模事業者', '賃上げ', 10_000_000, 'A5'],
    ['事業承継促進枠', [['設備費', 16_000_000], ['廃業費', 3_000_000]], '中小企業', '', 9_500_000, 'A7: 廃業費 +150万 at 1/2'],
    ['事業承継促進枠', [['設備費', 6_000_000], ['廃業費', 1_000_000]], '小規模事業者', '', 4_666_666, '廃業費 at the main rate 2/3: 4,000,000 + 666,666'],
  ]);
  test('廃業費 alone is not an add-on: not eligible, and CHECK says why', () => {
    expect(AMOUNT('事業承継促進枠', [['廃業費', 3_000_000]])).toBe(0);
    expect(CHECK('事業承継促進枠', [['廃業費', 3_000_000]])).toContain('併用する場合のみ加算されます');
  });
  test('CAP and MINAMOUNT', () => {
    expect(CAP('事業承継促進枠')).toBe(8_000_000);
    expect(CAP('事業承継促進枠', '', '賃上げ')).toBe(10_000_000);
    expect(MINAMOUNT('事業承継促進枠')).toBe(1_000_000);
  });
});

describe('専門家活用枠 (programs-2025.md §1.1, §1.3–1.5)', () => {
  table([
    ['買い手支援類型', 750_000, '中小企業', '', 500_000, 'floor 50万 at 2/3'],
    ['買い手支援類型', 749_999, '中小企業', '', 0, '499,999 < 下限'],
    ['買い手支援類型', 9_000_000, '中小企業', '', 6_000_000, 'A8'],
    ['買い手支援類型', 9_000_003, '中小企業', '', 6_000_000, 'cap 600万'],
    ['買い手支援類型', 12_000_000, '中小企業', 'DD', 8_000_000, 'A9: DD raises the cap to 800万'],
    ['専門家活用枠(買い手支援類型)', 12_000_000, '中小企業', 'DD', 8_000_000, 'alias'],
    ['買い手支援類型', 15_000_000, '中小企業', '100億', 7_500_000, 'A14 (A)'],
    ['買い手支援類型', 15_000_000, '中小企業', '100億, 100億基準=経費', 6_666_666, 'A14 (B)'],
    ['買い手支援類型', 40_000_000, '中小企業', '100億', 16_666_666, 'A12 (A): 1/3 above 1,000万 of subsidy'],
    ['買い手支援類型', 40_000_000, '中小企業', '100億, 100億基準=経費', 15_000_000, 'A12 (B)'],
    ['買い手支援類型', 50_000_000, '中小企業', '100億', 20_000_000, 'A13 (A): cap 2,000万'],
    ['買い手支援類型', 50_000_000, '中小企業', '100億, 100億基準=経費', 18_333_333, 'A13 (B)'],
    ['買い手支援類型', [['FA', 9_000_000], ['廃業費', 3_000_000]], '中小企業', '', 7_500_000, '廃業費 +150万 at 2/3 → min(2,000,000, 1,500,000)'],
    ['売り手支援類型', 10_000_000, '中小企業', '', 5_000_000, 'A10'],
    ['売り手支援類型', 10_000_000, '中小企業', '赤字', 6_000_000, 'A11: 2/3 capped at 600万'],
    ['売り手支援類型', 9_000_000, '中小企業', '利益率低下', 6_000_000, '2/3 for a falling margin'],
    ['売り手支援類型', 15_000_000, '中小企業', '赤字, DD', 8_000_000, 'DD cap'],
    ['売り手支援類型', 1_000_000, '中小企業', '', 500_000, 'floor 50万 at 1/2'],
    ['PMI専門家活用類型', 4_000_000, '中小企業', '', 1_500_000, 'A15'],
    ['PMI専門家活用類型', 800_000, '中小企業', '', 0, 'A16'],
    ['PMI専門家活用類型', 1_000_000, '中小企業', '', 500_000, 'floor'],
    ['事業統合投資類型', 18_000_000, '小規模事業者', '賃上げ', 10_000_000, 'A17'],
    ['事業統合投資類型', 2_000_000, '中小企業', '', 1_000_000, 'floor 100万'],
    ['事業統合投資類型', 1_500_000, '小規模事業者', '', 1_000_000, '小規模 2/3 reaches the floor at 150万'],
    ['事業統合投資類型', 1_999_999, '中小企業', '', 0, 'below the floor'],
    ['事業統合投資類型', 30_000_000, '中小企業', '', 8_000_000, 'cap 800万 without 賃上げ'],
    ['事業統合投資類型', 12_000_003, '小規模事業者', '賃上げ', 8_000_001, 'the 800万 tier boundary: the part above at 1/2'],
    ['廃業・再チャレンジ枠', 2_000_000, '中小企業', '', 1_000_000, 'A18 at 1/2'],
    ['廃業・再チャレンジ枠', 2_000_000, '中小企業', '赤字', 1_333_333, 'A18 at 2/3'],
    ['廃業・再チャレンジ枠', 999_999, '中小企業', '', 0, 'below 下限50万'],
    ['廃業・再チャレンジ枠', 4_000_000, '中小企業', '', 1_500_000, 'cap 150万'],
  ]);
  test('RATE of each type', () => {
    expect(RATE('買い手支援類型')).toBeCloseTo(2 / 3, 12);
    expect(RATE('売り手支援類型')).toBe(0.5);
    expect(RATE('売り手支援類型', '', '', '赤字')).toBeCloseTo(2 / 3, 12);
    expect(RATE('買い手支援類型', '', '', '100億')).toBe(0.5);
    expect(CAP('買い手支援類型', '', '100億')).toBe(20_000_000);
    expect(CAP('売り手支援類型', '', 'DD')).toBe(8_000_000);
  });
});

describe('省エネ補助金 (programs-2025.md §2; flyer)', () => {
  table([
    ['工場・事業場型', 300_000_000, '中小企業', '', 150_000_000, 'B8 一般 中小 1/2'],
    ['工場・事業場型', 300_000_000, '大企業', '', 100_000_000, 'B8 一般 大 1/3'],
    ['工場・事業場型', 3_000_000_000, '中小企業', '先進', 1_500_000_000, 'B9 先進 2/3 → cap 15億'],
    ['工場・事業場型', 3_000_000_000, '中小企業', '先進, 非化石', 2_000_000_000, 'B9 with the 非化石 cap 20億'],
    ['工場・事業場型', 3_000_000_000, '大企業', '先進', 1_500_000_000, '先進 大 1/2 = 15億 (at the cap)'],
    ['工場・事業場型', 80_000_000, '中小企業', '中小企業投資促進', 40_000_000, 'B11'],
    ['工場・事業場型', 80_000_000, '大企業', '中小企業投資促進', 0, '中小企業投資促進枠 is for SMEs only'],
    ['工場・事業場型', 2_000_000, '中小企業', '', 1_000_000, 'floor 100万'],
    ['工場・事業場型', 1_999_999, '中小企業', '', 0, 'below the floor'],
    ['電化・脱炭素燃転型', 1_200_000_000, '中小企業', '電化', 500_000_000, 'B10'],
    ['電化・脱炭素燃転型', 1_200_000_000, '中小企業', '', 300_000_000, 'B10 without electrification'],
    ['電化・脱炭素燃転型', 100_000_000, '大企業', '', 50_000_000, 'flyer (Ⅱ) 1/2'],
    ['電化・脱炭素燃転型', 2_000_000, '中小企業', '', 1_000_000, 'floor 100万'],
    ['電化・脱炭素燃転型', 1_999_999, '中小企業', '電化', 0, 'below the floor'],
    ['電化・脱炭素燃転型', 600_000_002, '中小企業', '', 300_000_000, 'just above the 3億 cap'],
    ['工場・事業場型', 300_000_000, '中小企業', '一般', 150_000_000, '一般 named explicitly = the default'],
    ['工場・事業場型', 4_000_000_000, '中小企業', '一般', 1_500_000_000, '一般 cap 15億'],
    ['設備単位型', 24_000_000, '中小企業', '省エネ率=15%, 省エネ量=3.0', 8_000_000, 'B4'],
    ['設備単位型', 5_000_000, '中小企業', '省エネ率=4%, 省エネ量=0.8', 1_666_666, 'B6: passes on ③ (1.6 kl per 1,000万円)'],
    ['設備単位型', 10_000_000, '中小企業', '省エネ量=0.99', 0, 'fails ②③ (0.99 kl, 0.99 kl per 1,000万円)'],
    ['設備単位型', 10_000_000, '中小企業', '省エネ量=1', 3_333_333, '② exactly 1 kl'],
    ['設備単位型', 10_000_000, '中小企業', '省エネ率=10%', 3_333_333, '① exactly 10%'],
    ['設備単位型', 10_000_000, '中小企業', '省エネ率=9.9%', 0, '① fails, ②③ not given'],
    ['設備単位型', 900_000, '中小企業', '', 300_000, 'floor 30万'],
    ['設備単位型', 899_999, '中小企業', '', 0, 'B5-like: below 30万'],
    ['設備単位型', 300_000_003, '大企業', '', 100_000_000, 'cap 1億'],
    ['エネルギー需要最適化型', 10_000_000, '中小企業', '', 5_000_000, 'B7'],
    ['EMS型', 10_000_000, '大企業', '', 3_333_333, 'B7 大 (alias)'],
    ['EMS型', 600_000, '中小企業', '', 300_000, 'flyer (Ⅳ) 下限30万'],
    ['EMS型', 300_000_000, '中小企業', '', 100_000_000, 'cap 1億'],
  ]);
  test('設備単位型 without savings figures: computed, and the requirement is noted as unverified', () => {
    const notes = BREAKDOWN('設備単位型', 24_000_000).map((r) => r[1]).join('\n');
    expect(notes).toContain('要件は未確認です');
    expect(CHECK('設備単位型', 10_000_000, '', '省エネ量=0.5')).toContain('要件を満たしません');
    expect(CHECK('工場・事業場型', 80_000_000, '大企業', '中小企業投資促進')).toContain('中小企業投資促進枠は中小企業のみ');
  });
});

describe('ものづくり補助金 グローバル枠 (programs-2025.md §3)', () => {
  table([
    ['グローバル枠', 50_000_000, '中小企業', '従業員=30', 25_000_000, 'C1'],
    ['グローバル枠', 50_000_000, '小規模事業者', '', 30_000_000, 'C2'],
    ['グローバル枠', 50_000_000, '小規模事業者', '賃上げ, 従業員=4', 31_000_000, 'C2 with 大幅賃上げ特例'],
    ['グローバル枠', 100_000_000, '中小企業', '', 30_000_000, 'C3'],
    ['グローバル枠', 100_000_000, '中小企業', '賃上げ, 従業員=60', 40_000_000, 'C3 with 大幅賃上げ特例'],
    ['グローバル枠', 100_000_000, '中小企業', '賃上げ, 従業員=6', 32_500_000, '6–20人: 3,250万'],
    ['グローバル枠', 100_000_000, '中小企業', '賃上げ, 従業員=20', 32_500_000, '20人: 3,250万'],
    ['グローバル枠', 100_000_000, '中小企業', '賃上げ, 従業員=21', 40_000_000, '21人: 4,000万'],
    ['グローバル枠', 100_000_000, '中小企業', '賃上げ', 31_000_000, 'no 従業員: the smallest uplift'],
    ['グローバル枠', 100_000_000, '中小企業', '賃上げ, 従業員=60, 最低賃金引上げ特例', 30_000_000, 'the uplift is not for 最低賃金引上げ特例'],
    ['グローバル枠', 30_000_000, '中小企業', '最低賃金引上げ特例', 20_000_000, 'C4'],
    ['グローバル枠', 40_000_000, '中小企業', '賃上げ, 従業員=60', 20_000_000, 'below the base cap the uplift changes nothing (C5 rule)'],
    ['グローバル枠', 2_000_000, '中小企業', '', 1_000_000, 'floor 100万'],
    ['グローバル枠', 1_500_000, '中小企業', '', 0, 'C6'],
  ]);
  test('大企業 is not eligible; FRAMES lists the 1万者 program pointing at グローバル枠', () => {
    expect(AMOUNT('グローバル枠', 50_000_000, '大企業')).toBe(0);
    const rows = FRAMES('新規輸出1万者支援プログラム');
    expect(rows.map((r) => r[0])).toEqual(['枠 (frame)', 'グローバル枠', '新規輸出1万者支援プログラム']);
    expect(String(rows[2][7])).toContain('グローバル枠');
  });
});

describe('FRAMES and rule tables', () => {
  test('FRAMES lists every frame of every program', () => {
    const names = FRAMES().slice(1).map((r) => r[0]);
    for (const t of TABLES) for (const f of t.frames) expect(names).toContain(f.name);
    expect(names).toHaveLength(TABLES.reduce((n, t) => n + t.frames.length + (t.listings?.length ?? 0), 0));
  });
  test('every value of the new tables cites its source', () => {
    for (const t of TABLES.filter((x) => x.programId !== 'it')) {
      for (const f of t.frames) {
        const sources = [f.source, ...f.floor.map((c) => c.source), ...f.buckets.flatMap((b) => [...b.tiers, ...b.cap].map((c) => c.source))];
        for (const s of sources) expect(s).toMatch(/programs-2025\.md|flyer/);
      }
    }
  });
});

describe('MINWAGE and NEARMINWAGE (programs-2025.md §5)', () => {
  test.each([
    ['東京都', '2025-10-02', 1163],
    ['東京', '2025-10-03', 1226],
    ['Tokyo', '2024-10-01', 1163],
    ['秋田県', '2026-03-30', 951],
    ['秋田', '2026-03-31', 1031],
    // Excel serials: 45658 is 2025-01-01, so 45945 is 2025-10-15; 大阪 R7 starts 2025-10-16
    ['大阪府', 45_945, 1114],
    ['Osaka', 45_946, 1177],
  ])('MINWAGE(%s, %p)', (pref, date, expected) => {
    expect(MINWAGE(pref, date)).toBe(expected);
  });
  test('dates as Sheets passes them: midnight in Asia/Tokyo', () => {
    const tokyoMidnight = new Date(Date.UTC(2025, 9, 3) - 9 * 3600e3); // 2025-10-03 00:00 JST = 10-02 15:00 UTC
    expect(MINWAGE('東京都', tokyoMidnight)).toBe(1226);
  });
  test('no date: the latest revision; outside the data: an error, not a guess', () => {
    expect(MINWAGE('北海道')).toBe(1075);
    expect(errorOf(() => MINWAGE('東京都', '2026-10-01')).message).toContain('データにありません');
    expect(errorOf(() => MINWAGE('東京都', '2024-09-30')).message).toContain('データにありません');
    expect(errorOf(() => MINWAGE('トウキョウ')).message).toContain('不明な都道府県です');
  });
  test('§5.1 example: 3 of 10 at 1,200円 in Tokyo qualifies under both rules; 1,220円 only under 7次', () => {
    const at = (w: number) => [[w], [w], [w], [1400], [1400], [1400], [1400], [1400], [1400], [1400]];
    expect(NEARMINWAGE('東京都', at(1200), '2024-12-01', '1-6次')).toBe(true);
    expect(NEARMINWAGE('東京都', at(1200), '', '7次')).toBe(true);
    expect(NEARMINWAGE('東京都', at(1220), '2024-12-01', '1-6次')).toBe(false);
    expect(NEARMINWAGE('東京都', at(1220))).toBe(true);
    expect(NEARMINWAGE('東京都', at(1213), '2024-12-01', '1-6次')).toBe(true); // 1,163 + 50 inclusive
    expect(NEARMINWAGE('東京都', at(1226))).toBe(false); // not below 1,226
    expect(NEARMINWAGE('東京都', [[1200], [1200], [1400], [1400], [1400], [1400], [1400], [1400], [1400], [1400]])).toBe(false); // 20%
    expect(errorOf(() => NEARMINWAGE('東京都', [['', '']])).message).toContain('賃金');
  });
});

describe('DEADLINE (it2025.md §8; programs-2025.md §1–2)', () => {
  test('a round as a date at midnight in Tokyo, and the table of rounds', () => {
    expect((DEADLINE('通常枠', 7) as Date).toISOString()).toBe('2025-12-01T15:00:00.000Z');
    expect((DEADLINE('インボイス枠', '1次') as Date).toISOString()).toBe('2025-05-11T15:00:00.000Z');
    expect((DEADLINE('事業承継促進枠', 13) as Date).toISOString()).toBe('2025-11-27T15:00:00.000Z');
    const t = DEADLINE('通常枠') as unknown[][];
    expect(t[0][0]).toBe('回 (round)');
    expect(t).toHaveLength(8);
  });
  test('no data is said, not guessed', () => {
    expect(errorOf(() => DEADLINE('電子取引類型', 1)).message).toContain('データにありません');
    expect(errorOf(() => DEADLINE('通常枠', 8)).message).toContain('8次');
  });
});
