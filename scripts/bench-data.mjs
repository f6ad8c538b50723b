// The benchmark's scenario rows, the same in every process (a seeded 32-bit LCG): the kinds of
// frame/size/options a scenario table mixes, with the headline rate and cap the float baseline uses.

/** Every figure is computed as of one fixed day (the answers do not depend on it). */
export const BENCH_NOW = Date.parse('2026-06-01T12:00:00+09:00');

export function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * The core prices these rows by the full rules (bands, tiers, floors, account ratios, 税込); the
 * baseline is the cheapest formula a spreadsheet could use, not an equivalent one.
 */
export const KINDS = [
  { frame: '通常枠', size: '中小企業', options: '', rate: 1 / 2, cap: 1_499_999 },
  { frame: '通常枠', size: '中小企業', options: 'プロセス=4, 賃上げ', rate: 1 / 2, cap: 4_500_000 },
  { frame: '通常枠', size: '小規模事業者', options: 'プロセス=4, 最低賃金近傍', rate: 2 / 3, cap: 4_500_000 },
  { frame: '通常枠', size: null, options: '税込', rate: 1 / 2, cap: 1_499_999 },
  { frame: 'インボイス対応類型', size: '中小企業', options: '', rate: 3 / 4, cap: 500_000 },
  { frame: 'インボイス対応類型', size: '中小企業', options: '機能=2', rate: 3 / 4, cap: 3_500_000 },
  { frame: 'インボイス対応類型', size: '小規模事業者', options: '機能=2', rate: 4 / 5, cap: 3_500_000 },
  { frame: 'インボイス対応類型', size: '小規模事業者', options: '機能=2, 計算方式=事務局ツール', rate: 4 / 5, cap: 3_500_000 },
  { frame: 'セキュリティ対策推進枠', size: '中小企業', options: '', rate: 1 / 2, cap: 1_500_000 },
  { frame: 'セキュリティ対策推進枠', size: '小規模事業者', options: '税込', rate: 2 / 3, cap: 1_500_000 },
  { frame: '電子取引類型', size: '中小企業', options: '口座=80/100', rate: 2 / 3, cap: 3_500_000 },
  { frame: '電子取引類型', size: '大企業', options: '口座=90/100, 税込', rate: 1 / 2, cap: 3_500_000 },
];

/** n rows as N×1 ranges (frame, cost, size, options), plus the baseline's typed arrays. */
export function scenarios(n) {
  const rnd = lcg(20250318);
  const frame = new Array(n), cost = new Array(n), size = new Array(n), options = new Array(n);
  const rate = new Float64Array(n), cap = new Float64Array(n), c = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = KINDS[Math.floor(rnd() * KINDS.length)];
    const yen = 10_000 + Math.floor(rnd() * (10_000_000 - 10_000 + 1));
    frame[i] = [k.frame];
    cost[i] = [yen];
    size[i] = [k.size];
    options[i] = [k.options];
    rate[i] = k.rate;
    cap[i] = k.cap;
    c[i] = yen;
  }
  return { frame, cost, size, options, rate, cap, c };
}
