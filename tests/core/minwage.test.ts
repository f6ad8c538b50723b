/**
 * MINWAGE and the dated minimum-wage series (core/rules/minwage/series.ts) checked row by row
 * against ../shared/rules/minimum-wage.md and programs-2025.md §5, parsed here from the markdown
 * (never copied), plus the horizon, "no date = today" and the worked examples W1–W6.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DECLARATIONS, FUNCTIONS, MINWAGE } from '../../core';
import { normalizeKey } from '../../core/input/normalizeText';
import { DATA_ENDS, MINIMUM_WAGES, type PrefectureWages } from '../../core/rules/minwage/series';
import { prefectureNames, prefectureOf } from '../../core/helpers/wageSeries';
import { setClock } from '../../core/time/clock';
import { errorOf, expectGoodMessage, VECTORS_DIR } from './helpers';

const RULES_DIR = path.join(VECTORS_DIR, '..');
const read = (file: string): string => fs.readFileSync(path.join(RULES_DIR, file), 'utf8');

interface MdRevision {
  readonly reiwa: number;
  readonly amount: number;
  readonly from: string;
}

const cells = (line: string): string[] => line.split('|').slice(1, -1).map((c) => c.trim());
const yen = (text: string): number => Number(text.replace(/,/g, ''));

/** minimum-wage.md "## Table": 都道府県 | R5 | R5 from | R6 | R6 from | R7 | R7 from | R8 | R8 from. */
function minimumWageMd(): Map<string, MdRevision[]> {
  const lines = read('minimum-wage.md').split('\n');
  const start = lines.findIndex((l) => l.startsWith('| 都道府県 | R5 |'));
  expect(start).toBeGreaterThan(0);
  const header = cells(lines[start]);
  expect(header).toEqual(['都道府県', 'R5', 'R5 from', 'R6', 'R6 from', 'R7', 'R7 from', 'R8', 'R8 from']);
  const out = new Map<string, MdRevision[]>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|') || line.includes('全国加重平均')) break;
    const [name, ...rest] = cells(line);
    const revisions: MdRevision[] = [];
    for (let k = 0; k < 4; k++) {
      const [amount, from] = [rest[2 * k], rest[2 * k + 1]];
      if (amount === '' && from === '') continue;
      revisions.push({ reiwa: 5 + k, amount: yen(amount), from });
    }
    out.set(name, revisions);
  }
  return out;
}

/** programs-2025.md §5: # | 都道府県 | R6 | R6 from | R7 | R7 from (dates may carry †). */
function programs2025Md(): Map<string, MdRevision[]> {
  const text = read('programs-2025.md');
  const section = text.slice(text.indexOf('## 5. 地域別最低賃金'), text.indexOf('### 5.1'));
  const out = new Map<string, MdRevision[]>();
  for (const line of section.split('\n')) {
    const c = cells(line);
    if (c.length !== 6 || !/^\d+$/.test(c[0])) continue;
    out.set(c[1], [
      { reiwa: 6, amount: yen(c[2]), from: c[3].replace('†', '').trim() },
      { reiwa: 7, amount: yen(c[4]), from: c[5].replace('†', '').trim() },
    ]);
  }
  return out;
}

const asMd = (p: PrefectureWages): MdRevision[] => p.revisions.map((r) => ({ reiwa: r.year.reiwa, amount: r.amount, from: r.from }));

function addDays(day: string, n: number): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Excel's serial number of a day (1900 system), computed here rather than by the core. */
function serial(day: string): number {
  return (Date.parse(`${day}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** 47 prefectures in JIS order (都道府県コード 01–47), romanised as MINWAGE accepts them. */
const ROMAJI = ('Hokkaido Aomori Iwate Miyagi Akita Yamagata Fukushima Ibaraki Tochigi Gunma Saitama Chiba Tokyo Kanagawa ' +
  'Niigata Toyama Ishikawa Fukui Yamanashi Nagano Gifu Shizuoka Aichi Mie Shiga Kyoto Osaka Hyogo Nara Wakayama Tottori ' +
  'Shimane Okayama Hiroshima Yamaguchi Tokushima Kagawa Ehime Kochi Fukuoka Saga Nagasaki Kumamoto Oita Miyazaki ' +
  'Kagoshima Okinawa').split(' ');

describe('the series against ../shared/rules (every prefecture, every revision)', () => {
  const md = minimumWageMd();
  const older = programs2025Md();

  test('minimum-wage.md and programs-2025.md list the same 47 prefectures as the data, in JIS order', () => {
    expect(md.size).toBe(47);
    expect(older.size).toBe(47);
    expect(MINIMUM_WAGES.map((p) => p.en)).toEqual(ROMAJI);
    expect(MINIMUM_WAGES.map((p) => prefectureOf([...md.keys()][MINIMUM_WAGES.indexOf(p)]))).toEqual(MINIMUM_WAGES);
  });

  test.each([...md.keys()])('%s: every amount and date of minimum-wage.md (and R6/R7 of programs-2025.md §5)', (name) => {
    const p = prefectureOf(name);
    expect(asMd(p)).toEqual(md.get(name));
    expect(asMd(p).filter((r) => r.reiwa === 6 || r.reiwa === 7)).toEqual(older.get(p.name) ?? older.get(name));
  });

  test.each(MINIMUM_WAGES.map((p) => [p.name, p] as const))('%s: MINWAGE on each effective date and the day before', (_name, p) => {
    p.revisions.forEach((r, i) => {
      expect(MINWAGE(p.name, r.from)).toBe(r.amount);
      expect(MINWAGE(p.name, serial(r.from))).toBe(r.amount);
      if (i > 0) expect(MINWAGE(p.name, addDays(r.from, -1))).toBe(p.revisions[i - 1].amount);
      else expect(errorOf(() => MINWAGE(p.name, addDays(r.from, -1))).message).toContain(`${r.from} より前は未収録です`);
    });
    const last = p.revisions[p.revisions.length - 1];
    expect(MINWAGE(p.name, addDays(DATA_ENDS.date, -1))).toBe(last.amount);
    expect(errorOf(() => MINWAGE(p.name, DATA_ENDS.date)).message).toContain('データは 2027-10-01 の前日までです');
  });
});

describe('the series is well formed', () => {
  test.each(MINIMUM_WAGES.map((p) => [p.name, p] as const))('%s increases in date and amount; no R(N) date before October of its year', (_name, p) => {
    const r = p.revisions;
    for (let i = 1; i < r.length; i++) {
      expect(r[i].from > r[i - 1].from).toBe(true);
      expect(r[i].amount).toBeGreaterThan(r[i - 1].amount);
      expect(r[i].year.reiwa).toBe(r[i - 1].year.reiwa + 1);
    }
    for (const x of r) {
      expect(x.from >= `${2018 + x.year.reiwa}-10-01`).toBe(true); // the MHLW workbook's six wrong years would fail here
      expect(x.from < `${2018 + x.year.reiwa + 1}-10-01`).toBe(true);
      expect(x.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(addDays(x.from, 0)).toBe(x.from); // a real calendar day
      expect(x.source).toMatch(/minimum-wage\.md|programs-2025\.md §5/);
    }
    // the 2026 最低賃金近傍 window starts 2024-10-01 (it2026.md §2.2); R6, R7 and R8 are all present
    expect(r[0].from <= '2024-10-01').toBe(true);
    expect(r.map((x) => x.year.reiwa)).toEqual(expect.arrayContaining([6, 7, 8]));
  });

  test('the horizon is the earliest date of the next 年度 (1 October after the last one)', () => {
    const lastReiwa = Math.max(...MINIMUM_WAGES.flatMap((p) => p.revisions.map((r) => r.year.reiwa)));
    expect(DATA_ENDS.date).toBe(`${2018 + lastReiwa + 1}-10-01`);
    expect(DATA_ENDS.date).toBe('2027-10-01'); // minimum-wage.md "Horizon"
  });

  test('every alias names one prefecture only, and resolves to it', () => {
    const owner = new Map<string, string>();
    for (const p of MINIMUM_WAGES) {
      for (const n of prefectureNames(p)) {
        const key = normalizeKey(n);
        expect({ alias: n, of: owner.get(key) ?? p.name }).toEqual({ alias: n, of: p.name });
        owner.set(key, p.name);
        expect(prefectureOf(n)).toBe(p);
        expect(prefectureOf(` ${n.toUpperCase()} `)).toBe(p);
      }
    }
    expect(owner.size).toBe(46 * 4 + 2); // 北海道 has no short form and no -ken
  });
});

describe('MINWAGE', () => {
  afterEach(() => setClock(null));

  test.each([
    // minimum-wage.md worked examples
    ['秋田県', '2026-10-13', 1031, 'W1'],
    ['秋田県', '2026-10-14', 1090, 'W1'],
    ['沖縄県', '2026-12-01', 1023, 'W2'],
    ['沖縄県', '2026-12-02', 1086, 'W2'],
    ['京都府', '2026-11-15', 1122, 'W3'],
    ['京都府', '2026-11-16', 1180, 'W3'],
    ['徳島県', '2024-10-15', 896, 'W4: R6 took effect 2024-11-01'],
    ['東京都', '2027-09-30', 1280, 'W5'],
    // programs-2025.md §5
    ['東京都', '2025-10-02', 1163, 'R6 up to the R7 date'],
    ['東京', '2025-10-03', 1226, 'R7 from 2025-10-03'],
    ['Tokyo', '2024-10-01', 1163, 'R6 from 2024-10-01'],
    ['秋田', '2026-03-30', 951, 'R7 delayed to 2026-03-31'],
    ['秋田', '2026-03-31', 1031, 'R7 delayed to 2026-03-31'],
    ['大阪府', 45_945, 1114, 'Excel serial 45945 = 2025-10-15; R7 from 2025-10-16'],
    ['Osaka', 45_946, 1177, 'Excel serial 45946 = 2025-10-16'],
    ['岩手県', '2024-10-26', 893, 'R5 until R6 on 2024-10-27'],
    ['神奈川県', '2025-10-03', 1162, 'R7 from 2025-10-04'],
    ['神奈川県', '2025-10-04', 1225, 'R7 from 2025-10-04'],
    ['Tokyo-to', '2026年10月1日', 1280, 'R8, date typed in Japanese'],
    ['ＴＯＫＹＯ', '2026/9/30', 1226, 'full-width name; slashed date'],
  ])('MINWAGE(%s, %p) = %p (%s)', (pref, date, expected, _why) => {
    expect(MINWAGE(pref, date)).toBe(expected);
  });

  test('W6: 事業場内最低賃金 ≥ 地域別 + 30円 for a 熊本 applicant', () => {
    expect((MINWAGE('熊本県', '2026-11-30') as number) + 30).toBe(1064);
    expect((MINWAGE('熊本県', '2026-12-01') as number) + 30).toBe(1122);
  });

  test('dates as Sheets passes them: midnight in Asia/Tokyo', () => {
    const tokyoMidnight = new Date(Date.UTC(2026, 9, 1) - 9 * 3600e3); // 2026-10-01 00:00 JST = 09-30 15:00 UTC
    expect(MINWAGE('東京都', tokyoMidnight)).toBe(1280);
    expect(MINWAGE('東京都', new Date(tokyoMidnight.getTime() - 1))).toBe(1226);
  });

  test('no date means today in Tokyo, read through the clock', () => {
    setClock(() => Date.UTC(2026, 8, 30, 14, 59, 59)); // 2026-09-30 23:59:59 JST
    expect(MINWAGE('東京都')).toBe(1226);
    expect(MINWAGE('東京都', '')).toBe(1226);
    setClock(() => Date.UTC(2026, 8, 30, 15, 0, 0)); // 2026-10-01 00:00 JST
    expect(MINWAGE('東京都')).toBe(1280);
    expect(MINWAGE('北海道', null)).toBe(1131);
    setClock(() => Date.UTC(2027, 8, 30, 15, 0, 0)); // 2027-10-01 00:00 JST: past the data
    const message = errorOf(() => MINWAGE('東京都')).message;
    expect(message).toContain('日付 2027-10-01 の最低賃金はデータにありません');
    expectGoodMessage(message);
  });

  test('the horizon and the first row are errors that say so, never a guess', () => {
    for (const day of ['2027-10-01', '2030-01-01']) {
      const message = errorOf(() => MINWAGE('東京都', day)).message;
      expect(message).toContain(`日付 ${day}`);
      expect(message).toContain('2027-10-01 の前日まで');
      expectGoodMessage(message);
    }
    const before = errorOf(() => MINWAGE('東京都', '2024-09-30')).message;
    expect(before).toContain('日付 2024-09-30 の東京都の最低賃金はデータにありません (2024-10-01 より前は未収録です)');
    expectGoodMessage(before);
    expect(errorOf(() => MINWAGE('徳島県', '2023-09-30')).message).toContain('2023-10-01 より前');
  });

  test.each([
    ['トウキョウ', '', '不明な都道府県です: 「トウキョウ」'],
    ['', '2025-01-01', '不明な都道府県です'],
    [13, '2025-01-01', '不明な都道府県です: 「13」'],
    ['東京都', '2025-02-30', '日付として読めません: 「2025-02-30」'],
    ['東京都', 'abc', '日付として読めません: 「abc」'],
    ['東京都', 60, '日付として読めません: 「60」'], // Excel's fictitious 1900-02-29
    ['東京都', true, '日付として読めません: 「TRUE」'],
  ])('MINWAGE(%p, %p): %s', (pref, date, text) => {
    const message = errorOf(() => MINWAGE(pref, date)).message;
    expect(message).toContain(text);
    expectGoodMessage(message);
  });
});

describe('golden vectors: vectors/2026/it2026.vectors.json, MINWAGE', () => {
  interface Case {
    readonly id: string;
    readonly fn: string;
    readonly prefecture: string;
    readonly date: string;
    readonly expect?: number;
    readonly expect_error?: boolean;
  }
  const file = path.join(VECTORS_DIR, '2026', 'it2026.vectors.json');
  const cases = (JSON.parse(fs.readFileSync(file, 'utf8')) as { cases: Case[] }).cases.filter((c) => c.fn === 'MINWAGE');

  test('the file holds the MINWAGE cases', () => expect(cases.length).toBeGreaterThanOrEqual(9));
  test.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const call = () => FUNCTIONS.MINWAGE(c.prefecture, c.date);
    if (c.expect_error) expectGoodMessage(errorOf(call).message);
    else expect(call()).toBe(c.expect);
  });
});

describe('MINWAGE help (core/contract/declarations.ts)', () => {
  const decl = DECLARATIONS.find((d) => d.id === 'MINWAGE')!;
  test('says that no date is today, and where the data ends (the day before DATA_ENDS)', () => {
    expect(decl.ja).toContain('日付を省略すると今日');
    expect(decl.en).toContain('today');
    expect(decl.params[1].ja).toContain('省略すると今日');
    const lastDay = addDays(DATA_ENDS.date, -1);
    expect(decl.ja).toContain(lastDay);
    expect(decl.en).toContain(lastDay);
  });
  test('its example answers the R8 amount', () => {
    expect(FUNCTIONS.MINWAGE(...decl.example.args)).toBe(1280); // minimum-wage.md: 東京 R8 from 2026-10-01
  });
});
