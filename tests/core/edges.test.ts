/**
 * Contract edges settled after review: required options only where a cost is priced, 公募回
 * checked against the schedule, and a subsidy that truncates to 0 yen is not "OK".
 */
import { AMOUNT, CAP, CHECK, MINAMOUNT, RATE } from '../../core';
import { errorOf } from './helpers';


test('電子取引類型: CAP, MINAMOUNT and the base RATE answer without 口座; pricing a cost requires it (rules/README.md)', () => {
  expect(CAP('電子取引類型')).toBe(3_500_000);
  expect(MINAMOUNT('電子取引類型')).toBe(0);
  expect(RATE('電子取引類型', '', '大企業')).toBe(0.5);
  expect(errorOf(() => AMOUNT('電子取引類型', 2_400_000)).message).toContain('オプション「口座」が必須です');
  expect(CHECK('電子取引類型', 2_400_000)).toContain('口座=80/100');
});

test('公募回 must be a round on record for the frame (it2025.md §8)', () => {
  expect(AMOUNT('通常枠', 1_000_000, '', '公募回=7')).toBe(500_000);
  expect(errorOf(() => AMOUNT('通常枠', 1_000_000, '', '公募回=99')).message).toContain('公募回 99');
});

test('a subsidy that truncates to 0 yen is not eligible, and CHECK says why (1円未満切り捨て)', () => {
  expect(AMOUNT('インボイス対応類型', 1)).toBe(0);
  expect(CHECK('インボイス対応類型', 1)).toContain('0円');
  expect(CHECK('インボイス対応類型', 2)).toBe('OK'); // floor(2 × 3/4) = 1
});

test('proration is exact for large amounts: 1e15 over 36 months counts 24/36 (rules/README.md quote-line months)', () => {
  // floor(1e15 × 24 / 36) = 666,666,666,666,666; at 1/2 → 333,333,333,333,333, capped at 1,499,999
  expect(AMOUNT('通常枠', [['クラウド', 1e15, 36]], '', 'プロセス=4, 賃上げ')).toBe(4_500_000);
  expect(AMOUNT('電子取引類型', [['クラウド', 999_999_999, 36]], '', '口座=1/1')).toBe(3_500_000);
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
