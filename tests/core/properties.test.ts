/**
 * Property tests (issue 2 "Done when"): for every frame × size × option set and costs up to 1e15,
 * AMOUNT equals an independent recomputation of the rule with decimal.js (exact rationals of
 * decimal integers), and amount ≤ cost × the frame's highest rate, ≤ CAP, ≥ 0, integer, monotone
 * in cost, SELFPAY + AMOUNT = the quote total. Plus the exact-integer kernel (core/money/exact.ts)
 * against BigInt and decimal.js.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { AMOUNT, CAP, CHECK, RATE, SELFPAY } from '../../core';
import { add, addInt, compare, div, floorDiv, frac, mul, mulInt, sub, subInt, type Frac, type Int } from '../../core/money/exact';
import { truncateYen } from '../../core/money/truncateYen';
import { D, q, qAdd, qCmp, qMin, qMul, qSub, type Dec, type Q } from '../support/rational';

/** A private decimal.js: never the global one (STYLE.md). Integers up to 60 digits are exact. */
/** Runs per property; raise with ITHOJO_PROP_RUNS for a deeper search. */
const RUNS = Math.max(1, Math.round(Number(process.env.ITHOJO_PROP_RUNS ?? 1500)));

/** 1円未満切り捨て of a non-negative amount. */
function yenFloor(a: Q): number {
  if (a.n.isNegative() && !a.n.isZero()) throw new Error('oracle: negative amount');
  const v = a.n.divToInt(a.d);
  expect(v.lte(Number.MAX_SAFE_INTEGER)).toBe(true);
  return v.toNumber();
}
const minN = (...xs: number[]): number => Math.min(...xs);

type SizeKey = 'small' | 'sme' | 'large';
type Frame = '通常枠' | 'インボイス対応類型' | '電子取引類型' | 'セキュリティ対策推進枠';

interface Scenario {
  readonly frame: Frame;
  readonly sizeText: string | null;
  readonly size: SizeKey;
  readonly processes?: number;
  readonly wage: boolean;
  readonly minwage: boolean;
  readonly functions?: number;
  readonly tool: boolean;
  readonly accounts?: readonly [number, number];
  readonly tax: boolean;
  /** An option that does not apply to the frame was added (ignored, with a note). */
  readonly ignored: boolean;
  readonly options: string;
}

const HALF = q(1, 2);
const TWO_THIRDS = q(2, 3);
const THREE_QUARTERS = q(3, 4);
const FOUR_FIFTHS = q(4, 5);

/** Eligible (tax-exclusive) cost: 税込 divides by 1.1 exactly (rules/README.md convention 1). */
function taxExclusive(yen: Decimal.Value, s: Scenario): Q {
  return s.tax ? q(new D(yen).times(10), 11) : q(yen);
}

/** it2025.md §3.1 【補足２】: the first 50万 of subsidy at 3/4 (小規模 4/5), the rest at 2/3. */
function invoiceSoftware(c: Q, small: boolean, functions: number, tool: boolean): number {
  const r1 = small ? FOUR_FIFTHS : THREE_QUARTERS;
  let s: number;
  if (tool) {
    // §6.4 official tool: F12 = MIN(625001 | 666667, C); H12 = MIN(500000, ROUNDDOWN(F12 × r)); H13 = MIN(3000000, ROUNDDOWN(F13 × 2/3))
    const f12 = qMin(c, q(small ? 625001 : 666667));
    s = minN(500000, yenFloor(qMul(f12, r1))) + minN(3000000, yenFloor(qMul(qSub(c, f12), TWO_THIRDS)));
  } else {
    // closed form of §3.1: S = C·r1 up to C = 500,000 / r1, else 500,000 + (C − 500,000 / r1) · 2/3
    const room = { n: new D(500000).times(r1.d), d: r1.n };
    s = qCmp(c, room) <= 0 ? yenFloor(qMul(c, r1)) : yenFloor(qAdd(q(500000), qMul(qSub(c, room), TWO_THIRDS)));
  }
  return minN(s, functions >= 2 ? 3500000 : 500000);
}

/** The subsidy of a plain cost by the rule text (it2025.md §2–§5, rules/README.md rulings). */
function expectedAmount(s: Scenario, cost: number): number {
  const c = taxExclusive(cost, s);
  if (c.n.isZero()) return 0; // no eligible cost
  switch (s.frame) {
    case '通常枠': {
      if (s.size === 'large') return 0;
      const raw = yenFloor(qMul(c, s.minwage ? TWO_THIRDS : HALF));
      const upper = (s.processes ?? 1) >= 4 && (s.wage || s.size === 'small');
      const amount = minN(raw, upper ? 4500000 : 1499999);
      return amount < 50000 ? 0 : amount;
    }
    case 'インボイス対応類型':
      if (s.size === 'large') return 0;
      return invoiceSoftware(c, s.size === 'small', s.functions ?? 1, s.tool);
    case '電子取引類型': {
      const [a, b] = s.accounts!;
      if (a === 0) return 0;
      const base = qMul(c, q(a, b));
      return minN(yenFloor(qMul(base, s.size === 'large' ? HALF : TWO_THIRDS)), 3500000);
    }
    case 'セキュリティ対策推進枠': {
      if (s.size === 'large') return 0;
      const amount = minN(yenFloor(qMul(c, s.size === 'small' ? TWO_THIRDS : HALF)), 1500000);
      return amount < 50000 ? 0 : amount;
    }
  }
}

const HIGHEST_RATE: Record<Frame, [number, number]> = {
  通常枠: [2, 3],
  インボイス対応類型: [4, 5],
  電子取引類型: [2, 3],
  セキュリティ対策推進枠: [2, 3],
};
const MIN_OF: Record<Frame, number> = { 通常枠: 50000, インボイス対応類型: 0, 電子取引類型: 0, セキュリティ対策推進枠: 50000 };
const FRAME_CAP: Record<Frame, number> = { 通常枠: 4500000, インボイス対応類型: 3500000, 電子取引類型: 3500000, セキュリティ対策推進枠: 1500000 };

// ---------------------------------------------------------------------------------------------
// Generators.

const SIZES: [string | null, SizeKey][] = [
  [null, 'sme'], ['', 'sme'], ['中小企業', 'sme'], ['中小', 'sme'], ['sme', 'sme'], ['医療法人', 'sme'], ['NPO法人', 'sme'],
  ['小規模事業者', 'small'], ['小規模', 'small'], ['small', 'small'], ['大企業', 'large'], ['large', 'large'],
];

const sep = fc.constantFrom(', ', ' ', '、', ',', ' , ');
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    frame: pick<Frame>('通常枠', 'インボイス対応類型', '電子取引類型', 'セキュリティ対策推進枠'),
    size: pick(...SIZES),
    processes: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    wage: fc.boolean(),
    minwage: fc.boolean(),
    functions: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    tool: fc.boolean(),
    accounts: fc.integer({ min: 1, max: 1000 }).chain((b) => fc.tuple(fc.integer({ min: 0, max: b }), fc.constant(b))),
    tax: fc.boolean(),
    english: fc.boolean(),
    ignored: fc.boolean(),
    sep,
  })
  .map((r) => {
    const t: string[] = [];
    const name = (ja: string, en: string): string => (r.english ? en : ja);
    const s = { frame: r.frame, sizeText: r.size[0], size: r.size[1], wage: false, minwage: false, tool: false, tax: r.tax, ignored: r.ignored } as {
      -readonly [K in keyof Scenario]: Scenario[K];
    };
    if (r.frame === '通常枠') {
      if (r.processes !== undefined) t.push(`${name('プロセス', 'processes')}=${r.processes}`);
      if (r.wage) t.push(name('賃上げ', 'wage'));
      if (r.minwage) t.push(name('最低賃金近傍', 'minwage'));
      Object.assign(s, { processes: r.processes, wage: r.wage, minwage: r.minwage });
      if (r.ignored) t.push('機能=2'); // does not apply to 通常枠: ignored
    } else if (r.frame === 'インボイス対応類型') {
      if (r.functions !== undefined) t.push(`${name('機能', 'functions')}=${r.functions}`);
      if (r.tool) t.push(name('計算方式=事務局ツール', 'method=tool'));
      Object.assign(s, { functions: r.functions, tool: r.tool });
      if (r.ignored) t.push('賃上げ');
    } else if (r.frame === '電子取引類型') {
      t.push(`${name('口座', 'accounts')}=${r.accounts[0]}/${r.accounts[1]}`);
      s.accounts = r.accounts;
      if (r.ignored) t.push('プロセス=4');
    } else if (r.ignored) {
      t.push('最低賃金近傍');
    }
    if (r.tax) t.push(name('税込', 'taxincl'));
    s.options = t.join(r.sep);
    return s as Scenario;
  });

/** Costs at and next to the tier, cap and floor boundaries of every frame, plain and ×1.1. */
const BOUNDARIES = [
  0, 1, 2, 3, 74_999, 75_000, 99_999, 100_000, 150_000, 625_000, 625_001, 666_666, 666_667, 687_500, 733_334,
  1_000_000, 2_249_998, 2_250_000, 2_999_998, 2_999_999, 3_000_000, 3_000_001, 3_000_002, 4_500_000, 5_125_000,
  5_166_666, 5_166_667, 6_750_000, 9_000_000, 1e15,
];
const boundaryArb = fc
  .tuple(pick(...BOUNDARIES), pick(1, 1.1), fc.integer({ min: -3, max: 3 }))
  .map(([b, k, d]) => Math.min(1e15, Math.max(0, Math.round(b * k) + d)));

const costArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) },
  { weight: 4, arbitrary: boundaryArb },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 15n }).map(Number) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((d) => 1e15 - d) },
);

// ---------------------------------------------------------------------------------------------

describe('plain costs: AMOUNT against the decimal.js oracle', () => {
  test('exact, integer, ≥ 0, ≤ cost × highest rate, ≤ CAP and the frame cap', () => {
    fc.assert(
      fc.property(scenarioArb, costArb, (s, cost) => {
        const amount = AMOUNT(s.frame, cost, s.sizeText, s.options) as number;
        expect(amount).toBe(expectedAmount(s, cost));
        expect(Number.isSafeInteger(amount)).toBe(true);
        expect(amount).toBeGreaterThanOrEqual(0);
        const [hn, hd] = HIGHEST_RATE[s.frame];
        expect(BigInt(amount) * BigInt(hd) <= BigInt(cost) * BigInt(hn)).toBe(true);
        expect(amount).toBeLessThanOrEqual(CAP(s.frame, s.sizeText, s.options) as number);
        expect(amount).toBeLessThanOrEqual(FRAME_CAP[s.frame]);
        if (amount > 0) expect(amount).toBeGreaterThanOrEqual(MIN_OF[s.frame]);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  test('SELFPAY + AMOUNT = the cost as given (tax-inclusive with 税込)', () => {
    fc.assert(
      fc.property(scenarioArb, costArb, (s, cost) => {
        const amount = AMOUNT(s.frame, cost, s.sizeText, s.options) as number;
        expect((SELFPAY(s.frame, cost, s.sizeText, s.options) as number) + amount).toBe(cost);
      }),
      { numRuns: RUNS },
    );
  });

  test('monotone non-decreasing in cost (crossing the floor goes 0 → ≥ floor)', () => {
    fc.assert(
      fc.property(scenarioArb, costArb, costArb, (s, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const a = AMOUNT(s.frame, lo, s.sizeText, s.options) as number;
        const b = AMOUNT(s.frame, hi, s.sizeText, s.options) as number;
        expect(a).toBeLessThanOrEqual(b);
        if (a === 0 && b > 0) expect(b).toBeGreaterThanOrEqual(MIN_OF[s.frame]);
      }),
      { numRuns: RUNS },
    );
  });

  test('monotone one yen at a time around every boundary', () => {
    fc.assert(
      fc.property(scenarioArb, boundaryArb, (s, c) => {
        const prev = AMOUNT(s.frame, Math.max(0, c - 1), s.sizeText, s.options) as number;
        const here = AMOUNT(s.frame, c, s.sizeText, s.options) as number;
        const next = AMOUNT(s.frame, Math.min(1e15, c + 1), s.sizeText, s.options) as number;
        expect(prev).toBeLessThanOrEqual(here);
        expect(here).toBeLessThanOrEqual(next);
      }),
      { numRuns: RUNS },
    );
  });

  test('CHECK is "OK" when AMOUNT > 0 and a reason only when AMOUNT = 0; RATE is AMOUNT ÷ eligible cost', () => {
    fc.assert(
      fc.property(scenarioArb, costArb, (s, cost) => {
        const amount = AMOUNT(s.frame, cost, s.sizeText, s.options) as number;
        const check = CHECK(s.frame, cost, s.sizeText, s.options);
        // a positive subsidy is eligible ("OK", or "OK (注意: …)" when an option was ignored);
        // a reason means 0 (下限なし frames may be eligible for 0 yen)
        const ok = typeof check === 'string' && /^OK( \(.+\))?$/.test(check);
        if (amount > 0) expect(ok).toBe(true);
        if (!ok) expect(amount).toBe(0);
        // rules/README.md: an option that does not apply is ignored and CHECK notes it
        if (ok) expect(check === 'OK').toBe(!s.ignored);
        const rate = RATE(s.frame, cost, s.sizeText, s.options) as number;
        if (amount === 0) {
          expect(rate).toBe(0);
        } else {
          const c = taxExclusive(cost, s);
          const eligible = s.frame === '電子取引類型' ? qMul(c, q(s.accounts![0], s.accounts![1])) : c;
          const exact = new D(amount).times(eligible.d).div(eligible.n).toNumber();
          expect(rate).toBeCloseTo(exact, 12);
          const [hn, hd] = HIGHEST_RATE[s.frame];
          expect(rate).toBeLessThanOrEqual(hn / hd + 1e-12);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('non-integer costs are truncated to whole yen first', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 1e12 }), pick(0.25, 0.5, 0.75, 0.999755859375), (s, c, f) => {
        expect(AMOUNT(s.frame, c + f, s.sizeText, s.options)).toBe(expectedAmount(s, c));
        expect((SELFPAY(s.frame, c + f, s.sizeText, s.options) as number) + (AMOUNT(s.frame, c + f, s.sizeText, s.options) as number)).toBe(c);
      }),
      { numRuns: RUNS },
    );
  });

  test('text costs read like the number: "1,234,567", full-width with 円, "N万", "N億N万"', () => {
    const fullWidth = (t: string): string => t.replace(/[0-9,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(scenarioArb, costArb, (s, cost) => {
        const expected = expectedAmount(s, cost);
        const grouped = cost.toLocaleString('en-US');
        expect(AMOUNT(s.frame, grouped, s.sizeText, s.options)).toBe(expected);
        expect(AMOUNT(s.frame, `${fullWidth(grouped)}円`, s.sizeText, s.options)).toBe(expected);
        expect(AMOUNT(s.frame, `¥${grouped}`, s.sizeText, s.options)).toBe(expected);
        const man = Math.floor(cost / 10000);
        const rest = cost % 10000;
        // after 万 the rest is four digits (1万0500円; "1万500" is asked: quote-reading.md §Q15)
        if (man > 0 && man < 10000) expect(AMOUNT(s.frame, `${man}万${rest === 0 ? '' : String(rest).padStart(4, '0')}円`, s.sizeText, s.options)).toBe(expected);
        if (rest === 0 && man < 10000) expect(AMOUNT(s.frame, `${man}万`, s.sizeText, s.options)).toBe(expected);
        // decimal 万 is read exactly: N.NNNN万 = N × 10,000 + NNNN (each group below the next unit: N < 10,000)
        if (man > 0 && man < 10000) expect(AMOUNT(s.frame, `${man}.${String(rest).padStart(4, '0')}万`, s.sizeText, s.options)).toBe(expected);
        const oku = Math.floor(cost / 1e8);
        const manRest = Math.floor((cost % 1e8) / 1e4);
        if (oku > 0 && oku < 10000 && rest === 0) {
          expect(AMOUNT(s.frame, `${oku}億${manRest === 0 ? '' : `${manRest.toLocaleString('en-US')}万`}`, s.sizeText, s.options)).toBe(expected);
        }
      }),
      { numRuns: RUNS },
    );
  });
});


// ---------------------------------------------------------------------------------------------
// Quote lines: month limits, the 役務 cap, hardware, 対象外 (rules/README.md "Quote-line categories").

interface CategorySpec {
  readonly names: readonly string[];
  readonly kind: 'software' | 'cloud' | 'option' | 'service' | 'pc' | 'register' | 'excluded';
  readonly maxMonths?: number;
}
const CATEGORIES: readonly CategorySpec[] = [
  { names: ['ソフトウェア', 'ソフト', 'software'], kind: 'software' },
  { names: ['クラウド', 'クラウド利用料', 'サブスク', 'cloud'], kind: 'cloud', maxMonths: 24 },
  { names: ['オプション', '機能拡張', 'データ連携', 'セキュリティ', 'option'], kind: 'option', maxMonths: 12 },
  { names: ['導入コンサル', '活用支援', 'コンサル'], kind: 'service' },
  { names: ['導入設定', 'マニュアル', '研修', 'setup'], kind: 'service' },
  { names: ['保守', '保守サポート', 'maintenance'], kind: 'service', maxMonths: 24 },
  { names: ['PC', 'パソコン', 'タブレット', 'プリンター', 'スキャナー', '複合機'], kind: 'pc' },
  { names: ['POSレジ', 'レジ', 'モバイルPOSレジ', '券売機'], kind: 'register' },
  { names: ['対象外', '交通費 (対象外)', '送料対象外'], kind: 'excluded' },
];

interface Line {
  readonly spec: CategorySpec;
  readonly name: string;
  readonly amount: number;
  readonly months?: number;
}

function lineArb(withHardware: boolean): fc.Arbitrary<Line> {
  const specs = CATEGORIES.filter((c) => withHardware || (c.kind !== 'pc' && c.kind !== 'register'));
  return fc
    .record({
      spec: pick(...specs),
      which: fc.nat(),
      amount: fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), pick(0, 1, 99_999, 200_000, 400_000, 700_000, 1_000_000, 2_000_001)),
      months: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    })
    // a software line that states a term is a term licence, counted like クラウド (quote-reading.md §Q22): no term on one here
    .map(({ spec, which, amount, months }) => ({ spec, name: spec.names[which % spec.names.length], amount, months: spec.kind === 'software' ? undefined : months }));
}

function quoteArb(withHardware: boolean): fc.Arbitrary<Line[]> {
  // mostly with a cat.1 line of positive amount; sometimes without (then nothing counts: §2.2, §3.2)
  const software = fc.record({ name: pick('ソフトウェア', 'クラウド'), amount: fc.integer({ min: 1, max: 8_000_000 }) }).map(
    ({ name, amount }): Line => ({ spec: CATEGORIES.find((c) => c.names.includes(name))!, name, amount }),
  );
  return fc.tuple(fc.option(software, { freq: 5, nil: undefined }), fc.array(lineArb(withHardware), { minLength: 1, maxLength: 7 }), fc.nat()).map(([sw, rest, at]) => {
    const lines = [...rest];
    if (sw) lines.splice(at % (rest.length + 1), 0, sw);
    return lines;
  });
}

const toRange = (lines: readonly Line[]): unknown[][] => lines.map((l) => (l.months === undefined ? [l.name, l.amount] : [l.name, l.amount, l.months]));

/** Counted cost per kind: months beyond the limit prorated (total × limit ÷ months, truncated). */
function counted(lines: readonly Line[]): Record<CategorySpec['kind'], Dec> {
  const sums = { software: new D(0), cloud: new D(0), option: new D(0), service: new D(0), pc: new D(0), register: new D(0), excluded: new D(0) };
  for (const l of lines) {
    const m = l.spec.maxMonths;
    const amount = m !== undefined && l.months !== undefined && l.months > m ? new D(l.amount).times(m).divToInt(l.months) : new D(l.amount);
    sums[l.spec.kind] = sums[l.spec.kind].plus(amount);
  }
  return sums;
}

function expectedQuote(s: Scenario, lines: readonly Line[]): number {
  // options, 役務 and hardware only together with cat.1 software (it2025.md §2.2, §3.2;
  // 公募要領 §2-2(3)(イ)): without software or cloud cost that counts, nothing is eligible
  const k = counted(lines);
  if (k.software.plus(k.cloud).isZero()) return 0;
  const tax = (x: Dec): Q => (s.tax ? q(x.times(10), 11) : q(x));
  // 役務 (cats 5–7) count at most 200万円 of (tax-exclusive) cost: it2025.md §2.2
  const service = qMin(tax(k.service), q(2000000));
  const tool = qAdd(tax(k.software.plus(k.cloud).plus(k.option)), service);
  if (s.frame === '通常枠') return expectedFromCost(s, tool);
  if (s.size === 'large') return 0;
  const sw = invoiceSoftware(tool, s.size === 'small', s.functions ?? 1, s.tool);
  const pc = minN(yenFloor(qMul(tax(k.pc), HALF)), 100000);
  const register = minN(yenFloor(qMul(tax(k.register), HALF)), 200000);
  return sw + pc + register;
}

function expectedFromCost(s: Scenario, c: Q): number {
  if (s.size === 'large' || c.n.isZero()) return 0;
  const raw = yenFloor(qMul(c, s.minwage ? TWO_THIRDS : HALF));
  const amount = minN(raw, (s.processes ?? 1) >= 4 && (s.wage || s.size === 'small') ? 4500000 : 1499999);
  return amount < 50000 ? 0 : amount;
}

describe('quote lines against the oracle', () => {
  const normal = scenarioArb.filter((s) => s.frame === '通常枠');
  const invoice = scenarioArb.filter((s) => s.frame === 'インボイス対応類型');

  test('通常枠: months limits, 役務 ≤ 200万, 対象外, 税込', () => {
    fc.assert(
      fc.property(normal, quoteArb(false), (s, lines) => {
        const range = toRange(lines);
        const amount = AMOUNT(s.frame, range, s.sizeText, s.options) as number;
        expect(amount).toBe(expectedQuote(s, lines));
        const total = lines.reduce((t, l) => t + l.amount, 0);
        expect(SELFPAY(s.frame, range, s.sizeText, s.options)).toBe(total - amount);
      }),
      { numRuns: RUNS },
    );
  });

  test('インボイス対応類型: the split, hardware caps, months limits, 役務 ≤ 200万, 対象外, 税込', () => {
    fc.assert(
      fc.property(invoice, quoteArb(true), (s, lines) => {
        const range = toRange(lines);
        const amount = AMOUNT(s.frame, range, s.sizeText, s.options) as number;
        expect(amount).toBe(expectedQuote(s, lines));
        const total = lines.reduce((t, l) => t + l.amount, 0);
        expect(SELFPAY(s.frame, range, s.sizeText, s.options)).toBe(total - amount);
        expect(amount).toBeLessThanOrEqual(3800000);
      }),
      { numRuns: RUNS },
    );
  });

  test('the order of quote lines does not matter', () => {
    fc.assert(
      fc.property(invoice, quoteArb(true), (s, lines) => {
        const reversed = [...lines].reverse();
        expect(AMOUNT(s.frame, toRange(reversed), s.sizeText, s.options)).toBe(AMOUNT(s.frame, toRange(lines), s.sizeText, s.options));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  test('a one-line software quote equals the plain cost', () => {
    fc.assert(
      fc.property(scenarioArb.filter((s) => s.frame !== '電子取引類型' && s.frame !== 'セキュリティ対策推進枠'), costArb, (s, cost) => {
        expect(AMOUNT(s.frame, [['ソフトウェア', cost]], s.sizeText, s.options)).toBe(AMOUNT(s.frame, cost, s.sizeText, s.options));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 複数社連携IT導入枠 (it2025.md §6.2–6.4): a members table against the official-tool formulas.

interface Member {
  readonly small: boolean;
  readonly functions: number;
  readonly base: number;
  readonly pc: number;
  readonly register: number;
  readonly analysis: number;
  readonly other: number;
}

const memberArb: fc.Arbitrary<Member> = fc.record({
  small: fc.boolean(),
  functions: fc.integer({ min: 1, max: 3 }),
  base: fc.oneof(fc.integer({ min: 0, max: 6_000_000 }), pick(0, 625_000, 625_001, 666_667, 1_000_000, 5_125_000)),
  pc: fc.oneof(pick(0, 0, 150_000), fc.integer({ min: 0, max: 400_000 })),
  register: fc.oneof(pick(0, 0, 500_000), fc.integer({ min: 0, max: 600_000 })),
  analysis: fc.oneof(pick(0, 0, 1_000_000), fc.integer({ min: 0, max: 2_000_000 })),
  other: fc.oneof(pick(0, 0, 0, 1_800_000), fc.integer({ min: 0, max: 3_000_000 })),
});

/** Members tables; a third with small その他経費 throughout, so that the (c) rate itself binds often. */
function tableArb(minLength: number, maxLength: number): fc.Arbitrary<Member[]> {
  const smallOther = memberArb.map((m) => ({ ...m, other: m.other % 150_000 }));
  return fc.oneof(
    { weight: 2, arbitrary: fc.array(memberArb, { minLength, maxLength }) },
    { weight: 1, arbitrary: fc.array(smallOther, { minLength, maxLength }) },
  );
}

/** Which bound of (c) binds: its rate (2/3 of the cost), ((a)+(b)) × 10% × 2/3, or 200万. */
function cBound(members: readonly Member[], tool: boolean): 'rate' | 'share' | 'cap' | 'none' {
  const other = members.reduce((t, m) => t + m.other, 0);
  if (other === 0) return 'none';
  const withoutC = expectedGroupParts(members, tool);
  const byRate = yenFloor(qMul(q(other), TWO_THIRDS));
  const byShare = yenFloor(qMul(q(withoutC), q(1, 15)));
  const least = minN(byRate, byShare, 2000000);
  return least === byRate ? 'rate' : least === byShare ? 'share' : 'cap';
}

/** (a) + (b) of the official tool. */
function expectedGroupParts(members: readonly Member[], tool: boolean): number {
  let sumA = 0;
  for (const m of members) {
    if (m.base === 0) continue;
    sumA += invoiceSoftware(q(m.base), m.small, m.functions, tool);
    sumA += minN(100000, yenFloor(qMul(q(m.pc), HALF))) + minN(200000, yenFloor(qMul(q(m.register), HALF)));
  }
  const a = minN(sumA, 30000000);
  const analysis = members.reduce((t, m) => t + m.analysis, 0);
  const analysisMembers = members.filter((m) => m.analysis > 0).length;
  return a + minN(yenFloor(qMul(q(analysis), TWO_THIRDS)), 500000 * analysisMembers, 30000000 - a);
}

function expectedGroup(members: readonly Member[], tool: boolean): number {
  let sumA = 0;
  for (const m of members) {
    if (m.base === 0) continue; // hardware only together with software (§3.2)
    sumA += invoiceSoftware(q(m.base), m.small, m.functions, tool);
    sumA += minN(100000, yenFloor(qMul(q(m.pc), HALF))) + minN(200000, yenFloor(qMul(q(m.register), HALF)));
  }
  const a = minN(sumA, 30000000);
  const analysis = members.reduce((t, m) => t + m.analysis, 0);
  const analysisMembers = members.filter((m) => m.analysis > 0).length;
  const b = minN(yenFloor(qMul(q(analysis), TWO_THIRDS)), 500000 * analysisMembers, 30000000 - a);
  const other = members.reduce((t, m) => t + m.other, 0);
  // §6.3: cap_c = ROUNDDOWN((a + b) × 0.1 / 3 × 2), at most 200万
  const c = minN(yenFloor(qMul(q(other), TWO_THIRDS)), yenFloor(qMul(q(a + b), q(1, 15))), 2000000);
  const total = a + b + c;
  return members.length >= 10 ? total : 0;
}

describe('複数社連携IT導入枠 against the official-tool formulas', () => {
  const HEADER = ['構成員', '規模', '機能', '基盤導入経費', 'PC等', 'レジ等', '消費動向等分析経費', 'その他経費'];
  test('(a) per member, (b) 2/3 with 50万 × members, (a)+(b) ≤ 3,000万, (c) ≤ min(10% × 2/3, 200万)', () => {
    fc.assert(
      fc.property(tableArb(8, 14), fc.boolean(), (members, tool) => {
        const table = [
          HEADER,
          ...members.map((m, i) => [`m${i + 1}`, m.small ? '小規模事業者' : '中小企業', m.functions, m.base, m.pc, m.register, m.analysis, m.other]),
        ];
        const amount = AMOUNT('複数社連携IT導入枠', table, '', tool ? '計算方式=事務局ツール' : '');
        expect(amount).toBe(expectedGroup(members, tool));
        const total = members.reduce((t, m) => t + m.base + m.pc + m.register + m.analysis + m.other, 0);
        expect(SELFPAY('複数社連携IT導入枠', table, '', '')).toBe(total - (AMOUNT('複数社連携IT導入枠', table) as number));
        expect(amount).toBeLessThanOrEqual(32000000);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  // 200万 equals the largest share, 3,000万 × 10% × 2/3, so it never binds alone: the share covers it
  test('the generator reaches both bounds of (c): its 2/3 rate and the ((a)+(b)) × 10% × 2/3 share (a bug in either is found every run)', () => {
    const tables = fc.sample(fc.tuple(tableArb(10, 14), fc.boolean()), Math.ceil(RUNS / 3));
    const seen = { rate: 0, share: 0, cap: 0, none: 0 };
    for (const [members, tool] of tables) seen[cBound(members, tool)]++;
    for (const bound of ['rate', 'share'] as const) expect({ bound, enough: seen[bound] >= tables.length / 50 }).toEqual({ bound, enough: true });
  });
});

// ---------------------------------------------------------------------------------------------
// Broadcasting: a range answers cell by cell what the scalar calls answer.

describe('broadcast equals scalar calls', () => {
  test('random N×1 scenario columns × a 1×M cost row', () => {
    fc.assert(
      fc.property(fc.array(scenarioArb, { minLength: 1, maxLength: 6 }), fc.array(costArb, { minLength: 1, maxLength: 4 }), (ss, costs) => {
        const out = AMOUNT(ss.map((s) => [s.frame]), [costs], ss.map((s) => [s.sizeText]), ss.map((s) => [s.options])) as unknown[][];
        if (ss.length === 1 && costs.length === 1) {
          expect(out).toBe(expectedAmount(ss[0], costs[0]));
          return;
        }
        expect(out.length).toBe(ss.length);
        ss.forEach((s, r) => costs.forEach((c, k) => expect(out[r][k]).toBe(expectedAmount(s, c))));
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// core/money/exact.ts and truncateYen against BigInt and decimal.js.

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** The Int representation: a number while safe, a bigint beyond (exact.ts's invariant). */
const asInt = (x: bigint): Int => (x <= MAX_SAFE && x >= -MAX_SAFE ? Number(x) : x);
const big = (x: Int): bigint => BigInt(x);

const intArb: fc.Arbitrary<Int> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -1e15, max: 1e15 }),
  fc.maxSafeInteger(),
  pick(0, 1, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 52, -(2 ** 52), 2 ** 26 + 1, 94906267),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(asInt),
  fc.bigInt({ min: MAX_SAFE - 1000n, max: MAX_SAFE + 1000n }).map((x) => asInt(x * (x % 2n === 0n ? 1n : -1n))),
);
const posArb: fc.Arbitrary<Int> = intArb.map((x) => asInt(big(x) < 0n ? -big(x) : big(x))).map((x) => (big(x) === 0n ? 1 : x));

function floorBig(n: bigint, d: bigint): bigint {
  const qt = n / d;
  return n < 0n && qt * d !== n ? qt - 1n : qt;
}

/** The value is right and the representation keeps the invariant (number iff safe). */
function expectInt(got: Int, want: bigint): void {
  expect(big(got)).toBe(want);
  expect(typeof got).toBe(want <= MAX_SAFE && want >= -MAX_SAFE ? 'number' : 'bigint');
}

describe('core/money/exact.ts', () => {
  test('mulInt, addInt, subInt equal BigInt arithmetic, safe and unsafe, negative too', () => {
    fc.assert(
      fc.property(intArb, intArb, (a, b) => {
        expectInt(mulInt(a, b), big(a) * big(b));
        expectInt(addInt(a, b), big(a) + big(b));
        expectInt(subInt(a, b), big(a) - big(b));
      }),
      { numRuns: RUNS * 4 },
    );
  });

  test('floorDiv equals BigInt floor division and decimal.js floor, negative numerators too', () => {
    fc.assert(
      fc.property(intArb, posArb, (n, d) => {
        const want = floorBig(big(n), big(d));
        expectInt(floorDiv(n, d), want);
        expect(new D(big(n).toString()).div(new D(big(d).toString())).floor().toFixed()).toBe(want.toString());
      }),
      { numRuns: RUNS * 4 },
    );
  });

  test('floorDiv on safe numbers: float division never rounds across an integer (exact.ts proof)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.oneof(fc.integer({ min: 1, max: 100 }), fc.maxSafeNat().filter((x) => x > 0)), (n, d) => {
        expect(floorDiv(n, d)).toBe(Number(floorBig(BigInt(n), BigInt(d))));
      }),
      { numRuns: RUNS * 4 },
    );
    // the worst cases: n = q·d − 1 just below a multiple, with large quotients
    for (const d of [3, 7, 11, 33, 99, 1e6 + 3]) {
      for (const qt of [2 ** 52 / d, 2 ** 53 / d - 1, 1e15 / d]) {
        const n = Math.floor(qt) * d - 1;
        if (!Number.isSafeInteger(n)) continue;
        expect(floorDiv(n, d)).toBe(Number(floorBig(BigInt(n), BigInt(d))));
        expect(floorDiv(-n, d)).toBe(Number(floorBig(BigInt(-n), BigInt(d))));
      }
    }
  });

  test('truncateYen (1円未満切り捨て) equals decimal.js floor for amounts up to 4e15 (1e15 × the largest rate numerator)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 4n * 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), fc.bigInt({ min: 1n, max: 99n }), (c, k, d) => {
        // an amount c × k / (k × d)…: the engine's fractions are unreduced products like this
        const n = asInt(c * k);
        const den = asInt(k * d);
        const want = new D(c.toString()).times(k.toString()).div(new D(k.toString()).times(d.toString())).floor().toNumber();
        expect(truncateYen(frac(n, den))).toBe(want);
        expect(Number.isSafeInteger(truncateYen(frac(n, den)))).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  const fracArb: fc.Arbitrary<Frac> = fc.tuple(intArb, posArb).map(([n, d]) => frac(n, d));
  const value = (f: Frac): [bigint, bigint] => [big(f.n), big(f.d)];
  const sameValue = (f: Frac, n: bigint, d: bigint): void => {
    const [fn, fd] = value(f);
    expect(fd > 0n || fd < 0n).toBe(true);
    expect(fn * d).toBe(n * fd);
  };

  test('add, sub, mul, div and compare of fractions equal cross-multiplied BigInt', () => {
    fc.assert(
      fc.property(fracArb, fracArb, (a, b) => {
        const [an, ad] = value(a);
        const [bn, bd] = value(b);
        sameValue(add(a, b), an * bd + bn * ad, ad * bd);
        sameValue(sub(a, b), an * bd - bn * ad, ad * bd);
        sameValue(mul(a, b), an * bn, ad * bd);
        if (bn !== 0n) {
          const r = div(a, b);
          sameValue(r, an * bd, ad * bn);
          expect(big(r.d) > 0n).toBe(true);
        }
        const diff = an * bd - bn * ad;
        expect(compare(a, b)).toBe(diff > 0n ? 1 : diff < 0n ? -1 : 0);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
