/**
 * Ranges broadcast like spreadsheet lifting (rules/README.md "broadcast shapes"; issue 2 "Bulk
 * scenario tables"): a 1-wide or 1-tall range stretches, otherwise cells beyond a smaller range
 * are #N/A (IthojoError kind 'na'); a bad cell is an error in that cell only.
 */
import { AMOUNT, BREAKDOWN, CAP, CHECK, FRAMES, IthojoError, MINAMOUNT, RATE, SELFPAY } from '../../core';
import { errorOf, expectGoodMessage } from './helpers';

type Grid = unknown[][];

function asGrid(x: unknown): Grid {
  expect(Array.isArray(x)).toBe(true);
  const g = x as Grid;
  for (const row of g) expect(Array.isArray(row)).toBe(true);
  return g;
}

function shapeOf(g: Grid): [number, number] {
  const cols = new Set(g.map((r) => r.length));
  expect(cols.size).toBe(1);
  return [g.length, g[0].length];
}

const isNA = (x: unknown): boolean => x instanceof IthojoError && x.kind === 'na';

describe('shapes', () => {
  test('3×1 costs × 1×2 sizes → 3×2, each cell the scalar answer', () => {
    const costs = [[1000000], [2000000], [5125000]];
    const sizes = [['中小企業', '小規模事業者']];
    const g = asGrid(AMOUNT('インボイス対応類型', costs, sizes, '機能=2'));
    expect(shapeOf(g)).toEqual([3, 2]);
    expect(g).toEqual([
      [722222, 750000],
      [1388888, 1416666],
      [3472222, 3500000], // 中小: 500,000 + (5,125,000 − 666,666.67) × 2/3 = 3,472,222.2
    ]);
    costs.forEach(([c], r) => sizes[0].forEach((s, k) => expect(g[r][k]).toBe(AMOUNT('インボイス対応類型', c, s, '機能=2'))));
  });

  test('1×N costs stretch over rows; N×1 frames stretch over columns', () => {
    const g1 = asGrid(AMOUNT('通常枠', [[90000, 1000000, 4000000]]));
    expect(g1).toEqual([[0, 500000, 1499999]]);
    const g2 = asGrid(AMOUNT([['通常枠'], ['セキュリティ対策推進枠'], ['インボイス対応類型']], 1000000));
    expect(g2).toEqual([[500000], [500000], [500000]]);
    const g3 = asGrid(AMOUNT([['通常枠'], ['セキュリティ対策推進枠']], [[100000, 3000000]], '小規模事業者'));
    expect(g3).toEqual([
      [50000, 1499999],
      [66666, 1500000],
    ]);
  });

  test('N×1 columns of frame, cost, size and options price one scenario per row', () => {
    const frames = [['通常枠'], ['インボイス対応類型'], ['電子取引類型'], ['セキュリティ対策推進枠']];
    const costs = [[4000000], ['100万円'], [2400000], [1200000]];
    const sizes = [['中小企業'], ['小規模事業者'], [null], ['小規模']];
    const options = [['プロセス=4, 賃上げ'], ['機能=2, 計算方式=事務局ツール'], ['口座=80/100'], ['']];
    expect(AMOUNT(frames, costs, sizes, options)).toEqual([[2000000], [749999], [1280000], [800000]]);
    expect(SELFPAY(frames, costs, sizes, options)).toEqual([[2000000], [250001], [1120000], [400000]]);
    expect(CHECK(frames, costs, sizes, options)).toEqual([['OK'], ['OK'], ['OK'], ['OK']]);
  });

  test('mismatched sizes: the larger size, #N/A (kind na) beyond the smaller range', () => {
    const g = asGrid(AMOUNT('通常枠', [[1000000], [2000000], [3000000]], [['中小企業'], ['小規模事業者']]));
    expect(shapeOf(g)).toEqual([3, 1]);
    expect(g.slice(0, 2)).toEqual([[500000], [1000000]]);
    expect(isNA(g[2][0])).toBe(true);
    expectGoodMessage((g[2][0] as IthojoError).message);

    const h = asGrid(AMOUNT('通常枠', [[1000000, 2000000], [3000000, 4000000]], [['中小企業', '小規模事業者', '中小企業']]));
    expect(shapeOf(h)).toEqual([2, 3]);
    expect(h.map((r) => r.slice(0, 2))).toEqual([
      [500000, 1000000],
      [1499999, 1499999],
    ]);
    expect(isNA(h[0][2]) && isNA(h[1][2])).toBe(true);

    const k = asGrid(AMOUNT('通常枠', [[1000000, 2000000], [3000000, 4000000]], [['中小企業', '小規模事業者'], ['中小企業', '中小企業'], ['小規模', '小規模']]));
    expect(shapeOf(k)).toEqual([3, 2]);
    expect(isNA(k[2][0]) && isNA(k[2][1])).toBe(true);
  });

  test('a bad cell gives an IthojoError (kind value) in that cell only', () => {
    const g = asGrid(AMOUNT('通常枠', [[1000000], [-5], ['abc'], [null], [2000000]]));
    expect(g[0][0]).toBe(500000);
    expect(g[4][0]).toBe(1000000);
    for (const r of [1, 2, 3]) {
      expect(g[r][0]).toBeInstanceOf(IthojoError);
      expect((g[r][0] as IthojoError).kind).toBe('value');
      expectGoodMessage((g[r][0] as IthojoError).message);
    }
    const frames = asGrid(AMOUNT([['通常枠'], ['謎枠']], 1000000));
    expect(frames[0][0]).toBe(500000);
    expect((frames[1][0] as IthojoError).message).toContain('謎枠');
    const options = asGrid(AMOUNT('通常枠', 1000000, '', [['プロセス=2', 'プロセス=x']]));
    expect(options[0][0]).toBe(500000);
    expect(options[0][1]).toBeInstanceOf(IthojoError);
  });

  test('CHECK over a range answers the message in the bad cell', () => {
    const g = asGrid(CHECK('通常枠', [[1000000], [-5], [90000]]));
    expect(g[0][0]).toBe('OK');
    expect(String(g[1][0])).toContain('マイナス');
    expect(String(g[2][0])).toContain('50,000');
  });

  test('1×1 ranges behave as scalars', () => {
    expect(AMOUNT([['通常枠']], [[1000000]], [['中小企業']], [['プロセス=2']])).toBe(500000);
    expect(RATE([['インボイス対応類型']], [[null]], [['小規模事業者']])).toBe(0.8);
    expect(CAP([['通常枠']], [['']], [['プロセス=4, 賃上げ']])).toBe(4500000);
    expect(BREAKDOWN([['通常枠']], [[1000000]])).toEqual(BREAKDOWN('通常枠', 1000000));
    // and a 1×1 range's error is thrown, as for a scalar
    expect(errorOf(() => AMOUNT('通常枠', [[-1]])).kind).toBe('value');
  });

  test('RATE, CAP and MINAMOUNT broadcast too', () => {
    expect(RATE('通常枠', [[1000000], [90000], [null]])).toEqual([[0.5], [0], [0.5]]);
    expect(CAP([['通常枠', 'インボイス対応類型', 'セキュリティ対策推進枠']], '小規模事業者', [['プロセス=4'], ['機能=2']])).toEqual([
      [4500000, 500000, 1500000],
      [1499999, 3500000, 1500000],
    ]);
    expect(MINAMOUNT([['通常枠'], ['インボイス対応類型']])).toEqual([[50000], [0]]);
  });

  test('a large scenario range equals cell-by-cell scalar calls', () => {
    const costs: number[][] = [];
    for (let i = 0; i < 200; i++) costs.push([(i * 7919 * 104729) % 9000000]);
    const frames = costs.map((_, i) => [['通常枠', 'インボイス対応類型', 'セキュリティ対策推進枠'][i % 3]]);
    const sizes = [['中小企業', '小規模事業者']];
    const g = asGrid(AMOUNT(frames, costs, sizes, '機能=2, プロセス=4'));
    expect(shapeOf(g)).toEqual([200, 2]);
    g.forEach((row, r) => row.forEach((v, k) => expect(v).toBe(AMOUNT(frames[r][0], costs[r][0], sizes[0][k], '機能=2, プロセス=4'))));
  });
});

describe('quote lines are one value, not broadcast', () => {
  const quote = [['ソフトウェア', 1500000], ['PC', 240000], ['POSレジ', 300000]];

  test('a quote with a scalar scenario is a scalar answer (it2025.md §10.2 I10)', () => {
    expect(AMOUNT('インボイス対応類型', quote, '小規模事業者', '機能=2')).toBe(1333333);
  });

  test('a quote with a range of sizes: one answer per size, the quote whole in each', () => {
    const g = asGrid(AMOUNT('インボイス対応類型', quote, [['小規模事業者'], ['中小企業']], '機能=2'));
    // 中小: 500,000 + (1,500,000 − 666,666.67) × 2/3 = 1,055,555 + 100,000 + 150,000
    expect(g).toEqual([[1333333], [1305555]]);
  });

  test('a quote with a range of options (text vs official tool: it2025.md §10.2 I10)', () => {
    expect(AMOUNT('インボイス対応類型', quote, '小規模事業者', [['機能=2', '機能=2, 計算方式=事務局ツール']])).toEqual([[1333333, 1333332]]);
  });

  test('a quote with a header row and blank rows is still one quote', () => {
    const withHeader = [['区分', '金額', '月数'], ['ソフトウェア', 1500000, null], [null, null, null], ['PC', 240000, ''], ['POSレジ', 300000, '']];
    expect(AMOUNT('インボイス対応類型', withHeader, [['小規模事業者', '中小企業']], '機能=2')).toEqual([[1333333, 1305555]]);
  });

  test('a 2-column range of amounts (not text categories) broadcasts instead', () => {
    expect(AMOUNT('通常枠', [[1000000, 2000000], [90000, '150万円']])).toEqual([
      [500000, 1000000],
      [0, 750000],
    ]);
    // text amounts in the first column are amounts, so the range broadcasts
    expect(AMOUNT('通常枠', [['100万円', '200万円']])).toEqual([[500000, 1000000]]);
  });
});

describe('BREAKDOWN and FRAMES take one scenario', () => {
  test('BREAKDOWN with a scenario range is an error (a quote is fine)', () => {
    for (const args of [
      ['通常枠', [[1000000], [2000000]]],
      [[['通常枠'], ['インボイス対応類型']], 1000000],
      ['通常枠', 1000000, [['中小企業', '小規模事業者']]],
      ['通常枠', 1000000, '', [['プロセス=1'], ['プロセス=4']]],
    ] as [unknown, unknown, unknown?, unknown?][]) {
      const e = errorOf(() => BREAKDOWN(...args));
      expect(e.message).toContain('BREAKDOWN');
      expectGoodMessage(e.message);
    }
    expect(Array.isArray(BREAKDOWN('インボイス対応類型', [['ソフトウェア', 1500000], ['PC', 240000]], '小規模事業者', '機能=2'))).toBe(true);
  });

  test('FRAMES with a range is an error; a 1×1 range is a scalar', () => {
    const e = errorOf(() => FRAMES([['IT導入補助金'], ['省エネ補助金']]));
    expect(e.message).toContain('FRAMES');
    expectGoodMessage(e.message);
    expect(FRAMES([['IT導入補助金']])).toEqual(FRAMES('IT導入補助金'));
  });
});
