/**
 * Issue 9: the rule year as data. デジタル化・AI導入補助金2026 (it2026.md) beside IT導入補助金2025;
 * which table answers (年度=, 基準日=, today's clock); the stale warnings; 過去交付; the other
 * programs' 2026 rounds. Figures are hand-checked against it2026.md §2–§7 (cited per test).
 */
import { AMOUNT, BREAKDOWN, CAP, CHECK, DEADLINE, FRAMES, MINAMOUNT, RATE, allTables, calculate, cellText, setClock } from '../../core';
import { TEST_NOW, tokyoNoon } from '../support/clock';
import { errorOf, expectGoodMessage } from './helpers';

afterEach(() => setClock(() => TEST_NOW));

const on = (day: string): void => setClock(() => tokyoNoon(day));
const y26 = (o = ''): string => (o === '' ? '年度=2026' : `${o}, 年度=2026`);

describe('デジタル化・AI導入補助金2026: each frame at its floor, tier and cap edges (it2026.md §2–§3)', () => {
  test('通常枠: floor 5万 (99,999 × 1/2 = 49,999 → 0; 100,000 → 50,000), lower band cap 1,499,999 at 2,999,998 / 2,999,999 (§2.1)', () => {
    expect(AMOUNT('通常枠', 99_999, '', y26())).toBe(0);
    expect(AMOUNT('通常枠', 100_000, '', y26())).toBe(50_000);
    expect(AMOUNT('通常枠', 2_999_998, '', y26())).toBe(1_499_999);
    expect(AMOUNT('通常枠', 2_999_999, '', y26())).toBe(1_499_999);
    expect(AMOUNT('通常枠', 3_000_000, '', y26('プロセス=3'))).toBe(1_499_999);
  });

  test('通常枠 2/3 (最低賃金近傍) in both bands: J2 533,333; J3 1,499,999; J4 4,500,000; 6,750,000 × 2/3 = 4,500,000 exactly', () => {
    expect(AMOUNT('通常枠', 800_000, '', y26('プロセス=2, 最低賃金近傍'))).toBe(533_333);
    expect(AMOUNT('通常枠', 4_000_000, '', y26('プロセス=3, 最低賃金近傍'))).toBe(1_499_999);
    expect(AMOUNT('通常枠', 7_000_000, '', y26('プロセス=4, 賃上げ, 最低賃金近傍'))).toBe(4_500_000);
    expect(AMOUNT('通常枠', 6_749_998, '', y26('プロセス=4, 賃上げ, 最低賃金近傍'))).toBe(4_499_998);
    expect(AMOUNT('通常枠', 6_750_000, '', y26('プロセス=4, 賃上げ, 最低賃金近傍'))).toBe(4_500_000);
    // 小規模事業者 is exempt from the 賃上げ requirement of the upper band (as 2025)
    expect(AMOUNT('通常枠', 9_000_000, '小規模事業者', y26('プロセス=4'))).toBe(4_500_000);
  });

  test('インボイス対応類型: 1機能 cap 50万 at 666,667; 2機能 split on the subsidy, 小規模 4/5 (J5 750,000; tool 749,999); cap 350万; no floor', () => {
    expect(AMOUNT('インボイス対応類型', 666_666, '', y26())).toBe(499_999);
    expect(AMOUNT('インボイス対応類型', 666_667, '', y26())).toBe(500_000);
    expect(AMOUNT('インボイス対応類型', 1_000_000, '小規模事業者', y26('機能=2'))).toBe(750_000);
    expect(AMOUNT('インボイス対応類型', 1_000_000, '小規模事業者', y26('機能=2, 計算方式=事務局ツール'))).toBe(749_999);
    // (3,500,000 − 500,000) ÷ 2/3 + 666,666.67 = 5,166,666.67: the cap binds from 5,166,667
    expect(AMOUNT('インボイス対応類型', 5_166_666, '', y26('機能=2'))).toBe(3_499_999);
    expect(AMOUNT('インボイス対応類型', 5_166_667, '', y26('機能=2'))).toBe(3_500_000);
    expect(MINAMOUNT('インボイス対応類型', '', y26())).toBe(0);
  });

  test('電子取引類型: 2/3 (大企業 1/2) × 口座 ratio, cap 350万 (J6 1,200,000 / 900,000)', () => {
    expect(AMOUNT('電子取引類型', 3_000_000, '中小企業', y26('口座=60/100'))).toBe(1_200_000);
    expect(AMOUNT('電子取引類型', 3_000_000, '大企業', y26('口座=60/100'))).toBe(900_000);
    expect(AMOUNT('電子取引類型', 5_250_000, '中小企業', y26('口座=1/1'))).toBe(3_500_000);
    expect(AMOUNT('電子取引類型', 5_249_998, '中小企業', y26('口座=1/1'))).toBe(3_499_998);
  });

  test('セキュリティ対策推進枠: 1/2 (小規模 2/3), floor 5万, cap 150万 (J7 80,000 → 0 / 53,333)', () => {
    expect(AMOUNT('セキュリティ対策推進枠', 80_000, '中小企業', y26())).toBe(0);
    expect(AMOUNT('セキュリティ対策推進枠', 80_000, '小規模事業者', y26())).toBe(53_333);
    expect(AMOUNT('セキュリティ対策推進枠', 75_000, '小規模事業者', y26())).toBe(50_000);
    expect(AMOUNT('セキュリティ対策推進枠', 3_000_000, '中小企業', y26())).toBe(1_500_000);
    expect(RATE('セキュリティ対策推進枠', '', '小規模事業者', y26())).toBeCloseTo(2 / 3, 15);
  });

  test('複数者連携デジタル化・AI導入枠: the 2025 rules under the new name (J8: 10 × 722,222 = 7,222,220)', () => {
    const header = ['構成員', '規模', '機能', '基盤導入経費', 'PC等', 'レジ等', '消費動向等分析経費', 'その他経費'];
    const table = [header, ...Array.from({ length: 10 }, (_, i) => [`M${i + 1}`, '中小企業', 2, 1_000_000, 0, 0, 0, 0])];
    for (const name of ['複数者連携デジタル化・AI導入枠', '複数者連携', '複数社連携IT導入枠', '複数社連携', 'it-multi']) {
      expect(AMOUNT(name, table, '', '年度=2026')).toBe(7_222_220);
      expect(AMOUNT(name, table, '', '年度=2025')).toBe(7_222_220);
    }
    expect(CAP('複数者連携', '', '年度=2026')).toBe(32_000_000);
  });
});

describe('renamed frame and program names', () => {
  test('the 2026 frame name answers for 2025 too (one frame id across years); FRAMES names each year\'s own', () => {
    const rows = FRAMES('デジタル化・AI導入補助金').slice(1);
    expect(rows.filter((r) => r[1] === 'it-multi').map((r) => [r[0], r[3]])).toEqual([['複数者連携デジタル化・AI導入枠', 2026], ['複数社連携IT導入枠', 2025]]);
  });

  test.each(['デジタル化・AI導入補助金', 'デジタル化・AI導入補助金2026', 'AI導入補助金', 'IT導入補助金', 'it', 'IT導入補助金2025'])('program name "%s" lists the IT tables', (name) => {
    expect(new Set(FRAMES(name).slice(1).map((r) => r[2]))).toEqual(new Set(['デジタル化・AI導入補助金2026', 'IT導入補助金2025']));
  });

  test('BREAKDOWN\'s 出典 row names the table that answered', () => {
    const source = (options: string): string => String(BREAKDOWN('通常枠', 1_000_000, '', options).find((r) => r[0] === '出典 (source)')![1]);
    expect(source('年度=2026')).toMatch(/^デジタル化・AI導入補助金2026 \(ルール確認日 2026-12-07\): /);
    expect(source('年度=2025')).toMatch(/^IT導入補助金2025 \(ルール確認日 2026-12-07\): /);
  });
});

describe('which table answers: 年度=, 基準日=, and today\'s clock (it2026.md §5)', () => {
  const title = (options = ''): string => calculate({ frame: '通常枠', cost: 1_000_000, options }).table.title;

  test('by default the newest table in force today: 2026 from its 2026-01-16 start, 2025 the day before', () => {
    on('2026-01-16');
    expect(title()).toBe('デジタル化・AI導入補助金2026');
    on('2026-01-15');
    expect(title()).toBe('IT導入補助金2025');
    on('2025-03-18');
    expect(title()).toBe('IT導入補助金2025');
  });

  test('before the first table: an error that says where the data starts', () => {
    on('2025-03-17');
    const e = errorOf(() => AMOUNT('通常枠', 1_000_000));
    expect(e.message).toContain('2025-03-17 に有効なデジタル化・AI導入補助金のルールはありません (2025-03-18 以降のみ収録)');
  });

  test('基準日= picks the table in force on that day, whatever today is; 年度= picks the year label', () => {
    on('2026-12-01');
    expect(title('基準日=2025-10-01')).toBe('IT導入補助金2025');
    expect(title('基準日=2026-02-01')).toBe('デジタル化・AI導入補助金2026');
    expect(title('年度=2025')).toBe('IT導入補助金2025');
    on('2025-06-01');
    expect(title('年度=2026')).toBe('デジタル化・AI導入補助金2026');
  });

  test('年度= accepts the program\'s year label only: 令和7 / R7 are errors (it2026.md §5)', () => {
    for (const label of ['令和7', 'R7', '2019']) {
      const e = errorOf(() => AMOUNT('通常枠', 1_000_000, '', `年度=${label}`));
      expectGoodMessage(e.message);
      expect(e.message).toContain('年度');
    }
  });

  test('a frame the newest table has no figures for answers from the earlier table, and CHECK says so (省エネ Ⅰ in 2026)', () => {
    on('2026-09-01');
    expect(calculate({ frame: '工場・事業場型', cost: 300_000_000 }).table.title).toBe('省エネ補助金 (令和6年度補正)');
    expect(CHECK('工場・事業場型', 300_000_000)).toContain('省エネ補助金 (令和7年度補正)の工場・事業場型の数値は未収録のため、省エネ補助金 (令和6年度補正)の表で計算しました');
    expect(calculate({ frame: '設備単位型', cost: 24_000_000 }).table.title).toBe('省エネ補助金 (令和7年度補正)');
    // the 令和7年度補正 table is in force from its 1次 (about 2026-03-30: updates-2026-12.md U5)
    on('2026-03-30');
    expect(calculate({ frame: '設備単位型', cost: 24_000_000 }).table.title).toBe('省エネ補助金 (令和7年度補正)');
    on('2026-03-29');
    expect(calculate({ frame: '設備単位型', cost: 24_000_000 }).table.title).toBe('省エネ補助金 (令和6年度補正)');
  });

  test('the plan cache follows the clock: a new day can change the table without a stale answer', () => {
    on('2026-01-15');
    expect(CHECK('通常枠', 1_000_000, '', '公募回=7')).toMatch(/^OK/);
    on('2026-01-16');
    expect(CHECK('通常枠', 1_000_000, '', '公募回=7')).toContain('7次の締切日はデータにありません');
  });
});

describe('saying when the rules are stale (it2026.md §4–§5; J10)', () => {
  test('CHECK is "OK" up to the last known 締切 (6次 2026-10-30, second-hand) and warns the day after, with 要確認; amounts do not change', () => {
    on('2026-10-30');
    expect(CHECK('通常枠', 1_000_000, '', 'プロセス=2')).toBe('OK');
    on('2026-10-31');
    expect(CHECK('通常枠', 1_000_000, '', 'プロセス=2')).toBe(
      'OK (注意: デジタル化・AI導入補助金2026の最後に知られている締切 6次 2026-10-30 を過ぎています (2026-10-31 時点; 後の公募回は未発表) (Past the last known deadline, round 6 on 2026-10-30; no later round is on record)'
      + ' / 要確認: 6次の締切 2026-10-30は二次情報 (1社の資料・又聞き) によります (To be confirmed: round 6\'s deadline 2026-10-30 rests on one second-hand source))',
    );
    on('2026-12-01');
    expect(CHECK('通常枠', 1_000_000, '', 'プロセス=2')).toMatch(/^OK \(注意: .*6次 2026-10-30 を過ぎています \(2026-12-01 時点/);
    expect(AMOUNT('通常枠', 1_000_000, '', 'プロセス=2')).toBe(500_000);
  });

  test('a confirmed last round says no 要確認: 5次 2026-09-29 under 年度=2026 on 2026-09-30 is still before 6次', () => {
    on('2026-09-30');
    expect(CHECK('通常枠', 1_000_000, '', 'プロセス=2')).toBe('OK');
    expect(CHECK('通常枠', 1_000_000, '', 'プロセス=2, 公募回=5')).toBe('OK (注意: 5次の締切 2026-09-29 を過ぎています (2026-09-30 時点) (Round 5 closed on 2026-09-29))');
  });

  test('公募回=N warns when that round\'s 締切 has passed on the 基準日', () => {
    expect(CHECK('通常枠', 1_000_000, '', '公募回=3, 基準日=2026-07-21')).toBe('OK');
    expect(CHECK('通常枠', 1_000_000, '', '公募回=3, 基準日=2026-07-22')).toBe('OK (注意: 3次の締切 2026-07-21 を過ぎています (2026-07-22 時点) (Round 3 closed on 2026-07-21))');
    expect(CHECK('通常枠', 1_000_000, '', '公募回=5次, 基準日=2026-07-22')).toBe('OK');
  });

  test('a round with no date on record is an error (7次 of 2026 is not published)', () => {
    expect(errorOf(() => AMOUNT('通常枠', 1_000_000, '', '公募回=7')).message).toContain('7次の締切日はデータにありません');
  });
});

describe('過去交付 (it2026.md §2.4): CHECK and BREAKDOWN say the 返還 risk; amounts do not change', () => {
  test('通常枠 and インボイス対応類型 warn; the stricter +1.5% replaces the band\'s +1.0% when both apply', () => {
    expect(CHECK('通常枠', 1_000_000, '', '過去交付')).toMatch(/^OK \(注意: 過去交付: .*返還/);
    expect(CHECK('インボイス対応類型', 1_000_000, '', '過去交付')).toMatch(/^OK \(注意: 過去交付: .*返還/);
    expect(AMOUNT('通常枠', 6_000_000, '', 'プロセス=4, 賃上げ, 過去交付')).toBe(3_000_000);
    const notes = (options: string): string => BREAKDOWN('通常枠', 6_000_000, '', options).filter((r) => r[0] === '注記 (note)').map((r) => r[1]).join(' | ');
    expect(notes('プロセス=4, 賃上げ')).toContain('1人当たり給与支給総額 年平均+3.0% (物価安定の目標+1.0%) 以上、事業場内最低賃金 地域別+30円以上');
    expect(notes('プロセス=4, 賃上げ, 過去交付')).toContain('過去交付のため厳しい方): 1人当たり給与支給総額 年平均+物価安定の目標+1.5%以上');
    expect(notes('プロセス=4, 賃上げ, 過去交付')).not.toContain('+3.0%');
  });

  test('where 過去交付 does not apply it is ignored with a note (セキュリティ, 2025 tables)', () => {
    expect(CHECK('セキュリティ対策推進枠', 200_000, '', '過去交付')).toContain('オプション「過去交付」はセキュリティ対策推進枠には適用されないため無視しました');
    expect(CHECK('通常枠', 1_000_000, '', '過去交付, 年度=2025')).toContain('無視しました');
  });
});

describe('DEADLINE reads the answering table\'s schedule (it2026.md §4, §6; J9)', () => {
  test('DEADLINE("通常枠", 5) is 2026-09-29 by default and 2025-09-22 with 年度=2025', () => {
    expect(DEADLINE('通常枠', 5)).toEqual(new Date('2026-09-29T00:00:00+09:00'));
    expect(DEADLINE('通常枠', 5, '年度=2025')).toEqual(new Date('2025-09-22T00:00:00+09:00'));
    expect(DEADLINE('通常枠', 7, '基準日=2025-11-01')).toEqual(new Date('2025-12-02T00:00:00+09:00'));
  });

  test('the table form lists the rounds of the answering table, then says later rounds are not on record', () => {
    const t = DEADLINE('複数者連携') as unknown[][];
    expect(t.slice(1).map((r) => r[0])).toEqual([1, 2, '以降 (later)']);
    expect(t[2][1]).toEqual(new Date('2026-08-25T00:00:00+09:00'));
    expect(t[3]).toEqual(['以降 (later)', '未発表 (none on record)', '', '', '', '2026-12-07', 'デジタル化・AI導入補助金2026']);
  });

  test('DEADLINE takes only 年度= and 基準日= as options', () => {
    expect(errorOf(() => DEADLINE('通常枠', 5, 'プロセス=4')).message).toContain('DEADLINEで使えるオプションは 年度、基準日 です');
  });

  test('事業承継・M&A 14次 (2026-04-03) and 15次 (2026-07-24), ものづくり 23次 (2026-05-08), 省エネ Ⅲ 1次〜3次', () => {
    expect(DEADLINE('事業承継促進枠', 14)).toEqual(new Date('2026-04-03T00:00:00+09:00'));
    expect(DEADLINE('事業承継促進枠', 15)).toEqual(new Date('2026-07-24T00:00:00+09:00'));
    expect(errorOf(() => DEADLINE('事業承継促進枠', 16)).message).toContain('16次の締切日はデータにありません');
    expect(DEADLINE('グローバル枠', 23)).toEqual(new Date('2026-05-08T00:00:00+09:00'));
    // the 令和7年度補正 table answers from 2026-03-30 (updates-2026-12.md U5); before it, the 2025 schedule
    expect(DEADLINE('設備単位型', 3, '基準日=2026-09-01')).toEqual(new Date('2026-09-28T00:00:00+09:00'));
    expect(DEADLINE('設備単位型', 1)).toEqual(new Date('2026-04-27T00:00:00+09:00'));
    expect(DEADLINE('設備単位型', 1, '基準日=2026-03-29')).toEqual(new Date('2025-04-28T00:00:00+09:00'));
  });
});

describe('the other programs in 2026 (it2026.md §6)', () => {
  test('事業承継・M&A 14次 answers as 13次, with the 要確認 notes in BREAKDOWN', () => {
    on('2026-03-01');
    expect(calculate({ frame: '事業承継促進枠', cost: 12_000_000 }).table.title).toBe('事業承継・M&A補助金 (令和7年度補正 14次〜)');
    expect(AMOUNT('事業承継促進枠', 12_000_000)).toBe(6_000_000);
    // the 廃業費 cap's caveat and note, where the quote has 廃業費 (issue 20: notes fit the cost)
    const plain = BREAKDOWN('事業承継促進枠', 12_000_000).map((r) => String(r[1])).join(' | ');
    expect(plain).not.toContain('廃業費');
    const notes = BREAKDOWN('事業承継促進枠', [['補助対象経費', 12_000_000], ['廃業費', 1_000_000]]).map((r) => String(r[1])).join(' | ');
    expect(notes).toContain('要確認: 廃業費 (併用)の上限 1,500,000円は資料により異なるか未確認です (14次以降「廃業費の補助上限額の倍増」(最大300万円) の報道がありますが');
  });

  test('ものづくり グローバル枠 keeps answering after its last round (23次), with the stale warning', () => {
    expect(AMOUNT('グローバル枠', 50_000_000)).toBe(25_000_000);
    on('2026-12-01');
    expect(CHECK('グローバル枠', 50_000_000)).toContain('最後に知られている締切 23次 2026-05-08 を過ぎています');
  });

  test('frames whose figures are unknown are listed with their status, never computed (GXⅢ, 新事業進出・ものづくり)', () => {
    const listed = FRAMES().filter((r) => r[1] === 'energy-gx3' || r[1] === 'shinjigyo-global');
    expect(listed.map((r) => r[6])).toEqual(['一覧のみ: 計算は未収録 (Listed only: not computed)', '上限額が未確定 (予定表のみ) のため計算は未収録 (Figures unconfirmed: not encoded)']);
    expect(errorOf(() => AMOUNT('GXⅢ', 1_000_000)).message).toContain('不明な枠です');
  });
});

describe('the tables as data', () => {
  test('each program\'s tables hand over without gaps: until = the day before the successor\'s from', () => {
    const byProgram = new Map<string, ReturnType<typeof allTables>[number][]>();
    for (const t of allTables()) byProgram.set(t.programId, [...(byProgram.get(t.programId) ?? []), t]);
    for (const tables of byProgram.values()) {
      const sorted = [...tables].sort((a, b) => a.effective.from.localeCompare(b.effective.from));
      sorted.forEach((t, i) => {
        const next = sorted[i + 1];
        if (!next) return expect({ title: t.title, until: t.effective.until }).toEqual({ title: t.title, until: null });
        const dayBefore = new Date(Date.parse(`${next.effective.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        expect({ title: t.title, until: t.effective.until }).toEqual({ title: t.title, until: dayBefore });
      });
    }
  });

  test('every round of every schedule is dated, cited, in order, and names frames of its table', () => {
    for (const t of allTables()) {
      for (const list of t.schedule) {
        for (const id of list.frames) expect({ table: t.title, id, known: t.frames.some((f) => f.id === id) }).toEqual({ table: t.title, id, known: true });
        const rounds = list.rounds;
        rounds.forEach((r, i) => {
          expect(r.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(r.source).toMatch(/\.md §/);
          if (r.decision) expect(r.decision > r.deadline).toBe(true);
          if (i > 0) expect(r.round > rounds[i - 1].round && r.deadline > rounds[i - 1].deadline).toBe(true);
        });
      }
    }
  });

  test('every value of every table cites ../shared/rules', () => {
    for (const t of allTables()) {
      expect(t.source).toMatch(/\.md/);
      for (const f of t.frames) {
        expect(f.source).toMatch(/\.md/);
        for (const c of f.floor) expect(c.source).toMatch(/\.md|flyer/);
        for (const b of f.buckets) for (const c of [...b.tiers, ...b.cap]) expect(c.source).toMatch(/\.md|flyer/);
      }
    }
  });
});

test('notes, cautions and reasons are user text: no rule-file citation inside (those are the sources)', () => {
  const texts = allTables().flatMap((t) => t.frames.flatMap((f) => [
    ...f.buckets.flatMap((b) => [...b.tiers, ...b.cap].flatMap((c) => (c.note ? [cellText(c.note)] : []))),
    ...(f.cautions ?? []).map((c) => cellText(c.text)),
    ...(f.exclusions ?? []).map((x) => cellText(x.reason)),
  ]));
  expect(texts.length).toBeGreaterThan(10);
  expect(texts.filter((t) => /\.md\b|\[[A-Z]/.test(t))).toEqual([]);
});
