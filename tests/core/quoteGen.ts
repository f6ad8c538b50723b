/**
 * Generated quotes for the property tests of the quote reader (tests/core/quote*.test.ts), and
 * their oracle: the rulings of ../shared/rules/quote-reading.md (§Q21 no term: as written; §Q23
 * a discount without a category off the counted cost after the caps, pro rata to the buckets;
 * §Q24 a category discount wholly off its counted cost) and it2025.md §2–§3, recomputed in
 * decimal.js rationals, never with the core's arithmetic.
 */
import fc from 'fast-check';
import { AMOUNT, IthojoError, SELFPAY } from '../../core';
import { q, qAdd, qCmp, qFloor, qMul, qSub, type Q } from '../support/rational';

export const RUNS = Math.max(1, Math.round(Number(process.env.ITHOJO_PROP_RUNS ?? 400)));
export const SEED = 20251001;
export const params = (runs = RUNS) => ({ numRuns: runs, seed: SEED });

export type Kind = 'software' | 'cloud' | 'option' | 'setup' | 'maintenance' | 'pc' | 'register' | 'excluded';
export const LIMIT: Partial<Record<Kind, number>> = { cloud: 24, option: 12, maintenance: 24 };

/**
 * Ways a line names its kind: a 区分 name, or a 品名 the keyword table reads (it2025.md §2.2, §3.2).
 * No 品名 is a bare category name (quote-reading.md §Q2: with no 数量 it would be a heading) or
 * holds a time word (§Q34: without a term it would be asked).
 */
export const NAMES: Record<Kind, readonly [string, string][]> = {
  software: [['ソフトウェア', '販売管理'], ['', '会計ソフト ライセンス'], ['', '受発注システム']],
  cloud: [['クラウド', '基本プラン'], ['', 'クラウド会計 利用料']],
  option: [['オプション', '機能追加'], ['', 'データ連携オプション']],
  setup: [['導入設定', '作業'], ['', '初期設定作業'], ['', '操作研修']],
  maintenance: [['保守', 'サポート'], ['', '保守サポートサービス'], ['', 'ヘルプデスク']],
  pc: [['PC', 'ThinkPad'], ['', 'ノートPC']],
  register: [['POSレジ', '端末'], ['', 'キャッシュドロア']],
  excluded: [['対象外', '交通費'], ['', '送料 (対象外)']],
};

export interface Line {
  readonly kind: Kind;
  readonly category: string;
  readonly name: string;
  readonly amount: number;
  readonly months?: number;
  /** Written as 数量 × 単価 with a blank 金額. */
  readonly qty?: number;
}

export interface Discount {
  /** undefined: no category (§Q23); else on that kind's lines. */
  readonly kind?: 'software' | 'setup';
  /** Share of what it reduces, in thousandths (never more than the whole). */
  readonly share: number;
  readonly asLabel: boolean;
}

export interface Quote {
  readonly lines: readonly Line[];
  readonly discounts: readonly Discount[];
}

export interface Scenario {
  readonly frame: '通常枠' | 'インボイス対応類型';
  readonly size: '中小企業' | '小規模事業者';
  readonly options: string;
  readonly tax: boolean;
  readonly spreadAll: boolean;
  readonly minwage: boolean;
  readonly upper: boolean;
  readonly functions: number;
}

export const scenarioArb: fc.Arbitrary<Scenario> = fc
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

/** `amounts`: how line amounts are drawn (the layout test needs multiples that stay whole under ×1.1 and ×24/36). */
export function lineArb(kinds: readonly Kind[], amounts: fc.Arbitrary<number> = defaultAmounts, monthsArb = fc.integer({ min: 1, max: 60 })): fc.Arbitrary<Line> {
  return fc
    .record({ kind: fc.constantFrom(...kinds), which: fc.nat(), amount: amounts, months: fc.option(monthsArb, { nil: undefined }), qty: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }) })
    .map(({ kind, which, amount, months, qty }) => {
      const [category, name] = NAMES[kind][which % NAMES[kind].length];
      // 数量 × 単価 only where it is exact: the amount a multiple of the quantity
      return { kind, category, name, amount: qty ? amount - (amount % qty) : amount, months: LIMIT[kind] !== undefined ? months : undefined, qty };
    });
}

const defaultAmounts = fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.constantFrom(1, 99_999, 700_000, 2_000_001));

export function quoteArb(hardware: boolean, line = lineArb): fc.Arbitrary<Quote> {
  const kinds: Kind[] = ['software', 'cloud', 'option', 'setup', 'maintenance', 'excluded', ...(hardware ? (['pc', 'register'] as Kind[]) : [])];
  const software = fc.integer({ min: 1, max: 5_000_000 }).map((amount): Line => ({ kind: 'software', category: 'ソフトウェア', name: 'パッケージ本体', amount }));
  const discount = fc.record({ kind: fc.constantFrom(undefined, 'software' as const, 'setup' as const), share: fc.integer({ min: 0, max: 1000 }), asLabel: fc.boolean() });
  return fc.record({
    sw: fc.option(software, { freq: 6, nil: undefined }),
    rest: fc.array(line(kinds), { minLength: 1, maxLength: 7 }),
    discounts: fc.array(discount, { maxLength: 2 }),
  }).map(({ sw, rest, discounts }) => ({ lines: sw ? [sw, ...rest] : rest, discounts }));
}

export const caseArb = scenarioArb.chain((s) => quoteArb(s.frame === 'インボイス対応類型').map((x) => ({ s, x })));

// ---------------------------------------------------------------------------------------------
// The oracle.

/** The discount magnitudes as the quote writes them, from the lines they reduce. */
export function discountAmounts(x: Quote, spreadAll: boolean): { kind?: 'software' | 'setup'; amount: number }[] {
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

const SERVICES: readonly Kind[] = ['setup', 'maintenance'];
const TOOL: readonly Kind[] = ['software', 'cloud', 'option', 'setup', 'maintenance'];

/** What a quote's lines contribute, per the rulings: line → category → 役務 cap → discounts (§Q23, §Q24). */
export function counted(s: Scenario, x: Quote): { tool: Q; pc: Q; register: Q; present: boolean } {
  const ds = discountAmounts(x, s.spreadAll);
  const tax = s.tax ? q(10, 11) : q(1);
  const sum = (k: Kind): number => x.lines.filter((l) => l.kind === k).reduce((t, l) => t + l.amount, 0);
  const off = (k?: Kind): number => ds.filter((d) => d.kind === k).reduce((t, d) => t + d.amount, 0);
  const specific = off('software') + off('setup');
  const spread = off(undefined);
  // 値引き=按分: factors on the lines before the limits
  const factor = new Map<Kind, Q>();
  let g = q(1);
  if (s.spreadAll) {
    for (const k of ['software', 'setup'] as const) if (sum(k) > 0) factor.set(k, q(sum(k) - off(k), sum(k)));
    const over = x.lines.reduce((t, l) => t + l.amount, 0) - specific;
    if (over > 0) g = q(over - spread, over);
  }
  const byKind = new Map<Kind, Q>();
  for (const l of x.lines) {
    if (l.kind === 'excluded') continue;
    let v = qMul(qMul(q(l.amount), factor.get(l.kind) ?? q(1)), g);
    const limit = LIMIT[l.kind];
    if (limit !== undefined && l.months !== undefined && l.months > limit) v = q(qFloor(qMul(v, q(limit, l.months))));
    byKind.set(l.kind, qAdd(byKind.get(l.kind) ?? q(0), qMul(v, tax)));
  }
  const get = (k: Kind): Q => byKind.get(k) ?? q(0);
  // the 役務 cap: each service category scaled alike
  const service = SERVICES.reduce((t, k) => qAdd(t, get(k)), q(0));
  if (qCmp(service, q(2_000_000)) > 0) for (const k of SERVICES) byKind.set(k, qMul(get(k), { n: q(2_000_000).n.times(service.d), d: service.n }));
  // §Q24: a category's discount wholly off its counted cost (never below 0)
  if (!s.spreadAll) {
    for (const k of ['software', 'setup'] as const) {
      const d = qMul(q(off(k)), tax);
      byKind.set(k, qCmp(d, get(k)) >= 0 ? q(0) : qSub(get(k), d));
    }
  }
  let tool = TOOL.reduce((t, k) => qAdd(t, get(k)), q(0));
  let pc = get('pc');
  let register = get('register');
  const present = get('software').n.plus(get('cloud').n).gt(0);
  // §Q23: a discount without a category off the counted cost, pro rata to the buckets (§Q41)
  if (!s.spreadAll && spread > 0) {
    const all = qAdd(qAdd(tool, pc), register);
    if (all.n.gt(0)) {
      const d = qMul(q(spread), tax);
      const taken = qCmp(d, all) >= 0 ? all : d;
      const keep = qSub(q(1), qMul(taken, { n: all.d, d: all.n }));
      tool = qMul(tool, keep);
      pc = qMul(pc, keep);
      register = qMul(register, keep);
    }
  }
  return { tool, pc, register, present };
}

export function expected(s: Scenario, x: Quote): { amount: number; total: number } {
  const ds = discountAmounts(x, s.spreadAll);
  const total = x.lines.reduce((t, l) => t + l.amount, 0) - ds.reduce((t, d) => t + d.amount, 0);
  const { tool, pc, register, present } = counted(s, x);
  // options, 役務 and hardware only beside cat.1 software (it2025.md §2.2, §3.2)
  if (!present) return { amount: 0, total };
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
  const pcSubsidy = Math.min(qFloor(qMul(pc, q(1, 2))).toNumber(), 100_000);
  const registerSubsidy = Math.min(qFloor(qMul(register, q(1, 2))).toNumber(), 200_000);
  return { amount: toolSubsidy + pcSubsidy + registerSubsidy, total };
}

// ---------------------------------------------------------------------------------------------
// Writing a quote as a range: a header row, 区分 | 品名 | 数量 | 単価 | 金額 | 月数, discounts as lines.

export const HEADER = ['区分', '品名', '数量', '単価', '金額', '月数'];

export function lineRow(l: Line): (string | number)[] {
  const qty = l.qty ?? '';
  return [l.category, l.name, qty, l.qty ? l.amount / l.qty : '', l.qty ? '' : l.amount, l.months ?? ''];
}

export function discountRows(x: Quote, spreadAll: boolean): (string | number)[][] {
  return discountAmounts(x, spreadAll).map((d, i) => {
    const label = x.discounts.filter((y) => y.kind).concat(x.discounts.filter((y) => !y.kind))[i].asLabel;
    const category = d.kind === 'software' ? 'ソフトウェア' : d.kind === 'setup' ? '導入設定' : '';
    // a 値引 label with a positive amount, or a negative amount (▲) under any label
    return label ? [category, '出精値引き', '', '', d.amount, ''] : [category, 'お値引き', '', '', d.amount === 0 ? 0 : `▲${d.amount.toLocaleString('en-US')}`, ''];
  });
}

export function toRange(x: Quote, spreadAll: boolean): (string | number)[][] {
  return [HEADER, ...x.lines.map(lineRow), ...discountRows(x, spreadAll)];
}

export type Priced = { amount: number; selfPay: number } | IthojoError;

export function priced(s: Scenario, range: unknown[][]): Priced {
  try {
    return { amount: AMOUNT(s.frame, range, s.size, s.options) as number, selfPay: SELFPAY(s.frame, range, s.size, s.options) as number };
  } catch (e) {
    if (e instanceof IthojoError) return e;
    throw e;
  }
}

/** BREAKDOWN's tier rows: between the header and the 補助金額 row. */
export function tierRowsOf(t: unknown[][]): unknown[][] {
  const end = t.findIndex((r) => r[0] === '補助金額 (subsidy)');
  return t.slice(1, end);
}

/** BREAKDOWN's quote block: the rows after its own header. */
export function quoteBlockOf(t: unknown[][]): unknown[][] {
  return t.slice(t.findIndex((r) => r[0] === '見積明細 (quote line)') + 1);
}

export const sumColumn = (rows: unknown[][], col: number): number => rows.reduce((s: number, r) => s + (typeof r[col] === 'number' ? (r[col] as number) : 0), 0);
