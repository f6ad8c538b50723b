/**
 * COMPARE (issue 10): one row per frame that prices a cost, sorted by subsidy, with CHECK's verdict
 * or the reason the frame cannot take the quote. Amounts worked out from it2025.md §2–§5.
 */
import { COMPARE, DECLARATIONS } from '../../core';
import { errorOf, expectGoodMessage } from './helpers';

type Row = (string | number)[];
const HEADER = ['枠 (frame)', '補助金額 (subsidy)', '実効補助率 (effective rate)', '自己負担額 (self-payment)', '判定 (check)'];

function frames(t: Row[]): Row[] {
  return t.slice(1).filter((r) => r[0] !== '注記 (note)');
}

test('is declared as one table (no broadcast) with a Japanese description', () => {
  const d = DECLARATIONS.find((x) => x.id === 'COMPARE')!;
  expect(d.broadcasts).toBe(false);
  expect(d.params.map((p) => p.name)).toEqual(['cost', 'size', 'options', 'program']);
  expect(d.ja).toMatch(/補助金額/);
});

test('通常枠 wins: 4 processes and 賃上げ open the 450万 band, インボイス has 1 function (cap 50万)', () => {
  // 通常枠: 3,600,000 × 1/2 = 1,800,000 (≤ 4,500,000: it2025.md §2.1)
  // インボイス: 500,000 + (3,600,000 − 666,666.67) × 2/3 = 2,455,555, cut to the 1機能 cap 500,000 (§3.1)
  const t = COMPARE([['ソフトウェア', 3000000], ['導入設定', 600000]], '中小企業', 'プロセス=4, 賃上げ') as Row[];
  expect(t[0]).toEqual(HEADER);
  expect(frames(t).map((r) => r.slice(0, 4))).toEqual([
    ['通常枠', 1800000, 0.5, 1800000],
    ['インボイス対応類型', 500000, 500000 / 3600000, 3100000],
    ['電子取引類型', '', '', ''],
    ['セキュリティ対策推進枠', '', '', ''],
  ]);
  expect(frames(t)[0][4]).toBe('OK');
  // options a frame does not know are ignored for it, and said in its 判定
  expect(frames(t)[1][4]).toMatch(/^OK \(注意: オプション「プロセス」はインボイス対応類型には適用されないため無視しました/);
  expect(frames(t)[2][4]).toMatch(/^この枠ではオプション「口座」が必須です/);
  expect(frames(t)[3][4]).toMatch(/^見積1行目の区分「ソフトウェア」はセキュリティ対策推進枠の補助対象になりません/);
  // multi-company frames take a members table, not a quote: no row
  expect(t.some((r) => String(r[0]).startsWith('複数社連携'))).toBe(false);
});

test('インボイス対応類型 wins for a 小規模事業者 with 2 functions', () => {
  // インボイス: 500,000 at 4/5 uses 625,000; (1,200,000 − 625,000) × 2/3 = 383,333.33 → 883,333 (§3.1)
  // 通常枠: 1,200,000 × 1/2 = 600,000 (§2.1)
  const t = COMPARE([['ソフトウェア', 1000000], ['導入設定', 200000]], '小規模事業者', '機能=2') as Row[];
  expect(frames(t).slice(0, 2).map((r) => r.slice(0, 4))).toEqual([
    ['インボイス対応類型', 883333, 883333 / 1200000, 316667],
    ['通常枠', 600000, 0.5, 600000],
  ]);
  expect(frames(t)[1][4]).toMatch(/^OK \(注意: オプション「機能」は通常枠には適用されないため無視しました/);
});

test('neither is eligible: a 大企業, or 役務 without software, gets 0 with the reason', () => {
  const big = COMPARE([['ソフトウェア', 1000000]], '大企業') as Row[];
  expect(frames(big).slice(0, 2)).toEqual([
    ['通常枠', 0, 0, 1000000, '大企業は通常枠の対象になりません (A 大企業 is not eligible for this frame)'],
    ['インボイス対応類型', 0, 0, 1000000, '大企業はインボイス対応類型の対象になりません (A 大企業 is not eligible for this frame)'],
  ]);
  const services = COMPARE([['導入設定', 300000]]) as Row[];
  for (const r of frames(services).slice(0, 2)) {
    expect(r.slice(1, 4)).toEqual([0, 0, 300000]);
    expect(r[4]).toMatch(/^オプション・役務はソフトウェア \(大分類Ⅰ\) と一緒でなければ対象になりません/);
  }
});

test('every frame that can price the cost, by subsidy; ties keep the table order', () => {
  // クラウド 1,200,000 (24 months): 電子取引 × 80/100 = 960,000 × 2/3 = 640,000 (§4); 通常枠 1/2 = 600,000;
  // セキュリティ 1/2 = 600,000 (≤ 150万, §5); インボイス 1機能 capped at 500,000
  const t = COMPARE([['クラウド', 1200000, 24]], '中小企業', '口座=80/100') as Row[];
  expect(frames(t).map((r) => [r[0], r[1]])).toEqual([
    ['電子取引類型', 640000], ['通常枠', 600000], ['セキュリティ対策推進枠', 600000], ['インボイス対応類型', 500000],
  ]);
});

test('a quote\'s own warnings are said once, below the rows', () => {
  const t = COMPARE([['会計ソフト', 1000000], ['ノートPC', 100000]], '中小企業', '機能=2') as Row[];
  expect(t[t.length - 1]).toEqual(['注記 (note)', '区分を品名から推定: 1行目「会計ソフト」→ソフトウェア、2行目「ノートPC」→PC・タブレット等 (Category inferred from the item name)', '', '', '']);
  expect(frames(t)[0][4]).toBe('OK');
});

test('another program by name: 事業承継・M&A補助金', () => {
  const t = COMPARE(3000000, '', '', '事業承継・M&A補助金') as Row[];
  // 買い手支援類型 2/3 (programs-2025.md §1.3): 2,000,000; the others 1/2: 1,500,000
  expect(frames(t)[0].slice(0, 2)).toEqual(['買い手支援類型', 2000000]);
  expect(frames(t).every((r) => typeof r[1] === 'number')).toBe(true);
});

test('input errors fail the call, as in every function', () => {
  for (const [args, pattern] of [
    [[[['ソフトウェア', 'たくさん']]], /^見積1行目: 金額欄を金額として読めません/],
    [[1000000, '', 'プロセス=4, 謎'], /^不明なオプションです: 「謎」/],
    [[1000000, '', '', '宝くじ'], /^不明な制度です: 「宝くじ」/],
    [[[[1000000], [2000000]]], /^COMPAREは1件ずつ計算します/],
    [['abc'], /^経費を金額として読めません/],
  ] as [unknown[], RegExp][]) {
    const e = errorOf(() => (COMPARE as (...a: unknown[]) => unknown)(...args));
    expect(e.message).toMatch(pattern);
    expectGoodMessage(e.message);
  }
});
