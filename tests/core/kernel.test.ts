/**
 * Issue 12: the integer kernel of AMOUNT (core/engine/kernel.ts) equals the exact engine on
 * every frame of every table, for random costs and at every edge (floor, tier boundaries, the
 * cap threshold, 1e15), and falls back to the exact engine where it cannot be exact.
 */
import Decimal from 'decimal.js';

import fc from 'fast-check';
import { AMOUNT, allTables } from '../../core';
import { evaluate } from '../../core/engine/evaluate';
import { kernelAmount, kernelOf } from '../../core/engine/kernel';
import { compilePlan, type Plan } from '../../core/engine/plan';
import { MAX_AMOUNT } from '../../core/input/parseAmount';
import { OPTION_DEFS } from '../../core/rules/options';

const RUNS = Math.max(1, Math.round(Number(process.env.ITHOJO_PROP_RUNS ?? 1500)));

/** A few option sets per frame: none, each of its flags and counts, and pairs of them, plus 税込 and 年度. */
function optionSets(frameOptions: readonly string[]): string[] {
  const values = frameOptions.map((key) => OPTION_DEFS.find((d) => d.key === key)!).flatMap((d) => {
    if (d.type === 'flag') return [d.names[0]];
    if (d.type === 'count') return [`${d.names[0]}=1`, `${d.names[0]}=2`, `${d.names[0]}=4`, `${d.names[0]}=30`];
    if (d.type === 'ratio') return ['口座=80/100', '口座=1/3', '口座=0/7', '口座=999999999/1000000000', '口座=1/999999937'];
    if (d.type === 'choice') return Object.keys(d.choices!).slice(0, 1).map((c) => `${d.names[0]}=${c}`);
    if (d.type === 'number') return [`${d.names[0]}=12`];
    return [];
  });
  const sets = new Set<string>(['', '税込']);
  for (const v of values) {
    sets.add(v);
    sets.add(`${v}, 税込`);
    for (const w of values) if (w.split('=')[0] !== v.split('=')[0]) sets.add(`${v}, ${w}`);
  }
  return [...sets];
}

interface Case {
  readonly label: string;
  readonly plan: Plan;
}

const CASES: Case[] = allTables().flatMap((t) => t.frames.flatMap((f) =>
  ['小規模事業者', '中小企業', '大企業'].flatMap((size) => optionSets(f.options).flatMap((o) => {
    const options = [o, `年度=${t.fiscalYear}`].filter((x) => x !== '').join(', ');
    try {
      return [{ label: `${f.id} ${t.fiscalYear} ${size} [${options}]`, plan: compilePlan(f.id, size, options) }];
    } catch {
      return []; // option sets a frame refuses (e.g. 口座 missing) are not kernels' business
    }
  }))));

const exact = (plan: Plan, yen: number): number => evaluate(plan, yen, false).amount;

/** Costs where something changes: the floor, each tier boundary, the cap threshold, and the ends. */
function edges(plan: Plan): number[] {
  const k = kernelOf(plan);
  const around = (x: number): number[] => [x - 2, x - 1, x, x + 1, x + 2].filter((y) => y >= 0 && y <= MAX_AMOUNT);
  const points = [0, 1, 2, 3, 10, 99_999, 100_000, 1_000_000, MAX_AMOUNT - 1, MAX_AMOUNT];
  if (k) {
    points.push(...around(k.atCap));
    // the yen just below/above each tier room and the floor (rooms are in units of 1/scale yen)
    let start = 0;
    for (const room of k.rooms) {
      if (!Number.isFinite(room) || k.scale === 0) break;
      start += room;
      points.push(...around(Math.floor(start / k.scale)));
    }
    for (let i = 0; i < k.num.length && k.scale > 0; i++) points.push(...around(Math.floor((k.floor * k.den[i]) / (k.num[i] * k.scale))));
  }
  return [...new Set(points)];
}

test('the cases cover every frame of every table, with and without a kernel', () => {
  const frames = new Set(CASES.map((c) => `${c.plan.frame.id} ${c.plan.table.fiscalYear}`));
  expect(frames.size).toBe(allTables().reduce((n, t) => n + t.frames.length, 0));
  expect(CASES.filter((c) => kernelOf(c.plan) !== null).length).toBeGreaterThan(CASES.length / 2);
  // no kernel where it cannot be exact: members tables, requirements to judge, huge denominators
  expect(kernelOf(compilePlan('複数者連携', '', ''))).toBeNull();
  expect(kernelOf(compilePlan('設備単位型', '', ''))).toBeNull();
  expect(kernelOf(compilePlan('電子取引類型', '', '口座=1/999999937, 税込'))).toBeNull();
});

test('at every edge of every plan, the kernel answers what the exact engine answers', () => {
  let checked = 0;
  for (const { label, plan } of CASES) {
    const k = kernelOf(plan);
    if (!k) continue;
    for (const yen of edges(plan)) {
      expect({ label, yen, amount: kernelAmount(k, yen) }).toEqual({ label, yen, amount: exact(plan, yen) });
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(1000);
});

test('random costs, small and huge: the kernel equals the exact engine and decimal.js', () => {
  const withKernel = CASES.filter((c) => kernelOf(c.plan) !== null);
  const yen = fc.oneof(fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 0, max: MAX_AMOUNT }), fc.integer({ min: 0, max: 200_000 }));
  fc.assert(
    fc.property(fc.constantFrom(...withKernel), yen, ({ label, plan }, y) => {
      const k = kernelOf(plan)!;
      const got = kernelAmount(k, y);
      expect({ label, y, got }).toEqual({ label, y, got: exact(plan, y) });
      // decimal.js: never more than cost × the highest rate (税込 and 口座 only shrink the cost), compared exactly
      const D = Decimal.clone({ precision: 40 });
      const rates = plan.buckets.flatMap((bk) => bk.tiers.parts.map((p) => p.rate));
      expect(rates.some((r) => new D(got).times(r.d).lte(new D(y).times(r.n)))).toBe(true);
      expect(Number.isInteger(got)).toBe(true);
    }),
    { numRuns: RUNS * 4 },
  );
});

test('AMOUNT through the contract uses the kernel only for whole-yen cells: text, fractions and quotes take the exact path', () => {
  expect(AMOUNT('通常枠', 1_000_000)).toBe(500_000);
  expect(AMOUNT('通常枠', '1,000,000')).toBe(500_000);
  expect(AMOUNT('通常枠', 1_000_000.75)).toBe(500_000);
  expect(AMOUNT('インボイス対応類型', 666_667, '', '機能=2')).toBe(500_000);
  // no kernel for this plan (its denominator breaks the safe bound): the exact engine answers
  // 1e12 × 1/999,999,937 × 2/3 = 666.667… → 666
  expect(AMOUNT('電子取引類型', 1_000_000_000_000, '', '口座=1/999999937')).toBe(666);
});
