/**
 * NEARMINWAGE: the 2026 monthly rule (../shared/rules/it2026.md §2.2), its table form, and the
 * 2025 rules 7次 / 1-6次 (programs-2025.md §5.1). Expected values are worked by hand from
 * minimum-wage.md (cited per case); a seeded property test compares the 2026 rule with a plain
 * reference written from the markdown table.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { DECLARATIONS, FUNCTIONS, NEARMINWAGE } from '../../core';
import { errorOf, expectGoodMessage, VECTORS_DIR } from './helpers';

type Wage = number | string | null | Date | boolean;
type Table = Wage[][];

/** Months of the window by index: 0 = 2024-10 … 8 = 2025-06, 9 = 2025-07, 10 = 2025-08, 11 = 2025-09. */
const MONTHS = ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09'];

/** One employee: `w` every month, except the months given by index. */
function employee(w: Wage, except: Record<number, Wage> = {}): Wage[] {
  return MONTHS.map((_, k) => (k in except ? except[k] : w));
}
const times = (n: number, row: Wage[]): Wage[][] => Array.from({ length: n }, () => [...row]);

/** it2026.md §2.2 worked example: 東京, 10 employees, 3 paid 1,200 in 2025-06/07/08, else 1,300; 7 paid 1,400. */
function tokyoExample(): Table {
  return [...times(3, employee(1300, { 8: 1200, 9: 1200, 10: 1200 })), ...times(7, employee(1400))];
}

const near = (pref: string, wages: unknown, date: unknown = null, rule: unknown = null) => NEARMINWAGE(pref, wages, date, rule);

describe('2026 rule (it2026.md §2.2), the default', () => {
  test('the worked example: 3 of 10 (exactly 30%) in 2025-06, -07, -08 → TRUE', () => {
    expect(near('東京都', tokyoExample())).toBe(true);
    expect(near('東京都', tokyoExample(), null, '2026')).toBe(true);
  });

  test('the worked example, one of the three paid 1,150 (< R6 1,163 in force) in 2025-08 → two months → FALSE', () => {
    const t = tokyoExample();
    t[2][10] = 1150;
    expect(near('東京都', t)).toBe(false);
  });

  test('the bounds: A(month) counts, the 令和7年度 rate does not (東京: 1,163 ≤ wage < 1,226)', () => {
    const at = (w: number) => [...times(3, employee(1400, { 0: w, 4: w, 11: w })), ...times(7, employee(1400))];
    expect(near('東京都', at(1163))).toBe(true);
    expect(near('東京都', at(1225.99))).toBe(true);
    expect(near('東京都', at(1162.99))).toBe(false);
    expect(near('東京都', at(1226))).toBe(false);
  });

  test('30% exactly, just below, and per month of that month\'s employees', () => {
    const counted = employee(1200);
    expect(near('東京都', [...times(6, counted), ...times(14, employee(1500))])).toBe(true); // 6/20 = 30%
    expect(near('東京都', [...times(2, counted), ...times(5, employee(1500))])).toBe(false); // 2/7 = 28.6%
    expect(near('東京都', [...times(3, counted), ...times(8, employee(1500))])).toBe(false); // 3/11 = 27.3%
    expect(near('東京都', [counted])).toBe(true); // 1/1
  });

  test('岩手 2024-10: R6 952 took effect 10-27, so October is judged by 952, not R5 893', () => {
    // one employee: 950 in October (≥ 893 but < 952), 960 in November and December, 1,100 after
    const wages = [employee(1100, { 0: 950, 1: 960, 2: 960 })];
    expect(near('岩手県', wages)).toBe(false); // only Nov and Dec qualify
    expect(near('岩手県', [employee(1100, { 0: 952, 1: 960, 2: 960 })])).toBe(true); // 952 counts in October
    expect(near('岩手県', [employee(1030, { 0: 1030 })])).toBe(true); // 1,030 < R7 1,031 every month
    expect(near('岩手県', [employee(1031)])).toBe(false);
  });

  test('徳島 2024-10: R6 took effect 11-01, so October is R5 896 all month', () => {
    // Oct 900 (≥ 896), Nov 980 (= R6), Dec 1,045 (< R7 1,046), Jan 1,046 (not below R7)
    expect(near('徳島県', [employee(1046, { 0: 900, 1: 980, 2: 1045 })])).toBe(true);
    expect(near('徳島県', [employee(1046, { 0: 895, 1: 980, 2: 1045 })])).toBe(false); // Oct: 895 < 896
    expect(near('徳島県', [employee(900)])).toBe(false); // 900 < 980 from November: only October counts
  });

  test('blank cells are months without that employee: the share is of that month\'s employees', () => {
    // 1 counted of 4 (25%) in most months; in Jan–Mar the 4th is not employed: 1 of 3 (33%)
    const wages = [employee(1200), employee(1500), employee(1500), employee(1500, { 3: null, 4: '', 5: null })];
    expect(near('東京都', wages)).toBe(true);
    wages[3][5] = 1500;
    expect(near('東京都', wages)).toBe(false); // only Jan and Feb left
  });

  test('a month with no employee does not qualify; an all-blank row is no employee', () => {
    const only = (months: number[]) => employee(null, Object.fromEntries(months.map((k) => [k, 1200])));
    expect(near('東京都', [only([0, 5, 11])])).toBe(true);
    expect(near('東京都', [only([0, 5])])).toBe(false);
    expect(near('東京都', [only([0, 5]), employee(null)])).toBe(false);
  });

  test('qualifying months need not be consecutive', () => {
    expect(near('東京都', [employee(1500, { 0: 1200, 4: 1200, 11: 1200 }), employee(1500)])).toBe(true); // 1/2 in 3 months
    expect(near('東京都', [employee(1500, { 0: 1200, 11: 1200 }), employee(1500)])).toBe(false);
  });

  test('wages as people type them', () => {
    expect(near('東京都', [employee('1,200円'), employee('１５００')])).toBe(true);
  });
});

describe('2026 rule: the table shape', () => {
  const tokyoHeader = (header: Wage[]) => near('東京都', [header, ...tokyoExample()]);

  test.each([
    ['YYYY-MM', MONTHS],
    ['YYYY/MM (the 賃金状況報告シート form)', MONTHS.map((m) => m.replace('-', '/'))],
    ['YYYY年M月', MONTHS.map((m) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`)],
    ['令和N年M月', MONTHS.map((m) => `令和${Number(m.slice(0, 4)) - 2018}年${Number(m.slice(5))}月`)],
    ['RN.M', MONTHS.map((m) => `R${Number(m.slice(0, 4)) - 2018}.${Number(m.slice(5))}`)],
    ['M月', MONTHS.map((m) => `${Number(m.slice(5))}月`)],
    ['a day of the month', MONTHS.map((m) => `${m}-15`)],
    ['Date cells (Sheets, Node)', MONTHS.map((m) => new Date(Date.parse(`${m}-01T00:00:00+09:00`)))],
    ['Excel date serials', MONTHS.map((m) => (Date.parse(`${m}-01T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000)],
  ])('a header row of months: %s', (_form, header) => {
    expect(tokyoHeader(header)).toBe(true);
    const t = near('東京都', [header, ...tokyoExample()], null, '2026表') as unknown[][];
    expect(t[9]).toEqual(['2025-06', 1163, 1226, 10, 3, 0.3, true]); // the header row is not an employee
  });

  test.each([
    ['starting a month early', ['2024-09', ...MONTHS.slice(0, 11)], 1, '2024-10'],
    ['with the last month wrong', [...MONTHS.slice(0, 11), '2025-10'], 12, '2025-09'],
    ['with a blank cell', [...MONTHS.slice(0, 5), '', ...MONTHS.slice(6)], 6, '2025-03'],
    ['with a name in it', ['氏名', ...MONTHS.slice(1)], 1, '2024-10'],
    ['in another year', MONTHS.map((m) => `${Number(m.slice(0, 4)) + 1}${m.slice(4)}`), 1, '2024-10'],
  ])('a header row %s is an error naming the column', (_what, header, column, month) => {
    const message = errorOf(() => tokyoHeader(header)).message;
    expect(message).toContain(`見出し行 ${column}列目は ${month} の月にしてください`);
    expectGoodMessage(message);
  });

  test.each([
    ['11 columns', [employee(1200).slice(0, 11)], 11],
    ['13 columns', [[...employee(1200), 1200]], 13],
    ['one column (a 2025-style list)', [[1200], [1300], [1250]], 1],
    ['a single cell', 1200, 1],
    ['ragged rows', [employee(1200), employee(1200).slice(1)], 11],
  ])('%s: an error saying the rule needs 12 columns', (_what, wages, found) => {
    const message = errorOf(() => near('東京都', wages)).message;
    expect(message).toContain('12列 (2024-10〜2025-09 の各月');
    expect(message).toContain(`${found}列あります`);
    expectGoodMessage(message);
  });

  test.each([
    ['abc', '時給を数値として読めません: 「abc」'],
    [-1200, '時給がマイナスです'],
    [0, '時給に0は使えません'],
    [true, '時給に TRUE/FALSE は使えません'],
    [new Date(Date.UTC(2025, 0, 1)), '時給に日付は使えません'],
    ['1 200', '時給を数値として読めません'],
  ])('a bad wage %p names its row and month', (bad, text) => {
    const wages = [employee(1200), employee(1500, { 8: bad as Wage })];
    const message = errorOf(() => near('東京都', wages)).message;
    expect(message).toContain('時給の範囲 2行目・2025-06');
    expect(message).toContain(text);
    expectGoodMessage(message);
  });

  test('no wage at all is an error', () => {
    expect(errorOf(() => near('東京都', [employee(null), employee('')])).message).toContain('時給が1件もありません');
    expect(errorOf(() => near('東京都', [MONTHS])).message).toContain('時給が1件もありません'); // a header alone
  });
});

describe('2026表: the month-by-month answer', () => {
  test('the worked example, row by row', () => {
    const t = near('東京都', tokyoExample(), '', '2026表') as unknown[][];
    expect(t[0]).toEqual([
      '月 (month)', '最低賃金・その月の最高額 (minimum wage, highest in the month)', '上限: 令和7年度の額 (未満) (upper bound, exclusive)',
      '従業員数 (employees)', '該当者数 (counted)', '割合 (share)', '該当月 (qualifies)',
    ]);
    expect(t.slice(1, 13).map((r) => r[0])).toEqual(MONTHS);
    expect(t[1]).toEqual(['2024-10', 1163, 1226, 10, 0, 0, false]);
    for (const k of [8, 9, 10]) expect(t[1 + k]).toEqual([MONTHS[k], 1163, 1226, 10, 3, 0.3, true]);
    expect(t[13]).toEqual(['該当月数 (qualifying months)', '', '', '', '', '', 3]);
    expect(t[14]).toEqual(['判定: 3か月以上で該当 (result: 3 or more months)', '', '', '', '', '', true]);
    expect(t[15][0]).toBe('出典 (source)');
    expect(t[15][1]).toContain('it2026.md §2.2');
    expect(t).toHaveLength(16);
    for (const row of t) expect(row).toHaveLength(7);
  });

  test('岩手 and 徳島 show the rate each October is judged by', () => {
    const iwate = near('岩手県', [employee(1000)], null, '2026表') as unknown[][];
    expect(iwate[1].slice(0, 3)).toEqual(['2024-10', 952, 1031]);
    const tokushima = near('徳島県', [employee(1000)], null, '2026表') as unknown[][];
    expect(tokushima[1].slice(0, 3)).toEqual(['2024-10', 896, 1046]);
    expect(tokushima[2].slice(0, 3)).toEqual(['2024-11', 980, 1046]);
  });

  test('a month without employees shows 0 and a blank share', () => {
    const t = near('東京都', [employee(1200, { 3: null })], null, '月次表') as unknown[][];
    expect(t[4]).toEqual(['2025-01', 1163, 1226, 0, 0, '', false]);
    expect(t[13][6]).toBe(11);
  });
});

describe('rule and date arguments', () => {
  test.each(['2026', 2026, '２０２６', '月次', 'monthly', '', null])('rule %p is the 2026 rule', (rule) => {
    expect(near('東京都', tokyoExample(), null, rule)).toBe(true);
    expect(errorOf(() => near('東京都', [[1200], [1500]], null, rule)).message).toContain('12列');
  });

  test.each(['新', '旧', '8次', 'X', true])('rule %p is an error listing the rules', (rule) => {
    const message = errorOf(() => near('東京都', tokyoExample(), null, rule)).message;
    expect(message).toContain('不明な判定方式です');
    expect(message).toContain('2026、2026表、7次、1-6次');
    expectGoodMessage(message);
  });

  // issue 8: under 7次 the date was ignored whatever it was
  test.each([['2025-02-30'], ['abc'], [60], [true]])('a bad date %p is an error under every rule', (date) => {
    for (const [wages, rule] of [[tokyoExample(), '2026'], [tokyoExample(), '2026表'], [[[1200]], '7次'], [[[1200]], '1-6次']] as const) {
      const message = errorOf(() => near('東京都', wages, date, rule)).message;
      expect(message).toContain(`日付として読めません`);
      expectGoodMessage(message);
    }
  });

  test('a good date changes nothing under the 2026 and 7次 rules', () => {
    expect(near('東京都', tokyoExample(), '2026-12-01')).toBe(true);
    expect(near('東京都', [[1220]], '2024-10-01', '7次')).toBe(true);
  });

  test('a prefecture range spills one answer per prefecture over the whole wages table', () => {
    expect(NEARMINWAGE([['東京都'], ['沖縄県']], tokyoExample())).toEqual([[true], [false]]); // 沖縄 R7 1,023: 1,200 is not below
  });
});

describe('2025 rules (programs-2025.md §5.1), unchanged', () => {
  const at = (w: number) => [[w], [w], [w], [1400], [1400], [1400], [1400], [1400], [1400], [1400]];

  test('§5.1 example: 3 of 10 at 1,200円 in Tokyo qualifies under both rules; 1,220円 only under 7次', () => {
    expect(near('東京都', at(1200), '2024-12-01', '1-6次')).toBe(true);
    expect(near('東京都', at(1200), '', '7次')).toBe(true);
    expect(near('東京都', at(1220), '2024-12-01', '1-6次')).toBe(false);
    expect(near('東京都', at(1220), null, '7次')).toBe(true);
    expect(near('東京都', at(1213), '2024-12-01', '1-6次')).toBe(true); // 1,163 + 50 inclusive
    expect(near('東京都', at(1226), null, '7次')).toBe(false); // not below 1,226
    expect(near('東京都', [[1200], [1200], [1400], [1400], [1400], [1400], [1400], [1400], [1400], [1400]], null, '7次')).toBe(false); // 20%
  });

  test('1-6次: the rate in force on the date, the 令和6年度 rate without one', () => {
    expect(near('東京都', at(1213), null, '1-6次')).toBe(true); // R6 1,163 + 50
    expect(near('東京都', at(1162), null, '1-6次')).toBe(false); // below the minimum wage
    expect(near('東京都', at(1276), '2025-10-03', '1-6次')).toBe(true); // R7 1,226 + 50
    expect(near('東京都', at(1213), '2025-10-03', '1-6次')).toBe(false);
    expect(near('東京都', at(1213), '2025-10-02', '1〜6次')).toBe(true); // the day before R7
  });

  test('7次 takes any shape, the 12-month table too (every cell is a wage)', () => {
    expect(near('東京都', [[1200, 1400, 1400], [1400, 1400, 1400], [1400, 1400, null]], null, '7次')).toBe(false); // 1/8
    expect(near('東京都', [[1200, 1200, 1400, 1400, 1400, 1400, 1400, 1400, 1400, 1400]], null, '7次以降')).toBe(false);
    expect(near('東京都', [[1200, 1200, 1200, 1400, 1400, 1400, 1400, 1400, 1400, 1400]], null, 'r7')).toBe(true);
    expect(near('東京都', tokyoExample(), null, '7次')).toBe(false); // 9 of 120 cells below 1,226
  });

  test('errors name the argument', () => {
    expect(errorOf(() => near('東京都', [['', '']], null, '7次')).message).toContain('時給が1件もありません');
    const message = errorOf(() => near('東京都', [[1200], ['x']], null, '7次')).message;
    expect(message).toContain('時給の範囲 2行目・1列目: 時給を数値として読めません: 「x」');
    expect(message).toContain('(Wages row 2, column 1)');
    expectGoodMessage(message);
    expect(errorOf(() => near('東京都', [[0]], null, '7次')).message).toContain('時給に0は使えません');
  });
});

describe('golden vectors: vectors/2026/it2026.vectors.json, NEARMINWAGE', () => {
  interface Case {
    readonly id: string;
    readonly fn: string;
    readonly prefecture: string;
    readonly wages: Table;
    readonly rule?: string;
    readonly date?: string;
    readonly expect: boolean;
  }
  const file = path.join(VECTORS_DIR, '2026', 'it2026.vectors.json');
  const cases = (JSON.parse(fs.readFileSync(file, 'utf8')) as { cases: Case[] }).cases.filter((c) => c.fn === 'NEARMINWAGE');

  test('the file holds the NEARMINWAGE cases', () => expect(cases.length).toBeGreaterThanOrEqual(2));
  test.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(FUNCTIONS.NEARMINWAGE(c.prefecture, c.wages, c.date ?? null, c.rule ?? null)).toBe(c.expect);
  });
});

describe('2026 rule against a reference written from minimum-wage.md (seeded)', () => {
  /** prefecture → revisions [from, amount] and its R7 amount, parsed from the markdown table. */
  const md = new Map<string, { revisions: [string, number][]; r7: number }>();
  const text = fs.readFileSync(path.join(VECTORS_DIR, '..', 'minimum-wage.md'), 'utf8');
  for (const line of text.split('\n')) {
    const c = line.split('|').slice(1, -1).map((x) => x.trim());
    if (c.length !== 9 || !/^\d{4}-/.test(c[4])) continue;
    const revisions: [string, number][] = [];
    for (let k = 0; k < 4; k++) if (c[2 + 2 * k]) revisions.push([c[2 + 2 * k], Number(c[1 + 2 * k].replace(/,/g, ''))]);
    md.set(c[0], { revisions, r7: Number(c[5].replace(/,/g, '')) });
  }

  /** The amount in force on each day of the month, highest of them: day by day, no cleverness. */
  function highestInMonth(revisions: [string, number][], month: string): number {
    let best = 0;
    for (let d = 1; d <= 31; d++) {
      const day = `${month}-${String(d).padStart(2, '0')}`;
      if (Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).getUTCDate() !== d) continue;
      let inForce = 0;
      for (const [from, amount] of revisions) if (from <= day) inForce = amount;
      best = Math.max(best, inForce);
    }
    return best;
  }

  function reference(pref: string, rows: (number | null)[][]): { months: [number, number, boolean][]; passed: boolean } {
    const { revisions, r7 } = md.get(pref)!;
    const months = MONTHS.map((month, k): [number, number, boolean] => {
      const low = highestInMonth(revisions, month);
      const present = rows.map((r) => r[k]).filter((w): w is number => w !== null);
      const counted = present.filter((w) => w >= low && w < r7).length;
      return [present.length, counted, present.length > 0 && counted / present.length >= 0.3];
    });
    return { months, passed: months.filter((m) => m[2]).length >= 3 };
  }

  const prefectures = [...md.keys()];
  test('md table parsed', () => expect(prefectures).toHaveLength(47));

  test('TRUE/FALSE and every month of the table agree', () => {
    const arbitrary = fc.constantFrom(...prefectures).chain((pref) => {
      const amounts = md.get(pref)!.revisions.map(([, a]) => a);
      // wages at and around every amount of the prefecture, plus anything in between
      const wage = fc.oneof(
        fc.constantFrom(...amounts.flatMap((a) => [a - 1, a, a + 1, a - 0.5])),
        fc.integer({ min: 850, max: 1350 }),
      );
      const cell = fc.option(wage, { freq: 5, nil: null });
      const rows = fc.array(fc.array(cell, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 12 });
      return fc.tuple(fc.constant(pref), rows);
    }).filter(([, rows]) => rows.some((r) => r.some((w) => w !== null)));

    fc.assert(
      fc.property(arbitrary, ([pref, rows]) => {
        const want = reference(pref, rows);
        expect(near(pref, rows)).toBe(want.passed);
        const table = near(pref, rows, null, '2026表') as unknown[][];
        expect(table.slice(1, 13).map((r) => [r[3], r[4], r[6]])).toEqual(want.months);
      }),
      { seed: 20261201, numRuns: 400 },
    );
  });
});

describe('NEARMINWAGE help (core/contract/declarations.ts)', () => {
  const decl = DECLARATIONS.find((d) => d.id === 'NEARMINWAGE')!;
  const text = [decl.ja, decl.en, ...decl.params.flatMap((p) => [p.ja, p.en]), decl.returns.ja, decl.returns.en].join('\n');
  test('states the 2026 default, the 12-month layout and every rule name', () => {
    for (const words of ['既定は2026年方式', '2024-10〜2025-09', '12列', '空欄', 'Default, the 2026 rule', '"2026表"', '"7次"', '"1-6次"', '"月次"']) {
      expect(text).toContain(words);
    }
  });
  test('its example: one of two employees at 1,200 in 2025-06/07/08 (50%) → TRUE', () => {
    expect(FUNCTIONS.NEARMINWAGE(...decl.example.args)).toBe(true);
  });
});
