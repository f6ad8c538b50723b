/**
 * One call for a whole table: a 10,000-row cost column with single-cell frame, size and options
 * returns a 10,000×1 array, every cell the core's scalar answer.
 */
import { AMOUNT } from '../../core';
import { callSheets, loadSheets } from './sheetsHost';

const ROWS = 10_000;
const host = loadSheets();

// Hand-checked rows first (通常枠, 中小企業, プロセス=2: 1/2, cap 1,499,999, floor 50,000), then a sweep.
const HAND_CHECKED: [unknown, number][] = [
  [1_000_000, 500_000],
  [90_000, 0], // 45,000 is below the 50,000 floor
  [100_000, 50_000], // exactly the floor
  [4_000_000, 1_499_999], // cut to the 150万円未満 cap
  ['150万円', 750_000],
  ['１，０００，０００円', 500_000],
  [1_000_001, 500_000], // 500,000.5 truncated
];

function costs(): unknown[][] {
  const column: unknown[][] = HAND_CHECKED.map(([cost]) => [cost]);
  for (let i = column.length; i < ROWS; i++) column.push([50_000 + i * 997]);
  return column;
}

test('a 10,000×1 cost range gives a 10,000×1 answer with the right values', () => {
  const column = costs();
  const outcome = callSheets(host, 'AMOUNT', ['通常枠', column, '中小企業', 'プロセス=2']);
  if (!('value' in outcome)) throw new Error(`threw: ${outcome.thrown}`);
  const answer = outcome.value as unknown[][];
  expect(answer).toHaveLength(ROWS);
  expect(answer.every((row) => Array.isArray(row) && row.length === 1)).toBe(true);
  HAND_CHECKED.forEach(([, expected], i) => expect(answer[i][0]).toBe(expected));
  const wrong = column.flatMap(([cost], i) => {
    const expected = AMOUNT('通常枠', cost, '中小企業', 'プロセス=2');
    return answer[i][0] === expected ? [] : [{ row: i, cost, expected, got: answer[i][0] }];
  });
  expect(wrong).toEqual([]);
});

test('a 1×10,000 row range comes back as one row', () => {
  const row = [costs().map(([cost]) => cost)];
  const outcome = callSheets(host, 'SELFPAY', ['通常枠', row]);
  if (!('value' in outcome)) throw new Error(`threw: ${outcome.thrown}`);
  const answer = outcome.value as unknown[][];
  expect(answer).toHaveLength(1);
  expect(answer[0]).toHaveLength(ROWS);
  expect(answer[0][0]).toBe(500_000);
});
