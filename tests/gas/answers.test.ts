/**
 * Answer shapes as Sheets receives them: scalars for single cells, same-shaped 2-D arrays for
 * broadcast ranges, tables (BREAKDOWN, FRAMES, DEADLINE's list) as 2-D arrays equal to the core's,
 * blanks and omitted arguments alike.
 */
import { BREAKDOWN, CHECK, FRAMES } from '../../core';
import { callSheets, loadSheets, plain } from './sheetsHost';

const host = loadSheets();

test('a single-cell call answers a scalar', () => {
  expect(callSheets(host, 'AMOUNT', ['通常枠', 1000000, '中小企業', 'プロセス=2'])).toEqual({ value: 500000 });
  expect(callSheets(host, 'CHECK', ['通常枠', 1000000])).toEqual({ value: 'OK' });
  expect(callSheets(host, 'CHECK', ['通常枠', 90000])).toEqual({ value: CHECK('通常枠', 90000) });
});

test('omitted arguments and blank cells ("") mean the same', () => {
  const omitted = host.fn('AMOUNT')!('通常枠', 1000000);
  expect(callSheets(host, 'AMOUNT', ['通常枠', 1000000, '', ''])).toEqual({ value: omitted });
  expect(callSheets(host, 'AMOUNT', ['通常枠', 1000000, undefined, undefined])).toEqual({ value: omitted });
});

test('a 1×1 range is a single cell', () => {
  expect(callSheets(host, 'AMOUNT', [[['通常枠']], [[1000000]], [['中小企業']], [['プロセス=2']]])).toEqual({ value: 500000 });
});

test('ranges broadcast: a row of frames against a column of costs gives the grid', () => {
  const frames = [['通常枠', 'セキュリティ対策推進枠']];
  const costs = [[1000000], [3600000]];
  expect(callSheets(host, 'AMOUNT', [frames, costs, '中小企業', 'プロセス=2'])).toEqual({ value: [[500000, 500000], [1499999, 1500000]] });
});

test('quote lines are one scenario, not a broadcast', () => {
  const lines = [['ソフトウェア', 1500000], ['PC', 240000], ['POSレジ', 300000]];
  expect(callSheets(host, 'AMOUNT', ['インボイス対応類型', lines, '小規模事業者', '機能=2'])).toEqual({ value: 1333333 });
});

test('BREAKDOWN and FRAMES answer the core\'s tables as 2-D arrays', () => {
  expect(callSheets(host, 'BREAKDOWN', ['インボイス対応類型', 1000000, '中小企業', '機能=2'])).toEqual({ value: BREAKDOWN('インボイス対応類型', 1000000, '中小企業', '機能=2') });
  const frames = callSheets(host, 'FRAMES', []);
  expect(frames).toEqual({ value: FRAMES() });
  expect(((frames as { value: unknown[][] }).value).every((row) => Array.isArray(row))).toBe(true);
});

test('a date answer arrives as a Date at midnight in Tokyo (Sheets shows it as that day)', () => {
  expect(callSheets(host, 'DEADLINE', ['通常枠', 5])).toEqual({ value: new Date('2026-09-29T00:00:00+09:00') });
  const table = plain(host.fn('DEADLINE')!('通常枠')) as unknown[][];
  expect(table.slice(1, -1).map((row) => row[1])).toEqual(
    ['2026-05-12', '2026-06-15', '2026-07-21', '2026-08-25', '2026-09-29', '2026-10-30'].map((d) => new Date(`${d}T00:00:00+09:00`)),
  );
});
