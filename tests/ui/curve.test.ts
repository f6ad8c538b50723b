/**
 * The chart's curve: its corners are where AMOUNT's behaviour changes — the floor's jump, each
 * rate tier's edge, the cap — checked against figures worked out by hand from the rule texts,
 * and every point is AMOUNT at its cost.
 */
import { AMOUNT } from '../../core';
import { curveOf, niceCeil, type Curve } from '../../ui/chart/curve';

const amount = (frame: string, cost: number, size: string | null, options: string | null) => AMOUNT(frame, cost, size, options) as number;
const costsOf = (c: Curve, kind: string) => c.points.filter((p) => p.kind === kind).map((p) => p.cost);

describe('通常枠 (1/2, floor 50,000, cap 1,499,999 below the 4-process band)', () => {
  const c = curveOf('通常枠', null, null, null);

  test('the floor is reached at 100,000: 99,999 gives nothing', () => {
    expect(c.floor).toBe(50_000);
    expect(c.floorCost).toBe(100_000);
    expect(c.points.filter((p) => p.kind === 'belowFloor' || p.kind === 'floor').map((p) => [p.cost, p.amount])).toEqual([[99_999, 0], [100_000, 50_000]]);
  });

  test('the cap 1,499,999 is reached at 2,999,998 and not one yen earlier', () => {
    expect([c.top, c.capCost]).toEqual([1_499_999, 2_999_998]);
    expect(amount('通常枠', 2_999_997, null, null)).toBeLessThan(c.top);
  });

  test('one tier at 1/2; the band above (4 processes and a wage plan) is listed with what reaches it', () => {
    expect(c.tiers).toEqual([{ from: 0, to: null, rate: '1/2' }]);
    expect(c.bands.map((b) => [b.cap, b.current])).toEqual([[1_499_999, true], [4_500_000, false]]);
    expect(c.bands[1].needs?.ja).toBe('「プロセス=4以上」と「賃上げ」');
    // a small business needs no wage plan for it
    expect(curveOf('通常枠', '小規模事業者', null, null).bands[1].needs?.ja).toBe('「プロセス=4以上」');
  });

  test('with プロセス=4 and 賃上げ the 4,500,000 band is the current one', () => {
    const wide = curveOf('通常枠', '中小企業', 'プロセス=4, 賃上げ', null);
    expect([wide.top, wide.capCost]).toEqual([4_500_000, 9_000_000]);
    expect(wide.bands.find((b) => b.current)?.cap).toBe(4_500_000);
  });
});

test('インボイス対応類型, 小規模, 機能=2: 4/5 up to 500,000 of subsidy (cost 625,000), then 2/3 up to the 3,500,000 cap', () => {
  const c = curveOf('インボイス対応類型', '小規模事業者', '機能=2', null);
  expect(c.tiers.map((t) => t.rate)).toEqual(['4/5', '2/3']);
  expect(costsOf(c, 'tier')).toEqual([625_000]);
  expect(c.points.find((p) => p.kind === 'tier')!.amount).toBe(500_000);
  expect([c.top, c.capCost]).toEqual([3_500_000, 5_125_000]);
  expect(amount('インボイス対応類型', 5_124_999, '小規模事業者', '機能=2')).toBe(3_499_999);
  // no floor in this frame: no floor corner is drawn
  expect(costsOf(c, 'floor')).toEqual([]);
});

test('事業承継促進枠, 小規模, 賃上げ: floor 1,000,000 at 1,500,000; 2/3 to 12,000,000; 1/2 to the 10,000,000 cap at 16,000,000', () => {
  const c = curveOf('事業承継促進枠', '小規模事業者', '賃上げ', null);
  expect([c.floorCost, costsOf(c, 'tier'), c.capCost, c.top]).toEqual([1_500_000, [12_000_000], 16_000_000, 10_000_000]);
  expect(c.tiers.map((t) => t.rate)).toEqual(['2/3', '1/2']);
});

test('every point of every frame\'s curve is AMOUNT at its cost, in cost order, inside the axes', () => {
  const frames = ['通常枠', 'インボイス対応類型', 'セキュリティ対策推進枠', '事業承継促進枠', '買い手支援類型', '工場・事業場型', '設備単位型', 'グローバル枠'];
  for (const f of frames) {
    const c = curveOf(f, null, null, { cost: 1_234_567, amount: amount(f, 1_234_567, null, null) });
    for (const p of c.points) expect([f, p.cost, p.amount]).toEqual([f, p.cost, amount(f, p.cost, null, null)]);
    const costs = c.points.map((p) => p.cost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(Math.max(...costs)).toBe(c.xMax);
    expect(c.top).toBeLessThanOrEqual(c.yMax);
    expect(c.current).toEqual({ cost: 1_234_567, amount: amount(f, 1_234_567, null, null), kind: 'current' });
  }
});

test('a size the frame excludes gives a flat curve at 0', () => {
  const c = curveOf('通常枠', '大企業', null, null);
  expect(c.top).toBe(0);
  expect(c.points.every((p) => p.amount === 0)).toBe(true);
});

test('frames that cannot price a plain cost throw the core\'s reason', () => {
  expect(() => curveOf('電子取引類型', null, null, null)).toThrow(/口座/);
  expect(() => curveOf('複数社連携IT導入枠', null, null, null)).toThrow(/構成員表/);
  expect(curveOf('電子取引類型', null, '口座=80/100', null).top).toBe(3_500_000);
});

test('axis ends are round: 1, 2, 2.5 or 5 × 10^k at or above the value', () => {
  expect([niceCeil(1_499_999), niceCeil(3_749_998), niceCeil(2_000_000), niceCeil(0.4), niceCeil(0)]).toEqual([2_000_000, 5_000_000, 2_000_000, 0.5, 1]);
});
