/**
 * Property tests of quote reading (issue 10 "Done when"), seeded so that every run checks the
 * same cases (issue 8): for any quote, the amounts match a decimal.js recomputation of the rules
 * (discounts, month limits, 役務 cap, tax); BREAKDOWN's tier costs sum to the eligible cost and its
 * tier subsidies to AMOUNT; a summary row equal to the sum changes nothing; permuting the lines
 * changes nothing; a malformed amount in any quote cell never yields a number.
 */
import fc from 'fast-check';
import { AMOUNT, BREAKDOWN, CHECK, IthojoError, SELFPAY, calculate } from '../../core';
import { q, qAdd, qCmp, qFloor, qMul, qSub, type Q } from '../support/rational';

const RUNS = Math.max(1, Math.round(Number(process.env.ITHOJO_PROP_RUNS ?? 400)));
const SEED = 20251001;
const params = (runs = RUNS) => ({ numRuns: runs, seed: SEED });

type Kind = 'software' | 'cloud' | 'option' | 'setup' | 'maintenance' | 'pc' | 'register' | 'excluded';
const LIMIT: Partial<Record<Kind, number>> = { cloud: 24, option: 12, maintenance: 24 };

/** Ways a line names its kind: a 区分 name, or a 品名 the keyword table reads (it2025.md §2.2, §3.2). */
const NAMES: Record<Kind, readonly [string, string][]> = {
  software: [['ソフトウェア', '販売管理'], ['', '会計ソフト ライセンス'], ['', '受発注システム']],
  cloud: [['クラウド', '基本プラン'], ['', 'クラウド利用料'], ['', 'サブスクリプション 月額']],
  option: [['オプション', '機能追加'], ['', 'データ連携オプション']],
  setup: [['導入設定', '作業'], ['', '初期設定作業'], ['', '操作研修']],
  maintenance: [['保守', '年間'], ['', '保守サポート'], ['', 'ヘルプデスク']],
  pc: [['PC', 'ThinkPad'], ['', 'ノートPC']],
  register: [['POSレジ', '端末'], ['', 'キャッシュドロア']],
  excluded: [['対象外', '交通費'], ['', '送料 (対象外)']],
};

interface Line {
  readonly kind: Kind;
  readonly category: string;
  readonly name: string;
  readonly amount: number;
  readonly months?: number;
  /** Written as 数量 × 単価 with a blank 金額. */
  readonly qty?: number;
}

interface Discount {
  /** undefined: no category (spread); else on that kind's lines. */
  readonly kind?: 'software' | 'setup';
  /** Share of what it reduces, in thousandths (never more than the whole). */
  readonly share: number;
  readonly asLabel: boolean;
}

interface Quote {
  readonly lines: readonly Line[];
  readonly discounts: readonly Discount[];
}

interface Scenario {
  readonly frame: '通常枠' | 'インボイス対応類型';
  readonly size: '中小企業' | '小規模事業者';
  readonly options: string;
  readonly tax: boolean;
  readonly spreadAll: boolean;
  readonly minwage: boolean;
  readonly upper: boolean;
  readonly functions: number;
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    frame: fc.constantFrom('通常枠' as const, 'インボイス対応類型' as const),
    size: fc.constantFrom('中小企業' as const, '小規模事業者' as const),
    tax: fc.boolean(), spreadAll: fc.boolean(), minwage: fc.boolean(), upper: fc.boolean(), functions: fc.constantFrom(1, 2),
  })
  .map((s) => {
    const opts = [s.tax ? '税込' : '', s.spreadAll ? '値引き=按分' : ''];
    if (s.frame === '通常枠') opts.push(s.minwage ? '最低賃金近傍' : '', s.upper ? 'プロセス=4, 賃上げ' : 'プロセス=2');
    else opts.push(`機能=${s.functions}`);
    return { ...s, options: opts.filter((o) => o !== '').join(', ') };
  });

function lineArb(kinds: readonly Kind[]): fc.Arbitrary<Line> {
  return fc
    .record({
      kind: fc.constantFrom(...kinds), which: fc.nat(), amount: fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.constantFrom(1, 99_999, 700_000, 2_000_001)),
      months: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }), qty: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    })
    .map(({ kind, which, amount, months, qty }) => {
      const [category, name] = NAMES[kind][which % NAMES[kind].length];
      // 数量 × 単価 only where it is exact: the amount a multiple of the quantity
      return { kind, category, name, amount: qty ? amount - (amount % qty) : amount, months: LIMIT[kind] !== undefined ? months : undefined, qty };
    });
}

function quoteArb(hardware: boolean): fc.Arbitrary<Quote> {
  const kinds: Kind[] = ['software', 'cloud', 'option', 'setup', 'maintenance', 'excluded', ...(hardware ? (['pc', 'register'] as Kind[]) : [])];
  const software = fc.integer({ min: 1, max: 5_000_000 }).map((amount): Line => ({ kind: 'software', category: 'ソフトウェア', name: 'パッケージ本体', amount }));
  const discount = fc.record({ kind: fc.constantFrom(undefined, 'software' as const, 'setup' as const), share: fc.integer({ min: 0, max: 1000 }), asLabel: fc.boolean() });
  return fc.record({
    sw: fc.option(software, { freq: 6, nil: undefined }),
    rest: fc.array(lineArb(kinds), { minLength: 1, maxLength: 7 }),
    discounts: fc.array(discount, { maxLength: 2 }),
  }).map(({ sw, rest, discounts }) => ({ lines: sw ? [sw, ...rest] : rest, discounts }));
}

// ---------------------------------------------------------------------------------------------
// The oracle: rules/README.md rulings and it2025.md §2–§3, in decimal.js rationals.


/** The discount magnitudes as the quote writes them, from the lines they reduce. */
function discountAmounts(x: Quote, spreadAll: boolean): { kind?: 'software' | 'setup'; amount: number }[] {
  const base = (k: Kind): number => x.lines.filter((l) => l.kind === k).reduce((s, l) => s + l.amount, 0);
  const specific = new Map<string, number>();
  const out: { kind?: 'software' | 'setup'; amount: number }[] = [];
  for (const d of x.discounts.filter((d) => d.kind)) {
    const left = base(d.kind!) - (specific.get(d.kind!) ?? 0);
    const amount = Math.floor((left * d.share) / 1000);
    specific.set(d.kind!, (specific.get(d.kind!) ?? 0) + amount);
    out.push({ kind: d.kind, amount });
  }
  const eligible = x.lines.filter((l) => l.kind !== 'excluded').reduce((s, l) => s + l.amount, 0) - [...specific.values()].reduce((s, v) => s + v, 0);
  const all = eligible + base('excluded');
  let spread = 0;
  for (const d of x.discounts.filter((d) => !d.kind)) {
    const amount = Math.floor((((spreadAll ? all : eligible) - spread) * d.share) / 1000);
    spread += amount;
    out.push({ amount });
  }
  return out;
}

function expected(s: Scenario, x: Quote): { amount: number; total: number } {
  const ds = discountAmounts(x, s.spreadAll);
  const sum = (k: Kind): number => x.lines.filter((l) => l.kind === k).reduce((t, l) => t + l.amount, 0);
  const factor = new Map<Kind, Q>();
  for (const k of ['software', 'setup'] as const) {
    const off = ds.filter((d) => d.kind === k).reduce((t, d) => t + d.amount, 0);
    if (sum(k) > 0) factor.set(k, q(sum(k) - off, sum(k)));
  }
  const specific = ds.filter((d) => d.kind).reduce((t, d) => t + d.amount, 0);
  const spread = ds.filter((d) => !d.kind).reduce((t, d) => t + d.amount, 0);
  const eligibleAll = x.lines.filter((l) => l.kind !== 'excluded').reduce((t, l) => t + l.amount, 0) - specific;
  const over = s.spreadAll ? eligibleAll + sum('excluded') : eligibleAll;
  const g = over > 0 ? q(over - spread, over) : q(1);
  const counted = new Map<Kind, Q>();
  for (const l of x.lines) {
    if (l.kind === 'excluded') continue;
    let v = qMul(qMul(q(l.amount), factor.get(l.kind) ?? q(1)), g);
    const limit = LIMIT[l.kind];
    if (limit !== undefined && l.months !== undefined && l.months > limit) v = q(qFloor(qMul(v, q(limit, l.months))));
    if (s.tax) v = qMul(v, q(10, 11));
    counted.set(l.kind, qAdd(counted.get(l.kind) ?? q(0), v));
  }
  const get = (k: Kind): Q => counted.get(k) ?? q(0);
  const total = x.lines.reduce((t, l) => t + l.amount, 0) - specific - spread;
  // options, 役務 and hardware only beside cat.1 software (it2025.md §2.2, §3.2)
  if (get('software').n.plus(get('cloud').n).isZero()) return { amount: 0, total };
  const service = qAdd(get('setup'), get('maintenance'));
  const serviceCounted = qCmp(service, q(2_000_000)) > 0 ? q(2_000_000) : service;
  const tool = qAdd(qAdd(qAdd(get('software'), get('cloud')), get('option')), serviceCounted);
  if (s.frame === '通常枠') {
    const raw = qFloor(qMul(tool, s.minwage ? q(2, 3) : q(1, 2))).toNumber();
    const capped = Math.min(raw, s.upper ? 4_500_000 : 1_499_999);
    return { amount: capped < 50_000 ? 0 : capped, total };
  }
  // インボイス: 3/4 (小規模 4/5) on the first 500,000 of subsidy, 2/3 above (【補足２】); hardware 1/2
  const first = s.size === '小規模事業者' ? q(4, 5) : q(3, 4);
  const room = qMul(q(500_000), { n: first.d, d: first.n });
  const low = qCmp(tool, room) > 0 ? room : tool;
  const high = qSub(tool, low);
  const toolSubsidy = Math.min(qFloor(qMul(low, first)).plus(qFloor(qMul(high, q(2, 3)))).toNumber(), s.functions >= 2 ? 3_500_000 : 500_000);
  const pc = Math.min(qFloor(qMul(get('pc'), q(1, 2))).toNumber(), 100_000);
  const register = Math.min(qFloor(qMul(get('register'), q(1, 2))).toNumber(), 200_000);
  return { amount: toolSubsidy + pc + register, total };
}

// ---------------------------------------------------------------------------------------------
// Writing a quote as a range: a header row, 区分 | 品名 | 数量 | 単価 | 金額 | 月数, discounts as lines.

const HEADER = ['区分', '品名', '数量', '単価', '金額', '月数'];

function lineRow(l: Line): (string | number)[] {
  const qty = l.qty ?? '';
  return [l.category, l.name, qty, l.qty ? l.amount / l.qty : '', l.qty ? '' : l.amount, l.months ?? ''];
}

function discountRows(x: Quote, spreadAll: boolean): (string | number)[][] {
  return discountAmounts(x, spreadAll).map((d, i) => {
    const label = x.discounts.filter((y) => y.kind).concat(x.discounts.filter((y) => !y.kind))[i].asLabel;
    const category = d.kind === 'software' ? 'ソフトウェア' : d.kind === 'setup' ? '導入設定' : '';
    // a 値引 label with a positive amount, or a negative amount (▲) under any label
    return label ? [category, '出精値引き', '', '', d.amount, ''] : [category, 'お値引き', '', '', d.amount === 0 ? 0 : `▲${d.amount.toLocaleString('en-US')}`, ''];
  });
}

function toRange(x: Quote, spreadAll: boolean): (string | number)[][] {
  return [HEADER, ...x.lines.map(lineRow), ...discountRows(x, spreadAll)];
}

const sumRows = (t: unknown[][], col: number, from: number, to: number): number =>
  t.slice(from, to).reduce((s: number, r) => s + (r[col] as number), 0);

/** BREAKDOWN's tier rows: between the header and the 補助金額 row. */
function tierRows(t: unknown[][]): unknown[][] {
  const end = t.findIndex((r) => r[0] === '補助金額 (subsidy)');
  return t.slice(1, end);
}

function priced(s: Scenario, range: unknown[][]): { amount: number; selfPay: number } | IthojoError {
  try {
    return { amount: AMOUNT(s.frame, range, s.size, s.options) as number, selfPay: SELFPAY(s.frame, range, s.size, s.options) as number };
  } catch (e) {
    if (e instanceof IthojoError) return e;
    throw e;
  }
}

const caseArb = scenarioArb.chain((s) => quoteArb(s.frame === 'インボイス対応類型').map((x) => ({ s, x })));

describe('quotes against the decimal.js oracle', () => {
  test('discounts, 数量 × 単価, month limits, 役務 ≤ 200万, 対象外, 税込, in 通常枠 and インボイス対応類型', () => {
    fc.assert(
      fc.property(caseArb, ({ s, x }) => {
        const e = expected(s, x);
        expect(priced(s, toRange(x, s.spreadAll))).toEqual({ amount: e.amount, selfPay: e.total - e.amount });
      }),
      params(),
    );
  });
});

describe('BREAKDOWN adds up', () => {
  test('tier costs sum to the eligible cost (truncated) and tier subsidies to AMOUNT', () => {
    fc.assert(
      fc.property(caseArb, ({ s, x }) => {
        const range = toRange(x, s.spreadAll);
        const t = BREAKDOWN(s.frame, range, s.size, s.options) as unknown[][];
        const tiers = tierRows(t);
        expect(sumRows(tiers, 1, 0, tiers.length)).toBe(calculate({ frame: s.frame, cost: range, size: s.size, options: s.options }).cost);
        expect(sumRows(tiers, 4, 0, tiers.length)).toBe(AMOUNT(s.frame, range, s.size, s.options));
        // and each quote line appears once
        const block = t.findIndex((r) => r[0] === '見積明細 (quote line)');
        expect(t.length - block - 1).toBe(range.length - 1);
      }),
      params(),
    );
  });
});

describe('summary rows and line order change nothing', () => {
  test('a 小計 equal to the sum, a 消費税 and a 合計 after the lines', () => {
    fc.assert(
      fc.property(caseArb, ({ s, x }) => {
        const range = toRange(x, s.spreadAll);
        const before = priced(s, range);
        const check = CHECK(s.frame, range, s.size, s.options);
        const total = expected(s, x).total;
        const tax = Math.floor(total / 10);
        const summed = [...range, ['', '小計', '', '', total, ''], ['', '消費税', '', '', tax, ''], ['', '合計', '', '', total + tax, '']];
        expect(priced(s, summed)).toEqual(before);
        expect(CHECK(s.frame, summed, s.size, s.options)).toBe(check);
      }),
      params(),
    );
  });

  test('permuting the lines (discounts included)', () => {
    fc.assert(
      fc.property(caseArb.chain(({ s, x }) => {
        const body = toRange(x, s.spreadAll).slice(1);
        return fc.shuffledSubarray(body, { minLength: body.length }).map((shuffled) => ({ s, x, shuffled }));
      }), ({ s, x, shuffled }) => {
        const range = toRange(x, s.spreadAll);
        const other = [HEADER, ...shuffled];
        expect(priced(s, other)).toEqual(priced(s, range));
        if (!(priced(s, range) instanceof IthojoError)) {
          const tiers = (r: unknown[][]) => tierRows(BREAKDOWN(s.frame, r, s.size, s.options) as unknown[][]);
          expect(tiers(other)).toEqual(tiers(range));
          // CHECK's text names rows; what it decides does not move
          const verdict = (r: unknown[][]) => (CHECK(s.frame, r, s.size, s.options) as string).startsWith('OK');
          expect(verdict(other)).toBe(verdict(range));
        }
      }),
      params(),
    );
  });
});

/** Text the amount grammar refuses (numberGrammar.ts; issue 8's list and its kin). */
const MALFORMED = [
  '1,00,000', '100 200', '1,5万', '1万20000', '¥1¥0¥0', '0x10', '1e6', '+7', '7e0', '0x7', '1.2.3', '12abc', '１２３ａ', '--5', '5-5',
  '00100', '1,0000', '¥', '万', '1万万', '2千千', '1億1億', '(税抜)', '100円円', '1,000.000.0', '12,34', '1.5.', '¥-', 'ー', '百円',
];
const MALFORMED_MONTHS = ['0', '-12', '1.5', 'ずっと', '12ヶ月ヶ月', '1e2', '0x10', '2年半'];

describe('malformed text in a quote cell never yields a number', () => {
  test('in the 金額, 単価 or 数量 of a line, or its 月数', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.constantFrom(...MALFORMED), fc.constantFrom(...MALFORMED_MONTHS), fc.constantFrom('amount', 'months'), ({ s, x }, at, bad, badMonths, where) => {
        const range = toRange(x, s.spreadAll).map((r) => [...r]);
        const row = range[1 + (at % x.lines.length)];
        if (where === 'months') row[5] = badMonths;
        else if (row[4] === '') row[2 + (at % 2)] = bad; // 数量 × 単価: spoil one of them
        else row[4] = bad;
        const answer = priced(s, range);
        expect(answer).toBeInstanceOf(IthojoError);
        expect((answer as IthojoError).message).toMatch(/^見積\d+行目/);
      }),
      params(),
    );
  });
});
