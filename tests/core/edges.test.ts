/**
 * Contract edges settled after review: required options only where a cost is priced, 公募回
 * checked against the schedule, and a subsidy that truncates to 0 yen is not "OK".
 */
import { AMOUNT, CAP, CHECK, MINAMOUNT, RATE, calculate } from '../../core';
import { errorOf } from './helpers';


test('電子取引類型: CAP, MINAMOUNT and the base RATE answer without 口座; pricing a cost requires it (rules/README.md)', () => {
  expect(CAP('電子取引類型')).toBe(3_500_000);
  expect(MINAMOUNT('電子取引類型')).toBe(0);
  expect(RATE('電子取引類型', '', '大企業')).toBe(0.5);
  expect(errorOf(() => AMOUNT('電子取引類型', 2_400_000)).message).toContain('オプション「口座」が必須です');
  expect(CHECK('電子取引類型', 2_400_000)).toContain('口座=80/100');
});

test('公募回 must be a round on record in the answering table (it2025.md §8, it2026.md §4)', () => {
  expect(AMOUNT('通常枠', 1_000_000, '', '公募回=5')).toBe(500_000);
  expect(AMOUNT('通常枠', 1_000_000, '', '公募回=7, 年度=2025')).toBe(500_000);
  // 2026 has no 7次 on record: an error, not a guess
  const e = errorOf(() => AMOUNT('通常枠', 1_000_000, '', '公募回=7'));
  expect(e.message).toContain('デジタル化・AI導入補助金2026 通常枠の7次の締切日はデータにありません');
  expect(e.message).toContain('1次、2次、3次、4次、5次');
  expect(errorOf(() => AMOUNT('通常枠', 1_000_000, '', '公募回=99, 年度=2025')).message).toContain('99次');
});

test('a subsidy that truncates to 0 yen is not eligible, and CHECK says why (1円未満切り捨て)', () => {
  expect(AMOUNT('インボイス対応類型', 1)).toBe(0);
  expect(CHECK('インボイス対応類型', 1)).toContain('0円');
  expect(CHECK('インボイス対応類型', 2)).toBe('OK'); // floor(2 × 3/4) = 1
});

test('proration counts limit/months of a line, exactly, also for large amounts (rules/README.md quote-line months)', () => {
  // below the cap: 1,800,000 over 36 months counts 1,800,000 × 24/36 = 1,200,000; at 1/2 → 600,000
  expect(AMOUNT('通常枠', [['クラウド', 1_800_000, 36]])).toBe(600_000);
  // 12 of 18 months of an option: 900,000 × 12/18 = 600,000, beside 400,000 of software → 1,000,000 × 1/2
  expect(AMOUNT('通常枠', [['ソフトウェア', 400_000], ['オプション', 900_000, 18]])).toBe(500_000);
  // exact for 1e15: floor(1e15 × 24 / 36) = 666,666,666,666,666 counted (the cap then binds the subsidy)
  expect(calculate({ frame: 'インボイス対応類型', cost: [['ソフトウェア', 1], ['クラウド', 1e15, 36]], options: '機能=2' }).cost).toBe(666_666_666_666_667);
  // floor(999,999,999 × 24 / 36) = 666,666,666 → × 2/3 = 444,444,444, capped at 3,500,000
  expect(calculate({ frame: '電子取引類型', cost: [['クラウド', 999_999_999, 36]], options: '口座=1/1' }).cost).toBe(666_666_666);
  // 35 yen over 36 months counts floor(35 × 24 / 36) = 23; (100,000 + 23) × 3/4 = 75,017.25 → 75,017
  expect(AMOUNT('インボイス対応類型', [['ソフトウェア', 100_000], ['クラウド', 35, 36]])).toBe(75_017);
});

test('a quote beside a column of scenarios is priced per row, and an edited quote is re-read on the next call', () => {
  const quote: unknown[][] = [['ソフトウェア', 1_000_000]];
  // 通常枠 1/2 = 500,000; インボイス 2機能 = 722,222 (it2025.md §10.2 N1, I3)
  expect(AMOUNT([['通常枠'], ['インボイス対応類型']], quote, '', [['プロセス=2'], ['機能=2']])).toEqual([[500_000], [722_222]]);
  quote[0][1] = 2_000_000; // 通常枠 1/2 = 1,000,000; インボイス 2機能 = 1,388,888 (I5)
  expect(AMOUNT([['通常枠'], ['インボイス対応類型']], quote, '', [['プロセス=2'], ['機能=2']])).toEqual([[1_000_000], [1_388_888]]);
});
